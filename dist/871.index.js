export const id = 871;
export const ids = [871];
export const modules = {

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

/***/ 88368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ waitFor)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31934);

/** Answers that waiting cannot change: bad credentials, missing rights, a missing resource kind. */
const FINAL_STATUSES = new Set([401, 403, 404]);
/**
 * Polls `probe` until it returns a value (not undefined) or the deadline passes. A probe error is
 * retried (the API server may be restarting), except a 401, 403 or 404, which stops the wait at once
 * with the API's own message: no amount of waiting grants a right.
 */
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
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiStatus */ .$T)(error);
            if (status !== undefined && FINAL_STATUSES.has(status)) {
                throw new Error(`gave up waiting for ${what}: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessage */ .SX)(error)}`, { cause: error });
            }
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

/***/ 96230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readStepInputs)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** A refusal as one line of a ProblemsError: without the `[step]` prefix a reader may have added. */
function problemOf(error) {
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/^\[[a-z-]+\] /, '');
}
/**
 * Reads every input of a step once, at its top, into one readonly object: each reader runs, every
 * refusal is collected, and the step fails once naming all of them.
 */
function readStepInputs(step, readers) {
    const values = {};
    const problems = [];
    for (const key of Object.keys(readers)) {
        try {
            values[key] = readers[key]();
        }
        catch (error) {
            if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProblemsError */ .FQ)
                problems.push(...error.problems);
            else
                problems.push(problemOf(error));
        }
    }
    if (problems.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProblemsError */ .FQ(step, problems);
    return Object.freeze(values);
}


/***/ }),

/***/ 22871:
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
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/wait.ts
var wait = __webpack_require__(88368);
// EXTERNAL MODULE: ./src/util/names.ts
var names = __webpack_require__(35888);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/kube/kubeconfig-input.ts + 1 modules
var kubeconfig_input = __webpack_require__(31882);
// EXTERNAL MODULE: ./src/kube/kubeconfig-model.ts
var kubeconfig_model = __webpack_require__(18674);
// EXTERNAL MODULE: ./src/kube/kubeconfig-write.ts
var kubeconfig_write = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/kube/transport-policy.ts
var transport_policy = __webpack_require__(34563);
;// CONCATENATED MODULE: ./src/kube/token-kubeconfig.ts
/**
 * The kubeconfig a remote registers with the primary: one cluster, context and user named after the
 * remote, the reader token and the CA, https only. Written with the document serializer rather than
 * client-node's exportConfig, which adds `insecure-skip-tls-verify: false` and a name inside the
 * context: the registration stays field for field the one istioctl create-remote-secret writes.
 */






function tokenKubeconfigProblems(options) {
    const problems = [];
    if (!(0,names/* isDns1123Label */.z3)(options.name))
        problems.push(`name "${options.name}" is not a DNS-1123 label such as "east-1"`);
    const serverProblem = (0,transport_policy/* serverUrlProblem */.A2)(options.server);
    if (serverProblem !== undefined)
        problems.push(`server "${(0,redact/* redactUrlCredentials */.d)(options.server)}" ${serverProblem}`);
    if (options.caData.trim() === '' || !(0,kubeconfig_input/* isBase64 */.Q2)(options.caData)) {
        problems.push('caData must be the base64 CA bundle (the ca.crt field of the token Secret data, as is)');
    }
    if (options.token.trim() === '')
        problems.push('token is empty');
    return problems;
}
/**
 * The kubeconfig of the seed procedure as YAML: one cluster, context and user, all named `name`,
 * with certificate-authority-data, server (and tls-server-name when given) and the token.
 */
function buildTokenKubeconfig(options) {
    const problems = tokenKubeconfigProblems(options);
    if (problems.length > 0)
        throw new kubeconfig_model/* KubeconfigError */.C(problems);
    const { name, server, caData, token, tlsServerName } = options;
    const cluster = {
        'certificate-authority-data': caData.replace(/\s+/g, ''),
        server,
        ...(tlsServerName ? { 'tls-server-name': tlsServerName } : {}),
    };
    return (0,kubeconfig_write/* serializeKubeconfig */.co)({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name, cluster }],
        contexts: [{ name, context: { cluster: name, user: name } }],
        'current-context': name,
        preferences: {},
        users: [{ name, user: { token: token.trim() } }],
    });
}

