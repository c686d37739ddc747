export const id = 97;
export const ids = [97];
export const modules = {

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

/***/ 19097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAddresses: () => (/* binding */ readAddresses),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/fan-out.ts + 2 modules
var fan_out = __webpack_require__(92118);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/util/manifest.ts
var util_manifest = __webpack_require__(59847);
// EXTERNAL MODULE: ./src/kube/namespaces.ts
var namespaces = __webpack_require__(62541);
// EXTERNAL MODULE: ./src/istio/labels.ts
var labels = __webpack_require__(17393);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 827 modules
var dist = __webpack_require__(27853);
;// CONCATENATED MODULE: ./src/kube/served-kinds.ts


/** Discovery through KubernetesObjectApi's (cached) resource lookup, made callable. */
class DiscoveryApi extends dist/* KubernetesObjectApi */.e1Y {
    async serves(apiVersion, kind) {
        try {
            return (await this.resource(apiVersion, kind)) !== undefined;
        }
        catch (error) {
            if ((0,client/* isNotFound */.c4)(error))
                return false;
            throw error;
        }
    }
}
/** Whether the cluster's API serves a kind: false when its group/version or kind is unknown (CRD not installed). */
function kindServedOn(cluster) {
    const api = cluster.config.makeApiClient(DiscoveryApi);
    return (apiVersion, kind) => api.serves(apiVersion, kind);
}

// EXTERNAL MODULE: ./src/istio/security-values.ts
var security_values = __webpack_require__(41535);
// EXTERNAL MODULE: ./src/stages/shared/deploy-chart.ts
var deploy_chart = __webpack_require__(9379);
// EXTERNAL MODULE: ./src/kube/apply.ts
var apply = __webpack_require__(89501);
// EXTERNAL MODULE: ./src/kube/kubectl.ts
var kubectl = __webpack_require__(49283);
;// CONCATENATED MODULE: ./src/util/object-diff.ts
/**
 * Field paths where two JSON objects differ, e.g. `data.mesh` or
 * `spec.template.spec.containers[0].image`: what an apply would move on a live object.
 */
/** Metadata the API server maintains itself: never a change the action makes. */
const SERVER_METADATA = new Set([
    'resourceVersion',
    'managedFields',
    'generation',
    'creationTimestamp',
    'uid',
    'selfLink',
]);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function join(path, key) {
    return path === '' ? key : `${path}.${key}`;
}
function walk(before, after, path, out) {
    if (isRecord(before) && isRecord(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        for (const key of keys) {
            if (path === 'metadata' && SERVER_METADATA.has(key))
                continue;
            if (path === '' && key === 'status')
                continue;
            walk(before[key], after[key], join(path, key), out);
        }
        return;
    }
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
        before.forEach((item, index) => walk(item, after[index], `${path}[${index}]`, out));
        return;
    }
    if (JSON.stringify(before) !== JSON.stringify(after))
        out.push(path);
}
/** Leaf paths that differ between `live` and `planned`, ignoring status and server-kept metadata. */
function changedFieldPaths(live, planned) {
    const out = [];
    walk(live, planned, '', out);
    return out;
}

;// CONCATENATED MODULE: ./src/kube/dry-run.ts





function key(object) {
    return `${object.kind ?? ''}/${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}
/**
 * Asks the API server what a server-side apply of `objects` (kinds resolved, namespaces set) would
 * change, writing nothing: objects that do not exist would be created; each existing one is applied
 * with --dry-run=server under the action's field manager and compared with the live object, so a
 * field someone edited by hand shows up as a path the apply would move back.
 */
async function planApply(cluster, objects, kubectlPath) {
    const target = { kubectlPath, kubeconfigPath: cluster.kubeconfigPath };
    const found = new Map((await (0,kubectl/* kubectlGetObjects */.x2)(objects, target)).map((object) => [key(object), object]));
    const live = objects.map((object) => found.get(key(object)));
    const existing = objects.filter((_, index) => live[index] !== undefined);
    let dryRun;
    try {
        const applied = await (0,kubectl/* kubectlServerSideApply */.pN)(existing, {
            kubectlPath,
            kubeconfigPath: cluster.kubeconfigPath,
            fieldManager: apply/* FIELD_MANAGER */.vy,
            dryRun: true,
        });
        dryRun = new Map(applied.map((object) => [key(object), object]));
    }
    catch (error) {
        throw new Error(`the server-side dry run of ${existing.length} objects failed: ${(0,client/* apiMessage */.SX)(error)}`, {
            cause: error,
        });
    }
    return objects.map((object, index) => {
        const current = live[index];
        const name = (0,util_manifest/* describeObject */.v8)(object);
        if (current === undefined)
            return { object: name, action: 'create', fields: [] };
        const fields = changedFieldPaths(current, dryRun.get(key(object)) ?? current);
        const liveAnnotations = current.metadata.annotations ?? {};
        return { object: name, action: fields.length > 0 ? 'change' : 'unchanged', fields, liveAnnotations };
    });
}

// EXTERNAL MODULE: ./src/stages/shared/uninstall-kinds.ts
var uninstall_kinds = __webpack_require__(23877);
;// CONCATENATED MODULE: ./src/stages/shared/plan-chart.ts






function objectKey(object) {
    return `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}
/** Objects of `release` the action applied on the cluster that `rendered` (kinds resolved, namespaces set) no longer has. */
async function pruneCandidates(cluster, release, rendered, namespace) {
    const wanted = new Set(rendered.map(objectKey));
    const { objects } = await (0,apply/* listObjectsByLabel */.eo)(cluster, (0,uninstall_kinds/* uninstallKinds */.q_)(rendered), (0,uninstall_kinds/* releaseSelector */.Tg)(release), namespace);
    return (0,uninstall_kinds/* partitionKept */.dg)(objects)
        .remove.filter(appliedByTheAction)
        .filter((object) => !wanted.has(objectKey(object)));
}
/**
 * Only objects the action itself applied: controllers copy a Service's labels onto its Endpoints and
 * EndpointSlices, so the release label alone does not mean the action created an object.
 */
function appliedByTheAction(object) {
    const managedFields = object.metadata
        .managedFields;
    return (managedFields ?? []).some((m) => m.manager === apply/* FIELD_MANAGER */.vy && m.operation === 'Apply');
}
async function planChart(cluster, input, resolved) {
    const [objects, prune] = await Promise.all([
        planApply(cluster, resolved, input.kubectlPath),
        pruneCandidates(cluster, input.release, resolved, input.namespace),
    ]);
    return { objects, prune };
}
function isEmptyPlan(plan) {
    return plan.prune.length === 0 && plan.objects.every((o) => o.action === 'unchanged');
}
function parseAddresses(annotation) {
    try {
        return annotation ? JSON.parse(annotation) : {};
    }
    catch {
        return {};
    }
}
/**
 * Why a remote drifted, in words: objects rendered with other values (and which addresses moved),
 * objects changed on the cluster (with the field paths moved), missing objects, objects to prune.
 */
function driftReasons(plan, marks) {
    const reasons = new Set();
    const missing = [];
    for (const object of plan.objects) {
        if (object.action === 'create')
            missing.push(object.object);
        if (object.action !== 'change')
            continue;
        const annotations = object.liveAnnotations ?? {};
        if (annotations[labels/* VALUES_HASH_ANNOTATION */.AJ] !== marks.valuesHash) {
            const moved = (0,deploy_chart/* describeAddressChanges */.dC)(parseAddresses(annotations[labels/* ADDRESSES_ANNOTATION */.RS]), marks.addresses);
            reasons.add(moved.length > 0 ? `addresses moved: ${moved.join(', ')}` : 'rendered with other values');
        }
        else {
            reasons.add(`changed on the cluster: ${object.object} (${object.fields.join(', ')})`);
        }
    }
    if (missing.length > 0)
        reasons.add(`missing: ${missing.join(', ')}`);
    if (plan.prune.length > 0)
        reasons.add(`no longer rendered: ${plan.prune.map((o) => (0,util_manifest/* describeObject */.v8)(o)).join(', ')}`);
    return [...reasons];
}
/** Deletes what the plan prunes; returns what was deleted. */
async function prune(cluster, plan) {
    if (plan.prune.length === 0)
        return [];
    const { deleted } = await (0,apply/* deleteObjects */.Uw)(cluster, plan.prune);
    return deleted;
}
function planEntry(planned) {
    const names = (action) => planned.filter((p) => p.action === action).map((p) => p.object);
    return {
        create: names('create'),
        change: planned.filter((p) => p.action === 'change').map((p) => ({ object: p.object, fields: p.fields })),
        prune: names('prune'),
        unchanged: planned.filter((p) => p.action === 'unchanged').length,
    };
}

;// CONCATENATED MODULE: ./src/stages/shared/deploy-remote.ts




function deployInput(settings, plan, manifestPath, chart) {
    return {
        stage: settings.stage,
        chart,
        method: settings.method,
        kubectlPath: settings.kubectlPath,
        dryRun: settings.mode === 'render',
        manifestPath,
        marks: plan.marks,
    };
}
function plannedOf(plans) {
    return plans.flatMap((p) => [
        ...p.objects,
        ...p.prune.map((o) => ({ object: (0,util_manifest/* describeObject */.v8)(o), action: 'prune', fields: [] })),
    ]);
}
async function deployWithHelm(settings, remote, plan, rendered) {
    const drift = [];
    const inputs = rendered.charts.map((part) => deployInput(settings, plan, rendered.manifestPath, part.chart));
    if (settings.mode === 'resync')
        for (const [index, part] of rendered.charts.entries())
            drift.push(...(await (0,deploy_chart/* findDrift */.L1)(inputs[index], remote, part.objects)));
    if (settings.mode === 'resync' && drift.length === 0)
        return { objects: [], pruned: [], drift, planned: [] };
    const objects = [];
    for (const [index, part] of rendered.charts.entries())
        objects.push(...(await (0,deploy_chart/* installWithHelm */.oX)(inputs[index], remote, part.manifest)).objects);
    const planned = objects.map((o) => ({
        object: o.object,
        action: o.outcome === 'created' ? 'create' : o.outcome === 'configured' ? 'change' : 'unchanged',
        fields: [],
    }));
    return { objects: settings.mode === 'render' ? [] : objects, pruned: [], drift, planned };
}
async function deployRemote(settings, remote, plan, rendered) {
    if (settings.method === 'helm')
        return deployWithHelm(settings, remote, plan, rendered);
    const parts = await Promise.all(rendered.charts.map(async (part) => {
        const input = deployInput(settings, plan, rendered.manifestPath, part.chart);
        return { input, resolved: await (0,deploy_chart/* resolveMarked */.$y)(input, remote, part.objects) };
    }));
    const plans = settings.mode === 'install'
        ? undefined
        : await Promise.all(parts.map(({ input, resolved }) => planChart(remote, { ...input.chart, kubectlPath: settings.kubectlPath }, resolved)));
    const planned = plans ? plannedOf(plans) : [];
    if (settings.mode === 'render')
        return { objects: [], pruned: [], drift: [], planned };
    const drift = plans ? plans.flatMap((p) => driftReasons(p, plan.marks)) : [];
    if (plans && plans.every(isEmptyPlan))
        return { objects: [], pruned: [], drift: [], planned };
    const namespace = rendered.charts[0]?.chart.namespace ?? '';
    if (Object.keys(plan.namespaceAnnotations).length > 0)
        await (0,namespaces/* annotateNamespace */.QN)(remote, namespace, plan.namespaceAnnotations);
    const objects = [];
    const pruned = [];
    for (const [index, { input, resolved }] of parts.entries()) {
        objects.push(...(await (0,deploy_chart/* installWithKubectl */.SB)(input, remote, resolved)).objects);
        const chartPlan = plans?.[index] ?? {
            objects: [],
            prune: await pruneCandidates(remote, input.chart.release, resolved, input.chart.namespace),
        };
        pruned.push(...(await prune(remote, chartPlan)));
    }
    return { objects, pruned, drift, planned };
}

;// CONCATENATED MODULE: ./src/stages/remote-install.ts












const STAGE = 'remote-install';
/** Renders each distinct chart set once: the 1.0 profile renders a single manifest shared by all remotes. */
function makeRenderer(manifestDir) {
    const cache = new Map();
    return (remote, plan) => {
        const key = (0,hash/* stableStringify */.J)(plan.charts);
        let rendered = cache.get(key);
        if (!rendered) {
            const file = cache.size === 0 ? 'istio-remote.yaml' : `istio-remote-${remote.name}.yaml`;
            rendered = renderCharts(plan.charts, (0,external_node_path_.join)(manifestDir, file));
            cache.set(key, rendered);
        }
        return rendered;
    };
}
async function renderCharts(charts, manifestPath) {
    const parts = [];
    for (const [index, chart] of charts.entries()) {
        const path = index === 0 ? manifestPath : manifestPath.replace(/\.yaml$/, `-${index}.yaml`);
        const manifest = await (0,deploy_chart/* renderManifest */.sB)({ stage: STAGE, chart, manifestPath: path });
        parts.push({ chart, manifest, objects: (0,util_manifest/* parseManifest */.Ng)(manifest) });
    }
    return { manifestPath, charts: parts };
}
async function labelInjection(input, remote) {
    const results = [];
    for (const namespace of input.injectionNamespaces) {
        results.push({
            namespace,
            outcome: input.dryRun
                ? 'would-label'
                : await (0,namespaces/* labelNamespace */.UN)(remote, namespace, { key: labels/* INJECTION_LABEL */.jo, value: labels/* INJECTION_ENABLED */.UX }),
        });
    }
    return results;
}
/**
 * global.mtls.enabled makes istio-remote render MeshPolicy/DestinationRule objects, whose CRDs remotes
 * do not have: leave those out (with a warning) when the remote does not serve them. Helm installs
 * the whole release, so with install-method helm that is refused instead.
 */
async function withoutUnservedPolicy(input, remote, rendered) {
    const served = kindServedOn(remote);
    const charts = [];
    const dropped = [];
    for (const part of rendered.charts) {
        const filtered = await (0,security_values/* dropUnservedIstioPolicy */.UX)(part.objects, served);
        dropped.push(...filtered.dropped);
        charts.push({ ...part, objects: filtered.objects });
    }
    if (dropped.length === 0)
        return { rendered, warnings: [] };
    if (input.method === 'helm') {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: remote.name,
            message: `the chart renders ${dropped.join(', ')}, whose Istio CRDs the remote does not serve, and helm installs the whole release`,
            fix: 'use install-method: kubectl (which leaves those objects out; pilot reads mesh policy from the primary), or install the Istio CRDs on the remote.',
        });
    }
    return { rendered: { ...rendered, charts }, warnings: [(0,security_values/* istioPolicyWarning */.NH)(remote.name, dropped)] };
}
async function installOnRemote(input, remote, render) {
    try {
        const plan = input.plan(remote);
        const { rendered, warnings } = await withoutUnservedPolicy(input, remote, await render(remote, plan));
        const { objects, drift, pruned, planned } = await deployRemote({
            stage: STAGE,
            method: input.method,
            kubectlPath: input.kubectlPath,
            mode: input.dryRun ? 'render' : input.resync ? 'resync' : 'install',
        }, remote, plan, rendered);
        const inSync = input.resync && drift.length === 0;
        const injection = inSync ? [] : await labelInjection(input, remote);
        const changed = pruned.length > 0 ||
            objects.some((o) => o.outcome !== 'unchanged') ||
            injection.some((i) => i.outcome === 'labelled' || i.outcome === 'created-labelled');
        return {
            remote: remote.name,
            manifestPath: rendered.manifestPath,
            objects,
            pruned,
            planned,
            injection,
            changed: !input.dryRun && changed,
            drift,
            warnings,
        };
    }
    catch (error) {
        if (error instanceof errors/* StageError */.Zu)
            throw error;
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: remote.name,
            message: (0,client/* apiMessage */.SX)(error),
            fix: 'check that the remote kubeconfig may create these objects (see preflight) and that the chart matches the cluster version.',
            cause: error,
        });
    }
}
/**
 * Installs istio-remote on every remote in parallel (bounded by parallelism). Every remote is
 * attempted; each failure is returned with its remote, and never stops the others.
 */
