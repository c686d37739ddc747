export const id = 800;
export const ids = [800];
export const modules = {

/***/ 17052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ currentRemoteCharts),
/* harmony export */   dp: () => (/* binding */ istio10Charts),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   oX: () => (/* binding */ chartFromRelease),
/* harmony export */   y2: () => (/* binding */ profileByName),
/* harmony export */   zj: () => (/* binding */ CONTROL_PLANE_CLUSTERS_ANNOTATION)
/* harmony export */ });
/* unused harmony exports ISTIO_1_0, ISTIO_CURRENT */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tools_istio_release_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77599);


const PROFILES = ['istio-1.0', 'istio-current'];
const ISTIO_1_0 = {
    name: 'istio-1.0',
    readerServiceAccount: 'istio-multi',
    secretName: (remote) => remote,
    secretUpdatesInPlace: false,
    secretAnnotations: () => ({}),
};
const ISTIO_CURRENT = {
    name: 'istio-current',
    readerServiceAccount: 'istio-reader-service-account',
    secretName: (remote) => `istio-remote-secret-${remote}`,
    secretUpdatesInPlace: true,
    secretAnnotations: (remote) => ({ 'networking.istio.io/cluster': remote }),
};
function profileByName(name) {
    switch (name) {
        case 'istio-1.0':
            return ISTIO_1_0;
        case 'istio-current':
            return ISTIO_CURRENT;
    }
}
async function chartFromRelease(profile, istioVersion, mirror) {
    const releaseDir = await (0,_tools_istio_release_js__WEBPACK_IMPORTED_MODULE_1__/* .installIstioRelease */ .Tl)(istioVersion, mirror);
    const path = profile === 'istio-1.0'
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(releaseDir, 'install', 'kubernetes', 'helm', 'istio-remote')
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(releaseDir, 'manifests', 'charts');
    return { path, fromRelease: true };
}
/** istio-1.0: one istio-remote release, identical for every remote. */
function istio10Charts(options) {
    return [
        {
            helmPath: options.helmPath,
            release: options.release,
            chart: options.source.path,
            namespace: options.namespace,
            values: options.values,
        },
    ];
}
/** istio-current: `base` and `istiod` with profile=remote, per remote (cluster name and injection path differ). */
function currentRemoteCharts(options) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.source.path, 'base');
    const istiod = options.source.fromRelease
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.source.path, 'istio-control', 'istio-discovery')
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.source.path, 'istiod');
    const common = { helmPath: options.helmPath, namespace: options.namespace };
    return [
        {
            ...common,
            release: 'istio-base',
            chart: base,
            values: [
                ['profile', 'remote'],
                ['global.istioNamespace', options.namespace],
            ],
        },
        {
            ...common,
            release: 'istiod',
            chart: istiod,
            values: [
                ['profile', 'remote'],
                ['global.remotePilotAddress', options.discoveryAddress],
                ['global.multiCluster.clusterName', options.remote],
                ['global.network', options.network],
                ['global.meshID', options.meshId],
                ['istiodRemote.injectionPath', `/inject/cluster/${options.remote}/net/${options.network}`],
                ['global.configCluster', 'true'],
                ['pilot.enabled', 'false'],
                ...options.values,
            ],
        },
    ];
}
const CONTROL_PLANE_CLUSTERS_ANNOTATION = 'topology.istio.io/controlPlaneClusters';


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

/***/ 31934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ apiStatus),
/* harmony export */   DT: () => (/* binding */ openCluster),
/* harmony export */   FN: () => (/* binding */ serverOf),
/* harmony export */   SX: () => (/* binding */ apiMessage),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   kg: () => (/* binding */ coreApi)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);


/**
 * Loads a kubeconfig file for one cluster. The user entry is renamed after the cluster because
 * client-node caches credentials by user name, and two clusters' kubeconfigs often both say "admin".
 */