// EXTERNAL MODULE: ./src/istio/labels.ts
var labels = __webpack_require__(17393);
// EXTERNAL MODULE: ./src/kube/marks.ts
var marks = __webpack_require__(15735);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/fan-out.ts + 2 modules
var fan_out = __webpack_require__(92118);
// EXTERNAL MODULE: ./src/util/credential-files.ts
var credential_files = __webpack_require__(36441);
// EXTERNAL MODULE: ./src/kube/secrets.ts
var kube_secrets = __webpack_require__(44540);
// EXTERNAL MODULE: ./src/stages/shared/token-secret.ts
var token_secret = __webpack_require__(24913);
;// CONCATENATED MODULE: ./src/istio/reader-rights.ts
const access = (verbs, group, resources) => resources.flatMap((resource) => verbs.map((verb) => ({ verb, group, resource })));
/**
 * istio-current: the reads of the istiod chart's istio-reader-clusterrole, and the writes an external
 * istiod does on a remote (istio-ca-root-cert ConfigMaps, the injector's caBundle). Secrets are read
 * (istiod watches gateway credentials), never written.
 */
const CURRENT = {
    required: [
        ...access(['list', 'watch'], '', ['pods', 'services', 'namespaces', 'nodes', 'secrets', 'configmaps']),
        ...access(['list', 'watch'], 'discovery.k8s.io', ['endpointslices']),
        ...access(['create'], 'authentication.k8s.io', ['tokenreviews']),
        ...access(['create'], 'authorization.k8s.io', ['subjectaccessreviews']),
        ...access(['create', 'update'], '', ['configmaps']),
        ...access(['patch'], 'admissionregistration.k8s.io', ['mutatingwebhookconfigurations']),
    ],
    forbidden: [
        { verb: '*', group: '*', resource: '*' },
        ...access(['create', 'update', 'patch', 'delete'], '', ['secrets']),
        ...access(['create', 'escalate', 'bind'], 'rbac.authorization.k8s.io', [
            'clusterrolebindings',
            'clusterroles',
        ]),
    ],
};
/** istio-1.0: the istio-multi account lists pods and the like, and reads no secrets. */
const ISTIO_1_0 = {
    required: access(['list'], '', ['pods', 'services']),
    forbidden: [{ verb: '*', group: '*', resource: '*' }, ...access(['list', 'get'], '', ['secrets'])],
};
function readerRights(profile) {
    return profile === 'istio-current' ? CURRENT : ISTIO_1_0;
}
function describeAccess(a) {
    const resource = a.group === '' || a.group === '*' ? a.resource : `${a.resource}.${a.group}`;
    return a.verb === '*' && a.resource === '*' ? 'everything (cluster-admin)' : `${a.verb} ${resource}`;
}

;// CONCATENATED MODULE: ./src/stages/shared/reader-check.ts


async function allowed(api, access, namespace) {
    const review = await api.createSelfSubjectAccessReview({
        body: {
            spec: {
                resourceAttributes: { verb: access.verb, group: access.group, resource: access.resource, namespace },
            },
        },
    });
    return review.status?.allowed === true;
}
/**
 * Proves the generated kubeconfig works against the remote (it lists pods) and carries what the
 * primary's control plane needs there, and no real excess: cluster-admin, writes to Secrets or RBAC.
 */