async function installRemotes(input) {
    const render = makeRenderer(input.manifestDir);
    const result = await (0,fan_out/* fanOut */.YO)(input.remotes, { parallelism: input.parallelism, stage: STAGE }, (remote) => installOnRemote(input, remote, render));
    return { remotes: result.done.map((d) => d.value), failures: (0,fan_out/* failedRemotesOf */.Y)(result) };
}

// EXTERNAL MODULE: ./src/istio/charts.ts
var charts = __webpack_require__(53307);
// EXTERNAL MODULE: ./src/tools/helm-cli.ts
var helm_cli = __webpack_require__(23648);
;// CONCATENATED MODULE: ./src/stages/chart-version.ts




/** The istiod version on the primary: the chart's version label on its Deployment, else its image tag. */
async function istiodVersion(primary, namespace) {
    const deployments = await primary.config.makeApiClient(dist/* AppsV1Api */.eY6).listNamespacedDeployment({
        namespace,
        labelSelector: 'app=istiod',
    });
    const deployment = deployments.items[0];
    const label = deployment?.metadata?.labels?.['app.kubernetes.io/version'];
    if (label)
        return label;
    const image = deployment?.spec?.template.spec?.containers[0]?.image;
    return image?.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : undefined;
}
/**
 * Istio supports a remote at most one minor away from its control plane: warn (never fail) when the
 * remote's istiod chart and the primary's istiod differ by more. Versions that cannot be read are
 * reported, not guessed.
 */
