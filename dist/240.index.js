export const id = 240;
export const ids = [240];
export const modules = {

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

/***/ 54078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/stages/shared/registration-guard.ts
var registration_guard = __webpack_require__(20988);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/kube/transport-policy.ts
var transport_policy = __webpack_require__(34563);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/kube/kubeconfig-input.ts + 1 modules
var kubeconfig_input = __webpack_require__(31882);
// EXTERNAL MODULE: ./src/kube/kubeconfig-model.ts
var kubeconfig_model = __webpack_require__(18674);
;// CONCATENATED MODULE: ./src/kube/kubeconfig-secrets.ts
/**
 * The values of a kubeconfig to mask in the runner's log, and the forms to register for each. The
 * callers pass them to core.setSecret before anything is logged.
 */

const SECRET_NAME_PATTERN = /token|secret|passw|pwd|credential|private|session|api[-_]?key|access[-_]?key|auth/i;
const SECRET_FLAG_PATTERN = /^--?(?:[\w-]*(?:token|secret|password|passwd|credential|api-key|access-key)[\w-]*)(?:=(.*))?$/i;
function execSecrets(exec) {
    const secrets = [];
    for (const variable of exec.env ?? []) {
        if (variable.name && variable.value && SECRET_NAME_PATTERN.test(variable.name))
            secrets.push(variable.value);
    }
    const args = exec.args ?? [];
    args.forEach((arg, index) => {
        const match = SECRET_FLAG_PATTERN.exec(arg);
        if (match === null)
            return;
        const value = match[1] ?? args[index + 1];
        if (value !== undefined && !value.startsWith('-'))
            secrets.push(value);
    });
    return secrets;
}
function authProviderSecrets(provider) {
    return Object.entries(provider.config ?? {})
        .filter(([key]) => SECRET_NAME_PATTERN.test(key))
        .map(([, value]) => value);
}
function userSecrets(user) {
    const secrets = [user.token, user['client-key-data'], user.password];
    if (user.username && user.password)
        secrets.push(`${user.username}:${user.password}`);
    if (user['auth-provider'])
        secrets.push(...authProviderSecrets(user['auth-provider']));
    if (user.exec)
        secrets.push(...execSecrets(user.exec));
    return secrets.filter((secret) => secret !== undefined && secret.trim() !== '');
}
/**
 * Every sensitive string of the kubeconfig, as written in it: tokens, client-key-data, passwords
 * (and `user:password`), auth-provider tokens and secrets, exec env values and flags that look secret.
 * Certificates and CA data are public and not listed. See secretMaskForms for what to mask.
 */
function kubeconfigSecrets(config) {
    return [...new Set(config.users.flatMap((entry) => (entry.user ? userSecrets(entry.user) : [])))];
}
const PEM_ARMOR = /^-----(?:BEGIN|END) [A-Z0-9 ]+-----$/;
/**
 * What to register with the runner's masker for each secret: the value, its base64 encoding and,
 * for base64 of a PEM (client-key-data), each line of the PEM except its armor lines.
 * Never a multi-line string: the runner masks those line by line, armor lines included.
 */
function secretMaskForms(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        const value = secret.trim();
        if (value === '')
            continue;
        for (const line of maskableLines(value))
            forms.add(line);
        forms.add(Buffer.from(value, 'utf8').toString('base64'));
        const decoded = (0,kubeconfig_input/* decodeBase64Text */.BB)(value);
        if (decoded?.includes('-----BEGIN'))
            for (const line of maskableLines(decoded))
                forms.add(line);
    }
    return [...forms];
}
function maskableLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !PEM_ARMOR.test(line));
}

