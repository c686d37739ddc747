export const id = 149;
export const ids = [149];
export const modules = {

/***/ 17393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ VALUES_HASH_ANNOTATION),
/* harmony export */   Q9: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   RS: () => (/* binding */ ADDRESSES_ANNOTATION),
/* harmony export */   UX: () => (/* binding */ INJECTION_ENABLED),
/* harmony export */   jo: () => (/* binding */ INJECTION_LABEL),
/* harmony export */   lT: () => (/* binding */ MANAGED_BY_LABEL),
/* harmony export */   oT: () => (/* binding */ MULTICLUSTER_SECRET_LABEL),
/* harmony export */   qx: () => (/* binding */ REMOTE_NAME_LABEL)
/* harmony export */ });
/** Labels and annotations Istio reads, and the ones this action writes so it can find its work again. */
const MULTICLUSTER_SECRET_LABEL = 'istio/multiCluster';
const INJECTION_LABEL = 'istio-injection';
const INJECTION_ENABLED = 'enabled';
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'istio-multicluster-action';
/** The remote cluster a registration secret or token secret belongs to. */
const REMOTE_NAME_LABEL = 'istio-multicluster-action/remote';
/** Hash of all chart values a remote was rendered with; resync compares it. */
const VALUES_HASH_ANNOTATION = 'istio-multicluster-action/values-hash';
/** The control-plane addresses a remote was rendered with (JSON), so resync can say what moved. */
const ADDRESSES_ANNOTATION = 'istio-multicluster-action/addresses';


/***/ }),

/***/ 89235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseExtraValues),
/* harmony export */   x: () => (/* binding */ remoteChartValues)
/* harmony export */ });
/* harmony import */ var _components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45910);

/**
 * Maps control-plane addresses to istio-remote chart values, following the seed's values table and
 * the pitfalls: statsd only when its pod exists (with port 9125, blank since 1.0.3), zipkin only
 * when tracing runs, addresses bare because the chart appends the ports.
 */
function remoteChartValues(options) {
    const { addresses } = options;
    if (!addresses.pilot)
        throw new Error('the pilot address is required to render istio-remote');
    const values = [['global.remotePilotAddress', addresses.pilot]];
    if (addresses.policy)
        values.push(['global.remotePolicyAddress', addresses.policy]);
    if (addresses.telemetry)
        values.push(['global.remoteTelemetryAddress', addresses.telemetry]);
    if (addresses.statsd) {
        values.push(['global.proxy.envoyStatsd.enabled', 'true']);
        values.push(['global.proxy.envoyStatsd.host', addresses.statsd]);
        values.push(['global.proxy.envoyStatsd.port', String(_components_js__WEBPACK_IMPORTED_MODULE_0__/* .STATSD_PORT */ .AS)]);
    }
    else {
        values.push(['global.proxy.envoyStatsd.enabled', 'false']);
    }
    if (addresses.zipkin)
        values.push(['global.remoteZipkinAddress', addresses.zipkin]);
    values.push(['sidecarInjectorWebhook.enabled', String(options.sidecarInjector)]);
    values.push(...options.extraValues.map(([key, value]) => [key, value]));
    return values;
}
/** Parses the `values` input: one `key=value` per line; blank lines and `#` comments ignored. */
function parseExtraValues(text) {
    const values = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        if (eq <= 0) {
            problems.push(`values line ${index + 1} "${line}" is not key=value (example: global.hub=docker.io/istio)`);
            return;
        }
        values.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
    });
    return { values, problems };
}


/***/ }),

/***/ 89501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ readObject),
/* harmony export */   Uw: () => (/* binding */ deleteObjects),
/* harmony export */   eo: () => (/* binding */ listObjectsByLabel),
/* harmony export */   r3: () => (/* binding */ applyObjects),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER),
/* harmony export */   zh: () => (/* binding */ resolveObjects)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49509);



