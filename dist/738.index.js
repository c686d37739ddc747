export const id = 738;
export const ids = [738];
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

/***/ 97871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ extractContext),
/* harmony export */   FN: () => (/* binding */ serverOf),
/* harmony export */   Ij: () => (/* binding */ availableContexts),
/* harmony export */   T: () => (/* binding */ clusterNameOf),
/* harmony export */   XC: () => (/* binding */ toKubeConfig),
/* harmony export */   mX: () => (/* binding */ currentContextName)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18674);
/**
 * Picking one context, its cluster and its user out of a kubeconfig document (a merged one, or the
 * current context of a single one), with client-node's KubeConfig doing the lookups. The result is
 * still the document's own entries, so fields client-node does not model (tokenFile, as-groups,
 * extensions, exec options) stay with the context they belong to.
 */


function toCluster(entry) {
    const cluster = entry.cluster ?? {};
    if (!entry.name)
        return [];
    return [
        {
            name: entry.name,
            server: cluster.server ?? '',
            caData: cluster['certificate-authority-data'],
            caFile: cluster['certificate-authority'],
            skipTLSVerify: cluster['insecure-skip-tls-verify'] === true,
            tlsServerName: cluster['tls-server-name'],
            proxyUrl: cluster['proxy-url'],
        },
    ];
}
function toUser(entry) {
    const user = entry.user ?? {};
    if (!entry.name)
        return [];
    return [
        {
            name: entry.name,
            token: user.token,
            certData: user['client-certificate-data'],
            certFile: user['client-certificate'],
            keyData: user['client-key-data'],
            keyFile: user['client-key'],
            username: user.username,
            password: user.password,
            impersonateUser: user.as,
            authProvider: user['auth-provider'],
            exec: user.exec,
        },
    ];
}
function toContext(entry) {
    if (!entry.name)
        return [];
    const { cluster = '', user = '', namespace } = entry.context ?? {};
    return [{ name: entry.name, cluster, user, namespace }];
}
/**
 * client-node's KubeConfig of a checked document (loadFromOptions: unlike loadFromString it reads no
 * file, such as a `token-file`, and keeps every value as decoded). Unnamed entries are left out.
 */
function toKubeConfig(config) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    kc.loadFromOptions({
        clusters: config.clusters.flatMap(toCluster),
        users: config.users.flatMap(toUser),
        contexts: config.contexts.flatMap(toContext),
        currentContext: config['current-context'] ?? '',
    });
    return kc;
}
function contextNames(kc) {
    return kc.getContexts().map((context) => context.name);
}
/** `available contexts: a, b` (or that there are none), for messages. */
function availableContexts(config) {
    const names = contextNames(toKubeConfig(config));
    return names.length === 0 ? 'it has no contexts' : `available contexts: ${names.join(', ')}`;
}
/** The context a single-cluster kubeconfig means: its current-context, or its only context. */
function currentContextName(config) {
    const kc = toKubeConfig(config);
    const current = kc.getCurrentContext();
    if (current !== undefined && current !== '')
        return current;
    const names = contextNames(kc);
    if (names.length === 1 && names[0] !== undefined)
        return names[0];
    throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C([
        `has no current-context and ${names.length} contexts (${availableContexts(config)}): set current-context, ` +
            'or pass one merged kubeconfig with primary-context and remote-contexts',
    ]);
}
function byName(entries, name) {
    return entries.find((entry) => entry.name === name);
}
function currentCluster(config) {
    if (config['current-context'] === undefined && config.clusters.length === 1 && config.clusters[0]) {
        return config.clusters[0];
    }
    const kc = toKubeConfig(config);
    const contextName = currentContextName(config);
    const context = kc.getContextObject(contextName);
    if (context === null)
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C([`context "${contextName}" is not in contexts`]);
    const cluster = kc.getCluster(context.cluster);
    if (cluster === null) {
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C([
            `context "${contextName}" refers to cluster "${context.cluster}", not in clusters`,
        ]);
    }
    return byName(config.clusters, cluster.name) ?? { name: cluster.name };
}
/** The API server of the cluster the kubeconfig's current context uses. */
function serverOf(config) {
    const cluster = currentCluster(config);
    const server = cluster.cluster?.server;
    if (server === undefined || server === '') {
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C([`cluster "${cluster.name ?? ''}" has no server`]);
    }
    return server;
}
/** The name of the cluster the kubeconfig's current context uses. */
function clusterNameOf(config) {
    const name = currentCluster(config).name;
    if (name === undefined || name === '')
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C(['the current cluster has no name']);
    return name;
}
/**
 * A self-contained kubeconfig with only `contextName`, its cluster and its user, and
 * `current-context` set. Throws a KubeconfigError (listing the available contexts when the context
 * is missing) when the context or what it refers to is not there.
 */