;// CONCATENATED MODULE: ./src/stages/shared/input-mode.ts
/**
 * Which kubeconfig inputs a run was given: one kubeconfig per cluster (primary-kubeconfig +
 * remote-kubeconfigs) or one merged kubeconfig with contexts (kubeconfig + primary-context +
 * remote-contexts). Half of a way, both ways or neither are refused with every problem at once.
 */

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
/** The way the inputs were given; throws a ProblemsError (stage `stage`) when neither or both are. */
function resolveMode(stage, input) {
    const separate = isSet(input.primaryKubeconfig) || isSet(input.remoteKubeconfigs);
    const merged = isSet(input.kubeconfig);
    if (separate && merged) {
        throw new errors/* ProblemsError */.FQ(stage, [`both kinds of kubeconfig inputs are set. Fix: use ${BOTH_WAYS}.`]);
    }
    if (!separate && !merged)
        throw new errors/* ProblemsError */.FQ(stage, [`no kubeconfig is given. Fix: set ${BOTH_WAYS}.`]);
    const problems = separate ? separateModeProblems(input) : mergedModeProblems(input);
    if (problems.length > 0)
        throw new errors/* ProblemsError */.FQ(stage, problems);
    return separate
        ? { kind: 'separate' }
        : {
            kind: 'merged',
            primaryContext: (input.primaryContext ?? '').trim(),
            remoteContexts: input.remoteContexts ?? [],
        };
}

;// CONCATENATED MODULE: ./src/stages/shared/decoded-inputs.ts
/**
 * The kubeconfig inputs decoded and parsed once (raw or base64, split, shape-checked), each with the
 * problems found reading it, so masking and the credentials stage work from the same documents.
 */





/** The problems of a KubeconfigError, each prefixed with `label`; any other error is thrown on. */
function kubeconfigProblems(label, error) {
    if (error instanceof kubeconfig_model/* KubeconfigError */.C)
        return error.problems.map((problem) => `${label}: ${problem}`);
    throw error;
}
function parseInput(label, text) {
    try {
        return { label, document: (0,kubeconfig_input/* parseKubeconfig */.DU)((0,kubeconfig_input/* decodeKubeconfigInput */.Eh)(text).text), problems: [] };
    }
    catch (error) {
        return { label, document: undefined, problems: kubeconfigProblems(label, error) };
    }
}
function parseRemotes(text) {
    let texts = [];
    try {
        texts = (0,kubeconfig_input/* splitKubeconfigs */.Nk)(text);
    }
    catch (error) {
        return { problems: kubeconfigProblems('remote-kubeconfigs', error), items: [] };
    }
    return {
        problems: [],
        items: texts.map((item, index) => parseInput(`remote-kubeconfigs[${index}]`, item)),
    };
}
/** Every kubeconfig input that is set, decoded and parsed; never throws for a bad kubeconfig. */
function decodeCredentialInputs(input) {
    const { primaryKubeconfig, remoteKubeconfigs, kubeconfig } = input;
    return {
        primary: isSet(primaryKubeconfig) ? parseInput('primary-kubeconfig', primaryKubeconfig) : undefined,
        remotes: isSet(remoteKubeconfigs) ? parseRemotes(remoteKubeconfigs) : undefined,
        merged: isSet(kubeconfig) ? parseInput('kubeconfig', kubeconfig) : undefined,
    };
}
/** Every document that could be read. */
function decodedDocuments(decoded) {
    const inputs = [decoded.primary, decoded.merged, ...(decoded.remotes?.items ?? [])];
    return inputs.flatMap((input) => (input?.document === undefined ? [] : [input.document]));
}
/** What to register with the runner's masker for the secrets of `configs` (URL credentials too). */
function maskFormsOf(configs) {
    const secrets = configs.flatMap((config) => [
        ...kubeconfigSecrets(config),
        ...(0,transport_policy/* kubeconfigUrlSecrets */.GY)(config),
    ]);
    return secretMaskForms([...new Set(secrets)]);
}

// EXTERNAL MODULE: ./src/kube/kubeconfig-write.ts
var kubeconfig_write = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/util/credential-files.ts
var credential_files = __webpack_require__(36441);
;// CONCATENATED MODULE: ./src/stages/shared/kubeconfig-files.ts
/** The kubeconfig files of the credentials stage: one per cluster, written all or none (0600). */