const FIELD_MANAGER = 'istio-multicluster-action';
/** KubernetesObjectApi with discovery made public, so kinds can be checked before anything is written. */
class ObjectApi extends _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y {
    async findResource(apiVersion, kind) {
        try {
            return await this.resource(apiVersion, kind);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
}
function objectApi(cluster) {
    return cluster.config.makeApiClient(ObjectApi);
}
/**
 * Resolves every object's kind on the cluster and fills in the namespace of namespaced objects.
 * Throws before any write when a kind is not served (missing CRDs), so nothing is half-applied.
 */
async function resolveObjects(cluster, objects, namespace) {
    const api = objectApi(cluster);
    const missing = [];
    const resolved = [];
    for (const object of objects) {
        const resource = await api.findResource(object.apiVersion, object.kind);
        if (!resource) {
            missing.push(`${object.kind} (${object.apiVersion}) ${object.metadata.name}`);
            continue;
        }
        const metadata = { ...object.metadata };
        if (resource.namespaced)
            metadata.namespace = metadata.namespace ?? namespace;
        else
            delete metadata.namespace;
        resolved.push({ ...object, metadata });
    }
    if (missing.length > 0) {
        throw new Error(`the cluster does not serve these kinds (their CRDs are not installed): ${missing.join(', ')}`);
    }
    return resolved;
}
/** The object as the cluster has it, or undefined when it does not exist. */
async function readObject(cluster, object) {
    try {
        return await objectApi(cluster).read({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
        });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
async function readVersion(api, object) {
    try {
        const current = await api.read({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
        });
        return current.metadata?.resourceVersion ?? '';
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
/**
 * Server-side apply with a fixed field manager. An object whose content is already as rendered keeps
 * its resourceVersion, which is how a second run proves it changed nothing.
 */
async function applyObjects(cluster, objects, options = {}) {
    const api = objectApi(cluster);
    const results = [];
    for (const object of (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForApply */ .oF)(objects)) {
        const before = await readVersion(api, object);
        let after;
        try {
            const applied = await api.patch(object, undefined, options.dryRun ? 'All' : undefined, FIELD_MANAGER, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
            after = applied.metadata?.resourceVersion;
        }
        catch (error) {
            throw new Error(`applying ${(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
        }
        const outcome = before === undefined ? 'created' : before === after ? 'unchanged' : 'configured';
        results.push({ object: (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object), outcome });
    }
    return results;
}
/** Deletes objects (dependents last-created first); objects already gone count as deleted. */
async function deleteObjects(cluster, objects) {
    const api = objectApi(cluster);
    const deleted = [];
    const absent = [];
    for (const object of (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForDelete */ .lR)(objects)) {
        try {
            await api.delete(object, undefined, undefined, undefined, undefined, 'Background');
            deleted.push((0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                absent.push((0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
            else
                throw new Error(`deleting ${(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
        }
    }
    return { deleted, absent };
}
async function listKind(api, kind, namespace, selector) {
    const objects = [];
    let continueToken;
    do {
        const page = await api.list(kind.apiVersion, kind.kind, namespace, undefined, undefined, undefined, undefined, selector, 500, continueToken);
        for (const item of page.items) {
            const metadata = item.metadata ?? {};
            if (!metadata.name)
                continue;
            objects.push({
                ...item,
                apiVersion: kind.apiVersion,
                kind: kind.kind,
                metadata: { ...metadata, name: metadata.name },
            });
        }
        continueToken = page.metadata?._continue || undefined;
    } while (continueToken);
    return objects;
}
/**
 * Every object matching a label selector among the given kinds: namespaced kinds in `namespace`,
 * cluster-scoped kinds cluster-wide. Kinds the cluster does not serve are skipped and returned.
 */
async function listObjectsByLabel(cluster, kinds, selector, namespace) {
    const api = objectApi(cluster);
    const objects = [];
    const unserved = [];
    for (const kind of kinds) {
        const resource = await api.findResource(kind.apiVersion, kind.kind);
        if (!resource) {
            unserved.push(kind);
            continue;
        }
        try {
            objects.push(...(await listKind(api, kind, resource.namespaced ? namespace : undefined, selector)));
        }
        catch (error) {
            throw new Error(`listing ${kind.kind} (${kind.apiVersion}) failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, {
                cause: error,
            });
        }
    }
    return { objects, unserved };
}


/***/ }),

/***/ 62541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ ensureNamespace),
/* harmony export */   QN: () => (/* binding */ annotateNamespace),
/* harmony export */   Vv: () => (/* binding */ enableInjection),
/* harmony export */   Yr: () => (/* binding */ disableInjection),
/* harmony export */   _5: () => (/* binding */ deleteNamespaceIfCreated),
/* harmony export */   fq: () => (/* binding */ appliedFields),
/* harmony export */   hU: () => (/* binding */ INJECTION_FIELD_MANAGER),
/* harmony export */   oZ: () => (/* binding */ readNamespace)
/* harmony export */ });
/* unused harmony export CREATED_NAMESPACE_LABEL */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89501);
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17393);




/** Marks namespaces this action created, so uninstall removes only those. */
const CREATED_NAMESPACE_LABEL = 'istio-multicluster-action/created';
/** The injection label is owned by its own field manager, so uninstall can take back exactly that label. */
const INJECTION_FIELD_MANAGER = `${_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MANAGER */ .vy}-injection`;
async function readNamespace(cluster, name) {
    try {
        return await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).readNamespace({ name });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
async function ensureNamespace(cluster, name, extraLabels = {}) {
    if (await readNamespace(cluster, name))
        return 'exists';
    await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).createNamespace({
        body: {
            metadata: {
                name,
                labels: { [_istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .MANAGED_BY_LABEL */ .lT]: _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .MANAGED_BY_VALUE */ .Q9, [CREATED_NAMESPACE_LABEL]: 'true', ...extraLabels },
            },
        },
    });
    return 'created';
}
/** Labels a namespace `istio-injection=enabled`, creating it when missing; no write when already labelled. */
async function enableInjection(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current) {
        // Created first, then labelled through the injection field manager, so uninstall can take the label back.
        await ensureNamespace(cluster, name);
        await applyInjectionLabel(cluster, name, { [_istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_LABEL */ .jo]: _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_ENABLED */ .UX });
        return 'created-labelled';
    }
    if (current.metadata?.labels?.[_istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_LABEL */ .jo] === _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_ENABLED */ .UX)
        return 'already-labelled';
    await applyInjectionLabel(cluster, name, { [_istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_LABEL */ .jo]: _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_ENABLED */ .UX });
    return 'labelled';
}
/** Gives up this action's ownership of the injection label; the label goes unless another manager set it. */
async function disableInjection(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current)
        return 'absent';
    const ownsLabel = (current.metadata?.managedFields ?? []).some((field) => field.manager === INJECTION_FIELD_MANAGER);
    if (!ownsLabel)
        return 'absent';
    await applyInjectionLabel(cluster, name, {});
    return 'unlabelled';
}
async function applyInjectionLabel(cluster, name, labels) {
    const api = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(cluster.config);
    await api.patch({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }, undefined, undefined, INJECTION_FIELD_MANAGER, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
}
/** Deletes a namespace only when this action created it. */
async function deleteNamespaceIfCreated(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current)
        return 'absent';
    if (current.metadata?.labels?.[CREATED_NAMESPACE_LABEL] !== 'true')
        return 'kept';
    await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).deleteNamespace({ name });
    return 'deleted';
}
/** Sets annotations on a namespace (creating it when missing) through this action's field manager. */
async function annotateNamespace(cluster, name, annotations) {
    await ensureNamespace(cluster, name);
    const current = await readNamespace(cluster, name);
    const existing = current?.metadata?.annotations ?? {};
    if (Object.entries(annotations).every(([k, v]) => existing[k] === v))
        return;
    const api = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(cluster.config);
    await api.patch({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, annotations } }, undefined, undefined, _apply_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MANAGER */ .vy, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
}
/**
 * The fields under `path` (e.g. f:metadata, f:labels) that a field manager applied, read from
 * managedFields. An entry can outlive its fields (an empty apply leaves `f:labels: {}`), so
 * ownership is the presence of the field, not of the manager's entry.
 */
function appliedFields(object, manager, path) {
    const fields = new Set();
    for (const entry of object?.metadata?.managedFields ?? []) {
        if (entry.manager !== manager || entry.operation !== 'Apply')
            continue;
        let node = entry.fieldsV1;
        for (const key of path)
            node = isRecord(node) ? node[key] : undefined;
        if (isRecord(node))
            for (const key of Object.keys(node))
                if (key !== '.')
                    fields.add(key);
    }
    return [...fields].sort();
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 49509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   lR: () => (/* binding */ sortForDelete),
/* harmony export */   oF: () => (/* binding */ sortForApply),
/* harmony export */   v8: () => (/* binding */ describeObject)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);

/** Parses multi-document YAML (helm template output) into objects, dropping empty documents and Lists' wrappers. */
function parseManifest(text) {
    const objects = [];
    for (const doc of js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text)) {
        if (doc === null || doc === undefined)
            continue;
        collect(doc, objects);
    }
    return objects;
}
function collect(doc, into) {
    if (typeof doc !== 'object' || doc === null)
        throw new Error('manifest document is not an object');
    const object = doc;
    if (object.kind?.endsWith('List') && Array.isArray(object.items)) {
        for (const item of object.items)
            collect(item, into);
        return;
    }
    if (!object.apiVersion || !object.kind || !object.metadata?.name) {
        throw new Error(`manifest object lacks apiVersion, kind or metadata.name: ${JSON.stringify(doc).slice(0, 120)}`);
    }
    into.push(object);
}
function describeObject(object) {
    const ns = object.metadata?.namespace ? `${object.metadata.namespace}/` : '';
    return `${object.kind} ${ns}${object.metadata?.name ?? '?'}`;
}
/** Objects others depend on first: namespaces and RBAC before workloads, webhooks last. */
const APPLY_ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'ServiceAccount',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'ConfigMap',
    'Secret',
    'Service',
    'Endpoints',
    'EndpointSlice',
    'Deployment',
    'DaemonSet',
    'StatefulSet',
    'Job',
];
const LAST = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'];
function rank(kind) {
    const early = APPLY_ORDER.indexOf(kind);
    if (early >= 0)
        return early;
    const late = LAST.indexOf(kind);
    return late >= 0 ? APPLY_ORDER.length + 1 + late : APPLY_ORDER.length;
}
function sortForApply(objects) {
    return objects
        .map((object, index) => ({ object, index }))
        .sort((a, b) => rank(a.object.kind) - rank(b.object.kind) || a.index - b.index)
        .map(({ object }) => object);
}
function sortForDelete(objects) {
    return sortForApply(objects).reverse();
}


/***/ }),

/***/ 56593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ findDrift),
/* harmony export */   SB: () => (/* binding */ installWithKubectl),
/* harmony export */   l5: () => (/* binding */ RELEASE_LABEL),
/* harmony export */   oX: () => (/* binding */ installWithHelm),
/* harmony export */   sB: () => (/* binding */ renderManifest)
/* harmony export */ });
/* unused harmony exports markObjects, describeAddressChanges */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31934);
/* harmony import */ var _kube_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89501);
/* harmony import */ var _kube_objects_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49509);
/* harmony import */ var _kube_namespaces_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62541);
/* harmony import */ var _tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23648);
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17393);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95138);










/** Label on every object the kubectl method applies, so uninstall and resync find them. */
const RELEASE_LABEL = 'istio-multicluster-action/release';
/** Labels and annotates rendered objects so the action can find them again (kubectl method). */
function markObjects(objects, release, marks) {
    return objects.map((object) => ({
        ...object,
        metadata: {
            ...object.metadata,
            labels: {
                ...object.metadata.labels,
                [RELEASE_LABEL]: release,
                'app.kubernetes.io/part-of': _istio_labels_js__WEBPACK_IMPORTED_MODULE_9__/* .MANAGED_BY_VALUE */ .Q9,
            },
            annotations: {
                ...object.metadata.annotations,
                [_istio_labels_js__WEBPACK_IMPORTED_MODULE_9__/* .VALUES_HASH_ANNOTATION */ .AJ]: marks.valuesHash,
                [_istio_labels_js__WEBPACK_IMPORTED_MODULE_9__/* .ADDRESSES_ANNOTATION */ .RS]: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J)(marks.addresses),
            },
        },
    }));
}
async function renderManifest(input) {
    let text;
    try {
        text = await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmTemplate */ .Zp)(input.chart);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .StageError */ .Zu({
            stage: input.stage,
            message: `rendering chart ${input.chart.chart} failed: ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_2__/* .apiMessage */ .SX)(error)}`,
            fix: 'check the chart input (a path to the istio-remote chart relative to the workspace) and the values input.',
            cause: error,
        });
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.manifestPath), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(input.manifestPath, text, { mode: 0o644 });
    return text;
}
function sameManifest(a, b) {
    const normalize = (text) => (0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text).map(_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J).sort();
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J)(normalize(a)) === (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J)(normalize(b));
}
async function installWithKubectl(input, remote, objects) {
    const namespace = input.chart.namespace;
    const resolved = await (0,_kube_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveObjects */ .zh)(remote, markObjects(objects, input.chart.release, input.marks), namespace);
    if (input.dryRun) {
        return {
            objects: resolved.map((o) => ({ object: `${o.kind} ${o.metadata.name}`, outcome: 'unchanged' })),
            namespace: 'unknown',
        };
    }
    const created = await (0,_kube_namespaces_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureNamespace */ .Gv)(remote, namespace);
    return { objects: await (0,_kube_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .applyObjects */ .r3)(remote, resolved), namespace: created };
}
async function installWithHelm(input, remote, manifest) {
    const deployed = await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmGetManifest */ .IK)(input.chart.helmPath, input.chart.release, input.chart.namespace, remote.kubeconfigPath);
    if (deployed !== undefined && sameManifest(deployed, manifest)) {
        return {
            objects: [{ object: `helm release ${input.chart.release}`, outcome: 'unchanged' }],
            namespace: 'exists',
        };
    }
    if (input.dryRun) {
        return {
            objects: [
                { object: `helm release ${input.chart.release}`, outcome: deployed ? 'configured' : 'created' },
            ],
            namespace: 'unknown',
        };
    }
    const namespace = await (0,_kube_namespaces_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureNamespace */ .Gv)(remote, input.chart.namespace);
    await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmUpgradeInstall */ .AI)(input.chart, remote.kubeconfigPath);
    return {
        objects: [
            { object: `helm release ${input.chart.release}`, outcome: deployed ? 'configured' : 'created' },
        ],
        namespace,
    };
}
/** What moved between the addresses a remote was rendered with and the current ones, e.g. "pilot 10.10.0.6 -> 10.10.0.9". */
function describeAddressChanges(previous, current) {
    const names = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
    return names
        .filter((name) => previous[name] !== current[name])
        .map((name) => `${name} ${previous[name] ?? '(none)'} -> ${current[name] ?? '(none)'}`);
}
function parseAddresses(annotation) {
    if (!annotation)
        return {};
    try {
        return JSON.parse(annotation);
    }
    catch {
        return {};
    }
}
/**
 * Why a remote no longer matches what would be applied now, by reading (never writing) every rendered
 * object: missing objects, other values, moved addresses. Empty when nothing drifted.
 */
async function findDrift(input, remote, objects) {
    if (input.method === 'helm') {
        const deployed = await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmGetManifest */ .IK)(input.chart.helmPath, input.chart.release, input.chart.namespace, remote.kubeconfigPath);
        if (deployed === undefined)
            return [`helm release ${input.chart.release} is not installed`];
        return sameManifest(deployed, stringifyForCompare(objects))
            ? []
            : ['the deployed release differs from the chart rendered with the current addresses'];
    }
    const resolved = await (0,_kube_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveObjects */ .zh)(remote, objects, input.chart.namespace);
    const missing = [];
    const reasons = new Set();
    for (const object of resolved) {
        const current = await (0,_kube_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(remote, object);
        if (!current) {
            missing.push(`${object.kind} ${object.metadata.name}`);
            continue;
        }
        const annotations = current.metadata?.annotations ?? {};
        if (annotations[_istio_labels_js__WEBPACK_IMPORTED_MODULE_9__/* .VALUES_HASH_ANNOTATION */ .AJ] === input.marks.valuesHash)
            continue;
        const moved = describeAddressChanges(parseAddresses(annotations[_istio_labels_js__WEBPACK_IMPORTED_MODULE_9__/* .ADDRESSES_ANNOTATION */ .RS]), input.marks.addresses);
        reasons.add(moved.length > 0 ? `addresses moved: ${moved.join(', ')}` : 'rendered with other values');
    }
    if (missing.length > 0)
        reasons.add(`missing: ${missing.join(', ')}`);
    return [...reasons];
}
function stringifyForCompare(objects) {
    return objects.map((o) => JSON.stringify(o)).join('\n---\n');
}


/***/ }),

/***/ 26879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveWorkspacePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Paths in inputs are relative to the workspace, as users write them in workflows. */
function resolveWorkspacePath(path) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path))
        return path;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), path);
}


/***/ }),

/***/ 23648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ helmUpgradeInstall),
/* harmony export */   IK: () => (/* binding */ helmGetManifest),
/* harmony export */   Js: () => (/* binding */ helmUninstall),
/* harmony export */   RT: () => (/* binding */ helmVersion),
/* harmony export */   Zp: () => (/* binding */ helmTemplate)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41955);

/** Helm's --set splits on commas and treats backslash as escape: quote values so addresses stay intact. */
function setArgs(values) {
    return values.flatMap(([key, value]) => [
        '--set',
        `${key}=${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`,
    ]);
}
async function helm(helmPath, args) {
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(helmPath, args, { silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0) {
        throw new Error(`helm ${args[0] ?? ''} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
    }
    return result.stdout;
}
/** `helm template` in Helm 3/4 syntax (release name positional, no --name) without hook manifests. */
function helmTemplate(ref) {
    return helm(ref.helmPath, [
        'template',
        ref.release,
        ref.chart,
        '--namespace',
        ref.namespace,
        '--no-hooks',
        ...setArgs(ref.values),
    ]);
}
/** The successor of the seed's Tiller path: an idempotent install or upgrade of the release. */
async function helmUpgradeInstall(ref, kubeconfigPath) {
    await helm(ref.helmPath, [
        'upgrade',
        '--install',
        ref.release,
        ref.chart,
        '--namespace',
        ref.namespace,
        '--kubeconfig',
        kubeconfigPath,
        ...setArgs(ref.values),
    ]);
}
/** The manifest of the deployed release, or undefined when the release does not exist. */
async function helmGetManifest(helmPath, release, namespace, kubeconfigPath) {
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(helmPath, ['get', 'manifest', release, '--namespace', namespace, '--kubeconfig', kubeconfigPath], { silent: true, ignoreReturnCode: true });
    if (result.exitCode === 0)
        return result.stdout;
    if (/not found/i.test(result.stderr))
        return undefined;
    throw new Error(`helm get manifest failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
}
async function helmUninstall(helmPath, release, namespace, kubeconfigPath) {
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(helmPath, ['uninstall', release, '--namespace', namespace, '--kubeconfig', kubeconfigPath, '--wait'], { silent: true, ignoreReturnCode: true });
    if (result.exitCode === 0)
        return 'uninstalled';
    if (/not found/i.test(result.stderr))
        return 'absent';
    throw new Error(`helm uninstall failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
}
/** Major version of the helm binary (3 or 4), from `helm version --short` (e.g. v3.22.0+g1a2b3c4). */
async function helmVersion(helmPath) {
    const out = await helm(helmPath, ['version', '--short']);
    const match = /v(\d+\.\d+\.\d+)/.exec(out);
    if (!match?.[1])
        throw new Error(`could not read the helm version from "${out.trim()}"`);
    return match[1];
}


/***/ }),

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify),
/* harmony export */   c: () => (/* binding */ stableHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A short stable hash of a JSON-able value (keys sorted), for change detection annotations. */
function stableHash(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(stableStringify(value)).digest('hex').slice(0, 16);
}
function stableStringify(value) {
    if (Array.isArray(value))
        return `[${value.map(stableStringify).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}


/***/ })

};
