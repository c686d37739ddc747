export const id = 698;
export const ids = [698];
export const modules = {

/***/ 41535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ securityValues),
/* harmony export */   NH: () => (/* binding */ istioPolicyWarning),
/* harmony export */   RX: () => (/* binding */ securityProblems),
/* harmony export */   UX: () => (/* binding */ dropUnservedIstioPolicy)
/* harmony export */ });
/* unused harmony exports ISTIO_POLICY_GROUPS, isIstioPolicyObject */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59847);


/**
 * Helm values for the primary chart or istio-remote. Nothing is emitted for a feature that is off, so
 * installs without these inputs render exactly as before (and their drift hash does not move).
 * Remotes with control-plane security also get `global.remotePilotCreateSvcEndpoint=true`: sidecars
 * verify pilot's certificate as `istio-pilot.<namespace>`, which must then resolve in the remote.
 */
function securityValues(role, options) {
    const values = [];
    if (options.mtls)
        values.push(['global.mtls.enabled', 'true']);
    if (options.controlPlaneSecurity)
        values.push(['global.controlPlaneSecurityEnabled', 'true']);
    if (!options.selfSigned)
        values.push(['security.selfSigned', 'false']);
    if (role === 'remote' && options.controlPlaneSecurity)
        values.push(['global.remotePilotCreateSvcEndpoint', 'true']);
    return values;
}
/**
 * What makes a security setting unusable, each with its fix. `pilotAddress` is the remote's pilot
 * address when known: the selector-less istio-pilot Endpoints need an IP.
 */
function securityProblems(options, pilotAddress) {
    const problems = [];
    if ((options.mtls || options.controlPlaneSecurity) && options.selfSigned) {
        const enabled = [options.mtls ? 'mtls' : '', options.controlPlaneSecurity ? 'control-plane-security' : '']
            .filter(Boolean)
            .join(' and ');
        problems.push(`${enabled} across clusters needs one shared root: with self-signed Citadels every cluster has its own root and cross-cluster mTLS fails. Fix: give ca-cert, ca-key, root-cert and cert-chain, or root-cert and root-key with generate-intermediate-cas: true`);
    }
    if (options.controlPlaneSecurity &&
        pilotAddress !== undefined &&
        pilotAddress !== '' &&
        (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(pilotAddress) === 0) {
        problems.push(`control-plane-security makes each remote resolve istio-pilot.<namespace> through a selector-less Service whose Endpoints need an IP, but the pilot address is "${pilotAddress}": give pilot's IP (pilot-pod-ip) or a LoadBalancer IP`);
    }
    return problems;
}
/** API groups of the Istio CRD kinds istio-remote renders with global.mtls.enabled (MeshPolicy, DestinationRule). */
const ISTIO_POLICY_GROUPS = ['authentication.istio.io', 'networking.istio.io'];
function isIstioPolicyObject(object) {
    const group = object.apiVersion.includes('/')
        ? object.apiVersion.slice(0, object.apiVersion.indexOf('/'))
        : '';
    return ISTIO_POLICY_GROUPS.includes(group);
}
/**
 * Leaves out the MeshPolicy/DestinationRule objects (only those Istio CRD groups) whose kinds the
 * remote does not serve. Pilot reads Istio config from the primary only, so the mesh-wide policy
 * takes effect through the primary's copy (render the primary with the same `mtls` input). Any other
 * unserved kind is kept, so applying it still fails loudly.
 */
async function dropUnservedIstioPolicy(objects, served) {
    const kept = [];
    const dropped = [];
    const cache = new Map();
    for (const object of objects) {
        if (!isIstioPolicyObject(object)) {
            kept.push(object);
            continue;
        }
        const key = `${object.apiVersion}/${object.kind}`;
        const isServed = cache.get(key) ?? (await served(object.apiVersion, object.kind));
        cache.set(key, isServed);
        if (isServed)
            kept.push(object);
        else
            dropped.push(`${(0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .describeObject */ .v8)(object)} (${object.apiVersion})`);
    }
    return { objects: kept, dropped };
}
/** The warning for dropped objects, naming each of them and why that is safe. */
function istioPolicyWarning(cluster, dropped) {
    return (`remote "${cluster}" does not serve the Istio CRDs of ${dropped.join(', ')}: these objects were not applied there. ` +
        'Pilot reads mesh policy from the primary only; install the primary with the same mtls input so the policy exists there.');
}


/***/ }),