async function checkChartVersion(primary, namespace, istiodChart) {
    let chartVersion;
    let controlPlaneVersion;
    try {
        chartVersion = await (0,helm_cli/* helmChartVersion */.lm)(istiodChart);
        controlPlaneVersion = await istiodVersion(primary, namespace);
    }
    catch (error) {
        return {
            chartVersion,
            controlPlaneVersion,
            warning: `could not compare the istiod chart version with the primary's istiod: ${(0,client/* apiMessage */.SX)(error)}`,
        };
    }
    if (!chartVersion || !controlPlaneVersion)
        return { chartVersion, controlPlaneVersion, warning: undefined };
    const distance = (0,charts/* minorDistance */.dk)(chartVersion, controlPlaneVersion);
    const warning = distance !== undefined && distance > 1
        ? `the remote istiod chart is ${chartVersion} but istiod on ${primary.name} is ${controlPlaneVersion}: Istio supports a remote at most one minor version from its control plane. Fix: set chart-version (or istio-version) to ${controlPlaneVersion}.`
        : undefined;
    return { chartVersion, controlPlaneVersion, warning };
}

// EXTERNAL MODULE: ./src/istio/components.ts
var components = __webpack_require__(45910);
// EXTERNAL MODULE: ./src/istio/remote-plan.ts
var remote_plan = __webpack_require__(38814);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/chart-inputs.ts
var chart_inputs = __webpack_require__(43741);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/steps/security-inputs.ts
var security_inputs = __webpack_require__(52591);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/remote-install.ts












