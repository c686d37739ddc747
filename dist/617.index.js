export const id = 617;
export const ids = [617];
export const modules = {

/***/ 17393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ VALUES_HASH_ANNOTATION),
/* harmony export */   Pf: () => (/* binding */ REGISTRATION_LABEL),
/* harmony export */   RS: () => (/* binding */ ADDRESSES_ANNOTATION),
/* harmony export */   UX: () => (/* binding */ INJECTION_ENABLED),
/* harmony export */   jo: () => (/* binding */ INJECTION_LABEL),
/* harmony export */   oT: () => (/* binding */ MULTICLUSTER_SECRET_LABEL),
/* harmony export */   qx: () => (/* binding */ REMOTE_NAME_LABEL)
/* harmony export */ });
/** Labels and annotations Istio reads, and the ones this action writes so it can find its work again. */
const MULTICLUSTER_SECRET_LABEL = 'istio/multiCluster';
const INJECTION_LABEL = 'istio-injection';
const INJECTION_ENABLED = 'enabled';
/** The remote cluster a registration secret or token secret belongs to. */
const REMOTE_NAME_LABEL = 'istio-multicluster-action/remote';
/**
 * On a registration Secret only, valued with its remote: register replaces and uninstall deletes a
 * Secret only when it carries this marker, never on the managed-by label alone.
 */
const REGISTRATION_LABEL = 'istio-multicluster-action/registration';
/** Hash of all chart values a remote was rendered with; resync compares it. */
const VALUES_HASH_ANNOTATION = 'istio-multicluster-action/values-hash';
/** The control-plane addresses a remote was rendered with (JSON), so resync can say what moved. */
const ADDRESSES_ANNOTATION = 'istio-multicluster-action/addresses';


/***/ }),

/***/ 31882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BB: () => (/* binding */ decodeBase64Text),
  Eh: () => (/* binding */ decodeKubeconfigInput),
  Q2: () => (/* binding */ isBase64),
  DU: () => (/* binding */ parseKubeconfig),
  Nk: () => (/* binding */ splitKubeconfigs)
});

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/kube/kubeconfig-model.ts
var kubeconfig_model = __webpack_require__(18674);
;// CONCATENATED MODULE: ./src/kube/kubeconfig-shape.ts
/**
 * The shape check of a decoded kubeconfig document: every field client-node's KubeConfig reads (and
 * the exec and auth-provider fields the secret enumeration reads) has the type it expects, each
 * problem with its path (`clusters[0].cluster.server must be a string, found a list`). client-node
 * itself does not check types: a list where a string belongs fails deep inside it, or is passed on.
 * Null fields are dropped; unknown fields are kept as they are.
 */
