export const id = 324;
export const ids = [324];
export const modules = {

/***/ 53307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ chartLocation),
/* harmony export */   Wj: () => (/* binding */ CURRENT_LAYOUTS),
/* harmony export */   dk: () => (/* binding */ minorDistance)
/* harmony export */ });
function chartLocation(source, name) {
    if (source.kind === 'repository') {
        return source.version === undefined
            ? { chart: name, repo: source.url }
            : { chart: name, repo: source.url, version: source.version };
    }
    const path = source.charts[name];
    if (!path)
        throw new Error(`no ${name} chart in the chart source`);
    return { chart: path };
}
/**
 * Where a current Istio chart directory layout keeps each chart, relative to the directory given:
 * a release's `manifests/charts` (istiod under istio-control/istio-discovery), the release root
 * itself, or a directory holding `base` and `istiod` side by side.
 */
const CURRENT_LAYOUTS = [
    { base: 'base', istiod: 'istio-control/istio-discovery' },
    { base: 'manifests/charts/base', istiod: 'manifests/charts/istio-control/istio-discovery' },
    { base: 'base', istiod: 'istiod' },
];
/** Minor versions apart, e.g. 1.29.2 and 1.31.0 are 2 apart; undefined when either is not x.y[.z]. */
function minorDistance(a, b) {
    const parse = (v) => {
        const match = /^v?(\d+)\.(\d+)/.exec(v.trim());
        return match ? [Number(match[1]), Number(match[2])] : undefined;
    };
    const x = parse(a);
    const y = parse(b);
    if (!x || !y)
        return undefined;
    if (x[0] !== y[0])
        return Number.POSITIVE_INFINITY;
    return Math.abs(x[1] - y[1]);
}


/***/ }),

/***/ 17052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ currentRemoteCharts),
/* harmony export */   dp: () => (/* binding */ istio10Charts),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   y2: () => (/* binding */ profileByName),
/* harmony export */   zj: () => (/* binding */ CONTROL_PLANE_CLUSTERS_ANNOTATION)
/* harmony export */ });
/* unused harmony exports ISTIO_1_0, ISTIO_CURRENT */
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53307);

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
/** istio-1.0: one istio-remote release, identical for every remote. */
function istio10Charts(options) {
    return [
        {
            helmPath: options.helmPath,
            release: options.release,
            ...(0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .chartLocation */ .QV)(options.source, 'istio-remote'),
            namespace: options.namespace,
            values: options.values,
        },
    ];
}
/** istio-current: `base` and `istiod` with profile=remote, per remote (cluster name and injection path differ). */
function currentRemoteCharts(options) {
    const common = { helmPath: options.helmPath, namespace: options.namespace };
    return [
        {
            ...common,
            release: 'istio-base',
            ...(0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .chartLocation */ .QV)(options.source, 'base'),
            values: [
                ['profile', 'remote'],
                ['global.istioNamespace', options.namespace],
            ],
        },
        {
            ...common,
            release: 'istiod',
            ...(0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .chartLocation */ .QV)(options.source, 'istiod'),
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

/***/ 71234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ readParallelism),
/* harmony export */   E5: () => (/* binding */ wiresRemotes),
/* harmony export */   Em: () => (/* binding */ readMode),
/* harmony export */   RK: () => (/* binding */ readInstallMethod),
/* harmony export */   _d: () => (/* binding */ skippedFor),
/* harmony export */   c6: () => (/* binding */ readClusters),
/* harmony export */   d4: () => (/* binding */ readMeshId),
/* harmony export */   er: () => (/* binding */ readProfile),
/* harmony export */   ez: () => (/* binding */ readInjectionNamespaces),
/* harmony export */   gb: () => (/* binding */ readTimeoutMs),
/* harmony export */   m$: () => (/* binding */ readNetworks),
/* harmony export */   oZ: () => (/* binding */ readNamespace),
/* harmony export */   rF: () => (/* binding */ readRunDirectory),
/* harmony export */   s0: () => (/* binding */ readRunPaths),
/* harmony export */   u$: () => (/* binding */ readPrimaryRelease),
/* harmony export */   vX: () => (/* binding */ readRunPath),
/* harmony export */   vZ: () => (/* binding */ readReleaseName),
/* harmony export */   xw: () => (/* binding */ runDirectory),
/* harmony export */   yL: () => (/* binding */ readKubectlPath)
/* harmony export */ });
/* unused harmony exports MODES, readPrimaryName */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _failed_remotes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86464);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31934);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25303);
/* harmony import */ var _istio_profiles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17052);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _util_input_names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76925);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26879);