async function verifyReaderKubeconfig(kubeconfigYaml, namespace, rights) {
    const config = new dist/* KubeConfig */.ypW();
    config.loadFromString(kubeconfigYaml);
    await config.makeApiClient(dist/* CoreV1Api */.f5Y).listNamespacedPod({ namespace, limit: 1 });
    const api = config.makeApiClient(dist/* AuthorizationV1Api */.NwU);
    const missing = [];
    for (const access of rights.required)
        if (!(await allowed(api, access, undefined)))
            missing.push(describeAccess(access));
    const excess = [];
    for (const access of rights.forbidden)
        if (await allowed(api, access, namespace))
            excess.push(describeAccess(access));
    if (missing.length > 0)
        throw new ReaderRightsError('lacks', missing);
    if (excess.length > 0)
        throw new ReaderRightsError('exceeds', excess);
    return `authenticates; has the ${rights.required.length} reader rights istiod needs; none of ${rights.forbidden.length} excess rights (secret and RBAC writes, cluster-admin)`;
}
/** The reader account has too little or too much; the message lists each access. */
class ReaderRightsError extends Error {
    kind;
    constructor(kind, accesses) {
        super(kind === 'lacks'
            ? `the generated kubeconfig lacks rights the primary's control plane needs on this remote: ${accesses.join(', ')}`
            : `the generated kubeconfig has more rights than a reader needs: ${accesses.join(', ')}`);
        this.name = 'ReaderRightsError';
        this.kind = kind;
    }
}
/** The fix for a reader account with too little or too much, naming the account. */
function rightsFix(error, serviceAccount, namespace) {
    return error.kind === 'lacks'
        ? `install the remote charts first (they bind ${serviceAccount} to the reader ClusterRole), and do not trim that ClusterRole.`
        : `remove the extra RoleBindings or ClusterRoleBindings that grant ${serviceAccount} in ${namespace} these rights (kubectl get clusterrolebindings,rolebindings -A -o wide | grep ${serviceAccount}).`;
}

;// CONCATENATED MODULE: ./src/stages/remote-kubeconfig.ts












