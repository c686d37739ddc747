export const id = 484;
export const ids = [484];
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

/***/ 88368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ waitFor)
/* harmony export */ });
/** Polls `probe` until it returns a value (not undefined) or the deadline passes. */
async function waitFor(what, probe, options) {
    const deadline = Date.now() + options.timeoutMs;
    const interval = options.intervalMs ?? 500;
    let lastError;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined)
                return value;
        }
        catch (error) {
            lastError = error;
        }
        if (Date.now() >= deadline) {
            const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
            throw new Error(`timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for ${what}${reason}`);
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(0, deadline - Date.now()))));
    }
}


/***/ }),

/***/ 30657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ generateRemoteKubeconfig),
/* harmony export */   bh: () => (/* binding */ tokenSecretName)
/* harmony export */ });
/* unused harmony export verifyReaderKubeconfig */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _kube_wait_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88368);
/* harmony import */ var _kube_kubeconfig_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67598);
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17393);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_credential_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36441);
/* harmony import */ var _kube_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44540);








const STAGE = 'remote-kubeconfig';
const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const SA_ANNOTATION = 'kubernetes.io/service-account.name';
function tokenSecretName(serviceAccount) {
    return `${serviceAccount}-token-istio-multicluster`;
}
function filled(secret) {
    return Boolean(secret?.data?.token && secret.data['ca.crt']);
}
/** Before Kubernetes 1.24 the account lists its token Secret; that is the seed's path. */
async function listedTokenSecret(input) {
    const account = await readAccount(input);
    for (const ref of account?.secrets ?? []) {
        if (!ref.name)
            continue;
        const secret = await (0,_kube_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .readSecret */ .n)(input.remote, input.namespace, ref.name);
        if (secret?.type === TOKEN_TYPE && filled(secret))
            return secret;
    }
    return undefined;
}
async function readAccount(input) {
    try {
        return await (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(input.remote).readNamespacedServiceAccount({
            namespace: input.namespace,
            name: input.serviceAccount,
        });
    }
    catch (error) {
        // In render mode istio-remote may not be installed yet; otherwise a missing account is an error.
        if ((0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error) && input.dryRun)
            return undefined;
        throw error;
    }
}
/** From 1.24 on: a token Secret annotated for the account, ours first, else any filled one. */
async function annotatedTokenSecret(input) {
    const ours = await (0,_kube_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .readSecret */ .n)(input.remote, input.namespace, tokenSecretName(input.serviceAccount));
    if (ours)
        return ours;
    const secrets = await (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(input.remote).listNamespacedSecret({
        namespace: input.namespace,
        fieldSelector: `type=${TOKEN_TYPE}`,
    });
    return secrets.items
        .filter((s) => s.metadata?.annotations?.[SA_ANNOTATION] === input.serviceAccount && filled(s))
        .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))[0];
}
async function createTokenSecret(input) {
    await (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(input.remote).createNamespacedSecret({
        namespace: input.namespace,
        body: {
            metadata: {
                name: tokenSecretName(input.serviceAccount),
                annotations: { [SA_ANNOTATION]: input.serviceAccount },
                labels: { [_istio_labels_js__WEBPACK_IMPORTED_MODULE_6__/* .MANAGED_BY_LABEL */ .lT]: _istio_labels_js__WEBPACK_IMPORTED_MODULE_6__/* .MANAGED_BY_VALUE */ .Q9, [_istio_labels_js__WEBPACK_IMPORTED_MODULE_6__/* .REMOTE_NAME_LABEL */ .qx]: input.remote.name },
            },
            type: TOKEN_TYPE,
        },
    });
}
async function waitUntilFilled(input) {
    const name = tokenSecretName(input.serviceAccount);
    try {
        return await (0,_kube_wait_js__WEBPACK_IMPORTED_MODULE_7__/* .waitFor */ .f)(`the token controller to fill Secret ${input.namespace}/${name}`, async () => {
            const secret = await (0,_kube_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .readSecret */ .n)(input.remote, input.namespace, name);
            return filled(secret) ? secret : undefined;
        }, { timeoutMs: input.timeoutMs, intervalMs: 500 });
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageError */ .Zu({
            stage: STAGE,
            cluster: input.remote.name,
            message: `the token Secret ${input.namespace}/${name} was not filled: ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`,
            fix: "the cluster's controller manager must run the token controller (service-account-private-key-file and root-ca-file); check its logs, or raise wait-timeout.",
            cause: error,
        });
    }
}
async function obtainToken(input) {
    const listed = await listedTokenSecret(input);
    if (listed)
        return { secret: listed, source: 'service-account-secret' };
    const annotated = await annotatedTokenSecret(input);
    if (annotated && filled(annotated))
        return { secret: annotated, source: 'existing-token-secret' };
    if (input.dryRun)
        return { secret: undefined, source: 'would-create' };
    if (!annotated)
        await createTokenSecret(input);
    return { secret: await waitUntilFilled(input), source: 'created-token-secret' };
}
/** Proves the generated kubeconfig carries only the reader rights: pods listable, secrets refused. */
async function verifyReaderKubeconfig(kubeconfigYaml, namespace) {
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    config.loadFromString(kubeconfigYaml);
    const core = config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    await core.listNamespacedPod({ namespace, limit: 1 });
    try {
        await core.listNamespacedSecret({ namespace, limit: 1 });
    }
    catch (error) {
        if ((0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$T)(error) === 403)
            return 'lists pods; reading secrets is refused (403)';
        throw error;
    }
    throw new Error('the generated kubeconfig can read secrets: the service account has more than the istio-reader rights');
}
function decode(value) {
    return Buffer.from(value, 'base64').toString('utf8');
}
/**
 * The seed's "Generate kubeconfigs" stage for one remote: a token for the reader account (the listed
 * Secret before 1.24, else a token Secret the action creates), a kubeconfig named after the remote,
 * and a check against the remote that it works with reader rights only.
 */
async function generateRemoteKubeconfig(input) {
    const server = input.apiServerOverride ?? (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .serverOf */ .FN)(input.remote);
    try {
        const { secret, source } = await obtainToken(input);
        if (!secret?.data?.token || !secret.data['ca.crt']) {
            return {
                remote: input.remote.name,
                kubeconfigPath: undefined,
                tokenSecret: tokenSecretName(input.serviceAccount),
                tokenSource: source,
                secretValues: [],
                server,
                verification: 'not verified (render mode: the token Secret would be created)',
                warnings: [],
            };
        }
        const token = decode(secret.data.token);
        const build = (at) => (0,_kube_kubeconfig_js__WEBPACK_IMPORTED_MODULE_2__/* .buildTokenKubeconfig */ .jg)({
            name: input.remote.name,
            server: at,
            caData: secret.data?.['ca.crt'] ?? '',
            token,
        });
        const kubeconfig = build(server);
        const warnings = [];
        const verification = await verifyWithFallback(input, build, server, warnings);
        const kubeconfigPath = input.dryRun
            ? undefined
            : (0,_util_credential_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCredentialFile */ .V)(input.outputDir, `${input.remote.name}-${input.serviceAccount}.kubeconfig`, kubeconfig);
        return {
            remote: input.remote.name,
            kubeconfigPath,
            tokenSecret: secret.metadata?.name,
            tokenSource: source,
            secretValues: [token, secret.data.token],
            server,
            verification,
            warnings,
        };
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageError */ .Zu)
            throw error;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageError */ .Zu({
            stage: STAGE,
            cluster: input.remote.name,
            message: (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error),
            fix: `install istio-remote first (it creates the ${input.serviceAccount} service account in ${input.namespace}).`,
            cause: error,
        });
    }
}
/**
 * The override address is how the primary reaches the remote and may be unreachable from the runner;
 * then the same credentials are checked through the runner's address and the gap is reported.
 */