/***/ 89501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ deleteObjects),
/* harmony export */   eo: () => (/* binding */ listObjectsByLabel),
/* harmony export */   r3: () => (/* binding */ applyObjects),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER),
/* harmony export */   zh: () => (/* binding */ resolveObjects)
/* harmony export */ });
/* unused harmony export readObject */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _util_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59847);
/* harmony import */ var _kubectl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49283);




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
/** One client per cluster and process, so API discovery (which kinds are served) is fetched once. */
const objectApis = new WeakMap();
function objectApi(cluster) {
    let api = objectApis.get(cluster);
    if (!api) {
        api = cluster.config.makeApiClient(ObjectApi);
        objectApis.set(cluster, api);
    }
    return api;
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
        if (isNotFound(error))
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
function objectKey(object) {
    return `${object.kind ?? ''}/${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}
/**
 * Server-side apply with a fixed field manager, through kubectl so every rendered field reaches the
 * API server as rendered. An object whose content is already as rendered keeps its resourceVersion,
 * which is how a second run proves it changed nothing.
 */
async function applyObjects(cluster, objects, options) {
    const api = objectApi(cluster);
    const ordered = (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForApply */ .oF)(objects);
    const versions = await Promise.all(ordered.map((object) => readVersion(api, object)));
    const before = new Map(ordered.map((object, index) => [objectKey(object), versions[index]]));
    let applied;
    try {
        applied = await (0,_kubectl_js__WEBPACK_IMPORTED_MODULE_3__/* .kubectlServerSideApply */ .pN)(ordered, {
            kubectlPath: options.kubectlPath,
            kubeconfigPath: cluster.kubeconfigPath,
            fieldManager: FIELD_MANAGER,
            dryRun: options.dryRun ?? false,
        });
    }
    catch (error) {
        const what = ordered.length === 1 && ordered[0] ? (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(ordered[0]) : `${ordered.length} objects`;
        throw new Error(`applying ${what} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
    }
    const after = new Map(applied.map((object) => [objectKey(object), object.metadata?.resourceVersion]));
    return ordered.map((object) => {
        const key = objectKey(object);
        const previous = before.get(key);
        const outcome = previous === undefined ? 'created' : previous === after.get(key) ? 'unchanged' : 'configured';
        return { object: (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object), outcome };
    });
}
/** Deletes objects (dependents last-created first); objects already gone count as deleted. */
async function deleteObjects(cluster, objects) {
    const api = objectApi(cluster);
    const deleted = [];
    const absent = [];
    for (const object of (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForDelete */ .lR)(objects)) {
        try {
            await api.delete(object, undefined, undefined, undefined, undefined, 'Background');
            deleted.push((0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                absent.push((0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
            else
                throw new Error(`deleting ${(0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
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

/***/ 49283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pN: () => (/* binding */ kubectlServerSideApply),
/* harmony export */   x2: () => (/* binding */ kubectlGetObjects)
/* harmony export */ });
/* unused harmony export parseKubectlJson */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41955);

/**
 * `kubectl apply --server-side` of JSON documents given on stdin. kubectl sends each object as the
 * manifest has it, so no field is lost on the way (client-node's typed models drop
 * x-kubernetes-int-or-string and similar, kubernetes-client/javascript#2483). Values are passed as
 * --option=value, never as bare arguments, so none can be read as a flag.
 */
async function kubectlServerSideApply(documents, options) {
    if (documents.length === 0)
        return [];
    const args = [
        `--kubeconfig=${options.kubeconfigPath}`,
        'apply',
        '--server-side',
        `--field-manager=${options.fieldManager}`,
        '--force-conflicts',
        '--output=json',
        '--filename=-',
        ...(options.dryRun ? ['--dry-run=server'] : []),
    ];
    const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(options.kubectlPath, args, {
        input,
        silent: true,
        ignoreReturnCode: true,
    });
    if (result.exitCode !== 0) {
        throw new Error(`kubectl apply --server-side failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return parseKubectlJson(result.stdout);
}
/**
 * The live objects named by `documents` (one `kubectl get --filename=-`), as the API server returns
 * them: untyped JSON, so no field is renamed on the way. Objects that do not exist are left out.
 */
async function kubectlGetObjects(documents, options) {
    if (documents.length === 0)
        return [];
    const args = [
        `--kubeconfig=${options.kubeconfigPath}`,
        'get',
        '--ignore-not-found',
        '--output=json',
        '--filename=-',
    ];
    const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(options.kubectlPath, args, {
        input,
        silent: true,
        ignoreReturnCode: true,
    });
    if (result.exitCode !== 0) {
        throw new Error(`kubectl get failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return parseKubectlJson(result.stdout);
}
/** kubectl -o json prints one object for one document and a List for several. */
function parseKubectlJson(stdout) {
    const text = stdout.trim();
    if (text === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`kubectl printed output that is not JSON: ${text.slice(0, 200)}`, { cause: error });
    }
    const object = parsed;
    if (object.kind === 'List' && Array.isArray(object.items))
        return object.items;
    return [object];
}


/***/ }),

/***/ 15735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   l: () => (/* binding */ MANAGED_BY_LABEL)
/* harmony export */ });
/** How the action marks what it creates in a cluster, so that it only ever touches its own objects. */
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'istio-multicluster-action';


/***/ }),

/***/ 62541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ LABEL_FIELD_MANAGER),
/* harmony export */   Gv: () => (/* binding */ ensureNamespace),
/* harmony export */   QN: () => (/* binding */ annotateNamespace),
/* harmony export */   UN: () => (/* binding */ labelNamespace),
/* harmony export */   _5: () => (/* binding */ deleteNamespaceIfCreated),
/* harmony export */   fq: () => (/* binding */ appliedFields),
/* harmony export */   mN: () => (/* binding */ releaseNamespaceLabels),
/* harmony export */   oZ: () => (/* binding */ readNamespace)
/* harmony export */ });
/* unused harmony export CREATED_NAMESPACE_LABEL */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89501);
/* harmony import */ var _marks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15735);




/** Marks namespaces this action created, so uninstall removes only those. */
const CREATED_NAMESPACE_LABEL = 'istio-multicluster-action/created';
/** Namespace labels are owned by their own field manager, so uninstall can take back exactly those labels. */
const LABEL_FIELD_MANAGER = `${_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MANAGER */ .vy}-injection`;
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
                labels: { [_marks_js__WEBPACK_IMPORTED_MODULE_3__/* .MANAGED_BY_LABEL */ .l]: _marks_js__WEBPACK_IMPORTED_MODULE_3__/* .MANAGED_BY_VALUE */ .Q, [CREATED_NAMESPACE_LABEL]: 'true', ...extraLabels },
            },
        },
    });
    return 'created';
}
/** Labels a namespace, creating it when missing; no write when it already carries the label. */
async function labelNamespace(cluster, name, label) {
    const current = await readNamespace(cluster, name);
    if (!current) {
        // Created first, then labelled through the label field manager, so uninstall can take the label back.
        await ensureNamespace(cluster, name);
        await applyLabels(cluster, name, { [label.key]: label.value });
        return 'created-labelled';
    }
    if (current.metadata?.labels?.[label.key] === label.value)
        return 'already-labelled';
    await applyLabels(cluster, name, { [label.key]: label.value });
    return 'labelled';
}
/** Gives up this action's ownership of the labels it set; a label goes unless another manager set it. */
async function releaseNamespaceLabels(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current)
        return 'absent';
    const ownsLabel = (current.metadata?.managedFields ?? []).some((field) => field.manager === LABEL_FIELD_MANAGER);
    if (!ownsLabel)
        return 'absent';
    await applyLabels(cluster, name, {});
    return 'unlabelled';
}
async function applyLabels(cluster, name, labels) {
    const api = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(cluster.config);
    await api.patch({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }, undefined, undefined, LABEL_FIELD_MANAGER, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
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

/***/ 9379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ resolveMarked),
/* harmony export */   L1: () => (/* binding */ findDrift),
/* harmony export */   SB: () => (/* binding */ installWithKubectl),
/* harmony export */   dC: () => (/* binding */ describeAddressChanges),
/* harmony export */   l5: () => (/* binding */ RELEASE_LABEL),
/* harmony export */   oX: () => (/* binding */ installWithHelm),
/* harmony export */   sB: () => (/* binding */ renderManifest)
/* harmony export */ });
/* unused harmony export markObjects */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31934);
/* harmony import */ var _kube_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89501);
/* harmony import */ var _util_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59847);
/* harmony import */ var _kube_namespaces_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62541);
/* harmony import */ var _tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23648);
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17393);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95138);










/** Label on every object the kubectl method applies, so uninstall and resync find them. */
const RELEASE_LABEL = 'istio-multicluster-action/release';
/**
 * Labels and annotates rendered objects so the action can find them again (kubectl method): its own
 * keys only, so every rendered label and annotation reaches the cluster as rendered.
 */
function markObjects(objects, release, marks) {
    return objects.map((object) => ({
        ...object,
        metadata: {
            ...object.metadata,
            labels: {
                ...object.metadata.labels,
                [RELEASE_LABEL]: release,
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
            fix: input.stage === 'primary'
                ? 'check primary-chart (the Istio control-plane chart, relative to the workspace) and primary-values.'
                : 'check the chart source (chart, chart-repository with chart-version, or istio-version) and the values input.',
            cause: error,
        });
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.manifestPath), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(input.manifestPath, text, { mode: 0o600 });
    return text;
}
function sameManifest(a, b) {
    const normalize = (text) => (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text).map(_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J).sort();
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J)(normalize(a)) === (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J)(normalize(b));
}
/** The rendered objects as the kubectl method applies them: marked, kinds resolved, namespaces set. */
function resolveMarked(input, remote, objects) {
    return (0,_kube_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveObjects */ .zh)(remote, markObjects(objects, input.chart.release, input.marks), input.chart.namespace);
}
/** Server-side apply of objects resolveMarked() returned. */
async function installWithKubectl(input, remote, resolved) {
    const namespace = input.chart.namespace;
    if (input.dryRun) {
        return {
            objects: resolved.map((o) => ({ object: `${o.kind} ${o.metadata.name}`, outcome: 'unchanged' })),
            namespace: 'unknown',
        };
    }
    const created = await (0,_kube_namespaces_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureNamespace */ .Gv)(remote, namespace);
    return {
        objects: await (0,_kube_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .applyObjects */ .r3)(remote, resolved, { kubectlPath: input.kubectlPath }),
        namespace: created,
    };
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
/** Helm method: why the deployed release no longer matches the chart rendered now. Empty when nothing drifted. */
async function findDrift(input, remote, objects) {
    const deployed = await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmGetManifest */ .IK)(input.chart.helmPath, input.chart.release, input.chart.namespace, remote.kubeconfigPath);
    if (deployed === undefined)
        return [`helm release ${input.chart.release} is not installed`];
    return sameManifest(deployed, stringifyForCompare(objects))
        ? []
        : ['the deployed release differs from the chart rendered with the current addresses'];
}
function stringifyForCompare(objects) {
    return objects.map((o) => JSON.stringify(o)).join('\n---\n');
}


/***/ }),

/***/ 48698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/util/manifest.ts
var util_manifest = __webpack_require__(59847);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/stages/shared/deploy-chart.ts
var deploy_chart = __webpack_require__(9379);
;// CONCATENATED MODULE: ./src/stages/primary.ts





const STAGE = 'primary';
/** The seed's "Deploy the local Istio control plane": render the primary chart and apply it on the primary. */
async function installPrimary(input) {
    const deploy = {
        stage: STAGE,
        chart: input.chart,
        method: input.method,
        kubectlPath: input.kubectlPath,
        dryRun: input.dryRun,
        manifestPath: input.manifestPath,
        marks: { valuesHash: (0,hash/* stableHash */.c)(input.chart.values), addresses: {} },
    };
    const manifest = await (0,deploy_chart/* renderManifest */.sB)(deploy);
    try {
        const outcome = input.method === 'helm'
            ? await (0,deploy_chart/* installWithHelm */.oX)(deploy, input.primary, manifest)
            : await (0,deploy_chart/* installWithKubectl */.SB)(deploy, input.primary, await (0,deploy_chart/* resolveMarked */.$y)(deploy, input.primary, (0,util_manifest/* parseManifest */.Ng)(manifest)));
        return { ...outcome, manifestPath: input.manifestPath };
    }
    catch (error) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.primary.name,
            message: (0,client/* apiMessage */.SX)(error),
            fix: 'check primary-chart and primary-values, and that the primary kubeconfig may create the control plane.',
            cause: error,
        });
    }
}

// EXTERNAL MODULE: ./src/istio/remote-values.ts
var remote_values = __webpack_require__(89235);
// EXTERNAL MODULE: ./src/istio/security-values.ts
var security_values = __webpack_require__(41535);
// EXTERNAL MODULE: ./src/steps/security-inputs.ts
var security_inputs = __webpack_require__(52591);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
// EXTERNAL MODULE: ./src/steps/paths.ts
var paths = __webpack_require__(26879);
// EXTERNAL MODULE: ./src/steps/run-inputs.ts
var run_inputs = __webpack_require__(36542);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
;// CONCATENATED MODULE: ./src/steps/primary.ts












const primary_STAGE = 'primary';
function readChart() {
    const chart = core/* getInput */.V4('primary-chart');
    if (!chart)
        throw new Error('install-primary is true but primary-chart is empty. Fix: set primary-chart to the Istio control-plane chart, relative to the workspace.');
    return (0,paths/* resolveWorkspacePath */.XI)(chart, 'primary-chart');
}
function readValues() {
    const problems = (0,run_inputs/* primaryValuesProblems */.R7)(core/* getInput */.V4('primary-values'));
    if (problems.length > 0)
        throw new Error(problems.join('; '));
    return (0,remote_values/* parseExtraValues */.Q)(core/* getInput */.V4('primary-values')).values;
}
function readInputs() {
    return (0,inputs/* readStepInputs */.W)(primary_STAGE, {
        chart: readChart,
        values: readValues,
        clusters: common/* readClusters */.c6,
        helmPath: () => core/* getInput */.V4('helm-path') || 'helm',
        kubectlPath: common/* readKubectlPath */.yL,
        release: () => (0,common/* readPrimaryRelease */.u$)(primary_STAGE),
        namespace: () => (0,common/* readNamespace */.oZ)(primary_STAGE),
        security: security_inputs/* readSecurityOptions */.$,
        method: common/* readInstallMethod */.RK,
    });
}
function run() {
    return (0,step/* runAsStep */.I)(primary_STAGE, async () => {
        if (!(0,parse/* parseBoolean */.yG)('install-primary', core/* getInput */.V4('install-primary'), false)) {
            return {
                outputs: { 'primary-manifest-path': '' },
                report: { did: [], skipped: 'install-primary is false' },
            };
        }
        const mode = (0,common/* readMode */.Em)();
        if (mode !== 'install' && mode !== 'render')
            return (0,common/* skippedFor */._d)(mode);
        const inputs = readInputs();
        const { primary } = inputs.clusters;
        const result = await core/* group */.Os(`Install the control plane on ${primary.name}`, () => installPrimary({
            primary,
            chart: {
                helmPath: inputs.helmPath,
                release: inputs.release,
                chart: inputs.chart,
                namespace: inputs.namespace,
                values: [...(0,security_values/* securityValues */.F_)('primary', inputs.security), ...inputs.values],
            },
            method: inputs.method,
            kubectlPath: inputs.kubectlPath,
            dryRun: mode === 'render',
            manifestPath: (0,external_node_path_.join)((0,common/* runDirectory */.xw)(primary_STAGE), 'primary.yaml'),
        }));
        const changed = result.objects.filter((o) => o.outcome !== 'unchanged').length;
        return {
            outputs: { 'primary-manifest-path': result.manifestPath, 'primary-manifest-dir': (0,common/* runDirectory */.xw)(primary_STAGE) },
            report: {
                did: [
                    `${primary.name}: ${result.objects.length} objects, ${changed} created or changed${mode === 'render' ? ' (render only)' : ''}`,
                ],
            },
        };
    });
}


/***/ }),

/***/ 36542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ pathInputProblems),
/* harmony export */   P7: () => (/* binding */ validateRunInputs),
/* harmony export */   R7: () => (/* binding */ primaryValuesProblems)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _istio_remote_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89235);
/* harmony import */ var _tools_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26745);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25303);
/* harmony import */ var _chart_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43741);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71234);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26879);








const GLOB_CHARS = /[*?[{]/;
/** Inputs holding true or false (an empty one takes its default). */
const BOOLEAN_INPUTS = [
    'install-primary',
    'sidecar-injector',
    'mtls',
    'control-plane-security',
    'apply',
    'generate-intermediate-cas',
];
/** Inputs holding one of a few words. */
const CHOICE_INPUTS = [
    ['install-method', ['kubectl', 'helm']],
    ['endpoint-mode', ['pod-ip', 'load-balancer', 'gateway', 'explicit']],
    ['inject-config-from', ['auto', 'remote', 'primary']],
];
/** The part of a manifests pattern before its first wildcard segment: what must stay in the workspace. */
function patternBase(pattern) {
    const segments = pattern.split('/');
    const first = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    return first < 0 ? pattern : segments.slice(0, first).join('/') || '.';
}
/**
 * chart, primary-chart, manifests (each pattern's fixed part) and istioctl-path: inside
 * GITHUB_WORKSPACE, as written and with symlinks followed. Inputs a step does not receive read empty.
 */
function pathInputProblems() {
    const problems = [];
    for (const input of ['chart', 'primary-chart', 'istioctl-path']) {
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(input).trim();
        const problem = value === '' ? undefined : (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .workspacePathProblem */ .wX)(value, input);
        if (problem !== undefined)
            problems.push(problem);
    }
    for (const pattern of (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseList */ .E1)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('manifests'))) {
        const problem = (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .workspacePathProblem */ .wX)(patternBase(pattern), 'manifests');
        if (problem !== undefined)
            problems.push(problem);
    }
    return problems;
}
function mirrorProblems() {
    const problems = [];
    for (const input of ['tools-mirror', 'istio-mirror']) {
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(input).trim();
        if (value === '')
            continue;
        const url = (0,_tools_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMirrorUrl */ .ox)(value, input);
        if (!url.ok)
            problems.push(url.problem);
    }
    return problems;
}
/** primary-values as the primary step reads it, its problems naming primary-values. */
function primaryValuesProblems(text) {
    return (0,_istio_remote_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseExtraValues */ .Q)(text).problems.map((p) => p.replace(/^values /, 'primary-values '));
}
function throwAll(problems) {
    if (problems.length > 0)
        throw new Error(problems.join('; '));
}
/**
 * Every input a later writing step reads, checked by preflight before the run's first write, so a run
 * refused for a bad value writes nothing. All problems are reported together.
 */
function validateRunInputs(step) {
    const checks = [
        () => (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .readReleaseName */ .vZ)(step),
        () => (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .readPrimaryRelease */ .u$)(step),
        () => (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .readMeshId */ .d4)(step),
        () => (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .readNetworks */ .m$)(step),
        () => (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .readParallelism */ .BC)(step),
        () => (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .readTimeoutMs */ .gb)(step),
        () => (0,_chart_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readExtraValues */ .Fn)(step),
        () => throwAll(primaryValuesProblems(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-values'))),
        ...BOOLEAN_INPUTS.map((input) => () => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(input, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(input), false)),
        ...CHOICE_INPUTS.map(([input, choices]) => () => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChoice */ .HU)(input, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(input), choices, choices[0] ?? '')),
        () => throwAll((0,_chart_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .chartInputProblemsFromInputs */ ._u)()),
        () => throwAll(mirrorProblems()),
    ];
    const problems = [];
    for (const check of checks) {
        try {
            check();
        }
        catch (error) {
            problems.push((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error).replace(/^\[[a-z-]+\] /, ''));
        }
    }
    problems.push(...pathInputProblems());
    if (problems.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProblemsError */ .FQ(step, problems);
}


/***/ }),

/***/ 52591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readSecurityOptions)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25303);


/**
 * The mtls and control-plane-security inputs, and whether a CA is plugged in (`plugged-in-ca`, the
 * cacerts step's output). Read by the cacerts, primary and remote-install steps.
 */
function readSecurityOptions() {
    return {
        mtls: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('mtls', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mtls'), false),
        controlPlaneSecurity: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('control-plane-security', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('control-plane-security'), false),
        selfSigned: !(0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('plugged-in-ca', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('plugged-in-ca'), false),
    };
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


/***/ }),

/***/ 59847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ defaultNamespace),
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
/** The objects with namespace `default` where they name none (as kubectl apply would place them). */
function defaultNamespace(objects) {
    return objects.map((o) => ({
        ...o,
        metadata: { ...o.metadata, namespace: o.metadata.namespace ?? 'default' },
    }));
}


/***/ })

};