/** Inputs shared by several steps; read only by step entry points. */
const MODES = ['install', 'render', 'resync', 'uninstall', 'inject'];
function readMode() {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseChoice */ .HU)('mode', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mode'), MODES, 'install');
}
/** The modes that capture endpoints and (re)wire remotes; uninstall and inject skip those steps. */
function wiresRemotes(mode) {
    return mode === 'install' || mode === 'render' || mode === 'resync';
}
function readProfile() {
    return (0,_istio_profiles_js__WEBPACK_IMPORTED_MODULE_6__/* .profileByName */ .y2)((0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseChoice */ .HU)('profile', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('profile'), _istio_profiles_js__WEBPACK_IMPORTED_MODULE_6__/* .PROFILES */ .jI, 'istio-current'));
}
function skippedFor(mode) {
    return { outputs: {}, report: { did: [], skipped: `not used in mode ${mode}` } };
}
/** `install-method`: kubectl (server-side apply, the default) or helm. */
function readInstallMethod() {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseChoice */ .HU)('install-method', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('install-method'), ['kubectl', 'helm'], 'kubectl');
}
/** The kubectl setup-tools installed (its kubectl-path output), else the one on PATH. */
function readKubectlPath() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('kubectl-path') || 'kubectl';
}
/**
 * Runs an input reader; a refusal names `step` when given. Without it, the InputError reaches
 * runAsStep, which reports it as an error of the running step.
 */
