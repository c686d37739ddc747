export const id = 422;
export const ids = [422];
export const modules = {

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

/***/ 34563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ serverUrlProblem),
/* harmony export */   GY: () => (/* binding */ kubeconfigUrlSecrets),
/* harmony export */   Hl: () => (/* binding */ shownServer),
/* harmony export */   IG: () => (/* binding */ transportProblems),
/* harmony export */   QJ: () => (/* binding */ execPlugins),
/* harmony export */   X6: () => (/* binding */ DEFAULT_TRANSPORT_POLICY)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50767);
/**
 * How the action may talk to an API server: https only (a token over plain http crosses the network
 * in clear), TLS verified unless allow-insecure-tls is set, no credentials inside server URLs (they
 * would be copied into the registration on the primary), and exec credential plugins only while
 * allow-exec-credentials is true. Pure checks of kubeconfig models and URLs; messages never quote
 * a credential.
 */


const DEFAULT_TRANSPORT_POLICY = {
    allowInsecureTls: false,
    allowExecCredentials: true,
};
/** Why `server` may not be used as an API server address, or undefined when it may. */
function serverUrlProblem(server) {
    let url;
    try {
        url = new URL(server);
    }
    catch {
        return 'is not a URL. Fix: give the https URL of the API server, e.g. https://10.0.0.1:6443';
    }
    if (url.protocol === 'http:') {
        return 'uses plain http: the token would cross the network in clear. Fix: use the https address of the API server, e.g. https://10.0.0.1:6443';
    }
    if (url.protocol !== 'https:')
        return 'is not an https URL. Fix: give the https URL of the API server, e.g. https://10.0.0.1:6443';
    if (url.username || url.password) {
        return 'carries credentials (user:password@): they would be copied into the registration on the primary. Fix: remove them from the URL; authenticate with the kubeconfig user (token or client certificate)';
    }
    if (url.search || url.hash)
        return 'has a query or fragment. Fix: give the bare address, e.g. https://10.0.0.1:6443';
    return undefined;
}
/** A server URL as it may be shown: credentials cut out. */
function shownServer(server) {
    return (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlCredentials */ .d)(server);
}
/**
 * Every refusal of `config` (one context, extracted) under `policy`, each prefixed with the path of
 * the field in the kubeconfig and ending with a fix.
 */
function transportProblems(config, policy) {
    const problems = [];
    config.clusters.forEach((entry, index) => {
        const path = `clusters[${index}] "${entry.name ?? ''}"`;
        const server = entry.cluster?.server;
        const problem = server === undefined ? undefined : serverUrlProblem(server);
        if (problem !== undefined)
            problems.push(`${path}: server ${shownServer(server ?? '')} ${problem}.`);
        if (entry.cluster?.['insecure-skip-tls-verify'] === true && !policy.allowInsecureTls) {
            problems.push(`${path}: insecure-skip-tls-verify is true, so anyone on the path could read the credentials. ` +
                "Fix: set certificate-authority-data to the API server's CA (kubectl config view --raw --minify --flatten " +
                'shows it), or set allow-insecure-tls: true to accept it knowingly.');
        }
    });
    if (!policy.allowExecCredentials) {
        for (const plugin of execPlugins(config)) {
            problems.push(`user "${plugin.user}" runs the exec credential plugin "${plugin.command}", and allow-exec-credentials is false. ` +
                'Fix: use a kubeconfig with a token or client certificate, or set allow-exec-credentials: true.');
        }
    }
    return problems;
}
/** The exec credential plugins the users of `config` run. */
function execPlugins(config) {
    return config.users.flatMap((entry) => {
        const command = entry.user?.exec?.command;
        return command ? [{ user: entry.name ?? '', command: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(command) }] : [];
    });
}
/** Credentials written into the server and proxy URLs of `config`, to mask. */
function kubeconfigUrlSecrets(config) {
    return config.clusters.flatMap((entry) => [entry.cluster?.server, entry.cluster?.['proxy-url']].flatMap((url) => (url ? (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .urlCredentials */ .O)(url) : [])));
}


/***/ }),

