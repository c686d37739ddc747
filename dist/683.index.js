export const id = 683;
export const ids = [683];
export const modules = {

/***/ 45910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ COMPONENTS),
/* harmony export */   AS: () => (/* binding */ STATSD_PORT),
/* harmony export */   DX: () => (/* binding */ addressInput),
/* harmony export */   Fz: () => (/* binding */ DEFAULT_GATEWAY_SERVICE),
/* harmony export */   KK: () => (/* binding */ settingsProblems),
/* harmony export */   QV: () => (/* binding */ componentsFor),
/* harmony export */   cg: () => (/* binding */ addressProblem),
/* harmony export */   hr: () => (/* binding */ ENDPOINT_MODES),
/* harmony export */   vQ: () => (/* binding */ describeMode)
/* harmony export */ });
/* harmony import */ var ip_address__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79253);
/* harmony import */ var ip_address__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ip_address__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35888);


/** Istio 1.0: the seed's five components (also the names of the `<name>-pod-ip` outputs). */
const COMPONENTS = [
    {
        name: 'pilot',
        selector: 'istio=pilot',
        service: 'istio-pilot',
        ports: '15007, or 15005 with control-plane security',
        required: true,
    },
    // istio=mixer matches both mixer pods, so .items[0] may be telemetry: select by mixer type.
    {
        name: 'policy',
        selector: 'istio-mixer-type=policy',
        service: 'istio-policy',
        ports: '15004',
        required: false,
        absentBecause: 'policy (mixer) is not deployed',
    },
    {
        name: 'telemetry',
        selector: 'istio-mixer-type=telemetry',
        service: 'istio-telemetry',
        ports: '15004',
        required: false,
        absentBecause: 'telemetry (mixer) is not deployed',
    },
    {
        name: 'statsd',
        selector: 'istio=statsd-prom-bridge',
        service: 'istio-statsd-prom-bridge',
        ports: '9125',
        required: false,
        absentBecause: 'statsd-prom-bridge was removed in Istio 1.0.3',
    },
    {
        name: 'zipkin',
        selector: 'app=jaeger',
        service: 'zipkin',
        ports: '9411',
        required: false,
        absentBecause: 'tracing is off by default',
    },
];
/**
 * Current Istio: one discovery address (istiod). Remotes reach it through the east-west gateway
 * (15012 xDS/CA, 15017 webhook); istiod's own ClusterIP Service has no 15017.
 */
const ISTIO_CURRENT_COMPONENTS = [
    {
        name: 'pilot',
        selector: 'app=istiod',
        service: 'istio-eastwestgateway',
        ports: '15012 and 15017',
        required: true,
    },
];
function componentsFor(profile) {
    switch (profile) {
        case 'istio-1.0':
            return COMPONENTS;
        case 'istio-current':
            return ISTIO_CURRENT_COMPONENTS;
    }
}
const STATSD_PORT = 9125;
/** Where the addresses handed to remotes come from (istio.md §2: pod IPs change on restart). */
const ENDPOINT_MODES = ['pod-ip', 'load-balancer', 'gateway', 'explicit'];
const DEFAULT_GATEWAY_SERVICE = 'istio-ingressgateway';
function describeMode(mode) {
    switch (mode) {
        case 'pod-ip':
            return 'Running pod IPs, found by label';
        case 'load-balancer':
            return "each control-plane Service's LoadBalancer address";
        case 'gateway':
            return "one ingress gateway's LoadBalancer address for every component";
        case 'explicit':
            return 'the *-address inputs';
    }
}
/** The action input carrying a component's address in endpoint-mode explicit. */
function addressInput(component) {
    return `${component}-address`;
}
/** Strips scheme, path and port so a refusal can show the value that would be accepted. */
function bareHost(text) {
    const withoutScheme = text.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
    const host = withoutScheme.split('/')[0] ?? '';
    return host.replace(/:\d*$/, '');
}
function looksLikeIpv4(text) {
    return /^[0-9.]+$/.test(text);
}
/**
 * Checks one address for the remote chart: an IPv4 address or a DNS name, nothing else. Returns the
 * problem (naming `source`, e.g. the input) or undefined when it is usable.
 */
function addressProblem(source, spec, value) {
    const bare = bareHost(value);
    const appends = `the chart appends the ports itself (${spec.name}: ${spec.ports})`;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value))
        return `${source} "${value}" has a scheme: give the bare address "${bare}"; ${appends}.`;
    if (value.includes('/'))
        return `${source} "${value}" has a path: give the bare address "${bare}".`;
    if (value.startsWith('[') || (value.match(/:/g) ?? []).length > 1)
        return `${source} "${value}" is an IPv6 address: the istio-remote chart writes "<address>:<port>" without brackets, so give an IPv4 address or a DNS name that resolves to it.`;
    if (value.includes(':'))
        return `${source} "${value}" has a port: give the bare address "${bare}"; ${appends}.`;
    if (looksLikeIpv4(value))
        return ip_address__WEBPACK_IMPORTED_MODULE_1__.Address4.isValid(value)
            ? undefined
            : `${source} "${value}" is not a valid IPv4 address (example: 10.0.0.1).`;
    if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isDns1123Subdomain */ .Pz)(value.toLowerCase()))
        return `${source} "${value}" is neither an IPv4 address nor a DNS name (examples: 10.0.0.1, istio-pilot.mesh.example.com).`;
    return undefined;
}
function explicitProblems(settings) {
    const specs = componentsFor(settings.profile);
    const problems = [];
    for (const [name, value] of Object.entries(settings.explicit)) {
        const spec = specs.find((s) => s.name === name);
        if (!spec) {
            problems.push(`${addressInput(name)} is set, but profile ${settings.profile} has no ${name} component: give only ${specs.map((s) => addressInput(s.name)).join(', ')}.`);
            continue;
        }
        const problem = addressProblem(addressInput(name), spec, value);
        if (problem)
            problems.push(problem);
    }
    for (const spec of specs.filter((s) => s.required && !settings.explicit[s.name]))
        problems.push(`${addressInput(spec.name)} is required with endpoint-mode explicit (example: ${addressInput(spec.name)}: 10.0.0.1).`);
    return problems;
}
/** Every problem with the settings, each saying what a valid value looks like; empty when usable. */
function settingsProblems(settings) {
    switch (settings.mode) {
        case 'explicit':
            return explicitProblems(settings);
        case 'gateway':
        case 'load-balancer':
        case 'pod-ip': {
            const given = Object.keys(settings.explicit);
            const problems = given.map((name) => `${addressInput(name)} is set, but endpoint-mode is ${settings.mode}: the *-address inputs are read only with endpoint-mode explicit.`);
            if (settings.mode === 'gateway' && !(0,_util_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isDns1123Label */ .z3)(settings.gatewayService))
                problems.push(`gateway-service "${settings.gatewayService}" is not a Service name (example: ${DEFAULT_GATEWAY_SERVICE}).`);
            return problems;
        }
    }
}


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