async function verifyWithFallback(input, build, server, warnings) {
    try {
        return await verifyReaderKubeconfig(build(server), input.namespace);
    }
    catch (error) {
        if (input.apiServerOverride === undefined || (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$T)(error) !== undefined)
            throw error;
        const runnerServer = (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .serverOf */ .FN)(input.remote);
        const result = await verifyReaderKubeconfig(build(runnerServer), input.namespace);
        warnings.push(`${input.remote.name}: ${server} is not reachable from this runner; the credentials were verified through ${runnerServer} instead.`);
        return result;
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

/***/ 32613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70370);
/* harmony import */ var _stages_remote_kubeconfig_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30657);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25303);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71234);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50961);






function run() {
    return (0,_step_js__WEBPACK_IMPORTED_MODULE_3__/* .runAsStep */ .I)('remote-kubeconfig', async () => {
        const mode = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .readMode */ .Em)();
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .wiresRemotes */ .E5)(mode))
            return (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .skippedFor */ ._d)(mode);
        const dryRun = mode === 'render';
        const profile = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .readProfile */ .er)();
        const { remotes } = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .readClusters */ .c6)();
        const overrides = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseKeyValues */ .Hl)('remote-api-servers', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('remote-api-servers'));
        const unknown = Object.keys(overrides).filter((name) => !remotes.some((r) => r.name === name));
        if (unknown.length > 0) {
            throw new Error(`[remote-kubeconfig] remote-api-servers names unknown remotes: ${unknown.join(', ')}. Known: ${remotes.map((r) => r.name).join(', ')}.`);
        }
        const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)((0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePositiveInt */ .EJ)('parallelism', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('parallelism'), 4));
        const outputDir = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .runDirectory */ .xw)('credentials');
        const results = await Promise.all(remotes.map((remote) => limit(async () => {
            const result = await (0,_stages_remote_kubeconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .generateRemoteKubeconfig */ .T0)({
                remote,
                namespace: (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .readNamespace */ .oZ)(),
                serviceAccount: profile.readerServiceAccount,
                apiServerOverride: overrides[remote.name],
                timeoutMs: (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .readTimeoutMs */ .gb)(),
                outputDir,
                dryRun,
            });
            for (const value of result.secretValues)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
            return result;
        })));
        const paths = {};
        for (const r of results)
            if (r.kubeconfigPath)
                paths[r.remote] = r.kubeconfigPath;
        return {
            outputs: {
                'generated-kubeconfig-paths': JSON.stringify(paths),
                // In resync mode a token Secret that had to be created again is a repair: until then the
                // registered kubeconfig did not authenticate (legacy tokens are bound to their Secret).
                'repaired-remotes': JSON.stringify(mode === 'resync'
                    ? results
                        .filter((r) => r.tokenSource === 'created-token-secret')
                        .map((r) => ({
                        remote: r.remote,
                        reasons: [
                            `the token Secret ${r.tokenSecret ?? ''} was missing on the remote and was created again`,
                        ],
                    }))
                    : []),
            },
            report: {
                did: results.map((r) => `${r.remote}: token from ${r.tokenSource} (${r.tokenSecret ?? 'none'}), server ${r.server}; ${r.verification}`),
                warnings: results.flatMap((r) => r.warnings),
            },
        };
    });
}


