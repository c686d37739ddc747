export const id = 692;
export const ids = [692];
export const modules = {

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

/***/ 40692:
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
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/tools/install.ts + 2 modules
var install = __webpack_require__(39496);
// EXTERNAL MODULE: ./src/tools/pins.ts
var pins = __webpack_require__(87507);
// EXTERNAL MODULE: ./src/tools/sources.ts
var sources = __webpack_require__(26745);
;// CONCATENATED MODULE: ./src/tools/helm.ts



/** Installs helm (a normalised version such as v3.22.0); the binary is `<os>-<arch>/helm` in the archive. */
function installHelm(version, platform, toolsMirror) {
    return (0,install/* installTool */.G)({
        name: 'helm',
        version,
        arch: platform.arch,
        source: (0,sources/* helmSource */.kB)(version, platform, toolsMirror),
        layout: { kind: 'archive', root: `${platform.os}-${platform.arch}`, target: 'helm' },
        versionInput: 'helm-version',
        mirrorInput: 'tools-mirror',
        pinnedSha256: (0,pins/* pinnedSha256 */.M)('helm', version, platform),
    });
}

;// CONCATENATED MODULE: ./src/tools/kubectl.ts



/** Installs kubectl (a normalised version such as v1.36.3), published as a bare binary. */
function installKubectl(version, platform, toolsMirror) {
    return (0,install/* installTool */.G)({
        name: 'kubectl',
        version,
        arch: platform.arch,
        source: (0,sources/* kubectlSource */.QZ)(version, platform, toolsMirror),
        layout: { kind: 'binary', fileName: 'kubectl' },
        versionInput: 'kubectl-version',
        mirrorInput: 'tools-mirror',
        pinnedSha256: (0,pins/* pinnedSha256 */.M)('kubectl', version, platform),
    });
}

// EXTERNAL MODULE: ./src/util/parsed.ts
var parsed = __webpack_require__(44967);
// EXTERNAL MODULE: ./src/tools/platform.ts
var tools_platform = __webpack_require__(59836);
// EXTERNAL MODULE: ./src/tools/versions.ts
var versions = __webpack_require__(62578);
// EXTERNAL MODULE: ./src/tools/istio-release.ts
var istio_release = __webpack_require__(77599);
;// CONCATENATED MODULE: ./src/tools/index.ts









const stage = 'setup-tools';
/** Validates every input (reporting all problems at once), then installs helm and kubectl side by side. */
async function setupTools(input) {
    const helmVersion = (0,versions/* parseToolVersion */.mR)('helm', input.helmVersion);
    const kubectlVersion = (0,versions/* parseToolVersion */.mR)('kubectl', input.kubectlVersion);
    const mirror = (0,sources/* parseMirrorUrl */.ox)(input.mirror ?? '', 'tools-mirror');
    if (!helmVersion.ok || !kubectlVersion.ok || !mirror.ok) {
        throw new errors/* ProblemsError */.FQ(stage, (0,parsed/* problemsOf */.GW)([helmVersion, kubectlVersion, mirror]));
    }
    const platform = (0,tools_platform/* releasePlatform */.L)(input.platform, input.arch);
    const [helm, kubectl] = await settleAll([
        installHelm(helmVersion.value, platform, mirror.value),
        installKubectl(kubectlVersion.value, platform, mirror.value),
    ]);
    return {
        helmPath: helm.path,
        kubectlPath: kubectl.path,
        helm,
        kubectl,
        report: [reportLine('helm', helm), reportLine('kubectl', kubectl)],
    };
}
/** Waits for both installs so that a failure of one does not hide the other's. */
async function settleAll(installs) {
    const [first, second] = await Promise.allSettled(installs);
    if (first.status === 'fulfilled' && second.status === 'fulfilled')
        return [first.value, second.value];
    const failures = [first, second].flatMap((result) => result.status === 'rejected' ? [result.reason] : []);
    if (failures.length === 1)
        throw failures[0];
    throw new errors/* ProblemsError */.FQ(stage, failures.map((failure) => (0,errors/* errorMessage */.gJ)(failure)));
}
function reportLine(name, tool) {
    const how = tool.fromCache ? 'from the tool cache' : 'downloaded, checksum verified';
    return `${name} ${tool.version} (${how}): ${tool.path}`;
}

// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/setup-tools.ts




/** The only place the setup-tools inputs are read. */
function readInputs() {
    return {
        helmVersion: core/* getInput */.V4('helm-version'),
        kubectlVersion: core/* getInput */.V4('kubectl-version'),
        mirror: core/* getInput */.V4('tools-mirror'),
    };
}
/** Installs helm and kubectl, puts both on PATH for later steps and outputs their paths. */
async function run() {
    await (0,step/* runAsStep */.I)('setup-tools', async () => {
        const input = readInputs();
        const result = await core/* group */.Os('Set up helm and kubectl', () => setupTools(input));
        core/* addPath */.fM((0,external_node_path_.dirname)(result.helmPath));
        core/* addPath */.fM((0,external_node_path_.dirname)(result.kubectlPath));
        return {
            outputs: { 'helm-path': result.helmPath, 'kubectl-path': result.kubectlPath },
            report: { did: result.report },
        };
    });
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