/***/ 20988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ registrationCollisionProblems),
/* harmony export */   bF: () => (/* binding */ isRegistrationOf),
/* harmony export */   fO: () => (/* binding */ reservedRemoteNameProblem),
/* harmony export */   ou: () => (/* binding */ foreignSecretProblem)
/* harmony export */ });
/* unused harmony exports ISTIO_CA_SECRET, PROTECTED_SECRETS */
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17393);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31934);
/* harmony import */ var _kube_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44540);
/* harmony import */ var _cacerts_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33048);
/* harmony import */ var _token_secret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24913);





/** Istio's self-signed CA (citadel and istiod keep it in this Secret). */
const ISTIO_CA_SECRET = 'istio-ca-secret';
/** Never a registration, whatever the profile: Istio's CA material and the action's token Secrets. */
const PROTECTED_SECRETS = [
    _cacerts_write_js__WEBPACK_IMPORTED_MODULE_2__/* .CACERTS_SECRET */ .dE,
    ISTIO_CA_SECRET,
    (0,_token_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenSecretName */ .bh)('istio-multi'),
    (0,_token_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenSecretName */ .bh)('istio-reader-service-account'),
];
/**
 * Why `remote` cannot be a remote's name under `profile` (its registration Secret would be one of
 * PROTECTED_SECRETS, as with the istio-1.0 profile's secret named after the remote), with a fix.
 */
function reservedRemoteNameProblem(profile, remote) {
    const secret = profile.secretName(remote);
    if (!PROTECTED_SECRETS.includes(secret))
        return undefined;
    return (`remote name "${remote}" would name its registration Secret ${secret}, a Secret Istio or this action ` +
        `keeps in the Istio namespace (${PROTECTED_SECRETS.join(', ')}); registering it would replace that Secret. ` +
        `Fix: give the remote another name with remote-names, e.g. remote-names: ${remote}-cluster.`);
}
/** Whether `secret` is the registration of `remote` this action wrote (its marker, valued with the remote). */
function isRegistrationOf(secret, remote) {
    return secret.metadata?.labels?.[_istio_labels_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRATION_LABEL */ .Pf] === remote;
}
/** The refusal for a Secret that holds a registration's name without being that registration. */
function foreignSecretProblem(namespace, secret, remote) {
    return (`Secret ${namespace}/${secret} exists on the primary and is not the registration of remote "${remote}" ` +
        `(it has no ${_istio_labels_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRATION_LABEL */ .Pf}=${remote} label); it will not be replaced. Fix: give the remote another ` +
        `name with remote-names (e.g. remote-names: ${remote}-cluster), or, if it is a stale registration ` +
        `(also one written by an earlier version of this action), delete it: kubectl -n ${namespace} delete secret ${secret}.`);
}
/**
 * Preflight: one problem per remote whose registration name is reserved or taken by a foreign Secret;
 * a Secret the primary's credentials cannot read concerns the whole run.
 */
async function registrationCollisionProblems(check) {
    const problems = [];
    for (const remote of check.remotes) {
        const reserved = reservedRemoteNameProblem(check.profile, remote);
        if (reserved !== undefined) {
            problems.push({ remote, problem: reserved });
            continue;
        }
        const name = check.profile.secretName(remote);
        try {
            const existing = await (0,_kube_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .readSecret */ .n)(check.primary, check.namespace, name);
            if (existing && !isRegistrationOf(existing, remote))
                problems.push({ remote, problem: foreignSecretProblem(check.namespace, name, remote) });
        }
        catch (error) {
            problems.push({
                remote: undefined,
                problem: `cluster "${check.primary.name}": cannot read Secret ${check.namespace}/${name} to check that registering ` +
                    `"${remote}" replaces nothing else: ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessage */ .SX)(error)}. Fix: the primary kubeconfig needs get on secrets in ${check.namespace}.`,
            });
        }
    }
    return problems;
}


/***/ }),

