export const id = 970;
export const ids = [970];
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

/***/ 29963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 827 modules
var dist = __webpack_require__(27853);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/kubeconfig.ts
var kubeconfig = __webpack_require__(67598);
// EXTERNAL MODULE: ./node_modules/ip-address/dist/ip-address.js
var ip_address = __webpack_require__(79253);
;// CONCATENATED MODULE: ./src/util/cidr.ts

/** Parses an IPv4 or IPv6 CIDR with ip-address; throws with an example of a valid value. */
function parseCidr(cidr) {
    const text = cidr.trim();
    if (ip_address.Address4.isValid(text) && text.includes('/')) {
        const address = new ip_address.Address4(text);
        return {
            cidr: text,
            family: 4,
            start: address.startAddress().bigInt(),
            end: address.endAddress().bigInt(),
        };
    }
    if (ip_address.Address6.isValid(text) && text.includes('/')) {
        const address = new ip_address.Address6(text);
        return {
            cidr: text,
            family: 6,
            start: address.startAddress().bigInt(),
            end: address.endAddress().bigInt(),
        };
    }
    throw new Error(`"${cidr}" is not a CIDR (example: 10.10.0.0/16)`);
}
function cidrsOverlap(a, b) {
    const x = parseCidr(a);
    const y = parseCidr(b);
    return x.family === y.family && x.start <= y.end && y.start <= x.end;
}
function ipInCidr(ip, cidr) {
    const range = parseCidr(cidr);
    const value = Address4.isValid(ip) ? new Address4(ip).bigInt() : new Address6(ip).bigInt();
    return value >= range.start && value <= range.end;
}
/** Every pair of ranges from different clusters that overlap (same-cluster pairs are the cluster's own business). */
function findOverlaps(ranges) {
    const overlaps = [];
    for (let i = 0; i < ranges.length; i++) {
        for (let j = i + 1; j < ranges.length; j++) {
            const a = ranges[i];
            const b = ranges[j];
            if (a && b && a.cluster !== b.cluster && cidrsOverlap(a.cidr, b.cidr))
                overlaps.push([a, b]);
        }
    }
    return overlaps;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/istio/permissions.ts
const WRITE = ['create', 'patch', 'get'];
function each(verbs, group, resources, namespace) {
    return resources.flatMap((resource) => verbs.map((verb) => namespace ? { verb, group, resource, namespace } : { verb, group, resource }));
}
function primaryPermissions(plan) {
    const ns = plan.istioNamespace;
    const read = [...each(['list'], '', ['pods'], ns), ...each(['list'], 'apps', ['deployments'], ns)];
    if (plan.mode === 'render')
        return [...read, ...each(['get'], '', ['secrets'], ns)];
    const register = each(['get', 'create', 'delete'], '', ['secrets'], ns);
    const control = plan.installPrimary
        ? [
            ...each(['create'], '', ['namespaces']),
            ...each(WRITE, '', ['serviceaccounts', 'configmaps', 'services'], ns),
            ...each(WRITE, 'apps', ['deployments'], ns),
        ]
        : [];
    return [...read, ...register, ...control];
}
function remotePermissions(plan) {
    const ns = plan.istioNamespace;
    if (plan.mode === 'render') {
        return [
            ...each(['get'], '', ['namespaces']),
            ...each(['get', 'list'], '', ['serviceaccounts', 'secrets'], ns),
        ];
    }
    return [
        ...each(['get', 'create', 'patch'], '', ['namespaces']),
        ...each(WRITE, '', ['serviceaccounts', 'configmaps', 'services', 'endpoints', 'secrets'], ns),
        ...each(WRITE, 'apps', ['deployments'], ns),
        ...each(WRITE, 'rbac.authorization.k8s.io', ['clusterroles', 'clusterrolebindings']),
        ...(plan.sidecarInjector
            ? each(WRITE, 'admissionregistration.k8s.io', ['mutatingwebhookconfigurations'])
            : []),
    ];
}
function requiredPermissions(role, plan) {
    return role === 'primary' ? primaryPermissions(plan) : remotePermissions(plan);
}

;// CONCATENATED MODULE: ./src/stages/preflight.ts







const MIN_KUBERNETES = '1.22.0';
const SUPPORTED_HELM_MAJORS = [3, 4];
function uniqueSorted(values) {
    return [...new Set(values)].sort();
}
async function podCidrs(cluster) {
    const nodes = await (0,client/* coreApi */.kg)(cluster).listNode();
    return uniqueSorted(nodes.items.flatMap((n) => n.spec?.podCIDRs ?? (n.spec?.podCIDR ? [n.spec.podCIDR] : [])));
}
async function serviceCidrs(cluster) {
    const api = cluster.config.makeApiClient(dist/* NetworkingV1Api */.sGP);
    const list = await api.listServiceCIDR();
    return uniqueSorted(list.items.flatMap((s) => s.spec?.cidrs ?? []));
}
async function missingPermissions(cluster, wanted) {
    const api = cluster.config.makeApiClient(dist/* AuthorizationV1Api */.NwU);
    const missing = [];
    for (const p of wanted) {
        const review = await api.createSelfSubjectAccessReview({
            body: {
                apiVersion: 'authorization.k8s.io/v1',
                kind: 'SelfSubjectAccessReview',
                spec: {
                    resourceAttributes: { verb: p.verb, group: p.group, resource: p.resource, namespace: p.namespace },
                },
            },
        });
        if (!review.status?.allowed) {
            const where = p.namespace ? ` in namespace ${p.namespace}` : ' (cluster-wide)';
            missing.push(`${p.verb} ${p.group ? `${p.resource}.${p.group}` : p.resource}${where}`);
        }
    }
    return missing;
}
/** Gathers what preflight needs from one cluster; what cannot be determined is noted, not fatal. */
async function inspect(cluster, role, plan) {
    const undetermined = [];
    const server = (0,client/* serverOf */.FN)(cluster);
    const version = await cluster.config.makeApiClient(dist/* VersionApi */.Nq_).getCode();
    let identity;
    try {
        identity = (await (0,client/* coreApi */.kg)(cluster).readNamespace({ name: 'kube-system' })).metadata?.uid;
    }
    catch (error) {
        undetermined.push(`cluster identity (kube-system namespace: ${(0,client/* apiMessage */.SX)(error)})`);
    }
    let pods = [];
    let services = [];
    try {
        pods = await podCidrs(cluster);
        if (pods.length === 0)
            undetermined.push('pod CIDR (no node has spec.podCIDRs)');
    }
    catch (error) {
        undetermined.push(`pod CIDR (${(0,client/* apiMessage */.SX)(error)})`);
    }
    try {
        services = await serviceCidrs(cluster);
        if (services.length === 0)
            undetermined.push('service CIDR (no ServiceCIDR objects)');
    }
    catch (error) {
        undetermined.push(`service CIDR (ServiceCIDR API: ${(0,client/* apiMessage */.SX)(error)})`);
    }
    return {
        name: cluster.name,
        role,
        server,
        version: version.gitVersion,
        identity,
        podCidrs: pods,
        serviceCidrs: services,
        undetermined,
        missingPermissions: await missingPermissions(cluster, requiredPermissions(role, plan)),
    };
}
async function inspectOrReport(cluster, role, plan, problems) {
    try {
        return await inspect(cluster, role, plan);
    }
    catch (error) {
        problems.push(`cluster "${cluster.name}" (${role}) is not reachable or refused the credentials: ${(0,client/* apiMessage */.SX)(error)}. ` +
            `Fix: check its kubeconfig input and that ${safeServer(cluster)} is reachable from the runner.`);
        return undefined;
    }
}
function safeServer(cluster) {
    try {
        return (0,client/* serverOf */.FN)(cluster);
    }
    catch {
        return 'its API server';
    }
}
function versionProblems(facts, helmVersion) {
    const problems = [];
    for (const f of facts) {
        const v = semver_default().coerce(f.version ?? '');
        if (!v)
            problems.push(`cluster "${f.name}": could not read its Kubernetes version ("${f.version ?? ''}").`);
        else if (semver_default().lt(v, MIN_KUBERNETES)) {
            problems.push(`cluster "${f.name}" runs Kubernetes ${f.version}; at least ${MIN_KUBERNETES} is needed (the charts use v1 RBAC and admission APIs). Fix: upgrade the cluster.`);
        }
    }
    if (helmVersion !== undefined) {
        const major = semver_default().coerce(helmVersion)?.major;
        if (major === undefined || !SUPPORTED_HELM_MAJORS.includes(major)) {
            problems.push(`helm ${helmVersion} is not supported; use Helm 3 or 4 (helm-version input, e.g. v3.22.0).`);
        }
    }
    return problems;
}
function identityProblems(facts) {
    const problems = [];
    const byIdentity = new Map();
    for (const f of facts) {
        if (!f.identity)
            continue;
        byIdentity.set(f.identity, [...(byIdentity.get(f.identity) ?? []), f.name]);
    }
    for (const names of byIdentity.values()) {
        if (names.length > 1) {
            problems.push(`clusters ${names.map((n) => `"${n}"`).join(' and ')} are the same cluster (same kube-system UID). Fix: give each remote its own kubeconfig.`);
        }
    }
    return problems;
}
function cidrProblems(facts) {
    const ranges = facts.flatMap((f) => [
        ...f.podCidrs.map((cidr) => ({ cluster: f.name, kind: 'pod', cidr })),
        ...f.serviceCidrs.map((cidr) => ({ cluster: f.name, kind: 'service', cidr })),
    ]);
    const problems = findOverlaps(ranges).map(([a, b]) => `the ${a.kind} CIDR ${a.cidr} of "${a.cluster}" overlaps the ${b.kind} CIDR ${b.cidr} of "${b.cluster}": pods with the same IP would be mixed up across clusters (istio/istio#14072). Fix: give every cluster distinct pod and service ranges.`);
    const notes = facts.flatMap((f) => f.undetermined.map((u) => `cluster "${f.name}": could not determine ${u}; overlap not checked for it.`));
    return { problems, notes };
}
/**
 * Checks everything that can be checked before a write, and reports every problem at once:
 * reachability, versions, duplicate clusters, CIDR overlaps and the permissions this run needs.
 */
async function runPreflight(input) {
    const problems = [];
    const warnings = [];
    const all = [
        [input.primary, 'primary'],
        ...input.remotes.map((r) => [r, 'remote']),
    ];
    const facts = [];
    for (const [cluster, role] of all) {
        const f = await inspectOrReport(cluster, role, input.plan, problems);
        if (f)
            facts.push(f);
    }
    problems.push(...versionProblems(facts, input.helmVersion), ...identityProblems(facts));
    const cidrs = cidrProblems(facts);
    problems.push(...cidrs.problems);
    warnings.push(...cidrs.notes);
    for (const f of facts) {
        if (f.missingPermissions.length > 0) {
            problems.push(`cluster "${f.name}": the supplied credentials lack ${f.missingPermissions.length} permission(s) this run needs: ${f.missingPermissions.join('; ')}. Fix: use a kubeconfig with those rights (cluster-admin on remotes is simplest).`);
        }
        if (f.role === 'remote' && (0,kubeconfig/* isLoopbackServer */.X_)(f.server) && !input.apiServerOverrides[f.name]) {
            warnings.push(`remote "${f.name}": API server ${f.server} is a loopback address; the primary cannot reach it there. Fix: set remote-api-servers (e.g. ${f.name}=https://10.0.0.12:6443; for kind, the control-plane node's address on the kind network).`);
        }
    }
    if (problems.length > 0)
        throw new errors/* ProblemsError */.FQ('preflight', problems);
    return { clusters: facts, warnings };
}

// EXTERNAL MODULE: ./src/tools/helm-cli.ts
var helm_cli = __webpack_require__(23648);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/preflight.ts






function run() {
    return (0,step/* runAsStep */.I)('preflight', async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const { primary, remotes } = (0,common/* readClusters */.c6)();
        const helmPath = core/* getInput */.V4('helm-path');
        const result = await core/* group */.Os('Preflight checks', async () => runPreflight({
            primary,
            remotes,
            helmVersion: helmPath ? await (0,helm_cli/* helmVersion */.RT)(helmPath) : undefined,
            apiServerOverrides: (0,parse/* parseKeyValues */.Hl)('remote-api-servers', core/* getInput */.V4('remote-api-servers')),
            plan: {
                mode: mode === 'render' ? 'render' : 'install',
                istioNamespace: (0,common/* readNamespace */.oZ)(),
                injectionNamespaces: (0,parse/* parseList */.E1)(core/* getInput */.V4('injection-namespaces') || 'default'),
                installPrimary: (0,parse/* parseBoolean */.yG)('install-primary', core/* getInput */.V4('install-primary'), false),
                sidecarInjector: (0,parse/* parseBoolean */.yG)('sidecar-injector', core/* getInput */.V4('sidecar-injector'), true),
            },
        }));
        return {
            outputs: {
                clusters: JSON.stringify(result.clusters.map((c) => ({
                    name: c.name,
                    role: c.role,
                    version: c.version,
                    podCidrs: c.podCidrs,
                    serviceCidrs: c.serviceCidrs,
                }))),
            },
            report: {
                did: result.clusters.map((c) => `${c.name} (${c.role}): Kubernetes ${c.version ?? '?'}, pods ${c.podCidrs.join(' ') || '?'}, services ${c.serviceCidrs.join(' ') || '?'}`),
                warnings: result.warnings,
            },
        };
    });
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