const remote_install_STAGE = 'remote-install';
/** The control-plane addresses the endpoints step output (`<component>-pod-ip`). */
function readAddresses() {
    const addresses = {};
    for (const spec of components/* COMPONENTS */.$j) {
        const value = core/* getInput */.V4(`${spec.name}-pod-ip`).trim();
        if (value)
            addresses[spec.name] = value;
    }
    return addresses;
}
function readInputs() {
    return (0,inputs/* readStepInputs */.W)(remote_install_STAGE, {
        profile: common/* readProfile */.er,
        clusters: common/* readClusters */.c6,
        addresses: readAddresses,
        charts: () => (0,chart_inputs/* readChartInputs */.kW)(remote_install_STAGE),
        helmPath: () => core/* getInput */.V4('helm-path') || 'helm',
        kubectlPath: common/* readKubectlPath */.yL,
        namespace: () => (0,common/* readNamespace */.oZ)(remote_install_STAGE),
        release: () => (0,common/* readReleaseName */.vZ)(remote_install_STAGE),
        extraValues: () => (0,chart_inputs/* readExtraValues */.Fn)(remote_install_STAGE),
        sidecarInjector: () => (0,parse/* parseBoolean */.yG)('sidecar-injector', core/* getInput */.V4('sidecar-injector'), true),
        security: security_inputs/* readSecurityOptions */.$,
        meshId: () => (0,common/* readMeshId */.d4)(remote_install_STAGE),
        network: () => (0,common/* readNetworks */.m$)(remote_install_STAGE),
        method: common/* readInstallMethod */.RK,
        injectionNamespaces: () => (0,common/* readInjectionNamespaces */.ez)(remote_install_STAGE),
        parallelism: () => (0,common/* readParallelism */.BC)(remote_install_STAGE),
    });
}
function noChartsError(profile) {
    return new Error(profile.name === 'istio-current'
        ? "[remote-install] no remote charts. Fix: set chart-repository (e.g. https://istio-release.storage.googleapis.com/charts, with chart-version 1.30.1), istio-version (e.g. 1.30.1) or chart (a release's manifests/charts directory, relative to the workspace)."
        : '[remote-install] no remote chart. Fix: set chart (a path relative to the workspace, e.g. istio-1.0.6/install/kubernetes/helm/istio-remote) or istio-version (e.g. 1.0.6).');
}
/** Each remote's plan, from the inputs and the resolved chart source (a release may be downloaded). */
async function makePlanner(inputs) {
    const source = await (0,chart_inputs/* resolveChartSource */.C2)(remote_install_STAGE, inputs.profile, inputs.charts);
    if (!source)
        throw noChartsError(inputs.profile);
    let planner;
    try {
        planner = (0,remote_plan/* remotePlanner */.X)({ ...inputs, source, primaryName: inputs.clusters.primary.name });
    }
    catch (error) {
        throw new Error(`[${remote_install_STAGE}] ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return (remote) => planner(remote.name);
}
/** istio-current: warns when the remote istiod chart is more than one minor from the primary's istiod. */
async function chartVersionWarning(inputs, plan) {
    const first = inputs.clusters.remotes[0];
    const istiodChart = first && inputs.profile.name === 'istio-current' ? plan(first).charts.at(-1) : undefined;
    if (!istiodChart)
        return undefined;
    return (await checkChartVersion(inputs.clusters.primary, inputs.namespace, istiodChart)).warning;
}
function reportLine(mode, r) {
    if (mode === 'resync' && r.drift.length === 0)
        return `${r.remote}: in sync, nothing written`;
    const labels = r.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ');
    if (mode === 'render') {
        const p = planEntry(r.planned);
        return `${r.remote}: would create ${p.create.length}, change ${p.change.length}, prune ${p.prune.length}, leave ${p.unchanged} unchanged; injection ${labels || 'none'}`;
    }
    const changed = r.objects.filter((o) => o.outcome !== 'unchanged').length;
    const pruned = r.pruned.length > 0 ? `, pruned ${r.pruned.join(', ')}` : '';
    const why = r.drift.length > 0 ? ` — repaired: ${r.drift.join('; ')}` : '';
    return `${r.remote}: applied ${r.objects.length} objects (${changed} created or changed${pruned}); injection ${labels || 'none'}${why}`;
}
function run() {
    return (0,step/* runAsStep */.I)(remote_install_STAGE, async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const inputs = readInputs();
        const plan = await makePlanner(inputs);
        const versionWarning = await chartVersionWarning(inputs, plan);
        const result = await installRemotes({
            remotes: inputs.clusters.remotes,
            plan,
            method: inputs.method,
            kubectlPath: inputs.kubectlPath,
            injectionNamespaces: inputs.injectionNamespaces,
            parallelism: inputs.parallelism,
            dryRun: mode === 'render',
            resync: mode === 'resync',
            manifestDir: (0,common/* runDirectory */.xw)(remote_install_STAGE),
        });
        const drifted = result.remotes
            .filter((r) => r.drift.length > 0)
            .map((r) => ({ remote: r.remote, reasons: r.drift }));
        return {
            outputs: {
                'manifest-path': result.remotes[0]?.manifestPath ?? '',
                'manifest-dir': (0,common/* runDirectory */.xw)(remote_install_STAGE),
                'manifest-paths': JSON.stringify(Object.fromEntries(result.remotes.map((r) => [r.remote, r.manifestPath]))),
                'changed-remotes': JSON.stringify(result.remotes.filter((r) => r.changed).map((r) => r.remote)),
                'drifted-remotes': JSON.stringify(drifted),
                plan: JSON.stringify(mode === 'install'
                    ? {}
                    : Object.fromEntries(result.remotes.map((r) => [r.remote, planEntry(r.planned)]))),
            },
            report: {
                warnings: [...(versionWarning ? [versionWarning] : []), ...result.remotes.flatMap((r) => r.warnings)],
                did: result.remotes.map((r) => reportLine(mode, r)),
            },
            failures: result.failures,
        };
    });
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
