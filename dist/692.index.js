export const id = 692;
export const ids = [692];
export const modules = {

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
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50767);



/** Inputs that hold URLs: credentials written into them are masked before a step logs anything. */
const URL_INPUTS = ['tools-mirror', 'istio-mirror', 'chart-repository', 'remote-api-servers'];
function maskUrlInputs() {
    for (const name of URL_INPUTS)
        for (const secret of (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .urlCredentials */ .O)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
}
function redactedReport(report) {
    return {
        ...report,
        did: report.did.map(_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrlCredentials */ .d),
        ...(report.warnings ? { warnings: report.warnings.map(_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrlCredentials */ .d) } : {}),
    };
}
/**
 * Runs one composite step: the body reads inputs and returns outputs; this wrapper writes them,
 * publishes the step's report for the summary step, and turns anything thrown into a failed step.
 * Credentials in URLs are masked first and cut out of the report and of the error.
 */
async function runAsStep(name, body) {
    try {
        maskUrlInputs();
        const { outputs, report: raw } = await body();
        const report = redactedReport(raw);
        for (const [key, value] of Object.entries(outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(key, value);
        for (const warning of report.warnings ?? [])
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
        if (report.skipped)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${name}: skipped (${report.skipped})`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', JSON.stringify(report));
    }
    catch (error) {
        const message = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrlCredentials */ .d)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? error.inStage(name) : error));
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


/***/ })

};