function extractContext(config, contextName) {
    const kc = toKubeConfig(config);
    const context = kc.getContextObject(contextName);
    if (context === null) {
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C([`has no context "${contextName}" (${availableContexts(config)})`]);
    }
    const cluster = kc.getCluster(context.cluster);
    if (cluster === null) {
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C([
            `context "${contextName}" refers to cluster "${context.cluster}", not in clusters`,
        ]);
    }
    const userName = byName(config.contexts, contextName)?.context?.user;
    const user = userName === undefined ? null : kc.getUser(userName);
    if (userName !== undefined && user === null) {
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C([`context "${contextName}" refers to user "${userName}", not in users`]);
    }
    const entry = (list, name) => {
        const found = byName(list, name);
        return found === undefined ? [] : [found];
    };
    return {
        apiVersion: 'v1',
        kind: 'Config',
        clusters: entry(config.clusters, cluster.name),
        contexts: entry(config.contexts, contextName),
        'current-context': contextName,
        preferences: config.preferences ?? {},
        users: user === null ? [] : entry(config.users, user.name),
    };
}


/***/ }),

/***/ 3136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   co: () => (/* binding */ serializeKubeconfig),
/* harmony export */   cr: () => (/* binding */ exportKubeconfig)
/* harmony export */ });
/* unused harmony export renameKubeconfigEntries */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18674);
/* harmony import */ var _kubeconfig_select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97871);
/**
 * Writing one self-contained kubeconfig: the single context of an extracted document, renamed after
 * the cluster, exported by client-node's KubeConfig, with the fields client-node does not model
 * (tokenFile, as-groups, extensions...) carried over from the document as they were.
 */



function serializeKubeconfig(config) {
    return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].dump */ .Ay.dump(config, { lineWidth: -1, noRefs: true });
}
/**
 * Renames the cluster, context and user of a single-context kubeconfig to `name`. Loaded together,
 * files named this way never share a user name, so client-node's credential cache (keyed by user
 * name) cannot mix clusters up.
 */
function renameKubeconfigEntries(config, name) {
    const [cluster, ...otherClusters] = config.clusters;
    const [context, ...otherContexts] = config.contexts;
    const [user, ...otherUsers] = config.users;
    if (cluster === undefined || context === undefined || otherClusters.length + otherContexts.length > 0) {
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C([
            'renaming needs exactly one cluster and one context: extract the context first',
        ]);
    }
    if (otherUsers.length > 0)
        throw new _kubeconfig_model_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeconfigError */ .C(['renaming needs at most one user']);
    const contextFields = { ...context.context, cluster: name };
    return {
        ...config,
        clusters: [{ ...cluster, name }],
        contexts: [{ name, context: user === undefined ? contextFields : { ...contextFields, user: name } }],
        'current-context': name,
        users: user === undefined ? [] : [{ ...user, name }],
    };
}
/**
 * The YAML of `config` (one context, as extractContext gives it) with its cluster, context and user
 * all named `name`: what client-node's exportConfig writes, each entry completed with the fields of
 * the document client-node leaves out.
 */
function exportKubeconfig(config, name) {
    const renamed = renameKubeconfigEntries(config, name);
    const exported = JSON.parse((0,_kubeconfig_select_js__WEBPACK_IMPORTED_MODULE_2__/* .toKubeConfig */ .XC)(renamed).exportConfig());
    const { name: _inner, ...context } = exported.contexts[0]?.context ?? {};
    return serializeKubeconfig({
        ...renamed,
        clusters: renamed.clusters.map((entry) => ({
            name,
            cluster: { ...entry.cluster, ...exported.clusters[0]?.cluster },
        })),
        contexts: renamed.contexts.map((entry) => ({ name, context: { ...entry.context, ...context } })),
        users: renamed.users.map((entry) => ({ name, user: { ...entry.user, ...exported.users[0]?.user } })),
    });
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


/***/ })

};