function openCluster(name, kubeconfigPath) {
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
    config.loadFromString((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(kubeconfigPath, 'utf8'));
    const context = config.getContextObject(config.getCurrentContext());
    if (!context) {
        throw new Error(`kubeconfig ${kubeconfigPath} for cluster "${name}" has no current context`);
    }
    const uniqueUser = `${name}/${context.user}`;
    const users = config.users.map((user) => user.name === context.user ? { ...user, name: uniqueUser } : user);
    const contexts = config.contexts.map((c) => (c.name === context.name ? { ...c, user: uniqueUser } : c));
    const renamed = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
    renamed.loadFromOptions({
        clusters: config.clusters,
        users,
        contexts,
        currentContext: context.name,
    });
    return { name, kubeconfigPath, config: renamed };
}
function coreApi(cluster) {
    return cluster.config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .CoreV1Api */ .f5Y);
}
function serverOf(cluster) {
    const server = cluster.config.getCurrentCluster()?.server;
    if (!server)
        throw new Error(`cluster "${cluster.name}": kubeconfig has no server`);
    return server;
}
/** HTTP status of a Kubernetes API error, or undefined for anything else (network errors, bugs). */
function apiStatus(error) {
    if (error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .ApiException */ .UJ4)
        return error.code;
    return undefined;
}
function isNotFound(error) {
    return apiStatus(error) === 404;
}
/** The API server's own message from an ApiException body, else the error message. */
function apiMessage(error) {
    if (error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .ApiException */ .UJ4) {
        const body = error.body;
        if (typeof body === 'string') {
            try {
                const parsed = JSON.parse(body);
                if (parsed.message)
                    return `${parsed.message} (HTTP ${error.code})`;
            }
            catch {
                return `${body} (HTTP ${error.code})`;
            }
        }
        if (body && typeof body === 'object' && 'message' in body) {
            return `${String(body.message)} (HTTP ${error.code})`;
        }
        return `HTTP ${error.code}`;
    }
    if (error instanceof Error) {
        const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
        return `${error.message}${cause}`;
    }
    return String(error);
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

/***/ 71234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ wiresRemotes),
/* harmony export */   Em: () => (/* binding */ readMode),
/* harmony export */   _d: () => (/* binding */ skippedFor),
/* harmony export */   c6: () => (/* binding */ readClusters),
/* harmony export */   er: () => (/* binding */ readProfile),
/* harmony export */   gb: () => (/* binding */ readTimeoutMs),
/* harmony export */   oZ: () => (/* binding */ readNamespace),
/* harmony export */   xw: () => (/* binding */ runDirectory)
/* harmony export */ });
/* unused harmony export MODES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31934);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25303);
/* harmony import */ var _istio_profiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17052);





/** Inputs shared by several steps; read only by step entry points. */
const MODES = ['install', 'render', 'resync', 'uninstall', 'inject'];
function readMode() {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChoice */ .HU)('mode', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mode'), MODES, 'install');
}
/** The modes that capture endpoints and (re)wire remotes; uninstall and inject skip those steps. */
function wiresRemotes(mode) {
    return mode === 'install' || mode === 'render' || mode === 'resync';
}
function readProfile() {
    return (0,_istio_profiles_js__WEBPACK_IMPORTED_MODULE_3__/* .profileByName */ .y2)((0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChoice */ .HU)('profile', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('profile'), _istio_profiles_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILES */ .jI, 'istio-1.0'));
}
function skippedFor(mode) {
    return { outputs: {}, report: { did: [], skipped: `not used in mode ${mode}` } };
}
function readNamespace() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('istio-namespace') || 'istio-system';
}
function readTimeoutMs() {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)('wait-timeout', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('wait-timeout'), 300_000);
}
/** The clusters as the credentials step wrote them (its outputs mapped in action.yml). */
function readClusters() {
    const primaryPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-kubeconfig-path', { required: true });
    const primaryName = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-name') || 'primary';
    const remotePaths = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonRecord */ .BH)('remote-kubeconfig-paths', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('remote-kubeconfig-paths'));
    return {
        primary: (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_2__/* .openCluster */ .DT)(primaryName, primaryPath),
        remotes: Object.entries(remotePaths).map(([name, path]) => (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_2__/* .openCluster */ .DT)(name, path)),
    };
}
/** A per-run working directory under RUNNER_TEMP, the same for every step of one run. */
function runDirectory(purpose) {
    const temp = process.env.RUNNER_TEMP;
    if (!temp)
        throw new Error('RUNNER_TEMP is not set: run this action on a GitHub runner, or set RUNNER_TEMP to a private directory.');
    const run = process.env.GITHUB_RUN_ID ?? 'local';
    const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
    const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_.-]/g, '-');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, `istio-multicluster-${run}-${attempt}-${job}-${purpose}`);
}


