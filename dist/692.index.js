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
// EXTERNAL MODULE: ./src/tools/install.ts + 1 modules
var install = __webpack_require__(32745);
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
    });
}

// EXTERNAL MODULE: ./src/tools/parsed.ts
var parsed = __webpack_require__(96030);
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


/***/ })

};