/** `<name>.kubeconfig`: the cluster's context alone, its entries named `name`. */
function plannedFile(name, cluster) {
    return { fileName: `${name}.kubeconfig`, content: (0,kubeconfig_write/* exportKubeconfig */.cr)(cluster.config, name) };
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

// EXTERNAL MODULE: ./src/kube/kubeconfig-select.ts
var kubeconfig_select = __webpack_require__(97871);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/kube/kubeconfig-validate.ts
/**
 * Every problem of a kubeconfig document, each with its path (`clusters[0].cluster.server is
 * missing`), and the fields that point at files: what neither the shape check nor client-node's
 * KubeConfig reports (client-node stops at the first missing field and checks no reference).
 */



function findIndex(entries, name) {
    return entries.findIndex((entry) => entry.name === name);
}
function isUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
    }
    catch (error) {
        if (error instanceof TypeError)
            return false;
        throw error;
    }
}
function clusterProblems(entry, path) {
    const problems = [];
    if (!entry.name)
        problems.push(`${path}.name is missing`);
    const cluster = entry.cluster;
    if (cluster === undefined)
        return [...problems, `${path}.cluster is missing`];
    const server = cluster.server;
    if (!server)
        problems.push(`${path}.cluster.server is missing`);
    else if (!isUrl(server))
        problems.push(`${path}.cluster.server "${(0,redact/* redactUrlCredentials */.d)(server)}" is not a URL such as https://10.0.0.1:6443`);
    const caData = cluster['certificate-authority-data'];
    if (caData !== undefined && !(0,kubeconfig_input/* isBase64 */.Q2)(caData)) {
        problems.push(`${path}.cluster.certificate-authority-data is not base64`);
    }
    if (cluster['insecure-skip-tls-verify'] === true && (caData || cluster['certificate-authority'])) {
        problems.push(`${path}.cluster sets insecure-skip-tls-verify together with a certificate authority (kubectl refuses it)`);
    }
    return problems;
}
function userProblems(entry, path) {
    const problems = [];
    if (!entry.name)
        problems.push(`${path}.name is missing`);
    const user = entry.user ?? {};
    for (const field of ['client-certificate-data', 'client-key-data']) {
        const value = user[field];
        if (value !== undefined && !(0,kubeconfig_input/* isBase64 */.Q2)(value))
            problems.push(`${path}.user.${field} is not base64`);
    }
    const hasCertificate = Boolean(user['client-certificate-data'] || user['client-certificate']);
    const hasKey = Boolean(user['client-key-data'] || user['client-key']);
    if (hasCertificate && !hasKey)
        problems.push(`${path}.user has a client certificate but no client key`);
    if (hasKey && !hasCertificate)
        problems.push(`${path}.user has a client key but no client certificate`);
    if (user.exec !== undefined && !user.exec.command)
        problems.push(`${path}.user.exec.command is missing`);
    return problems;
}
function contextProblems(config, entry, path) {
    const problems = [];
    if (!entry.name)
        problems.push(`${path}.name is missing`);
    const context = entry.context;
    if (context === undefined)
        return [...problems, `${path}.context is missing`];
    if (!context.cluster)
        problems.push(`${path}.context.cluster is missing`);
    else if (findIndex(config.clusters, context.cluster) < 0) {
        problems.push(`${path}.context.cluster "${context.cluster}" is not in clusters`);
    }
    if (context.user && findIndex(config.users, context.user) < 0) {
        problems.push(`${path}.context.user "${context.user}" is not in users`);
    }
    return problems;
}
function duplicateProblems(list, entries) {
    const seen = new Map();
    const problems = [];
    entries.forEach((entry, index) => {
        if (!entry.name)
            return;
        const first = seen.get(entry.name);
        if (first === undefined)
            seen.set(entry.name, index);
        else
            problems.push(`${list}[${index}].name "${entry.name}" repeats ${list}[${first}].name`);
    });
    return problems;
}
function validateWhole(config) {
    const problems = [];
    if (config.clusters.length === 0)
        problems.push('clusters is empty');
    if (config.contexts.length === 0)
        problems.push('contexts is empty');
    config.clusters.forEach((entry, index) => problems.push(...clusterProblems(entry, `clusters[${index}]`)));
    config.users.forEach((entry, index) => problems.push(...userProblems(entry, `users[${index}]`)));
    config.contexts.forEach((entry, index) => problems.push(...contextProblems(config, entry, `contexts[${index}]`)));
    problems.push(...duplicateProblems('clusters', config.clusters), ...duplicateProblems('users', config.users));
    problems.push(...duplicateProblems('contexts', config.contexts));
    const current = config['current-context'];
    if (current && findIndex(config.contexts, current) < 0)
        problems.push(`current-context "${current}" is not in contexts`);
    return problems;
}
function validateOneContext(config, contextName) {
    const contextIndex = findIndex(config.contexts, contextName);
    const context = config.contexts[contextIndex];
    if (context === undefined)
        return [`has no context "${contextName}" (${(0,kubeconfig_select/* availableContexts */.Ij)(config)})`];
    const problems = contextProblems(config, context, `contexts[${contextIndex}]`);
    const clusterIndex = context.context?.cluster ? findIndex(config.clusters, context.context.cluster) : -1;
    const cluster = config.clusters[clusterIndex];
    if (cluster !== undefined)
        problems.push(...clusterProblems(cluster, `clusters[${clusterIndex}]`));
    const userIndex = context.context?.user ? findIndex(config.users, context.context.user) : -1;
    const user = config.users[userIndex];
    if (user !== undefined)
        problems.push(...userProblems(user, `users[${userIndex}]`));
    const sameName = (list, name) => list.filter((entry) => name !== undefined && entry.name === name).length > 1;
    if (sameName(config.contexts, contextName))
        problems.push(`contexts has several entries named "${contextName}"`);
    if (sameName(config.clusters, cluster?.name))
        problems.push(`clusters has several entries named "${cluster?.name}"`);
    if (sameName(config.users, user?.name))
        problems.push(`users has several entries named "${user?.name}"`);
    return problems;
}
/**
 * Every problem of the kubeconfig, with paths such as `clusters[0].cluster.server is missing`.
 * With `context`, only that context and the cluster and user it uses are checked (other entries of
 * a merged kubeconfig may be broken without harm); paths still index the whole file.
 */