/***/ 24913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ filled),
/* harmony export */   Rj: () => (/* binding */ SA_ANNOTATION),
/* harmony export */   Tq: () => (/* binding */ TOKEN_TYPE),
/* harmony export */   bh: () => (/* binding */ tokenSecretName)
/* harmony export */ });
const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const SA_ANNOTATION = 'kubernetes.io/service-account.name';
/** A token Secret the token controller has filled (token and CA). */
function filled(secret) {
    return Boolean(secret?.data?.token && secret.data['ca.crt']);
}
/** The token Secret the action creates for a reader account (Kubernetes 1.24+ creates none itself). */
function tokenSecretName(serviceAccount) {
    return `${serviceAccount}-token-istio-multicluster`;
}


/***/ }),

/***/ 2966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readApiServerOverrides)
/* harmony export */ });
/* unused harmony export parseApiServerOverrides */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _kube_transport_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34563);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35888);




const EXAMPLE = 'remote-api-servers: east=https://10.0.12.4:6443';
/**
 * The remote-api-servers input (`name=https://host:port`, comma or newline separated), every entry
 * checked: a DNS-1123 remote name and an https URL without credentials. All problems at once.
 */
function parseApiServerOverrides(step, text) {
    const overrides = {};
    const problems = [];
    const items = text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
    for (const item of items) {
        const eq = item.indexOf('=');
        const name = eq > 0 ? item.slice(0, eq).trim() : '';
        const server = eq > 0 ? item.slice(eq + 1).trim() : '';
        if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isDns1123Label */ .z3)(name)) {
            problems.push(`input remote-api-servers: "${(0,_kube_transport_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .shownServer */ .Hl)(item)}" is not remote=https://host:port with a remote name of remote-names. Fix: e.g. ${EXAMPLE}`);
            continue;
        }
        const problem = (0,_kube_transport_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .serverUrlProblem */ .A2)(server);
        if (problem !== undefined) {
            problems.push(`input remote-api-servers: the address of ${name}, ${(0,_kube_transport_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .shownServer */ .Hl)(server)}, ${problem}.`);
            continue;
        }
        if (overrides[name] !== undefined)
            problems.push(`input remote-api-servers: ${name} is given twice. Fix: give one address per remote.`);
        overrides[name] = server;
    }
    if (problems.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProblemsError */ .FQ(step, problems);
    return overrides;
}
/** remote-api-servers, as parseApiServerOverrides reads it. */
function readApiServerOverrides(step) {
    return parseApiServerOverrides(step, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('remote-api-servers'));
}


/***/ }),

/***/ 55422:
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
;// CONCATENATED MODULE: ./src/kube/kubeconfig-server.ts
/** What an API server address says about where it can be reached from. */
/** True for servers only the machine itself can reach: 127.0.0.0/8, localhost, ::1, 0.0.0.0, ::. */
function isLoopbackServer(url) {
    let host;
    try {
        host = new URL(url.includes('://') ? url : `https://${url}`).hostname.toLowerCase();
    }
    catch (error) {
        if (error instanceof TypeError)
            return false; // not a URL at all: validation reports it
        throw error;
    }
    host = host.replace(/^\[|\]$/g, '');
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
        host === '0.0.0.0' ||
        host === '::1' ||
        host === '::' ||
        /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host));
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

// EXTERNAL MODULE: ./src/stages/shared/registration-guard.ts
var registration_guard = __webpack_require__(20988);
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

;// CONCATENATED MODULE: ./src/stages/shared/preflight-checks.ts
/**
 * Preflight's checks across clusters, pure: each problem names the cluster it concerns, so a problem
 * of one remote leaves that remote out of the run while a problem of the primary stops the run.
 */


