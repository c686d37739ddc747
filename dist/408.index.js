export const id = 408;
export const ids = [408];
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

/***/ 44540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readSecret)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31934);

/** The Secret, or undefined when it does not exist (any other error is thrown). */
async function readSecret(cluster, namespace, name) {
    try {
        return await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .coreApi */ .kg)(cluster).readNamespacedSecret({ namespace, name });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
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

/***/ 93408:
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
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 827 modules
var dist = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/istio/labels.ts
var labels = __webpack_require__(17393);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/kube/secrets.ts
var secrets = __webpack_require__(44540);
;// CONCATENATED MODULE: ./src/stages/register.ts





const STAGE = 'register';
/** Secret named per profile, labelled istio/multiCluster=true, one data key (the cluster ID) holding the kubeconfig. */
function registrationSecret(namespace, profile, registration) {
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'Opaque',
        metadata: {
            name: profile.secretName(registration.remote),
            namespace,
            labels: {
                [labels/* MULTICLUSTER_SECRET_LABEL */.oT]: 'true',
                [labels/* MANAGED_BY_LABEL */.lT]: labels/* MANAGED_BY_VALUE */.Q9,
                [labels/* REMOTE_NAME_LABEL */.qx]: registration.remote,
            },
            annotations: profile.secretAnnotations(registration.remote),
        },
        data: { [registration.remote]: Buffer.from(registration.kubeconfig, 'utf8').toString('base64') },
    };
}
function sameEntries(actual, wanted, exact) {
    const a = actual ?? {};
    const w = wanted ?? {};
    if (exact && Object.keys(a).length !== Object.keys(w).length)
        return false;
    return Object.entries(w).every(([k, v]) => a[k] === v);
}
function sameRegistration(existing, desired) {
    return (sameEntries(existing.metadata?.labels, desired.metadata?.labels, false) &&
        sameEntries(existing.metadata?.annotations, desired.metadata?.annotations, false) &&
        sameEntries(existing.data, desired.data, true));
}
/** Why the registered kubeconfig is being replaced: it no longer authenticates, or its content changed. */
async function replacementReason(existing, remote, namespace) {
    const encoded = existing.data?.[remote];
    if (!encoded)
        return 'the registered secret has no kubeconfig under the remote name';
    try {
        const config = new dist/* KubeConfig */.ypW();
        config.loadFromString(Buffer.from(encoded, 'base64').toString('utf8'));
        await config.makeApiClient(dist/* CoreV1Api */.f5Y).listNamespacedPod({ namespace, limit: 1 });
        return 'the registered kubeconfig differs from the current one (server, CA or token changed)';
    }
    catch (error) {
        const status = (0,client/* apiStatus */.$T)(error);
        if (status === 401)
            return 'the registered credentials no longer authenticate (HTTP 401): the token was revoked';
        return `the registered kubeconfig no longer works: ${(0,client/* apiMessage */.SX)(error)}`;
    }
}
async function registerOne(input, registration) {
    const desired = registrationSecret(input.namespace, input.profile, registration);
    const name = desired.metadata?.name ?? registration.remote;
    const base = { remote: registration.remote, secret: name };
    const existing = await (0,secrets/* readSecret */.n)(input.primary, input.namespace, name);
    if (existing && existing.metadata?.labels?.[labels/* MANAGED_BY_LABEL */.lT] !== labels/* MANAGED_BY_VALUE */.Q9) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.primary.name,
            message: `Secret ${input.namespace}/${name} exists and was not created by this action; it will not be replaced.`,
            fix: 'give the remote another name with remote-names, or delete that Secret if it is a stale registration.',
        });
    }
    if (!existing)
        return {
            ...base,
            outcome: input.dryRun ? 'would-create' : await create(input, desired),
            reason: undefined,
        };
    if (sameRegistration(existing, desired))
        return { ...base, outcome: 'unchanged', reason: undefined };
    const reason = await replacementReason(existing, registration.remote, input.namespace);
    if (input.dryRun)
        return { ...base, outcome: 'would-replace', reason };
    const core = (0,client/* coreApi */.kg)(input.primary);
    if (input.profile.secretUpdatesInPlace) {
        await core.replaceNamespacedSecret({
            namespace: input.namespace,
            name,
            body: {
                ...desired,
                metadata: { ...desired.metadata, resourceVersion: existing.metadata?.resourceVersion },
            },
        });
        return { ...base, outcome: 'updated', reason };
    }
    // The 1.0 pilot's secret controller handles add and delete only: a changed secret must be recreated.
    await core.deleteNamespacedSecret({ namespace: input.namespace, name });
    await core.createNamespacedSecret({ namespace: input.namespace, body: desired });
    return { ...base, outcome: 'replaced', reason };
}
async function create(input, desired) {
    await (0,client/* coreApi */.kg)(input.primary).createNamespacedSecret({ namespace: input.namespace, body: desired });
    return 'created';
}
/** Registers each remote's reader kubeconfig on the primary as a secret labelled istio/multiCluster=true. */
async function registerRemotes(input) {
    const secrets = [];
    for (const registration of input.registrations) {
        try {
            secrets.push(await registerOne(input, registration));
        }
        catch (error) {
            if (error instanceof errors/* StageError */.Zu)
                throw error;
            throw new errors/* StageError */.Zu({
                stage: STAGE,
                cluster: input.primary.name,
                message: `registering remote "${registration.remote}" failed: ${(0,client/* apiMessage */.SX)(error)}`,
                fix: `the primary kubeconfig needs get/create/delete on secrets in ${input.namespace}.`,
                cause: error,
            });
        }
    }
    return { secrets };
}

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/register.ts






function run() {
    return (0,step/* runAsStep */.I)('register', async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const dryRun = mode === 'render';
        const profile = (0,common/* readProfile */.er)();
        const { primary, remotes } = (0,common/* readClusters */.c6)();
        const generated = (0,parse/* parseJsonRecord */.BH)('generated-kubeconfig-paths', core/* getInput */.V4('generated-kubeconfig-paths'));
        const missing = remotes.filter((r) => !generated[r.name]).map((r) => r.name);
        if (missing.length > 0 && !dryRun) {
            throw new Error(`[register] no generated kubeconfig for remote(s) ${missing.join(', ')}. Fix: run the remote-kubeconfig step first (its generated-kubeconfig-paths output).`);
        }
        const registrations = Object.entries(generated).map(([remote, path]) => ({
            remote,
            kubeconfig: (0,external_node_fs_.readFileSync)(path, 'utf8'),
        }));
        const result = await core/* group */.Os(`Register remotes on ${primary.name}`, () => registerRemotes({ primary, namespace: (0,common/* readNamespace */.oZ)(), profile, registrations, dryRun }));
        const wouldCreate = dryRun
            ? missing.map((remote) => ({
                remote,
                secret: profile.secretName(remote),
                outcome: 'would-create',
                reason: undefined,
            }))
            : [];
        const secrets = [...result.secrets, ...wouldCreate];
        return {
            outputs: {
                'secret-names': JSON.stringify(secrets.map((s) => s.secret)),
                'reissued-remotes': JSON.stringify(secrets
                    .filter((s) => s.reason !== undefined && !dryRun)
                    .map((s) => ({ remote: s.remote, reasons: [s.reason] }))),
            },
            report: {
                did: secrets.map((s) => `${(0,common/* readNamespace */.oZ)()}/${s.secret} on ${primary.name}: ${s.outcome}${s.reason ? ` (${s.reason})` : ''}`),
            },
        };
    });
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