const CLUSTER_FIELDS = {
    server: 'string',
    'certificate-authority-data': 'string',
    'certificate-authority': 'string',
    'insecure-skip-tls-verify': 'boolean',
    'tls-server-name': 'string',
    'proxy-url': 'string',
};
const EXEC_FIELDS = {
    apiVersion: 'string',
    command: 'string',
    args: 'strings',
    env: { listOf: { name: 'string', value: 'string' } },
};
const USER_FIELDS = {
    token: 'string',
    tokenFile: 'string',
    'client-certificate-data': 'string',
    'client-certificate': 'string',
    'client-key-data': 'string',
    'client-key': 'string',
    username: 'string',
    password: 'string',
    as: 'string',
    'auth-provider': { mapping: { name: 'string', config: 'stringMap' } },
    exec: { mapping: EXEC_FIELDS },
};
const CONTEXT_FIELDS = { cluster: 'string', user: 'string', namespace: 'string' };
const KUBECONFIG_FIELDS = {
    apiVersion: 'string',
    kind: 'string',
    'current-context': 'string',
    preferences: { mapping: {} },
    clusters: { listOf: { name: 'string', cluster: { mapping: CLUSTER_FIELDS } } },
    contexts: { listOf: { name: 'string', context: { mapping: CONTEXT_FIELDS } } },
    users: { listOf: { name: 'string', user: { mapping: USER_FIELDS } } },
};
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (isMapping(value))
        return 'a mapping';
    return `a ${typeof value}`;
}
function checkMapping(value, spec, path, problems) {
    const checked = {};
    for (const [key, field] of Object.entries(value)) {
        const kind = Object.hasOwn(spec, key) ? spec[key] : undefined;
        if (field === null && kind !== undefined)
            continue;
        checked[key] =
            kind === undefined ? field : checkField(field, kind, `${path}${path ? '.' : ''}${key}`, problems);
    }
    return checked;
}
function checkField(value, kind, path, problems) {
    const wrong = (expected) => {
        problems.push(`${path} must be ${expected}, found ${describe(value)}`);
        return undefined;
    };
    if (kind === 'string')
        return typeof value === 'string' ? value : wrong('a string');
    if (kind === 'boolean')
        return typeof value === 'boolean' ? value : wrong('true or false');
    if (kind === 'strings') {
        const ok = Array.isArray(value) && value.every((item) => typeof item === 'string');
        return ok ? value : wrong('a list of strings');
    }
    if (kind === 'stringMap') {
        const ok = isMapping(value) && Object.values(value).every((item) => typeof item === 'string');
        return ok ? value : wrong('a mapping of strings');
    }
    if ('mapping' in kind)
        return isMapping(value) ? checkMapping(value, kind.mapping, path, problems) : wrong('a mapping');
    if (!Array.isArray(value))
        return wrong('a list');
    return value.map((item, index) => {
        const itemPath = `${path}[${index}]`;
        if (isMapping(item))
            return checkMapping(item, kind.listOf, itemPath, problems);
        problems.push(`${itemPath} must be a mapping, found ${describe(item)}`);
        return undefined;
    });
}
/** The document with every typed field checked; throws nothing, `problems` collects every mismatch. */
function checkKubeconfigShape(document, problems) {
    return checkMapping(document, KUBECONFIG_FIELDS, '', problems);
}

;// CONCATENATED MODULE: ./src/kube/kubeconfig-input.ts
/**
 * Reading kubeconfig inputs without losing a secret value: raw YAML or base64 (`base64 -w0`),
 * several in one input (`---` documents or one base64 per line), parsed with a YAML schema that has
 * strings, booleans and null only, into checked kubeconfig documents. client-node's loadFromString
 * uses the default schema (`token: 0123` would become the number 123) and quotes the offending line
 * of a YAML error, which may hold a token.
 */