const MIN_KUBERNETES = '1.22.0';
function versionProblems(facts) {
    const problems = [];
    for (const f of facts) {
        const v = semver_default().coerce(f.version ?? '');
        if (!v)
            problems.push({
                cluster: f.name,
                text: `cluster "${f.name}": could not read its Kubernetes version ("${f.version ?? ''}").`,
            });
        else if (semver_default().lt(v, MIN_KUBERNETES)) {
            problems.push({
                cluster: f.name,
                text: `cluster "${f.name}" runs Kubernetes ${f.version}; at least ${MIN_KUBERNETES} is needed (the charts use v1 RBAC and admission APIs). Fix: upgrade the cluster.`,
            });
        }
    }
    return problems;
}
/** The cluster of a pair that is left out: the remote when one is the primary, else the later one. */
function laterOf(facts, names) {
    const primary = facts.find((f) => f.role === 'primary')?.name;
    return primary !== undefined && names.includes(primary)
        ? names.filter((n) => n !== primary)
        : names.slice(1);
}
function identityProblems(facts) {
    const byIdentity = new Map();
    for (const f of facts) {
        if (!f.identity)
            continue;
        byIdentity.set(f.identity, [...(byIdentity.get(f.identity) ?? []), f.name]);
    }
    return [...byIdentity.values()]
        .filter((names) => names.length > 1)
        .flatMap((names) => laterOf(facts, names).map((cluster) => ({
        cluster,
        text: `clusters ${names.map((n) => `"${n}"`).join(' and ')} are the same cluster (same kube-system UID). Fix: give each remote its own kubeconfig.`,
    })));
}
function cidrProblems(facts) {
    const ranges = facts.flatMap((f) => [
        ...f.podCidrs.map((cidr) => ({ cluster: f.name, kind: 'pod', cidr })),
        ...f.serviceCidrs.map((cidr) => ({ cluster: f.name, kind: 'service', cidr })),
    ]);
    const problems = findOverlaps(ranges).flatMap(([a, b]) => (a.cluster === b.cluster ? [a.cluster] : laterOf(facts, [a.cluster, b.cluster])).map((cluster) => ({
        cluster,
        text: `the ${a.kind} CIDR ${a.cidr} of "${a.cluster}" overlaps the ${b.kind} CIDR ${b.cidr} of "${b.cluster}": pods with the same IP would be mixed up across clusters (istio/istio#14072). Fix: give every cluster distinct pod and service ranges.`,
    })));
    const notes = facts.flatMap((f) => f.undetermined.map((u) => `cluster "${f.name}": could not determine ${u}; overlap not checked for it.`));
    return { problems, notes };
}
function permissionProblems(facts) {
    return facts
        .filter((f) => f.missingPermissions.length > 0)
        .map((f) => ({
        cluster: f.name,
        text: `cluster "${f.name}": the supplied credentials lack ${f.missingPermissions.length} permission(s) this run needs: ${f.missingPermissions.join('; ')}. Fix: use a kubeconfig with those rights (cluster-admin on remotes is simplest).`,
    }));
}

;// CONCATENATED MODULE: ./src/stages/preflight.ts









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
        problems.push({
            cluster: cluster.name,
            text: `cluster "${cluster.name}" (${role}) is not reachable or refused the credentials: ${(0,client/* apiMessage */.SX)(error)}. ` +
                `Fix: check its kubeconfig input and that ${safeServer(cluster)} is reachable from the runner.`,
        });
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
function helmProblems(helmVersion) {
    if (helmVersion === undefined)
        return [];
    const major = semver_default().coerce(helmVersion)?.major;
    if (major !== undefined && SUPPORTED_HELM_MAJORS.includes(major))
        return [];
    return [`helm ${helmVersion} is not supported; use Helm 3 or 4 (helm-version input, e.g. v3.22.0).`];
}
function loopbackWarnings(input, facts) {
    return facts
        .filter((f) => f.role === 'remote' && isLoopbackServer(f.server) && !input.apiServerOverrides[f.name])
        .map((f) => `remote "${f.name}": API server ${f.server} is a loopback address; the primary cannot reach it there. Fix: set remote-api-servers (e.g. ${f.name}=https://10.0.0.12:6443; for kind, the control-plane node's address on the kind network).`);
}
/** Problems of one remote leave it out (failures); problems of the primary or the inputs stop the run. */
function splitProblems(input, problems) {
    const remotes = new Set(input.remotes.map((r) => r.name));
    const runWide = [];
    const byRemote = new Map();
    for (const { cluster, text } of problems) {
        if (cluster !== undefined && remotes.has(cluster))
            byRemote.set(cluster, [...(byRemote.get(cluster) ?? []), text]);
        else
            runWide.push(text);
    }
    const failures = [...byRemote.entries()].map(([remote, texts]) => ({
        remote,
        stage: 'preflight',
        message: new errors/* ProblemsError */.FQ('preflight', texts).message,
    }));
    if (input.remotes.length > 0 && failures.length === input.remotes.length)
        runWide.push(...[...byRemote.values()].flat());
    return { runWide, failures };
}
/**
 * Checks everything that can be checked before a write: reachability, versions, duplicate clusters,
 * CIDR overlaps, the permissions this run needs and registration names. A problem of one remote
 * leaves that remote out of the run (returned in failures); a problem of the primary or the inputs,
 * or every remote failing, is thrown, every problem at once.
 */