const STAGE = 'remote-kubeconfig';
/** Before Kubernetes 1.24 the account lists its token Secret; that is the seed's path. */
async function listedTokenSecret(input) {
    const account = await readAccount(input);
    for (const ref of account?.secrets ?? []) {
        if (!ref.name)
            continue;
        const secret = await (0,kube_secrets/* readSecret */.n)(input.remote, input.namespace, ref.name);
        if (secret?.type === token_secret/* TOKEN_TYPE */.Tq && (0,token_secret/* filled */.Bq)(secret))
            return secret;
    }
    return undefined;
}
async function readAccount(input) {
    try {
        return await (0,client/* coreApi */.kg)(input.remote).readNamespacedServiceAccount({
            namespace: input.namespace,
            name: input.serviceAccount,
        });
    }
    catch (error) {
        // In render mode istio-remote may not be installed yet; otherwise a missing account is an error.
        if ((0,client/* isNotFound */.c4)(error) && input.dryRun)
            return undefined;
        throw error;
    }
}
/** From 1.24 on: a token Secret annotated for the account, ours first, else any filled one. */
async function annotatedTokenSecret(input) {
    const ours = await (0,kube_secrets/* readSecret */.n)(input.remote, input.namespace, (0,token_secret/* tokenSecretName */.bh)(input.serviceAccount));
    if (ours)
        return ours;
    const secrets = await (0,client/* coreApi */.kg)(input.remote).listNamespacedSecret({
        namespace: input.namespace,
        fieldSelector: `type=${token_secret/* TOKEN_TYPE */.Tq}`,
    });
    return secrets.items
        .filter((s) => s.metadata?.annotations?.[token_secret/* SA_ANNOTATION */.Rj] === input.serviceAccount && (0,token_secret/* filled */.Bq)(s))
        .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))[0];
}
async function createTokenSecret(input) {
    await (0,client/* coreApi */.kg)(input.remote).createNamespacedSecret({
        namespace: input.namespace,
        body: {
            metadata: {
                name: (0,token_secret/* tokenSecretName */.bh)(input.serviceAccount),
                annotations: { [token_secret/* SA_ANNOTATION */.Rj]: input.serviceAccount },
                labels: { [marks/* MANAGED_BY_LABEL */.l]: marks/* MANAGED_BY_VALUE */.Q, [labels/* REMOTE_NAME_LABEL */.qx]: input.remote.name },
            },
            type: token_secret/* TOKEN_TYPE */.Tq,
        },
    });
}
async function waitUntilFilled(input) {
    const name = (0,token_secret/* tokenSecretName */.bh)(input.serviceAccount);
    try {
        return await (0,wait/* waitFor */.f)(`the token controller to fill Secret ${input.namespace}/${name}`, async () => {
            const secret = await (0,kube_secrets/* readSecret */.n)(input.remote, input.namespace, name);
            return (0,token_secret/* filled */.Bq)(secret) ? secret : undefined;
        }, { timeoutMs: input.timeoutMs, intervalMs: 500 });
    }
    catch (error) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.remote.name,
            message: `the token Secret ${input.namespace}/${name} was not filled: ${(0,client/* apiMessage */.SX)(error)}`,
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
    if (annotated && (0,token_secret/* filled */.Bq)(annotated))
        return { secret: annotated, source: 'existing-token-secret' };
    if (input.dryRun)
        return { secret: undefined, source: 'would-create' };
    if (!annotated)
        await createTokenSecret(input);
    return { secret: await waitUntilFilled(input), source: 'created-token-secret' };
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
    const server = input.apiServerOverride ?? (0,client/* serverOf */.FN)(input.remote);
    try {
        const { secret, source } = await obtainToken(input);
        if (!secret?.data?.token || !secret.data['ca.crt']) {
            return {
                remote: input.remote.name,
                kubeconfigPath: undefined,
                tokenSecret: (0,token_secret/* tokenSecretName */.bh)(input.serviceAccount),
                tokenSource: source,
                secretValues: [],
                server,
                verification: 'not verified (render mode: the token Secret would be created)',
                warnings: [],
            };
        }
        const token = decode(secret.data.token);
        const build = (at) => buildTokenKubeconfig({
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
            : (0,credential_files/* writeCredentialFile */.V)(input.outputDir, `${input.remote.name}-${input.serviceAccount}.kubeconfig`, kubeconfig);
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
        if (error instanceof errors/* StageError */.Zu)
            throw error;
        if (error instanceof ReaderRightsError) {
            throw new errors/* StageError */.Zu({
                stage: STAGE,
                cluster: input.remote.name,
                message: error.message,
                fix: rightsFix(error, input.serviceAccount, input.namespace),
                cause: error,
            });
        }
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.remote.name,
            message: (0,client/* apiMessage */.SX)(error),
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
        return await verifyReaderKubeconfig(build(server), input.namespace, input.rights);
    }
    catch (error) {
        if (input.apiServerOverride === undefined ||
            (0,client/* apiStatus */.$T)(error) !== undefined ||
            error instanceof ReaderRightsError)
            throw error;
        const runnerServer = (0,client/* serverOf */.FN)(input.remote);
        const result = await verifyReaderKubeconfig(build(runnerServer), input.namespace, input.rights);
        warnings.push(`${input.remote.name}: ${server} is not reachable from this runner; the credentials were verified through ${runnerServer} instead.`);
        return result;
    }
}
/** generateRemoteKubeconfig() for every remote (bounded parallelism, every remote attempted, failures returned). */
async function generateRemoteKubeconfigs(input) {
    const { remotes, apiServerOverrides, parallelism, ...common } = input;
    const result = await (0,fan_out/* fanOut */.YO)(remotes, { parallelism, stage: STAGE }, (remote) => generateRemoteKubeconfig({ ...common, remote, apiServerOverride: apiServerOverrides[remote.name] }));
    return { results: result.done.map((d) => d.value), failures: (0,fan_out/* failedRemotesOf */.Y)(result) };
}

// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var steps_inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/steps/api-servers.ts
var api_servers = __webpack_require__(2966);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/remote-kubeconfig.ts







const remote_kubeconfig_STAGE = 'remote-kubeconfig';
function readInputs() {
    const inputs = (0,steps_inputs/* readStepInputs */.W)(remote_kubeconfig_STAGE, {
        profile: common/* readProfile */.er,
        clusters: common/* readClusters */.c6,
        overrides: () => (0,api_servers/* readApiServerOverrides */.v)(remote_kubeconfig_STAGE),
        namespace: () => (0,common/* readNamespace */.oZ)(remote_kubeconfig_STAGE),
        timeoutMs: () => (0,common/* readTimeoutMs */.gb)(remote_kubeconfig_STAGE),
        parallelism: () => (0,common/* readParallelism */.BC)(remote_kubeconfig_STAGE),
    });
    const { remotes } = inputs.clusters;
    const known = [...remotes.map((r) => r.name), ...inputs.clusters.excluded];
    const unknown = Object.keys(inputs.overrides).filter((name) => !known.includes(name));
    if (unknown.length > 0) {
        throw new Error(`[remote-kubeconfig] remote-api-servers names unknown remotes: ${unknown.join(', ')}. Known: ${known.join(', ')}.`);
    }
    return inputs;
}
function run() {
    return (0,step/* runAsStep */.I)(remote_kubeconfig_STAGE, async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const dryRun = mode === 'render';
        const inputs = readInputs();
        const { profile } = inputs;
        const { remotes } = inputs.clusters;
        const { results, failures } = await generateRemoteKubeconfigs({
            remotes,
            namespace: inputs.namespace,
            serviceAccount: profile.readerServiceAccount,
            apiServerOverrides: inputs.overrides,
            timeoutMs: inputs.timeoutMs,
            rights: readerRights(profile.name),
            // Its own directory: the files it writes are named in its generated-kubeconfig-paths output.
            outputDir: (0,common/* runDirectory */.xw)(remote_kubeconfig_STAGE),
            dryRun,
            parallelism: inputs.parallelism,
        });
        // Nothing is logged before this: every token and its base64 form is masked first.
        for (const result of results)
            for (const value of result.secretValues)
                core/* setSecret */.Pq(value);
        const paths = {};
        for (const r of results)
            if (r.kubeconfigPath)
                paths[r.remote] = r.kubeconfigPath;
        return {
            outputs: {
                'generated-kubeconfig-paths': JSON.stringify(paths),
                'generated-kubeconfig-dir': (0,common/* runDirectory */.xw)(remote_kubeconfig_STAGE),
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
            failures,
        };
    });
}


/***/ }),