/***/ }),

/***/ 81800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/apply.ts
var apply = __webpack_require__(89501);
// EXTERNAL MODULE: ./src/kube/objects.ts
var objects = __webpack_require__(49509);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/istio/injection.ts


/** Names of the ConfigMaps (and keys) `istioctl kube-inject` reads, as in the seed's manual-injection example. */
const INJECTOR_CONFIGMAP = 'istio-sidecar-injector';
const INJECTOR_CONFIG_KEY = 'config';
const INJECTOR_VALUES_KEY = 'values';
const MESH_CONFIGMAP = 'istio';
const MESH_CONFIG_KEY = 'mesh';
function injectorFormat(config) {
    let parsed;
    try {
        parsed = js_yaml/* default.load */.Ay.load(config);
    }
    catch {
        return undefined;
    }
    if (!parsed || typeof parsed !== 'object')
        return undefined;
    const record = parsed;
    if (record.templates && typeof record.templates === 'object')
        return 'templates';
    if (typeof record.template === 'string')
        return 'template';
    return undefined;
}
/** The pod template of a workload (or the Pod itself); undefined for kinds without one. */
function podTemplate(object) {
    const spec = object.spec;
    if (!spec)
        return undefined;
    switch (object.kind) {
        case 'Pod':
            return { metadata: object.metadata, spec: spec };
        case 'CronJob': {
            const job = spec.jobTemplate;
            return job?.spec?.template;
        }
        case 'Deployment':
        case 'DaemonSet':
        case 'StatefulSet':
        case 'ReplicaSet':
        case 'ReplicationController':
        case 'Job':
        case 'DeploymentConfig':
            return spec.template;
        default:
            return undefined;
    }
}
function containerNames(template) {
    const spec = template.spec ?? {};
    return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c) => c.name ?? '');
}
function optedOut(object, template) {
    const key = 'sidecar.istio.io/inject';
    const values = [
        template.metadata?.annotations?.[key],
        template.metadata?.labels?.[key],
        object.metadata.annotations?.[key],
    ];
    return values.some((v) => v === 'false');
}
/** Compares workloads before and after injection by kind and name. */
function checkInjection(before, after) {
    const injected = [];
    const missed = [];
    for (const object of after) {
        const template = podTemplate(object);
        if (!template)
            continue;
        const original = before.find((b) => b.kind === object.kind && b.metadata.name === object.metadata.name);
        const originalTemplate = original ? podTemplate(original) : undefined;
        const had = new Set(originalTemplate ? containerNames(originalTemplate) : []);
        const added = containerNames(template).filter((name) => !had.has(name));
        if (added.length > 0)
            injected.push(`${(0,objects/* describeObject */.v8)(object)}: +${added.join(', +')}`);
        else if (!optedOut(object, originalTemplate ?? template))
            missed.push((0,objects/* describeObject */.v8)(object));
    }
    return { injected, missed };
}
/** Why istioctl injected nothing, with what to change. */
function missedInjectionProblem(format, missed) {
    const hint = format === 'template'
        ? "the injector config is Istio 1.0's single `template` with [[ ]] delimiters, which current istioctl does not read (it takes the text as a template of its own and injects nothing): use an istioctl of the cluster's Istio version (istioctl-version, e.g. 1.0.6)"
        : 'the injector config and istioctl do not match: use an istioctl of the same Istio version as the cluster (istioctl-version)';
    return `istioctl kube-inject added no sidecar to ${missed.join(', ')}: ${hint}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/tools/istioctl-cli.ts

/** istioctl must never hang a workflow: it is killed after this long. */
const TIMEOUT_MS = 120_000;
function istioctl(path, args, kubeconfig) {
    const env = { ...process.env, ...(kubeconfig ? { KUBECONFIG: kubeconfig } : {}) };
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(path, args, { env, timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                const why = error.killed ? `timed out after ${TIMEOUT_MS / 1000}s` : error.message;
                reject(new Error(`istioctl at ${path} ${args[0] ?? ''}: ${why}`, { cause: error }));
                return;
            }
            resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
        });
    });
}
async function kubeInjectFlags(istioctlPath) {
    const help = await istioctl(istioctlPath, ['kube-inject', '--help']);
    const text = `${help.stdout}\n${help.stderr}`;
    if (help.exitCode !== 0 || !/kube-inject/.test(text)) {
        throw new Error(`${istioctlPath} kube-inject --help failed (exit ${help.exitCode}): ${help.stderr.trim() || help.stdout.trim()}`);
    }
    return {
        injectConfigFile: text.includes('--injectConfigFile'),
        meshConfigFile: text.includes('--meshConfigFile'),
        valuesFile: text.includes('--valuesFile'),
        revision: text.includes('--revision'),
    };
}
/** `istioctl kube-inject` with config from files, writing the injected manifest to `output`. */
async function kubeInject(request) {
    const args = [
        'kube-inject',
        '--injectConfigFile',
        request.injectConfigFile,
        '--meshConfigFile',
        request.meshConfigFile,
        ...(request.valuesFile ? ['--valuesFile', request.valuesFile] : []),
        ...(request.revision ? ['--revision', request.revision] : []),
        '-f',
        request.manifest,
        '-o',
        request.output,
    ];
    const result = await istioctl(request.istioctlPath, args, request.kubeconfig);
    if (result.exitCode !== 0) {
        throw new Error(`istioctl kube-inject -f ${request.manifest} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/stages/inject.ts








const STAGE = 'inject';
async function readConfigMap(cluster, namespace, name) {
    try {
        return (await (0,client/* coreApi */.kg)(cluster).readNamespacedConfigMap({ name, namespace })).data ?? {};
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return undefined;
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: cluster.name,
            message: `cannot read ConfigMap ${namespace}/${name}: ${(0,client/* apiMessage */.SX)(error)}`,
            cause: error,
        });
    }
}
function configCluster(input, remote) {
    switch (input.configSource) {
        case 'remote':
            return remote;
        case 'primary':
            return input.primary;
    }
}
async function readInjectionConfig(cluster, namespace) {
    const injector = await readConfigMap(cluster, namespace, INJECTOR_CONFIGMAP);
    const mesh = await readConfigMap(cluster, namespace, MESH_CONFIGMAP);
    const missing = [
        injector?.[INJECTOR_CONFIG_KEY] ? '' : `${INJECTOR_CONFIGMAP} (key ${INJECTOR_CONFIG_KEY})`,
        mesh?.[MESH_CONFIG_KEY] ? '' : `${MESH_CONFIGMAP} (key ${MESH_CONFIG_KEY})`,
    ].filter(Boolean);
    if (missing.length > 0 || !injector || !mesh) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: cluster.name,
            message: `ConfigMap(s) ${missing.join(' and ')} missing in namespace ${namespace}`,
            fix: 'install istio-remote first (it renders both, also with sidecar-injector: false), or with current Istio read them from the primary (inject-config-from: primary).',
        });
    }
    const values = injector[INJECTOR_VALUES_KEY];
    return {
        config: injector[INJECTOR_CONFIG_KEY] ?? '',
        mesh: mesh[MESH_CONFIG_KEY] ?? '',
        ...(values ? { values } : {}),
    };
}
/**
 * Writes the config for istioctl. An istioctl with --valuesFile otherwise fetches values from a
 * cluster, so it always gets one (`{}` for Istio 1.0 configs, which have none); `--revision default`
 * likewise keeps it from looking up the default revision in a cluster (where it waits forever when
 * none answers).
 */