function validated(step, read) {
    try {
        return read();
    }
    catch (error) {
        if (step !== undefined && error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz)
            throw error.inStage(step);
        throw error;
    }
}
/** istio-namespace: a DNS-1123 label (default istio-system). */
function readNamespace(step) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('istio-namespace').trim() || 'istio-system';
    return validated(step, () => (0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .checkName */ .I3)('istio-namespace', value, 'dns-label', 'istio-system'));
}
/** release-name of istio-remote: a helm release name of at most 53 characters (default istio-remote). */
function readReleaseName(step) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('release-name').trim() || 'istio-remote';
    return validated(step, () => (0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .checkName */ .I3)('release-name', value, 'helm-release', 'istio-remote'));
}
/** primary-release: a helm release name of at most 53 characters (default istio). */
function readPrimaryRelease(step) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-release').trim() || 'istio';
    return validated(step, () => (0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .checkName */ .I3)('primary-release', value, 'helm-release', 'istio'));
}
/** injection-namespaces: DNS-1123 labels, comma or newline separated (default default). */
function readInjectionNamespaces(step) {
    const text = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('injection-namespaces') || 'default';
    return validated(step, () => (0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .parseNameList */ .HI)('injection-namespaces', text, 'dns-label', 'default'));
}
/** primary-name: a DNS-1123 label (default primary); it names the primary's files and cluster ID. */
function readPrimaryName(step) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-name').trim() || 'primary';
    return validated(step, () => (0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .checkName */ .I3)('primary-name', value, 'dns-label', 'primary'));
}
/** mesh-id (istio-current global.meshID): no '/', spaces or '..' (default mesh1). */
function readMeshId(step) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mesh-id').trim() || 'mesh1';
    return validated(step, () => (0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .checkName */ .I3)('mesh-id', value, 'mesh-name', 'mesh1'));
}
/** network: one network for every remote, or remote=network pairs; each name checked (default network1). */
function readNetworks(step) {
    return validated(step, () => (0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .parseNetworkInput */ .ON)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('network')));
}
/** parallelism: 1 to 64 remotes at once (default 4). */
function readParallelism(step) {
    return validated(step, () => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseIntInRange */ .fY)('parallelism', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('parallelism'), 4, 1, 64));
}
/** wait-timeout: more than zero, at most 24h (default 5m). */
function readTimeoutMs(step) {
    return validated(step, () => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositiveDuration */ .lj)('wait-timeout', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('wait-timeout'), 300_000));
}
/** The clusters as the credentials step wrote them (its outputs mapped in action.yml). */
function readClusters() {
    const primaryPath = readRunPath('primary-kubeconfig-path', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-kubeconfig-path', { required: true }));
    const primaryName = readPrimaryName();
    const remotePaths = readRunPaths('remote-kubeconfig-paths');
    const failed = new Set((0,_failed_remotes_js__WEBPACK_IMPORTED_MODULE_1__/* .readFailedRemotes */ .p)().map((f) => f.remote));
    const names = Object.keys(remotePaths);
    return {
        primary: (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_4__/* .openCluster */ .DT)(primaryName, primaryPath),
        remotes: Object.entries(remotePaths)
            .filter(([name]) => !failed.has(name))
            .map(([name, path]) => (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_4__/* .openCluster */ .DT)(name, path)),
        excluded: names.filter((name) => failed.has(name)),
    };
}
function runTemp() {
    const temp = process.env.RUNNER_TEMP;
    if (!temp)
        throw new Error('RUNNER_TEMP is not set: run this action on a GitHub runner, or set RUNNER_TEMP to a private directory.');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(temp);
}
/** The name every directory of this run starts with (`istio-multicluster-<run>-<attempt>-<job>-`). */
function runPrefix() {
    const run = process.env.GITHUB_RUN_ID ?? 'local';
    const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
    const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_.-]/g, '-');
    return `istio-multicluster-${run}-${attempt}-${job}-`;
}
/** A per-run working directory under RUNNER_TEMP, the same for every step of one run. */
function runDirectory(purpose) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runTemp(), `${runPrefix()}${purpose}`);
}
/** True when `path` lies inside one of this run's own directories under RUNNER_TEMP. */
function inRunDirectory(temp, path) {
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .isInside */ .FK)(temp, path) || path === temp)
        return false;
    let top = path;
    while ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(top) !== temp)
        top = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(top);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(top).startsWith(runPrefix()) && top !== path;
}
/**
 * A path an earlier step of this run output (a kubeconfig, a manifest), refused unless it lies in the
 * run's own directories under RUNNER_TEMP, as written and with symlinks followed: a step never reads
 * or removes a file elsewhere on the runner because an input said so.
 */
function readRunPath(input, path) {
    const temp = runTemp();
    const resolved = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(temp, path);
    if (inRunDirectory(temp, resolved) && inRunDirectory((0,_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .realPathOf */ .dN)(temp), (0,_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .realPathOf */ .dN)(resolved)))
        return resolved;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz({
        input,
        message: `${(0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .shownValue */ .JJ)(path)} is not a file of this run: step paths must lie in the run's own directories, ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, `${runPrefix()}*`)}.`,
        fix: `pass the output of this action's earlier step unchanged (action.yml maps it); do not point ${input} at other files.`,
    });
}
/** Whether `path` is one of this run's own directories (`<RUNNER_TEMP>/<run prefix>*`) itself. */
function isRunDirectory(temp, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path) === temp && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path).startsWith(runPrefix());
}
/** A directory an earlier step output as its own: refused unless it is one of this run's directories. */
function readRunDirectory(input, path) {
    const temp = runTemp();
    const resolved = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(temp, path);
    if (isRunDirectory(temp, resolved) &&
        (!(0,node_fs__WEBPACK_IMPORTED_MODULE_3__.existsSync)(resolved) || isRunDirectory((0,_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .realPathOf */ .dN)(temp), (0,_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .realPathOf */ .dN)(resolved))))
        return resolved;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz({
        input,
        message: `${(0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_8__/* .shownValue */ .JJ)(path)} is not a directory of this run: it must be one of ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, `${runPrefix()}*`)}.`,
        fix: `pass the output of this action's earlier step unchanged (action.yml maps it); do not point ${input} at other directories.`,
    });
}
/** A JSON object name -> path output of an earlier step, every path checked by readRunPath. */
function readRunPaths(input) {
    let paths;
    try {
        paths = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonRecord */ .BH)(input, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(input));
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz({
            input,
            message: 'is not a JSON object of names to paths.',
            fix: `pass the output of this action's earlier step unchanged (action.yml maps it).`,
        });
    }
    return Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, readRunPath(input, path)]));
}