/***/ 92118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ failedRemotesOf),
  YO: () => (/* binding */ fanOut),
  _h: () => (/* binding */ valuesOrThrow)
});

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

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/util/fan-out.ts


/**
 * Runs `work` for every remote, at most `parallelism` at a time. Every remote is attempted whatever
 * the others do; each failure is kept with its remote and stage.
 */
async function fanOut(remotes, options, work) {
    const limit = pLimit(Math.max(1, options.parallelism));
    const settled = await Promise.allSettled(remotes.map((remote) => limit(() => work(remote))));
    const done = [];
    const failures = [];
    settled.forEach((outcome, index) => {
        const remote = remotes[index]?.name ?? '?';
        if (outcome.status === 'fulfilled')
            done.push({ remote, value: outcome.value });
        else
            failures.push({ remote, stage: options.stage, error: outcome.reason });
    });
    return { done, failures };
}
/**
 * The values when every remote succeeded. Otherwise throws: the error itself for a single failure,
 * else every failure (each message names its remote) and the remotes that were done despite them.
 */
function valuesOrThrow(result) {
    if (result.failures.length === 0)
        return result.done.map((d) => d.value);
    const [only] = result.failures;
    if (result.failures.length === 1 && result.done.length === 0 && only?.error instanceof Error)
        throw only.error;
    const stage = only?.stage ?? 'fan-out';
    const problems = result.failures.map((f) => (0,errors/* errorMessage */.gJ)(f.error));
    if (result.done.length > 0)
        problems.push(`done despite this: ${result.done.map((d) => d.remote).join(', ')}`);
    throw new errors/* ProblemsError */.FQ(stage, problems);
}
/** The failures as `failed-remotes` entries (the message of each error names its stage and cluster). */
function failedRemotesOf(result) {
    return result.failures.map((f) => ({ remote: f.remote, stage: f.stage, message: (0,errors/* errorMessage */.gJ)(f.error) }));
}


/***/ })

};