async function runPreflight(input) {
    const problems = [];
    const all = [
        [input.primary, 'primary'],
        ...input.remotes.map((r) => [r, 'remote']),
    ];
    const inspected = await Promise.all(all.map(([cluster, role]) => inspectOrReport(cluster, role, input.plan, problems)));
    const facts = inspected.filter((f) => f !== undefined);
    const cidrs = cidrProblems(facts);
    problems.push(...helmProblems(input.helmVersion).map((text) => ({ cluster: undefined, text })), ...versionProblems(facts), ...identityProblems(facts), ...cidrs.problems, ...permissionProblems(facts));
    if (input.profile !== undefined) {
        const collisions = await (0,registration_guard/* registrationCollisionProblems */.Ej)({
            primary: input.primary,
            namespace: input.plan.istioNamespace,
            profile: input.profile,
            remotes: input.remotes.map((r) => r.name),
        });
        problems.push(...collisions.map((c) => ({ cluster: c.remote, text: c.problem })));
    }
    const { runWide, failures } = splitProblems(input, problems);
    if (runWide.length > 0)
        throw new errors/* ProblemsError */.FQ('preflight', runWide);
    return { clusters: facts, warnings: [...cidrs.notes, ...loopbackWarnings(input, facts)], failures };
}

// EXTERNAL MODULE: ./src/tools/helm-cli.ts
var helm_cli = __webpack_require__(23648);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/steps/api-servers.ts
var api_servers = __webpack_require__(2966);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
// EXTERNAL MODULE: ./src/steps/run-inputs.ts
var run_inputs = __webpack_require__(36542);
;// CONCATENATED MODULE: ./src/steps/preflight.ts









function readInputs() {
    return (0,inputs/* readStepInputs */.W)('preflight', {
        runInputs: () => {
            (0,run_inputs/* validateRunInputs */.P7)('preflight');
            return true;
        },
        clusters: common/* readClusters */.c6,
        helmPath: () => core/* getInput */.V4('helm-path'),
        apiServerOverrides: () => (0,api_servers/* readApiServerOverrides */.v)('preflight'),
        profile: common/* readProfile */.er,
        istioNamespace: () => (0,common/* readNamespace */.oZ)('preflight'),
        injectionNamespaces: () => (0,common/* readInjectionNamespaces */.ez)('preflight'),
        installPrimary: () => (0,parse/* parseBoolean */.yG)('install-primary', core/* getInput */.V4('install-primary'), false),
        sidecarInjector: () => (0,parse/* parseBoolean */.yG)('sidecar-injector', core/* getInput */.V4('sidecar-injector'), true),
    });
}
function run() {
    return (0,step/* runAsStep */.I)('preflight', async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const inputs = readInputs();
        const { primary, remotes } = inputs.clusters;
        const result = await core/* group */.Os('Preflight checks', async () => runPreflight({
            primary,
            remotes,
            helmVersion: inputs.helmPath ? await (0,helm_cli/* helmVersion */.RT)(inputs.helmPath) : undefined,
            apiServerOverrides: inputs.apiServerOverrides,
            profile: inputs.profile,
            plan: {
                mode: mode === 'render' ? 'render' : 'install',
                istioNamespace: inputs.istioNamespace,
                injectionNamespaces: inputs.injectionNamespaces,
                installPrimary: inputs.installPrimary,
                sidecarInjector: inputs.sidecarInjector,
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
            failures: result.failures,
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


/***/ })

};