// YAML: a schema with strings, booleans and null only. Kubeconfigs have no numeric fields, and
// reading `token: 0123` or `password: 1e3` as a number would change the secret.
const nullType = new js_yaml/* default.Type */.Ay.Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (data) => data === null || ['', '~', 'null', 'Null', 'NULL'].includes(String(data)),
    construct: () => null,
    predicate: (value) => value === null,
    represent: () => 'null',
});
const boolType = new js_yaml/* default.Type */.Ay.Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (data) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(String(data)),
    construct: (data) => /^(?:true|True|TRUE)$/.test(String(data)),
    predicate: (value) => typeof value === 'boolean',
    represent: (value) => String(value),
});
const KUBECONFIG_SCHEMA = js_yaml/* default.FAILSAFE_SCHEMA */.Ay.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType] });
function loadYamlDocuments(text) {
    try {
        return js_yaml/* default.loadAll */.Ay.loadAll(text, null, { schema: KUBECONFIG_SCHEMA });
    }
    catch (error) {
        throw new kubeconfig_model/* KubeconfigError */.C([yamlErrorText(error)]);
    }
}
/** The reason and position only: js-yaml's own message quotes the offending line, which may hold a token. */
function yamlErrorText(error) {
    if (error instanceof js_yaml/* default.YAMLException */.Ay.YAMLException) {
        return `is not valid YAML: ${error.reason} at line ${error.mark.line + 1}, column ${error.mark.column + 1}`;
    }
    return 'is not valid YAML';
}
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;
/** True when `value` is base64 (line breaks allowed). */
function isBase64(value) {
    return BASE64_PATTERN.test(value.replace(/\s+/g, ''));
}
/** YAML kubeconfigs always contain `key: value`; the base64 alphabet has no colon. */
function looksLikeYaml(text) {
    return text.includes(':');
}
/** Strict base64 (standard or URL-safe, line breaks allowed) to UTF-8 text, or undefined. */
function decodeBase64Text(text) {
    const compact = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
    if (compact === '' || !BASE64_PATTERN.test(compact))
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Buffer.from(compact, 'base64'));
    }
    catch (error) {
        if (error instanceof TypeError)
            return undefined; // not UTF-8: binary, not a kubeconfig
        throw error;
    }
}
/** Accepts a kubeconfig as raw YAML or as base64 of that YAML (`base64 -w0 ~/.kube/config`). */
function decodeKubeconfigInput(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new kubeconfig_model/* KubeconfigError */.C(['is empty']);
    if (looksLikeYaml(trimmed))
        return { text: trimmed, format: 'yaml' };
    const decoded = decodeBase64Text(trimmed);
    if (decoded === undefined) {
        throw new kubeconfig_model/* KubeconfigError */.C([
            'is neither YAML nor base64: pass the kubeconfig YAML (apiVersion: v1, clusters: ...) or its base64 ' +
                '(base64 -w0 kubeconfig)',
        ]);
    }
    if (!looksLikeYaml(decoded)) {
        throw new kubeconfig_model/* KubeconfigError */.C(['is base64, but what it decodes to is not kubeconfig YAML']);
    }
    return { text: decoded.trim(), format: 'base64' };
}
const DOCUMENT_SEPARATOR = /^---[ \t]*(?:#.*)?$/m;
function splitYamlDocuments(text) {
    return text
        .split(DOCUMENT_SEPARATOR)
        .map((document) => document.trim())
        .filter((document) => document.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('#')));
}
const KUBECONFIG_TOP_LEVEL_KEYS = ['apiVersion', 'kind', 'clusters', 'contexts', 'users', 'current-context'];
function isKubeconfigYaml(text) {
    try {
        const documents = js_yaml/* default.loadAll */.Ay.loadAll(text, null, { schema: KUBECONFIG_SCHEMA });
        return documents.every((document) => isMapping(document) && KUBECONFIG_TOP_LEVEL_KEYS.some((key) => Object.hasOwn(document, key)));
    }
    catch (error) {
        if (error instanceof js_yaml/* default.YAMLException */.Ay.YAMLException)
            return false;
        throw error;
    }
}
/**
 * Splits an input holding several kubeconfigs into YAML texts: YAML documents separated by `---`
 * lines, or one base64 kubeconfig per line. A base64 text wrapped over several lines (plain
 * `base64` output) is one kubeconfig; base64 of a `---`-separated stream gives several.
 */
function splitKubeconfigs(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return [];
    if (looksLikeYaml(trimmed))
        return splitYamlDocuments(trimmed);
    const lines = trimmed
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const perLine = lines.map((line) => decodeBase64Text(line));
    if (perLine.every((decoded) => decoded !== undefined && isKubeconfigYaml(decoded))) {
        return perLine.flatMap(splitYamlDocuments);
    }
    const whole = decodeBase64Text(trimmed);
    if (whole !== undefined && looksLikeYaml(whole))
        return splitYamlDocuments(whole);
    const bad = perLine.findIndex((decoded) => decoded === undefined);
    throw new kubeconfig_model/* KubeconfigError */.C([
        bad >= 0
            ? `line ${bad + 1} is not base64: give one base64 kubeconfig per line, or YAML kubeconfigs separated by --- lines`
            : 'is neither YAML kubeconfigs separated by --- lines nor one base64 kubeconfig per line',
    ]);
}
/**
 * Parses one kubeconfig (YAML text, already decoded) into the typed model. Throws a KubeconfigError
 * listing every field of the wrong type; missing fields and broken references are for
 * validateKubeconfig.
 */