function validateKubeconfig(config, options = {}) {
    return options.context === undefined ? validateWhole(config) : validateOneContext(config, options.context);
}
/**
 * The fields that point at files (`user "kind-east": client-key`), which must exist at that path
 * wherever the kubeconfig is used: on a runner, a path from a workstation rarely does.
 */
function fileReferences(config) {
    const references = [];
    for (const entry of config.clusters) {
        if (entry.cluster?.['certificate-authority'])
            references.push(`cluster "${entry.name ?? ''}": certificate-authority`);
    }
    for (const entry of config.users) {
        for (const field of ['client-certificate', 'client-key', 'tokenFile']) {
            if (entry.user?.[field])
                references.push(`user "${entry.name ?? ''}": ${field}`);
        }
    }
    return references;
}

;// CONCATENATED MODULE: ./src/stages/shared/loaded-clusters.ts
/**
 * Each cluster's context out of the decoded kubeconfig inputs: validated, then extracted into a
 * document of its own; and the checks across the loaded clusters (transport policy, one API server
 * per cluster, file references, exec plugins).
 */




function loadContext(label, source, contextName, problems) {
    const found = validateKubeconfig(source, { context: contextName }).map((problem) => `${label}: ${problem}`);
    if (found.length > 0) {
        problems.push(...found);
        return undefined;
    }
    const config = (0,kubeconfig_select/* extractContext */.BW)(source, contextName);
    return { label, source, config, clusterName: (0,kubeconfig_select/* clusterNameOf */.T)(config), server: (0,kubeconfig_select/* serverOf */.FN)(config) };
}
function loadCurrentContext(parsed, problems) {
    if (parsed === undefined)
        return undefined;
    problems.push(...parsed.problems);
    if (parsed.document === undefined)
        return undefined;
    try {
        return loadContext(parsed.label, parsed.document, (0,kubeconfig_select/* currentContextName */.mX)(parsed.document), problems);
    }
    catch (error) {
        problems.push(...kubeconfigProblems(parsed.label, error));
        return undefined;
    }
}
/** primary-kubeconfig and remote-kubeconfigs: the current context of each kubeconfig. */
function loadSeparate(decoded) {
    const problems = [];
    const primary = loadCurrentContext(decoded.primary, problems);
    problems.push(...(decoded.remotes?.problems ?? []));
    const remotes = (decoded.remotes?.items ?? []).map((parsed) => loadCurrentContext(parsed, problems));
    return { primary, remotes, problems };
}
/** kubeconfig with primary-context and remote-contexts. */
function loadMerged(decoded, mode) {
    const problems = [...(decoded.merged?.problems ?? [])];
    const source = decoded.merged?.document;
    if (source === undefined)
        return { primary: undefined, remotes: mode.remoteContexts.map(() => undefined), problems };
    const primary = loadContext(`primary-context "${mode.primaryContext}"`, source, mode.primaryContext, problems);
    const remotes = mode.remoteContexts.map((context, index) => loadContext(`remote-contexts[${index}] "${context}"`, source, context, problems));
    return { primary, remotes, problems };
}
function policyProblems(clusters, policy) {
    return clusters.flatMap((cluster) => (0,transport_policy/* transportProblems */.IG)(cluster.config, policy).map((problem) => `${cluster.label}: ${problem}`));
}
function execNotices(clusters) {
    return clusters.flatMap((cluster) => (0,transport_policy/* execPlugins */.QJ)(cluster.config).map((plugin) => `${cluster.label} authenticates with the exec credential plugin "${plugin.command}"`));
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
            problems.push(`${first.label} and ${cluster.label} use the same API server ${(0,transport_policy/* shownServer */.Hl)(cluster.server)}: a cluster joins the mesh ` +
                'once. Fix: remove the duplicate, or point it at the right cluster.');
        }
    }
    return problems;
}
function fileWarnings(cluster) {
    const references = fileReferences(cluster.config);
    if (references.length === 0)
        return [];
    return [
        `${cluster.label} points at files (${references.join('; ')}): they must exist at those absolute paths on ` +
            'the runner. Prefer the inline *-data fields (kubectl config view --flatten --minify).',
    ];
}