/***/ }),

/***/ 86464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ earlierFailedRemotes),
/* harmony export */   p: () => (/* binding */ readFailedRemotes)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_remote_failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36526);



/** Remotes an earlier step recorded as failed (its `failed-remotes` output, mapped in action.yml). */
function readFailedRemotes() {
    try {
        return (0,_util_remote_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFailedRemotes */ .u)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('failed-remotes'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: 'failed-remotes',
            message: `${error instanceof Error ? error.message : String(error)}.`,
            fix: "pass the failed-remotes output of this action's earlier step unchanged (action.yml maps it).",
        });
    }
}
/** Earlier failures without validation, for the step wrapper (a step's own reader refuses bad ones). */
function earlierFailedRemotes() {
    try {
        return (0,_util_remote_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFailedRemotes */ .u)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('failed-remotes'));
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 26879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   XI: () => (/* binding */ resolveWorkspacePath),
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   wX: () => (/* binding */ workspacePathProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_input_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76925);




/** True when `path` is `root` or lies below it (both absolute, normalised). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** realpath of `path`, or of its nearest existing ancestor joined with the rest (for paths not made yet). */
function realPathOf(path) {
    let existing = path;
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(existing)) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
        if (parent === existing)
            return path;
        existing = parent;
    }
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing);
    return existing === path ? real : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(real, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(existing, path));
}
function workspaceRoot() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.env.GITHUB_WORKSPACE || process.cwd());
}
/**
 * A path input (chart, primary-chart, manifests, istioctl-path), relative to the workspace as users
 * write them in workflows, refused unless it stays inside GITHUB_WORKSPACE both as written and once
 * every symlink is followed. `input` names the input in the refusal.
 */
function resolveWorkspacePath(path, input = 'path') {
    const root = workspaceRoot();
    const resolved = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const escapes = !isInside(root, resolved) || !isInside(realPathOf(root), realPathOf(resolved));
    if (!escapes)
        return resolved;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
        input,
        message: `${(0,_util_input_names_js__WEBPACK_IMPORTED_MODULE_3__/* .shownValue */ .JJ)(path)} is outside the workspace ${root}${isInside(root, resolved) ? ' (a symlink leads out of it)' : ''}.`,
        fix: `give a path inside the workspace, relative to GITHUB_WORKSPACE (check the files out or copy them into the workspace first).`,
    });
}
/** The problem with a path input, or undefined when it is inside the workspace (for preflight's list). */
function workspacePathProblem(path, input) {
    try {
        resolveWorkspacePath(path, input);
        return undefined;
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            return error.message;
        throw error;
    }
}


/***/ }),

/***/ 50961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ runAsStep)
/* harmony export */ });
/* unused harmony export URL_INPUTS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50767);
/* harmony import */ var _util_remote_failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36526);
/* harmony import */ var _failed_remotes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86464);