function parseKubeconfig(text) {
    const documents = loadYamlDocuments(text).filter((document) => document !== null && document !== undefined);
    if (documents.length === 0)
        throw new kubeconfig_model/* KubeconfigError */.C(['is empty']);
    if (documents.length > 1) {
        throw new kubeconfig_model/* KubeconfigError */.C([`holds ${documents.length} YAML documents where one kubeconfig was expected`]);
    }
    const [document] = documents;
    if (!isMapping(document)) {
        throw new kubeconfig_model/* KubeconfigError */.C([
            `is not a kubeconfig: expected a mapping with clusters, contexts and users, found ${describe(document)}`,
        ]);
    }
    const problems = [];
    const checked = checkKubeconfigShape(document, problems);
    if (problems.length > 0)
        throw new kubeconfig_model/* KubeconfigError */.C(problems);
    // The shape of every typed field was checked above; this is the one place the model is asserted.
    const config = checked;
    return {
        ...config,
        clusters: config.clusters ?? [],
        contexts: config.contexts ?? [],
        users: config.users ?? [],
    };
}


/***/ }),

/***/ 18674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ KubeconfigError)
/* harmony export */ });
/**
 * The kubeconfig document as written (kebab-case keys, as kubectl writes them): what the input
 * decoding yields and what client-node's KubeConfig is loaded from. Known fields are typed; any
 * other field is kept as is, so an extracted context keeps exec options, extensions, tokenFile...
 */
/** A kubeconfig that cannot be read or used; `problems` never quote secret values. */
class KubeconfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('; '));
        this.name = 'KubeconfigError';
        this.problems = problems;
    }
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

/***/ 80079:
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
// EXTERNAL MODULE: ./src/kube/marks.ts
var marks = __webpack_require__(15735);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/fan-out.ts + 2 modules
var fan_out = __webpack_require__(92118);
// EXTERNAL MODULE: ./src/kube/secrets.ts
var secrets = __webpack_require__(44540);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/stages/shared/recreate-secret.ts



/** A name no other Secret has, for the dry-run create (at most 253 characters). */
function probeName(name) {
    return `${name.slice(0, 230)}-dry-run-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/** The old Secret as it can be created again: without server-set fields. */
function restorable(secret) {
    const metadata = { ...secret.metadata };
    for (const field of ['resourceVersion', 'uid', 'creationTimestamp', 'managedFields', 'generation'])
        delete metadata[field];
    return { apiVersion: 'v1', kind: 'Secret', type: secret.type, metadata, data: secret.data };
}
/**
 * Replaces a Secret by delete and create (the Istio 1.0 pilot ignores updates), never leaving it
 * missing: the create and the delete are first dry-run (`dryRun: 'All'`: validation, admission and
 * RBAC, no write), the delete is conditional on the resourceVersion that was read, and when the
 * create still fails the old Secret is created again. Only when that restore fails too is the
 * Secret missing, and the error says so with the command that brings it back.
 */
async function recreateSecret(job) {
    const { api, namespace, existing, desired } = job;
    const name = desired.metadata?.name ?? '';
    const resourceVersion = existing.metadata?.resourceVersion;
    const preconditions = { body: { preconditions: { resourceVersion } } };
    try {
        await api.createNamespacedSecret({
            namespace,
            body: { ...desired, metadata: { ...desired.metadata, name: probeName(name) } },
            dryRun: 'All',
        });
        await api.deleteNamespacedSecret({ namespace, name, dryRun: 'All', ...preconditions });
    }
    catch (error) {
        throw refusal(job, `its replacement would be refused (dry run: ${(0,client/* apiMessage */.SX)(error)}); it was left as it is`, error);
    }
    await api.deleteNamespacedSecret({ namespace, name, ...preconditions });
    try {
        await api.createNamespacedSecret({ namespace, body: desired });
    }
    catch (error) {
        try {
            await api.createNamespacedSecret({ namespace, body: restorable(existing) });
        }
        catch (restoreError) {
            throw refusal(job, `creating its replacement failed (${(0,client/* apiMessage */.SX)(error)}) and restoring the previous Secret failed too (${(0,client/* apiMessage */.SX)(restoreError)}): remote "${job.remote}" is NOT registered now. Run the action again once the primary accepts the Secret`, error);
        }
        throw refusal(job, `creating its replacement failed (${(0,client/* apiMessage */.SX)(error)}); the previous Secret was created again, so the remote keeps its old registration`, error);
    }
}
function refusal(job, what, cause) {
    const name = job.desired.metadata?.name ?? '';
    return new errors/* StageError */.Zu({
        stage: job.stage,
        cluster: job.cluster,
        message: `re-registering remote "${job.remote}" (Secret ${job.namespace}/${name}): ${what}.`,
        fix: `the primary kubeconfig needs create and delete on secrets in ${job.namespace}, and the Secret must pass the primary's admission policies.`,
        cause,
    });
}