function writeConfigFiles(dir, config, flags) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const files = {
        injectConfigFile: (0,external_node_path_.join)(dir, 'inject-config.yaml'),
        meshConfigFile: (0,external_node_path_.join)(dir, 'mesh-config.yaml'),
        ...(flags.revision ? { revision: 'default' } : {}),
    };
    (0,external_node_fs_.writeFileSync)(files.injectConfigFile, config.config);
    (0,external_node_fs_.writeFileSync)(files.meshConfigFile, config.mesh);
    if (!flags.valuesFile)
        return files;
    const valuesFile = (0,external_node_path_.join)(dir, 'values.json');
    (0,external_node_fs_.writeFileSync)(valuesFile, config.values ?? '{}');
    return { ...files, valuesFile };
}
function defaultNamespace(objects) {
    return objects.map((o) => ({
        ...o,
        metadata: { ...o.metadata, namespace: o.metadata.namespace ?? 'default' },
    }));
}
async function injectOne(input, remote, files, configFrom, format, manifest, index) {
    const output = (0,external_node_path_.join)(input.outputDir, remote.name, `${index + 1}-${(0,external_node_path_.basename)(manifest)}`);
    await kubeInject({
        istioctlPath: input.istioctlPath,
        ...files,
        manifest,
        output,
        kubeconfig: configFrom.kubeconfigPath,
    });
    const before = (0,objects/* parseManifest */.Ng)((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
    const after = (0,objects/* parseManifest */.Ng)((0,external_node_fs_.readFileSync)(output, 'utf8'));
    const check = checkInjection(before, after);
    if (check.missed.length > 0) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: remote.name,
            message: missedInjectionProblem(format, check.missed),
        });
    }
    return { manifest: { source: manifest, output, injected: check.injected }, objects: after };
}
async function injectForRemote(input, remote, flags) {
    const configFrom = configCluster(input, remote);
    const config = await readInjectionConfig(configFrom, input.namespace);
    const format = injectorFormat(config.config);
    const files = writeConfigFiles((0,external_node_path_.join)(input.outputDir, remote.name, 'config'), config, flags);
    const manifests = [];
    const objects = [];
    for (const [index, manifest] of input.manifests.entries()) {
        const one = await injectOne(input, remote, files, configFrom, format, manifest, index);
        manifests.push(one.manifest);
        objects.push(...one.objects);
    }
    let applied = [];
    if (input.apply && !input.dryRun) {
        try {
            applied = await (0,apply/* applyObjects */.r3)(remote, await (0,apply/* resolveObjects */.zh)(remote, defaultNamespace(objects), 'default'));
        }
        catch (error) {
            throw new errors/* StageError */.Zu({
                stage: STAGE,
                cluster: remote.name,
                message: (0,client/* apiMessage */.SX)(error),
                fix: 'check that the injected objects suit this cluster and that the kubeconfig may apply them.',
                cause: error,
            });
        }
    }
    return { remote: remote.name, configFrom: configFrom.name, format, manifests, applied };
}
/**
 * The seed's manual sidecar injection: for each remote, read the injector and mesh ConfigMaps, write
 * them to files, run `istioctl kube-inject` on every manifest with those files (so istioctl needs no
 * cluster access), check that each workload gained containers, and optionally apply the result.
 */