/***/ }),

/***/ 36441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ writeCredentialFile),
/* harmony export */   d: () => (/* binding */ removeCredentialFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);




const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
/**
 * Writes a credential file readable by the owner only (0600), creating `dir` (0700) when missing.
 * The content goes to a fresh temporary file first (created exclusively, never through a symlink)
 * and is renamed into place, so an existing file of looser mode is replaced, not reused.
 */
function writeCredentialFile(dir, fileName, content) {
    if (fileName !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(fileName) || fileName === '' || fileName === '.' || fileName === '..') {
        throw new Error(`credential file name ${JSON.stringify(fileName)} must be a plain file name, without a path.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true, mode: DIR_MODE });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, fileName);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${fileName}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, content, { mode: FILE_MODE, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        throw new Error(`cannot write credential file ${path}`, { cause: error });
    }
    return path;
}
/** Removes credential files; missing ones are fine. Every failure is reported together, after trying all. */
function removeCredentialFiles(paths) {
    const failures = [];
    for (const path of paths) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { force: true });
        }
        catch (error) {
            failures.push(`${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    if (failures.length > 0) {
        throw new Error(`cannot remove credential file(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    }
}


/***/ }),

/***/ 35888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ isDns1123Subdomain),
/* harmony export */   a5: () => (/* binding */ sanitizeDns1123Label),
/* harmony export */   mH: () => (/* binding */ assignRemoteNames),
/* harmony export */   z3: () => (/* binding */ isDns1123Label)
/* harmony export */ });
/* unused harmony exports DNS1123_LABEL_MAX_LENGTH, DNS1123_SUBDOMAIN_MAX_LENGTH */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/** Kubernetes' limit for a DNS-1123 label (namespace names, istioctl `--name`, cluster IDs here). */
const DNS1123_LABEL_MAX_LENGTH = 63;
/** Kubernetes' limit for a DNS-1123 subdomain (object names such as Secrets). */
const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
const LABEL_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HASH_SUFFIX_LENGTH = 8;
function isDns1123Label(name) {
    return name.length <= DNS1123_LABEL_MAX_LENGTH && LABEL_PATTERN.test(name);
}
function isDns1123Subdomain(name) {
    return name.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && SUBDOMAIN_PATTERN.test(name);
}
/**
 * Turns any name (a kubeconfig cluster name such as `gke_project_zone_name`) into a DNS-1123 label:
 * lower case, every other character becomes `-`, runs of `-` collapse, both ends are trimmed.
 * A name longer than 63 characters is cut and ends with a hash of the whole sanitised name, so two
 * long names sharing a prefix stay distinct. Throws when nothing usable is left.
 */
function sanitizeDns1123Label(name) {
    const sanitized = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (sanitized === '') {
        throw new Error(`cannot make a DNS-1123 name from ${JSON.stringify(name)}: it has no letters or digits. ` +
            'Use a name such as "east-1".');
    }
    return sanitized.length <= DNS1123_LABEL_MAX_LENGTH ? sanitized : truncateWithHash(sanitized);
}
function truncateWithHash(sanitized) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(sanitized).digest('hex').slice(0, HASH_SUFFIX_LENGTH);
    const prefix = sanitized.slice(0, DNS1123_LABEL_MAX_LENGTH - HASH_SUFFIX_LENGTH - 1).replace(/-+$/, '');
    return `${prefix}-${hash}`;
}
/**
 * Sanitises every candidate name and refuses clashes: each clash (two or more inputs becoming the
 * same DNS-1123 label) and each name that cannot be sanitised is one problem, all reported at once.
 * The names come back in the order of the candidates.
 */
function assignRemoteNames(candidates) {
    const problems = [];
    const names = [];
    const sourcesByName = new Map();
    for (const candidate of candidates) {
        const name = trySanitize(candidate, problems);
        names.push(name ?? '');
        if (name === undefined)
            continue;
        const sources = sourcesByName.get(name) ?? [];
        sources.push(candidate.source);
        sourcesByName.set(name, sources);
    }
    for (const [name, sources] of sourcesByName) {
        if (sources.length > 1)
            problems.push(clashProblem(name, sources));
    }
    return problems.length === 0
        ? { ok: true, names }
        : { ok: false, error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProblemsError */ .FQ('credentials', problems) };
}
function trySanitize(candidate, problems) {
    try {
        return sanitizeDns1123Label(candidate.name);
    }
    catch (error) {
        problems.push(`${candidate.source}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)} Fix: set remote-names, one DNS-1123 name per remote.`);
        return undefined;
    }
}
function clashProblem(name, sources) {
    const subject = sources.length === 2 ? `${sources.join(' and ')} both` : `${sources.join(', ')} all`;
    return (`${subject} become the cluster name "${name}" after sanitising to DNS-1123. ` +
        'Fix: set remote-names to give each remote its own name, in the order of the remotes ' +
        `(e.g. remote-names: ${name}-a, ${name}-b).`);
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


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