/** Inputs that hold URLs: credentials written into them are masked before a step logs anything. */
const URL_INPUTS = ['tools-mirror', 'istio-mirror', 'chart-repository', 'remote-api-servers'];
function maskUrlInputs() {
    for (const name of URL_INPUTS)
        for (const secret of (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .urlCredentials */ .O)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
}
function redactedReport(report) {
    return {
        ...report,
        did: report.did.map(_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .d),
        ...(report.warnings ? { warnings: report.warnings.map(_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .d) } : {}),
    };
}
function recordFailures(failures) {
    const earlier = (0,_failed_remotes_js__WEBPACK_IMPORTED_MODULE_3__/* .earlierFailedRemotes */ .j)();
    const all = (0,_util_remote_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeFailedRemotes */ .P)(earlier, failures);
    for (const failure of all.slice(earlier.length))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .d)(`remote "${failure.remote}" left out of the rest of the run: ${failure.message}`));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('failed-remotes', JSON.stringify(all.map((f) => ({ ...f, message: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .d)(f.message) }))));
}
async function runAsStep(name, body) {
    try {
        maskUrlInputs();
        const { outputs, report: raw, failures, failRun } = await body();
        const report = redactedReport(raw);
        if (failures)
            recordFailures(failures);
        for (const [key, value] of Object.entries(outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(key, value);
        for (const warning of report.warnings ?? [])
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
        if (report.skipped)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${name}: skipped (${report.skipped})`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', JSON.stringify(report));
        if (failRun !== undefined)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .d)(failRun));
    }
    catch (error) {
        const message = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrlCredentials */ .d)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? error.inStage(name) : error));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', JSON.stringify({ did: [], error: message }));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ ProblemsError),
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   dz: () => (/* binding */ InputError),
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
/**
 * A refused action input, raised by an input reader that does not know which step it runs in:
 * runAsStep reports it as a StageError of that step. The message never quotes a secret.
 */
class InputError extends Error {
    input;
    detail;
    fix;
    constructor(options) {
        super(`input ${options.input}: ${options.message} Fix: ${options.fix}`);
        this.name = 'InputError';
        this.input = options.input;
        this.detail = options.message;
        this.fix = options.fix;
    }
    /** The same refusal as a StageError naming `stage`. */
    inStage(stage) {
        return new StageError({ stage, message: `input ${this.input}: ${this.detail}`, fix: this.fix });
    }
}


/***/ }),

/***/ 76925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ parseNameList),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   JJ: () => (/* binding */ shownValue),
/* harmony export */   ON: () => (/* binding */ parseNetworkInput)
/* harmony export */ });
/* unused harmony exports HELM_RELEASE_MAX_LENGTH, followsNameRule, DEFAULT_NETWORK */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35888);
/**
 * The naming rules of the name inputs (release names, namespaces, cluster, network and mesh names):
 * each value is checked where it is read, and a refusal says what a valid value looks like.
 */


/** Helm's own limit for a release name (it stores releases in Secrets named after them). */
const HELM_RELEASE_MAX_LENGTH = 53;
const HELM_RELEASE_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Network and mesh names: letters, digits, '-', '_' and '.', alphanumeric at both ends, no '..'. */
const MESH_NAME_PATTERN = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const RULES = {
    'helm-release': {
        accepts: (value) => value.length <= HELM_RELEASE_MAX_LENGTH && HELM_RELEASE_PATTERN.test(value),
        describe: `a helm release name: lower case letters, digits, '-' and '.', starting and ending with a letter or digit, at most ${HELM_RELEASE_MAX_LENGTH} characters`,
    },
    'dns-label': {
        accepts: _names_js__WEBPACK_IMPORTED_MODULE_1__/* .isDns1123Label */ .z3,
        describe: `a DNS-1123 label: lower case letters, digits and '-', starting and ending with a letter or digit, at most ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .DNS1123_LABEL_MAX_LENGTH */ .SX} characters`,
    },
    'mesh-name': {
        accepts: (value) => value.length <= _names_js__WEBPACK_IMPORTED_MODULE_1__/* .DNS1123_LABEL_MAX_LENGTH */ .SX && MESH_NAME_PATTERN.test(value) && !value.includes('..'),
        describe: `a name of letters, digits, '-', '_' and '.' (no '/', spaces or '..'), starting and ending with a letter or digit, at most ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .DNS1123_LABEL_MAX_LENGTH */ .SX} characters`,
    },
};
/** What a refused value is shown as: quoted, cut short, control characters escaped by JSON. */
function shownValue(value) {
    const cut = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(cut);
}
function suggestion(value, rule, example) {
    if (rule === 'mesh-name')
        return example;
    try {
        const label = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeDns1123Label */ .a5)(value);
        const fitted = rule === 'helm-release' ? label.slice(0, HELM_RELEASE_MAX_LENGTH).replace(/-+$/, '') : label;
        return fitted === '' ? example : fitted;
    }
    catch {
        return example;
    }
}
/**
 * Returns `value` when it follows `rule`; otherwise throws an InputError naming `input`, saying what
 * the rule is and suggesting a valid value (derived from the refused one where possible, else `example`).
 */
function checkName(input, value, rule, example) {
    const spec = RULES[rule];
    if (spec.accepts(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
        input,
        message: `${shownValue(value)} is not ${spec.describe}.`,
        fix: `set ${input} to a valid name, e.g. ${input}: ${suggestion(value, rule, example)}`,
    });
}
/** Whether `value` follows `rule` (for callers that collect problems instead of throwing). */
function followsNameRule(value, rule) {
    return RULES[rule].accepts(value);
}
/** A comma or newline separated list of names (e.g. injection-namespaces), each checked, none repeated. */
function parseNameList(input, text, rule, example) {
    const names = text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
    for (const name of names)
        checkName(input, name, rule, example);
    return [...new Set(names)];
}
const DEFAULT_NETWORK = 'network1';
/**
 * The network input: one network name for every remote, or `remote=network` pairs (comma or newline
 * separated; remotes not listed get network1). Every remote and network name is checked.
 */
function parseNetworkInput(text) {
    const value = text.trim() || DEFAULT_NETWORK;
    if (!value.includes('=')) {
        const network = checkName('network', value, 'mesh-name', DEFAULT_NETWORK);
        return () => network;
    }
    const pairs = new Map();
    for (const item of value.split(/[\n,]/).map((entry) => entry.trim())) {
        if (item === '')
            continue;
        const eq = item.indexOf('=');
        if (eq <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                input: 'network',
                message: `${shownValue(item)} is not remote=network.`,
                fix: 'give one network for all remotes, or one remote=network pair per remote, e.g. network: east=network1, west=network2',
            });
        }
        const remote = checkName('network', item.slice(0, eq).trim(), 'dns-label', 'east');
        pairs.set(remote, checkName('network', item.slice(eq + 1).trim(), 'mesh-name', DEFAULT_NETWORK));
    }
    return (remote) => pairs.get(remote) ?? DEFAULT_NETWORK;
}


/***/ }),

/***/ 35888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ isDns1123Subdomain),
/* harmony export */   SX: () => (/* binding */ DNS1123_LABEL_MAX_LENGTH),
/* harmony export */   a5: () => (/* binding */ sanitizeDns1123Label),
/* harmony export */   mH: () => (/* binding */ assignRemoteNames),
/* harmony export */   z3: () => (/* binding */ isDns1123Label)
/* harmony export */ });
/* unused harmony export DNS1123_SUBDOMAIN_MAX_LENGTH */
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
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   fY: () => (/* binding */ parseIntInRange),
/* harmony export */   lj: () => (/* binding */ parsePositiveDuration),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseDuration, MAX_DURATION_MS, parsePositiveInt, parseKeyValues */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
        input: name,
        message: `${JSON.stringify(text.trim())} is not a boolean: it must be true or false.`,
        fix: `set ${name}: true or ${name}: false (or leave it empty for the default, ${String(fallback)}).`,
    });
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
/** The longest wait accepted: Node's timers overflow (and fire at once) beyond about 24.8 days. */
const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
/** parseDuration, refusing zero and anything above 24h (e.g. wait-timeout). */
function parsePositiveDuration(name, text, fallbackMs) {
    let ms;
    try {
        ms = parseDuration(name, text, fallbackMs);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            input: name,
            message: `${JSON.stringify(text.trim())} is not a duration.`,
            fix: `give seconds or h/m/s, e.g. ${name}: 5m (or 300s, 1m30s).`,
        });
    }
    if (ms > 0 && ms <= MAX_DURATION_MS)
        return ms;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
        input: name,
        message: `${JSON.stringify(text.trim())} is ${ms === 0 ? 'zero: nothing could ever be waited for' : 'longer than 24h'}.`,
        fix: `give a duration above zero and at most 24h, e.g. ${name}: 5m.`,
    });
}
/** A whole number from `min` to `max` (e.g. parallelism 1..64); empty gives `fallback`. */
function parseIntInRange(name, text, fallback, min, max) {
    const value = text.trim();
    if (value === '')
        return fallback;
    if (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max)
        return Number(value);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
        input: name,
        message: `${JSON.stringify(value)} is not a whole number from ${min} to ${max}.`,
        fix: `set ${name} to a number in that range, e.g. ${name}: ${fallback}.`,
    });
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
        input: name,
        message: `${JSON.stringify(value)} is not one of ${choices.join(', ')}.`,
        fix: `set ${name} to one of ${choices.join(', ')} (or leave it empty for the default, ${fallback}).`,
    });
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

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ urlCredentials),
/* harmony export */   d: () => (/* binding */ redactUrlCredentials)
/* harmony export */ });
/**
 * Credentials written into URLs (`https://user:password@host`): found so they can be masked, and
 * cut out of any text that is shown (errors, reports, the job summary).
 */
/** `scheme://` then the userinfo up to the last `@` before the path, query or fragment. */
const USERINFO_PATTERN = /\b([a-z][a-z0-9+.-]*:\/\/)([^/?#\s@]*(?:@[^/?#\s@]*)*)@/gi;
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * Every userinfo in `text`, with its password part alone, as written and percent-decoded: the
 * strings to register with the runner's masker. Empty when no URL carries credentials.
 */
function urlCredentials(text) {
    const found = new Set();
    for (const match of text.matchAll(USERINFO_PATTERN)) {
        const userinfo = match[2] ?? '';
        const colon = userinfo.indexOf(':');
        const password = colon >= 0 ? userinfo.slice(colon + 1) : '';
        for (const value of [userinfo, password]) {
            if (value === '')
                continue;
            found.add(value);
            found.add(decoded(value));
        }
    }
    return [...found];
}
/** `text` with the userinfo of every URL replaced by `***` (`https://***@mirror.example.com/`). */
function redactUrlCredentials(text) {
    return text.replace(USERINFO_PATTERN, '$1***@');
}


/***/ }),

/***/ 36526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mergeFailedRemotes),
/* harmony export */   u: () => (/* binding */ parseFailedRemotes)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35888);

function isFailedRemote(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const entry = value;
    return (typeof entry.remote === 'string' &&
        (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isDns1123Label */ .z3)(entry.remote) &&
        typeof entry.stage === 'string' &&
        /^[a-z-]{1,40}$/.test(entry.stage) &&
        typeof entry.message === 'string');
}
/**
 * The `failed-remotes` JSON an earlier step output (empty text: none). Throws on anything else, so a
 * hand-made value can never name a remote that is not a DNS-1123 label.
 */
function parseFailedRemotes(text) {
    if (text.trim() === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Error('is not JSON');
    }
    if (!Array.isArray(parsed) || !parsed.every(isFailedRemote)) {
        throw new Error('is not a JSON array of {remote, stage, message} with DNS-1123 remote names');
    }
    return parsed.map(({ remote, stage, message }) => ({ remote, stage, message }));
}
/** Earlier failures, then new ones for remotes not failed before (a remote fails once, at its first stage). */
function mergeFailedRemotes(earlier, added) {
    const merged = [...earlier];
    for (const failure of added)
        if (!merged.some((f) => f.remote === failure.remote))
            merged.push(failure);
    return merged;
}


/***/ })

};