// EXTERNAL MODULE: ./src/util/names.ts
var util_names = __webpack_require__(35888);
;// CONCATENATED MODULE: ./src/stages/shared/remote-naming.ts
/**
 * Naming the remotes: remote-names when given (one DNS-1123 label per remote, in order), else each
 * kubeconfig's cluster name sanitised; names that clash with each other or the primary are refused.
 */

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
/** The remotes that could be loaded, with their positions in the input (for remote-names). */
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
/** Why primary-name cannot be used, if it cannot. */
function primaryNameProblem(primaryName) {
    if ((0,util_names/* isDns1123Label */.z3)(primaryName))
        return undefined;
    return `primary-name "${primaryName}" is not a DNS-1123 label. Fix: use lower case letters, digits and '-', e.g. "${safeSuggestion(primaryName)}".`;
}
function safeSuggestion(name) {
    try {
        return (0,util_names/* sanitizeDns1123Label */.a5)(name);
    }
    catch {
        return 'primary';
    }
}

;// CONCATENATED MODULE: ./src/stages/credentials.ts
/**
 * The credentials stage: turns the kubeconfig inputs into one self-contained kubeconfig file per
 * cluster (0600), named with DNS-1123 names, and lists every secret to mask. Every problem is
 * collected and reported at once; nothing is written unless everything is right.
 */







const STAGE = 'credentials';
const PRIMARY_NAME = 'primary';
/**
 * Reads, validates and names every cluster, then writes `primary.kubeconfig` and
 * `<remote>.kubeconfig` (0600) into `input.outputDir`. Throws one ProblemsError listing every
 * problem, naming the input each comes from, before writing anything. `decoded` is the inputs as
 * decodeCredentialInputs read them (the step passes the ones it masked), read here when not given.
 */