async function injectManifests(input) {
    let flags;
    try {
        flags = await kubeInjectFlags(input.istioctlPath);
    }
    catch (error) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            message: (0,client/* apiMessage */.SX)(error),
            fix: 'give a working istioctl (istioctl-path) or an istioctl-version to download.',
            cause: error,
        });
    }
    if (!flags.injectConfigFile || !flags.meshConfigFile) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            message: `${input.istioctlPath} kube-inject has no --injectConfigFile/--meshConfigFile`,
            fix: 'use istioctl 1.0 or newer.',
        });
    }
    const remotes = [];
    for (const remote of input.remotes)
        remotes.push(await injectForRemote(input, remote, flags));
    return { remotes, outputPaths: remotes.flatMap((r) => r.manifests.map((m) => m.output)) };
}

// EXTERNAL MODULE: ./src/tools/istio-release.ts
var istio_release = __webpack_require__(77599);
;// CONCATENATED MODULE: ./src/util/glob.ts


const GLOB_CHARS = /[*?[{]/;
/** fs.globSync where this Node has it (22+), else undefined. */
function nativeGlob() {
    const candidate = external_node_fs_.globSync;
    return typeof candidate === 'function' ? candidate : undefined;
}
function escapeRegExp(text) {
    return text.replace(/[.+^$()|\\/]/g, '\\$&');
}
/** Regular expression for one path segment: `*`, `?`, `[...]` and `{a,b}`. */
function segmentRegExp(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment.charAt(i);
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = segment.indexOf(']', i + 1);
            if (end < 0)
                out += '\\[';
            else {
                out += `[${segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '{') {
            const end = segment.indexOf('}', i + 1);
            if (end < 0)
                out += '\\{';
            else {
                out += `(?:${segment
                    .slice(i + 1, end)
                    .split(',')
                    .map((alt) => segmentRegExp(alt).source.slice(1, -1))
                    .join('|')})`;
                i = end;
            }
        }
        else
            out += escapeRegExp(c);
    }
    return new RegExp(`^${out}$`);
}
function entries(dir) {
    try {
        return external_node_fs_.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
function isDirectory(path) {
    try {
        return external_node_fs_.statSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Paths under `base` matching the segments, walked one directory level per segment. */
function walk(base, segments) {
    const [head, ...rest] = segments;
    if (head === undefined)
        return [base];
    if (head === '**') {
        const visible = entries(base).filter((e) => !e.name.startsWith('.'));
        const below = visible.filter((e) => isDirectory((0,external_node_path_.join)(base, e.name)));
        // A trailing `**` matches its base and everything below it, files included.
        const here = rest.length === 0
            ? [base, ...visible.filter((e) => !below.includes(e)).map((e) => (0,external_node_path_.join)(base, e.name))]
            : walk(base, rest);
        return [...here, ...below.flatMap((e) => walk((0,external_node_path_.join)(base, e.name), segments))];
    }
    if (!GLOB_CHARS.test(head))
        return walk((0,external_node_path_.join)(base, head), rest);
    const pattern = segmentRegExp(head);
    return entries(base)
        .filter((e) => !e.name.startsWith('.') || head.startsWith('.'))
        .filter((e) => pattern.test(e.name))
        .flatMap((e) => walk((0,external_node_path_.join)(base, e.name), rest));
}
/** The fallback of fs.globSync used on Node 20; absolute results. */
function fallbackGlob(pattern, root) {
    const absolute = (0,external_node_path_.isAbsolute)(pattern);
    const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    return walk(absolute ? '/' : root, segments).filter((path) => external_node_fs_.existsSync(path));
}
function isFile(path) {
    try {
        return external_node_fs_.statSync(path).isFile();
    }
    catch {
        return false;
    }
}
function matches(pattern, root) {
    if (!GLOB_CHARS.test(pattern))
        return [(0,external_node_path_.resolve)(root, pattern)];
    const native = nativeGlob();
    const found = native
        ? native(pattern, { cwd: root }).map((p) => (0,external_node_path_.resolve)(root, p))
        : fallbackGlob(pattern, root);
    return found.filter(isFile);
}
/** Expands every pattern; a pattern that matches no file, or names a missing file, is a problem. */
function expandPatterns(name, patterns, root) {
    const files = new Set();
    const problems = [];
    for (const pattern of patterns) {
        const found = matches(pattern, root).map((p) => (0,external_node_path_.resolve)(p));
        const existing = found.filter(isFile);
        if (existing.length === 0) {
            const hint = GLOB_CHARS.test(pattern) ? 'matches no file' : 'is not a file';
            problems.push(`${name}: "${pattern}" ${hint} under ${root}. Fix: give paths or globs relative to the workspace, e.g. k8s/app.yaml or k8s/**/*.yaml`);
        }
        for (const file of existing)
            files.add(file);
    }
    return { files: [...files].sort(), problems };
}

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/paths.ts
var paths = __webpack_require__(26879);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/inject.ts









const inject_STAGE = 'inject';
const SOURCES = ['auto', 'remote', 'primary'];
/** inject-config-from; auto follows the profile: Istio 1.0 remotes hold the ConfigMaps, current ones do not (istio/istio#24438). */
function readConfigSource() {
    const chosen = (0,parse/* parseChoice */.HU)('inject-config-from', core/* getInput */.V4('inject-config-from'), SOURCES, 'auto');
    if (chosen !== 'auto')
        return chosen;
    return (0,common/* readProfile */.er)().name === 'istio-current' ? 'primary' : 'remote';
}
/** istioctl-path wins; else istioctl-version (default: istio-version), downloaded checksum-verified. */
async function readIstioctl() {
    const path = core/* getInput */.V4('istioctl-path');
    if (path)
        return (0,paths/* resolveWorkspacePath */.X)(path);
    const version = core/* getInput */.V4('istioctl-version') || core/* getInput */.V4('istio-version');
    if (!version) {
        throw new errors/* ProblemsError */.FQ(inject_STAGE, [
            'manual injection needs istioctl: set istioctl-version to the Istio version of the cluster whose injector config is used (e.g. 1.0.6), or istioctl-path to an istioctl binary',
        ]);
    }
    return (0,istio_release/* installIstioctl */.NM)(version, core/* getInput */.V4('istio-mirror') || undefined);
}
function readManifests() {
    const root = (0,paths/* resolveWorkspacePath */.X)('.');
    const expanded = expandPatterns('manifests', (0,parse/* parseList */.E1)(core/* getInput */.V4('manifests')), root);
    if (expanded.problems.length > 0)
        throw new errors/* ProblemsError */.FQ(inject_STAGE, expanded.problems);
    return expanded.files;
}
function reportOf(result, applied) {
    return {
        did: result.remotes.map((r) => {
            const workloads = r.manifests.reduce((n, m) => n + m.injected.length, 0);
            const changed = r.applied.filter((a) => a.outcome !== 'unchanged').length;
            const apply = applied ? `; applied ${r.applied.length} objects (${changed} created or changed)` : '';
            return `${r.remote}: injected ${workloads} workloads in ${r.manifests.length} manifests with the injector config of ${r.configFrom}${apply}`;
        }),
    };
}
/** Every mode that wires remotes re-injects (pilot addresses are baked into injected pods); uninstall does not. */
function run() {
    return (0,step/* runAsStep */.I)(inject_STAGE, async () => {
        const mode = (0,common/* readMode */.Em)();
        if (mode === 'uninstall')
            return (0,common/* skippedFor */._d)(mode);
        if (core/* getInput */.V4('manifests').trim() === '') {
            return {
                outputs: { 'injected-manifest-paths': '[]' },
                report: { did: [], skipped: 'no manifests given' },
            };
        }
        const manifests = readManifests();
        const apply = (0,parse/* parseBoolean */.yG)('apply', core/* getInput */.V4('apply'), false);
        const configSource = readConfigSource();
        const { primary, remotes } = (0,common/* readClusters */.c6)();
        const istioctlPath = await readIstioctl();
        const title = `Inject sidecars into ${manifests.length} manifest(s) for ${remotes.map((r) => r.name).join(', ')}`;
        const result = await core/* group */.Os(title, () => injectManifests({
            istioctlPath,
            manifests,
            primary,
            remotes,
            configSource,
            namespace: (0,common/* readNamespace */.oZ)(),
            outputDir: (0,common/* runDirectory */.xw)('injected'),
            apply,
            dryRun: mode === 'render',
        }));
        return {
            outputs: { 'injected-manifest-paths': JSON.stringify(result.outputPaths) },
            report: reportOf(result, apply && mode !== 'render'),
        };
    });
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

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ parseJsonRecord),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Hl: () => (/* binding */ parseKeyValues),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/** Pure parsers for action inputs; each error says what a valid value looks like. */
function parseList(text) {
    return text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function parseBoolean(name, text, fallback) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new Error(`input ${name} must be true or false, got "${text}"`);
}
/** Durations like `300`, `90s`, `5m`, `1m30s`; returns milliseconds. */
function parseDuration(name, text, fallbackMs) {
    const value = text.trim();
    if (value === '')
        return fallbackMs;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
    if (!match || value === '')
        throw new Error(`input ${name} must be a duration such as 300s, 5m or 1m30s, got "${text}"`);
    const [, h = '0', m = '0', s = '0'] = match;
    return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}
function parsePositiveInt(name, text, fallback) {
    const value = text.trim();
    if (value === '')
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new Error(`input ${name} must be a whole number of at least 1, got "${text}"`);
    return Number(value);
}
function parseChoice(name, text, choices, fallback) {
    const value = text.trim();
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new Error(`input ${name} must be one of ${choices.join(', ')}, got "${text}"`);
}
/** `name=value` lines or comma-separated pairs, e.g. remote-api-servers. */
function parseKeyValues(name, text) {
    const result = {};
    for (const item of parseList(text)) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new Error(`input ${name}: "${item}" is not name=value (example: remote-1=https://10.0.0.12:6443)`);
        result[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
    }
    return result;
}
/** A JSON object of strings from a previous step's output. */
function parseJsonRecord(name, text) {
    if (text.trim() === '')
        return {};
    const value = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Error(`input ${name} must be a JSON object`);
    for (const [key, entry] of Object.entries(value)) {
        if (typeof entry !== 'string')
            throw new Error(`input ${name}: value of "${key}" must be a string`);
    }
    return value;
}


/***/ })

};
