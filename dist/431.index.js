export const id = 431;
export const ids = [431];
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

/***/ 4431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/kube/kubeconfig.ts
var kubeconfig = __webpack_require__(67598);
// EXTERNAL MODULE: ./src/util/credential-files.ts
var credential_files = __webpack_require__(36441);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/names.ts
var util_names = __webpack_require__(35888);
;// CONCATENATED MODULE: ./src/stages/credentials.ts
/**
 * The credentials stage: turns the kubeconfig inputs into one self-contained kubeconfig file per
 * cluster (0600), named with DNS-1123 names, and lists every secret to mask. Every problem is
 * collected and reported at once; nothing is written unless everything is right.
 */




const STAGE = 'credentials';
const PRIMARY_NAME = 'primary';
/** Splits a list input on commas and line breaks, trimming, dropping empty items. */
function splitListInput(text) {
    return (text ?? '')
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const BOTH_WAYS = 'either primary-kubeconfig + remote-kubeconfigs (one kubeconfig per cluster), ' +
    'or kubeconfig + primary-context + remote-contexts (one merged kubeconfig)';
function isSet(value) {
    return value !== undefined && value.trim() !== '';
}
function separateModeProblems(input) {
    const problems = [];
    if (!isSet(input.primaryKubeconfig)) {
        problems.push('primary-kubeconfig is empty. Fix: set it to the primary cluster kubeconfig (YAML or base64).');
    }
    if (!isSet(input.remoteKubeconfigs)) {
        problems.push('remote-kubeconfigs is empty. Fix: set it to the remote kubeconfigs, YAML separated by --- lines ' +
            'or one base64 kubeconfig per line.');
    }
    if (isSet(input.primaryContext) || (input.remoteContexts ?? []).length > 0) {
        problems.push('primary-context and remote-contexts select contexts of the merged kubeconfig input; with ' +
            "primary-kubeconfig and remote-kubeconfigs each kubeconfig's current-context is used. " +
            'Fix: remove them, or pass one merged kubeconfig instead.');
    }
    return problems;
}
function mergedModeProblems(input) {
    const problems = [];
    const remoteContexts = input.remoteContexts ?? [];
    if (!isSet(input.primaryContext)) {
        problems.push('primary-context is empty. Fix: name the context of kubeconfig that reaches the primary cluster.');
    }
    if (remoteContexts.length === 0) {
        problems.push('remote-contexts is empty. Fix: list the contexts of the remote clusters (e.g. kind-east, kind-west).');
    }
    remoteContexts.forEach((context, index) => {
        const first = remoteContexts.indexOf(context);
        if (first !== index)
            problems.push(`remote-contexts[${index}] "${context}" repeats remote-contexts[${first}].`);
        if (context === input.primaryContext?.trim()) {
            problems.push(`remote-contexts[${index}] "${context}" is also the primary-context: a cluster is primary or remote.`);
        }
    });
    return problems;
}
function resolveMode(input) {
    const separate = isSet(input.primaryKubeconfig) || isSet(input.remoteKubeconfigs);
    const merged = isSet(input.kubeconfig);
    if (separate && merged) {
        throw new errors/* ProblemsError */.FQ(STAGE, [`both kinds of kubeconfig inputs are set. Fix: use ${BOTH_WAYS}.`]);
    }
    if (!separate && !merged)
        throw new errors/* ProblemsError */.FQ(STAGE, [`no kubeconfig is given. Fix: set ${BOTH_WAYS}.`]);
    const problems = separate ? separateModeProblems(input) : mergedModeProblems(input);
    if (problems.length > 0)
        throw new errors/* ProblemsError */.FQ(STAGE, problems);
    return separate
        ? { kind: 'separate', primary: input.primaryKubeconfig ?? '', remotes: input.remoteKubeconfigs ?? '' }
        : {
            kind: 'merged',
            kubeconfig: input.kubeconfig ?? '',
            primaryContext: (input.primaryContext ?? '').trim(),
            remoteContexts: input.remoteContexts ?? [],
        };
}
function kubeconfigProblems(label, error) {
    if (error instanceof kubeconfig/* KubeconfigError */.C2)
        return error.problems.map((problem) => `${label}: ${problem}`);
    throw error;
}
function parseInput(label, text, problems) {
    try {
        return (0,kubeconfig/* parseKubeconfig */.DU)((0,kubeconfig/* decodeKubeconfigInput */.Eh)(text).text);
    }
    catch (error) {
        problems.push(...kubeconfigProblems(label, error));
        return undefined;
    }
}
function loadContext(label, source, contextName, problems) {
    const found = (0,kubeconfig/* validateKubeconfig */.KQ)(source, { context: contextName }).map((problem) => `${label}: ${problem}`);
    if (found.length > 0) {
        problems.push(...found);
        return undefined;
    }
    const config = (0,kubeconfig/* extractContext */.BW)(source, contextName);
    return { label, source, config, clusterName: (0,kubeconfig/* clusterNameOf */.T)(config), server: (0,kubeconfig/* serverOf */.FN)(config) };
}
function loadCurrentContext(label, source, problems) {
    try {
        return loadContext(label, source, (0,kubeconfig/* currentContextName */.mX)(source), problems);
    }
    catch (error) {
        problems.push(...kubeconfigProblems(label, error));
        return undefined;
    }
}
function loadSeparate(primaryText, remotesText) {
    const problems = [];
    const primarySource = parseInput('primary-kubeconfig', primaryText, problems);
    const primary = primarySource && loadCurrentContext('primary-kubeconfig', primarySource, problems);
    let remoteTexts = [];
    try {
        remoteTexts = (0,kubeconfig/* splitKubeconfigs */.Nk)(remotesText);
    }
    catch (error) {
        problems.push(...kubeconfigProblems('remote-kubeconfigs', error));
    }
    const remotes = remoteTexts.map((text, index) => {
        const label = `remote-kubeconfigs[${index}]`;
        const source = parseInput(label, text, problems);
        return source && loadCurrentContext(label, source, problems);
    });
    return { primary, remotes, problems };
}
function loadMerged(mode) {
    const problems = [];
    const source = parseInput('kubeconfig', mode.kubeconfig, problems);
    if (source === undefined)
        return { primary: undefined, remotes: mode.remoteContexts.map(() => undefined), problems };
    const primary = loadContext(`primary-context "${mode.primaryContext}"`, source, mode.primaryContext, problems);
    const remotes = mode.remoteContexts.map((context, index) => loadContext(`remote-contexts[${index}] "${context}"`, source, context, problems));
    return { primary, remotes, problems };
}
// ---------------------------------------------------------------------------------------------
// Naming and cross-cluster checks.
function explicitNameProblems(names, remoteCount, remotesInput) {
    const problems = [];
    if (names.length !== remoteCount) {
        problems.push(`remote-names has ${names.length} name(s) but ${remotesInput} has ${remoteCount} remote(s). ` +
            'Fix: give one name per remote, in the same order.');
    }
    names.forEach((name, index) => {
        if ((0,util_names/* isDns1123Label */.z3)(name))
            return;
        problems.push(`remote-names[${index}] "${name}" is not a DNS-1123 label. Fix: use e.g. "${suggestedName(name)}".`);
    });
    return problems;
}
function suggestedName(name) {
    try {
        return (0,util_names/* sanitizeDns1123Label */.a5)(name);
    }
    catch (error) {
        if (error instanceof Error)
            return 'east-1';
        throw error;
    }
}
function remoteCandidate(remote, index, explicit) {
    const name = explicit[index];
    if (name !== undefined)
        return { source: `remote-names[${index}] "${name}" (for ${remote.label})`, name };
    return { source: `${remote.label} (cluster "${remote.clusterName}")`, name: remote.clusterName };
}
function nameRemotes(primaryName, remotes, indexes, explicit, problems) {
    const candidates = [
        { source: `the primary (named "${primaryName}")`, name: primaryName },
        ...remotes.map((remote, position) => remoteCandidate(remote, indexes[position] ?? position, explicit)),
    ];
    const assignment = (0,util_names/* assignRemoteNames */.mH)(candidates);
    if (!assignment.ok) {
        problems.push(...assignment.error.problems);
        return [];
    }
    return remotes.map((cluster, position) => ({ name: assignment.names[position + 1] ?? '', cluster }));
}
function serverKey(cluster) {
    const tlsServerName = cluster.config.clusters[0]?.cluster?.['tls-server-name'] ?? '';
    return `${cluster.server.toLowerCase().replace(/\/+$/, '')} ${tlsServerName}`;
}
function sharedServerProblems(clusters) {
    const firstByServer = new Map();
    const problems = [];
    for (const cluster of clusters) {
        const first = firstByServer.get(serverKey(cluster));
        if (first === undefined)
            firstByServer.set(serverKey(cluster), cluster);
        else {
            problems.push(`${first.label} and ${cluster.label} use the same API server ${cluster.server}: a cluster joins the mesh ` +
                'once. Fix: remove the duplicate, or point it at the right cluster.');
        }
    }
    return problems;
}
// ---------------------------------------------------------------------------------------------
// Warnings, secrets, files.
function fileWarnings(cluster) {
    const references = (0,kubeconfig/* fileReferences */.bd)(cluster.config);
    if (references.length === 0)
        return [];
    return [
        `${cluster.label} points at files (${references.join('; ')}): they must exist at those absolute paths on ` +
            'the runner. Prefer the inline *-data fields (kubectl config view --flatten --minify).',
    ];
}
function collectSecrets(configs) {
    return (0,kubeconfig/* secretMaskForms */.EL)([...new Set(configs.flatMap((config) => (0,kubeconfig/* kubeconfigSecrets */.hT)(config)))]);
}
function plannedFile(name, cluster) {
    return {
        fileName: `${name}.kubeconfig`,
        content: (0,kubeconfig/* serializeKubeconfig */.co)((0,kubeconfig/* renameKubeconfigEntries */.GC)(cluster.config, name)),
    };
}
/** Writes every file or none: after a failure the files already written are removed. */
function writeAll(outputDir, files) {
    const written = [];
    try {
        for (const file of files)
            written.push((0,credential_files/* writeCredentialFile */.V)(outputDir, file.fileName, file.content));
    }
    catch (error) {
        (0,credential_files/* removeCredentialFiles */.d)(written);
        throw error;
    }
    return written;
}
// ---------------------------------------------------------------------------------------------
// The stage.
function loadClusters(mode) {
    switch (mode.kind) {
        case 'separate':
            return loadSeparate(mode.primary, mode.remotes);
        case 'merged':
            return loadMerged(mode);
    }
}
function loadedOnly(remotes) {
    const clusters = [];
    const indexes = [];
    remotes.forEach((remote, index) => {
        if (remote === undefined)
            return;
        clusters.push(remote);
        indexes.push(index);
    });
    return { clusters, indexes };
}
/**
 * Reads, validates and names every cluster, then writes `primary.kubeconfig` and
 * `<remote>.kubeconfig` (0600) into `input.outputDir`. Throws one ProblemsError listing every
 * problem, naming the input each comes from, before writing anything.
 */
function prepareCredentials(input) {
    const mode = resolveMode(input);
    const loaded = loadClusters(mode);
    const problems = [...loaded.problems];
    const explicit = input.remoteNames ?? [];
    const remotesInput = mode.kind === 'separate' ? 'remote-kubeconfigs' : 'remote-contexts';
    if (explicit.length > 0)
        problems.push(...explicitNameProblems(explicit, loaded.remotes.length, remotesInput));
    if (mode.kind === 'separate' && loaded.remotes.length === 0 && problems.length === 0) {
        problems.push('remote-kubeconfigs holds no kubeconfig. Fix: give at least one remote kubeconfig.');
    }
    const { clusters, indexes } = loadedOnly(loaded.remotes);
    const primaryName = input.primaryName?.trim() || PRIMARY_NAME;
    if (!(0,util_names/* isDns1123Label */.z3)(primaryName)) {
        problems.push(`primary-name "${primaryName}" is not a DNS-1123 label. Fix: use lower case letters, digits and '-', e.g. "${safeSuggestion(primaryName)}".`);
    }
    const remotes = nameRemotes(primaryName, clusters, indexes, explicit, problems);
    const primary = loaded.primary;
    if (primary !== undefined)
        problems.push(...sharedServerProblems([primary, ...clusters]));
    if (problems.length > 0 || primary === undefined)
        throw new errors/* ProblemsError */.FQ(STAGE, problems);
    const files = [
        plannedFile(primaryName, primary),
        ...remotes.map((remote) => plannedFile(remote.name, remote.cluster)),
    ];
    const [primaryPath = '', ...remotePaths] = writeAll(input.outputDir, files);
    return {
        primary: { name: primaryName, kubeconfigPath: primaryPath, server: primary.server },
        remotes: remotes.map((remote, index) => ({
            name: remote.name,
            sourceName: remote.cluster.clusterName,
            kubeconfigPath: remotePaths[index] ?? '',
            server: remote.cluster.server,
        })),
        secretsToMask: collectSecrets([primary.source, ...clusters.map((cluster) => cluster.source)]),
        warnings: [primary, ...clusters].flatMap(fileWarnings),
    };
}
/**
 * Best effort, never throws: the secrets of every kubeconfig input that can be read, so the step can
 * mask them before anything is logged, even when prepareCredentials then fails. Inputs that cannot
 * be read yield nothing here; prepareCredentials reports them.
 */
function credentialSecrets(input) {
    const texts = [];
    for (const text of [input.primaryKubeconfig, input.kubeconfig])
        if (isSet(text))
            texts.push(text);
    if (isSet(input.remoteKubeconfigs))
        texts.push(...readableOrNothing(() => (0,kubeconfig/* splitKubeconfigs */.Nk)(input.remoteKubeconfigs ?? '')));
    const configs = texts.flatMap((text) => readableOrNothing(() => [(0,kubeconfig/* parseKubeconfig */.DU)((0,kubeconfig/* decodeKubeconfigInput */.Eh)(text).text)]));
    return collectSecrets(configs);
}
function readableOrNothing(read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof kubeconfig/* KubeconfigError */.C2)
            return []; // reported with its input by prepareCredentials
        throw error;
    }
}
function safeSuggestion(name) {
    try {
        return (0,util_names/* sanitizeDns1123Label */.a5)(name);
    }
    catch {
        return 'primary';
    }
}

// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/credentials.ts




function optionalInput(name) {
    const value = core/* getInput */.V4(name);
    return value === '' ? undefined : value;
}
function readInputs() {
    return {
        primaryKubeconfig: optionalInput('primary-kubeconfig'),
        remoteKubeconfigs: optionalInput('remote-kubeconfigs'),
        kubeconfig: optionalInput('kubeconfig'),
        primaryContext: optionalInput('primary-context'),
        remoteContexts: splitListInput(core/* getInput */.V4('remote-contexts')),
        remoteNames: splitListInput(core/* getInput */.V4('remote-names')),
        primaryName: core/* getInput */.V4('primary-name'),
    };
}
/** The run's credentials directory under RUNNER_TEMP, shared with remote-kubeconfig and summary (cleanup). */
function credentialsDir() {
    return (0,common/* runDirectory */.xw)('credentials');
}
function maskAll(secrets) {
    for (const secret of secrets)
        core/* setSecret */.Pq(secret);
}
function outputsOf(result) {
    return {
        'primary-name': result.primary.name,
        'primary-kubeconfig-path': result.primary.kubeconfigPath,
        'remote-names': JSON.stringify(result.remotes.map((remote) => remote.name)),
        'remote-kubeconfig-paths': JSON.stringify(Object.fromEntries(result.remotes.map((remote) => [remote.name, remote.kubeconfigPath]))),
    };
}
function reportOf(result) {
    return {
        did: [
            `primary "${result.primary.name}": ${result.primary.server}`,
            ...result.remotes.map((remote) => `remote "${remote.name}" (cluster "${remote.sourceName}"): ${remote.server}`),
        ],
        warnings: result.warnings,
    };
}
async function run() {
    await (0,step/* runAsStep */.I)('credentials', async () => {
        const input = readInputs();
        // Masked before anything is logged, including the error message if the inputs are refused.
        maskAll(credentialSecrets(input));
        const result = prepareCredentials({ ...input, outputDir: credentialsDir() });
        maskAll(result.secretsToMask);
        core/* info */.pq(`credentials: ${1 + result.remotes.length} kubeconfig file(s) written (mode 0600)`);
        return { outputs: outputsOf(result), report: reportOf(result) };
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


/***/ })

};