function prepareCredentials(input, decoded = decodeCredentialInputs(input)) {
    const mode = resolveMode(STAGE, input);
    const loaded = mode.kind === 'separate' ? loadSeparate(decoded) : loadMerged(decoded, mode);
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
    const nameProblem = primaryNameProblem(primaryName);
    if (nameProblem !== undefined)
        problems.push(nameProblem);
    const remotes = nameRemotes(primaryName, clusters, indexes, explicit, problems);
    for (const remote of remotes) {
        const reserved = input.reservedNameProblem?.(remote.name);
        if (reserved !== undefined)
            problems.push(`${remote.cluster.label}: ${reserved}`);
    }
    const primary = loaded.primary;
    const loadedClusters = primary === undefined ? clusters : [primary, ...clusters];
    problems.push(...policyProblems(loadedClusters, input.policy ?? transport_policy/* DEFAULT_TRANSPORT_POLICY */.X6));
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
        secretsToMask: maskFormsOf([primary.source, ...clusters.map((cluster) => cluster.source)]),
        warnings: [primary, ...clusters].flatMap(fileWarnings),
        notices: execNotices([primary, ...clusters]),
    };
}
/**
 * Best effort, never throws: the secrets of every kubeconfig input that can be read, so the step can
 * mask them before anything is logged, even when prepareCredentials then fails. Inputs that cannot
 * be read yield nothing here; prepareCredentials reports them.
 */
function credentialSecrets(input, decoded = decodeCredentialInputs(input)) {
    return maskFormsOf(decodedDocuments(decoded));
}

;// CONCATENATED MODULE: ./src/stages/shared/list-input.ts
/** Splits a list input on commas and line breaks, trimming, dropping empty items. */
function splitListInput(text) {
    return (text ?? '')
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
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
/** allow-insecure-tls (default false) and allow-exec-credentials (default true). */
function readPolicy() {
    return {
        allowInsecureTls: (0,parse/* parseBoolean */.yG)('allow-insecure-tls', core/* getInput */.V4('allow-insecure-tls'), false),
        allowExecCredentials: (0,parse/* parseBoolean */.yG)('allow-exec-credentials', core/* getInput */.V4('allow-exec-credentials'), true),
    };
}
/**
 * The input kubeconfigs go into a directory of their own inside the run's credentials directory
 * (which summary removes): the kubeconfigs remote-kubeconfig generates sit beside it, so
 * `<remote>.kubeconfig` here can never be the file generated for another remote (remote-names:
 * east,east-istio-multi).
 */
function credentialsDir() {
    return (0,external_node_path_.join)((0,common/* runDirectory */.xw)('credentials'), 'inputs');
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
        // The directory this step owns; summary removes exactly what is listed in outputs like this one.
        'credentials-dir': (0,common/* runDirectory */.xw)('credentials'),
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
        // Parsed once: masked before anything is logged (the error message too if the inputs are
        // refused), then the same documents are validated and written.
        const decoded = decodeCredentialInputs(input);
        maskAll(credentialSecrets(input, decoded));
        // The first step of every mode: an unknown mode is refused here, not left to skip every later step.
        (0,common/* readMode */.Em)();
        const profile = (0,common/* readProfile */.er)();
        const result = prepareCredentials({
            ...input,
            outputDir: credentialsDir(),
            policy: readPolicy(),
            reservedNameProblem: (remote) => (0,registration_guard/* reservedRemoteNameProblem */.fO)(profile, remote),
        }, decoded);
        maskAll(result.secretsToMask);
        for (const notice of result.notices)
            core/* info */.pq(`credentials: ${notice}`);
        core/* info */.pq(`credentials: ${1 + result.remotes.length} kubeconfig file(s) written (mode 0600)`);
        return { outputs: outputsOf(result), report: reportOf(result) };
    });
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