// EXTERNAL MODULE: ./src/kube/kubeconfig-input.ts + 1 modules
var kubeconfig_input = __webpack_require__(31882);
// EXTERNAL MODULE: ./src/kube/transport-policy.ts
var transport_policy = __webpack_require__(34563);
// EXTERNAL MODULE: ./src/stages/shared/registration-guard.ts
var registration_guard = __webpack_require__(20988);
;// CONCATENATED MODULE: ./src/stages/register.ts











const STAGE = 'register';
/**
 * Secret named per profile, labelled istio/multiCluster=true and with the registration marker of its
 * remote, one data key (the cluster ID) holding the kubeconfig.
 */
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
                [marks/* MANAGED_BY_LABEL */.l]: marks/* MANAGED_BY_VALUE */.Q,
                [labels/* REMOTE_NAME_LABEL */.qx]: registration.remote,
                [labels/* REGISTRATION_LABEL */.Pf]: registration.remote,
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
    refuseUnsafe(input, registration);
    const existing = await (0,secrets/* readSecret */.n)(input.primary, input.namespace, name);
    if (existing && !(0,registration_guard/* isRegistrationOf */.bF)(existing, registration.remote)) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.primary.name,
            message: (0,registration_guard/* foreignSecretProblem */.ou)(input.namespace, name, registration.remote),
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
    await recreateSecret({
        api: core,
        namespace: input.namespace,
        existing,
        desired,
        stage: STAGE,
        cluster: input.primary.name,
        remote: registration.remote,
    });
    return { ...base, outcome: 'replaced', reason };
}
/** A reserved name, or a kubeconfig that would reach the remote over http or without TLS verification. */
function refuseUnsafe(input, registration) {
    const reserved = (0,registration_guard/* reservedRemoteNameProblem */.fO)(input.profile, registration.remote);
    const transport = (0,transport_policy/* transportProblems */.IG)((0,kubeconfig_input/* parseKubeconfig */.DU)(registration.kubeconfig), {
        allowInsecureTls: false,
        allowExecCredentials: true,
    });
    const problems = [...(reserved === undefined ? [] : [reserved]), ...transport];
    if (problems.length === 0)
        return;
    throw new errors/* StageError */.Zu({
        stage: STAGE,
        cluster: input.primary.name,
        message: `the registration of remote "${registration.remote}" is refused: ${problems.join(' ')}`,
    });
}
async function create(input, desired) {
    await (0,client/* coreApi */.kg)(input.primary).createNamespacedSecret({ namespace: input.namespace, body: desired });
    return 'created';
}
/** Registers each remote's reader kubeconfig on the primary as a secret labelled istio/multiCluster=true. */
async function registerRemotes(input) {
    const named = input.registrations.map((registration) => ({ name: registration.remote, registration }));
    const result = await (0,fan_out/* fanOut */.YO)(named, { parallelism: input.parallelism, stage: STAGE }, async ({ registration }) => {
        try {
            return await registerOne(input, registration);
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
    });
    return { secrets: result.done.map((d) => d.value), failures: (0,fan_out/* failedRemotesOf */.Y)(result) };
}

// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/register.ts






function readInputs() {
    return (0,inputs/* readStepInputs */.W)('register', {
        profile: common/* readProfile */.er,
        clusters: common/* readClusters */.c6,
        generated: () => (0,common/* readRunPaths */.s0)('generated-kubeconfig-paths'),
        namespace: () => (0,common/* readNamespace */.oZ)('register'),
        parallelism: () => (0,common/* readParallelism */.BC)('register'),
    });
}
const WRITTEN = ['created', 'replaced', 'updated'];
/** What resync repaired on the primary: registrations re-issued, or created again after they were deleted. */
function repairs(mode, secrets) {
    if (mode === 'render')
        return [];
    return secrets.flatMap((s) => {
        if (s.reason !== undefined)
            return [{ remote: s.remote, reasons: [s.reason] }];
        if (mode === 'resync' && s.outcome === 'created')
            return [
                {
                    remote: s.remote,
                    reasons: [`the registration ${s.secret} was missing on the primary and was created again`],
                },
            ];
        return [];
    });
}
function run() {
    return (0,step/* runAsStep */.I)('register', async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const dryRun = mode === 'render';
        const { profile, clusters, generated, namespace, parallelism } = readInputs();
        const { primary, remotes } = clusters;
        const missing = remotes.filter((r) => !generated[r.name]).map((r) => r.name);
        if (missing.length > 0 && !dryRun) {
            throw new Error(`[register] no generated kubeconfig for remote(s) ${missing.join(', ')}. Fix: run the remote-kubeconfig step first (its generated-kubeconfig-paths output).`);
        }
        const registrations = Object.entries(generated).map(([remote, path]) => ({
            remote,
            kubeconfig: (0,external_node_fs_.readFileSync)(path, 'utf8'),
        }));
        const result = await core/* group */.Os(`Register remotes on ${primary.name}`, () => registerRemotes({ primary, namespace, profile, registrations, dryRun, parallelism }));
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
                'reissued-remotes': JSON.stringify(repairs(mode, secrets)),
                'registration-plan': JSON.stringify(dryRun ? Object.fromEntries(secrets.map((s) => [s.remote, s.outcome])) : {}),
                'changed-registrations': JSON.stringify(secrets.filter((s) => WRITTEN.includes(s.outcome)).map((s) => s.remote)),
            },
            report: {
                did: secrets.map((s) => `${namespace}/${s.secret} on ${primary.name}: ${s.outcome}${s.reason ? ` (${s.reason})` : ''}`),
            },
            failures: result.failures,
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


/***/ }),

/***/ 44967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ problemsOf),
/* harmony export */   JT: () => (/* binding */ parseProblem),
/* harmony export */   P7: () => (/* binding */ valueOrThrow),
/* harmony export */   X$: () => (/* binding */ parsedValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

function parsedValue(value) {
    return { ok: true, value };
}
function parseProblem(problem) {
    return { ok: false, problem };
}
/** Returns the value, or throws a StageError carrying the problem (for callers that parse one input). */
function valueOrThrow(parsed, stage) {
    if (parsed.ok)
        return parsed.value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageError */ .Zu({ stage, message: parsed.problem });
}
/** Every problem among several parsed inputs, in order, so that they can be reported together. */
function problemsOf(results) {
    return results.flatMap((result) => (result.ok ? [] : [result.problem]));
}


/***/ })

};
