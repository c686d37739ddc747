export const id = 408;
export const ids = [408];
export const modules = {

/***/ 7393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   RS: () => (/* binding */ ADDRESSES_ANNOTATION),
/* harmony export */   UX: () => (/* binding */ INJECTION_ENABLED),
/* harmony export */   jo: () => (/* binding */ INJECTION_LABEL),
/* harmony export */   lT: () => (/* binding */ MANAGED_BY_LABEL),
/* harmony export */   oT: () => (/* binding */ MULTICLUSTER_SECRET_LABEL),
/* harmony export */   qx: () => (/* binding */ REMOTE_NAME_LABEL)
/* harmony export */ });
/* unused harmony export INJECTION_ADDED_ANNOTATION */
/** Labels and annotations Istio reads, and the ones this action writes so it can find its work again. */
const MULTICLUSTER_SECRET_LABEL = 'istio/multiCluster';
const INJECTION_LABEL = 'istio-injection';
const INJECTION_ENABLED = 'enabled';
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'istio-multicluster-action';
/** The remote cluster a registration secret or token secret belongs to. */
const REMOTE_NAME_LABEL = 'istio-multicluster-action/remote';
/** Hash of the control-plane addresses a remote was rendered with; resync compares it. */
const ADDRESSES_ANNOTATION = 'istio-multicluster-action/addresses';
/** Set on namespaces whose injection label this action added (not ones that already had it). */
const INJECTION_ADDED_ANNOTATION = 'istio-multicluster-action/injection-label-added';


/***/ }),

/***/ 1934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ apiStatus),
/* harmony export */   DT: () => (/* binding */ openCluster),
/* harmony export */   FN: () => (/* binding */ serverOf),
/* harmony export */   SX: () => (/* binding */ apiMessage),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   kg: () => (/* binding */ coreApi)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7853);


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

/***/ 1234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ readMode),
/* harmony export */   c6: () => (/* binding */ readClusters),
/* harmony export */   gb: () => (/* binding */ readTimeoutMs),
/* harmony export */   oZ: () => (/* binding */ readNamespace),
/* harmony export */   xw: () => (/* binding */ runDirectory)
/* harmony export */ });
/* unused harmony export MODES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1934);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5303);




/** Inputs shared by several steps; read only by step entry points. */
const MODES = ['install', 'render'];
function readMode() {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU)('mode', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mode'), MODES, 'install');
}
function readNamespace() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('istio-namespace') || 'istio-system';
}
function readTimeoutMs() {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)('wait-timeout', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('wait-timeout'), 300_000);
}
/** The clusters as the credentials step wrote them (its outputs mapped in action.yml). */
function readClusters() {
    const primaryPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-kubeconfig-path', { required: true });
    const primaryName = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-name') || 'primary';
    const remotePaths = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonRecord */ .BH)('remote-kubeconfig-paths', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('remote-kubeconfig-paths'));
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

/***/ 3408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(1934);
// EXTERNAL MODULE: ./src/istio/labels.ts
var labels = __webpack_require__(7393);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/stages/register.ts



const STAGE = 'register';
/** The 1.0 layout: secret named after the remote, one data key (the cluster ID) holding its kubeconfig. */
function registrationSecret(namespace, registration) {
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'Opaque',
        metadata: {
            name: registration.remote,
            namespace,
            labels: {
                [labels/* MULTICLUSTER_SECRET_LABEL */.oT]: 'true',
                [labels/* MANAGED_BY_LABEL */.lT]: labels/* MANAGED_BY_VALUE */.Q9,
                [labels/* REMOTE_NAME_LABEL */.qx]: registration.remote,
            },
        },
        data: { [registration.remote]: Buffer.from(registration.kubeconfig, 'utf8').toString('base64') },
    };
}
function sameRegistration(existing, desired) {
    const labels = existing.metadata?.labels ?? {};
    const wantedLabels = desired.metadata?.labels ?? {};
    const labelsMatch = Object.entries(wantedLabels).every(([k, v]) => labels[k] === v);
    const data = existing.data ?? {};
    const wanted = desired.data ?? {};
    const dataMatch = Object.keys(data).length === Object.keys(wanted).length &&
        Object.entries(wanted).every(([k, v]) => data[k] === v);
    return labelsMatch && dataMatch;
}
async function readSecret(primary, namespace, name) {
    try {
        return await (0,client/* coreApi */.kg)(primary).readNamespacedSecret({ namespace, name });
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
async function registerOne(input, registration) {
    const desired = registrationSecret(input.namespace, registration);
    const name = registration.remote;
    const existing = await readSecret(input.primary, input.namespace, name);
    if (existing && existing.metadata?.labels?.[labels/* MANAGED_BY_LABEL */.lT] !== labels/* MANAGED_BY_VALUE */.Q9) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.primary.name,
            message: `Secret ${input.namespace}/${name} exists and was not created by this action; it will not be replaced.`,
            fix: `give the remote another name with remote-names, or delete that Secret if it is a stale registration.`,
        });
    }
    if (existing && sameRegistration(existing, desired))
        return 'unchanged';
    if (input.dryRun)
        return existing ? 'would-replace' : 'would-create';
    const core = (0,client/* coreApi */.kg)(input.primary);
    // The 1.0 pilot's secret controller handles add and delete only: a changed secret must be recreated.
    if (existing)
        await core.deleteNamespacedSecret({ namespace: input.namespace, name });
    await core.createNamespacedSecret({ namespace: input.namespace, body: desired });
    return existing ? 'replaced' : 'created';
}
/** Registers each remote's reader kubeconfig on the primary as a secret labelled istio/multiCluster=true. */
async function registerRemotes(input) {
    const secrets = [];
    for (const registration of input.registrations) {
        try {
            secrets.push({
                remote: registration.remote,
                secret: registration.remote,
                outcome: await registerOne(input, registration),
            });
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
var parse = __webpack_require__(5303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(3342);
;// CONCATENATED MODULE: ./src/steps/register.ts






function run() {
    return (0,step/* runAsStep */.I)('register', async () => {
        const dryRun = (0,common/* readMode */.Em)() === 'render';
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
        const result = await core/* group */.Os(`Register remotes on ${primary.name}`, () => registerRemotes({ primary, namespace: (0,common/* readNamespace */.oZ)(), registrations, dryRun }));
        const wouldCreate = dryRun
            ? missing.map((remote) => ({ remote, secret: remote, outcome: 'would-create' }))
            : [];
        const secrets = [...result.secrets, ...wouldCreate];
        return {
            outputs: { 'secret-names': JSON.stringify(secrets.map((s) => s.secret)) },
            report: { did: secrets.map((s) => `${(0,common/* readNamespace */.oZ)()}/${s.secret} on ${primary.name}: ${s.outcome}`) },
        };
    });
}


/***/ }),

/***/ 3342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ runAsStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);


/**
 * Runs one composite step: the body reads inputs and returns outputs; this wrapper writes them,
 * publishes the step's report for the summary step, and turns anything thrown into a failed step.
 */
async function runAsStep(name, body) {
    try {
        const { outputs, report } = await body();
        for (const [key, value] of Object.entries(outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(key, value);
        for (const warning of report.warnings ?? [])
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
        if (report.skipped)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${name}: skipped (${report.skipped})`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', JSON.stringify(report));
    }
    catch (error) {
        const message = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', JSON.stringify({ did: [], error: message }));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ ProblemsError),
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** An error that names where it happened and how to fix it, so a failed step says what to do next. */
class StageError extends Error {
    stage;
    cluster;
    fix;
    constructor(options) {
        const where = options.cluster
            ? `[${options.stage}] cluster "${options.cluster}": `
            : `[${options.stage}] `;
        const fix = options.fix ? ` Fix: ${options.fix}` : '';
        super(`${where}${options.message}${fix}`, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'StageError';
        this.stage = options.stage;
        this.cluster = options.cluster;
        this.fix = options.fix;
    }
}
/** Several problems found at once (validation, preflight): reported together, then failed once. */
class ProblemsError extends Error {
    problems;
    constructor(stage, problems) {
        super(`[${stage}] ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.name = 'ProblemsError';
        this.problems = problems;
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 5303:
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
