export const id = 599;
export const ids = [599];
export const modules = {

/***/ 39496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ installTool)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/util/parsed.ts
var parsed = __webpack_require__(44967);
;// CONCATENATED MODULE: ./src/tools/checksum.ts




const checksumLine = /^([0-9a-fA-F]{64})(?:\s+\*?(\S.*))?$/;
/**
 * Reads a published SHA-256 checksum file: either a bare hex digest (Kubernetes `.sha256`) or
 * `sha256sum` lines `<hex>  <file>` (helm `.sha256sum`, Istio `.sha256`), picking the line for
 * `fileName` when there are several. Returns the digest in lower case.
 */
function parseChecksumFile(text, fileName) {
    const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    const entries = lines.flatMap((line) => parseLine(line));
    if (entries.length === 0)
        return (0,parsed/* parseProblem */.JT)('contains no SHA-256 digest (64 hexadecimal characters)');
    const named = entries.find((entry) => entry.name !== undefined && baseName(entry.name) === fileName);
    if (named)
        return (0,parsed/* parsedValue */.X$)(named.hex);
    const only = entries.length === 1 ? entries[0] : undefined;
    if (only && only.name === undefined)
        return (0,parsed/* parsedValue */.X$)(only.hex);
    const names = entries.map((entry) => entry.name ?? '(no file name)').join(', ');
    return (0,parsed/* parseProblem */.JT)(`has no digest for ${fileName} (it lists ${names})`);
}
function parseLine(line) {
    const match = checksumLine.exec(line);
    if (!match?.[1])
        return [];
    return [{ hex: match[1].toLowerCase(), name: match[2]?.trim() }];
}
function baseName(name) {
    return name.replace(/^.*\//, '');
}
/** SHA-256 of a file as lower-case hex, read as a stream (archives are tens of megabytes). */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Throws a StageError naming the tool, version, URL and both digests unless they are equal. */
function assertChecksum(check) {
    if (check.actual.toLowerCase() === check.expected.toLowerCase())
        return;
    throw new errors/* StageError */.Zu({
        stage: 'setup-tools',
        message: `${check.tool} ${check.version}: checksum mismatch for ${check.url}: expected sha256 ${check.expected} ` +
            `(from ${check.checksumUrl}), got ${check.actual}. The download was deleted and nothing was cached.`,
        fix: 'retry the job (the download may have been corrupted); if it fails again and you use tools-mirror or ' +
            'istio-mirror, re-sync the mirror so that it serves the upstream file together with its published checksum.',
    });
}

;// CONCATENATED MODULE: ./src/tools/cache-digest.ts




/**
 * The SHA-256 of a tool-cache entry, recorded when a verified download is cached and compared on every
 * cache hit, so a cached binary changed afterwards (by another job on a shared runner, a bad disk) is
 * never run.
 */
const DIGEST_FILE = '.istio-multicluster-action.sha256';
function entries(dir) {
    const found = [];
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            found.push(...entries(path));
        else
            found.push(path);
    }
    return found;
}
/**
 * SHA-256 over every file of the directory (sorted relative paths, each file's own SHA-256, symlinks
 * by their target, the digest file itself left out), so any changed, added or removed file changes it.
 */
async function directoryDigest(dir) {
    const lines = [];
    const paths = entries(dir)
        .map((path) => (0,external_node_path_.relative)(dir, path).split(external_node_path_.sep).join('/'))
        .filter((path) => path !== DIGEST_FILE)
        .sort();
    for (const path of paths) {
        const full = (0,external_node_path_.join)(dir, path);
        const stat = (0,external_node_fs_.lstatSync)(full);
        if (stat.isSymbolicLink())
            lines.push(`link ${(0,external_node_fs_.readlinkSync)(full)}  ${path}`);
        else
            lines.push(`${await sha256File(full)} ${(stat.mode & 0o111) !== 0 ? 'x' : '-'} ${path}`);
    }
    return (0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex');
}
/** Records the digest of a freshly cached (verified) entry. */
async function recordDigest(dir) {
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, DIGEST_FILE), `${await directoryDigest(dir)}\n`, { mode: 0o644 });
}
/** Whether a cache entry still matches the digest recorded when it was cached. */
async function checkDigest(dir) {
    const file = (0,external_node_path_.join)(dir, DIGEST_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return { ok: false, reason: 'it has no recorded checksum (cached by something else)' };
    const recorded = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
    const actual = await directoryDigest(dir);
    if (recorded === actual)
        return { ok: true };
    return {
        ok: false,
        reason: `its files no longer match the checksum recorded when it was cached (sha256 ${recorded}, now ${actual})`,
    };
}

;// CONCATENATED MODULE: ./src/tools/install.ts








const stage = 'setup-tools';
/**
 * Returns the tool from the runner's tool cache, or downloads it, verifies its published SHA-256
 * checksum before anything is extracted, and caches it. The download is deleted in every case.
 */
async function installTool(spec) {
    const cached = await findCached(spec);
    if (cached !== undefined) {
        core/* info */.pq(`${spec.name} ${spec.version}: found in the tool cache (${cached})`);
        return { path: cached, version: spec.version, fromCache: true };
    }
    core/* info */.pq(`${spec.name} ${spec.version}: downloading ${spec.source.url}`);
    const file = await download(spec, spec.source.url);
    try {
        await verifyDownload(spec, file);
        const { dir, path } = await cacheDownload(spec, file);
        await recordDigest(dir);
        core/* info */.pq(`${spec.name} ${spec.version}: checksum verified, installed at ${path}`);
        return { path, version: spec.version, fromCache: false };
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
}
function targetOf(layout) {
    return layout.kind === 'binary' ? layout.fileName : layout.target;
}
/** The cached tool, if its entry is complete and still matches the digest recorded when it was cached. */
async function findCached(spec) {
    const dir = tool_cache/* find */.I6(spec.name, spec.version, spec.arch);
    if (dir === '')
        return undefined;
    const path = (0,external_node_path_.join)(dir, targetOf(spec.layout));
    if (!(0,external_node_fs_.existsSync)(path)) {
        core/* info */.pq(`${spec.name} ${spec.version}: the tool cache entry ${dir} lacks ${targetOf(spec.layout)}; reinstalling`);
        return undefined;
    }
    const check = await checkDigest(dir);
    if (check.ok)
        return path;
    core/* warning */.$e(`${spec.name} ${spec.version}: the tool cache entry ${dir} is not used: ${check.reason}. Downloading and verifying it again.`);
    return undefined;
}
async function download(spec, url) {
    try {
        return await tool_cache/* downloadTool */.bq(url);
    }
    catch (error) {
        throw downloadError(spec, url, error);
    }
}
function downloadError(spec, url, error) {
    const what = `${spec.name} ${spec.version}`;
    if (error instanceof tool_cache/* HTTPError */.Hl) {
        const notFound = error.httpStatusCode === 404 ? ' (not found)' : '';
        return new errors/* StageError */.Zu({
            stage,
            message: `${what}: ${url} answered HTTP ${error.httpStatusCode}${notFound}.`,
            fix: `check that ${spec.versionInput} names a published release and, if ${spec.mirrorInput} is set, ` +
                `that the mirror serves it (and its checksum file) under the same path as upstream.`,
            cause: error,
        });
    }
    return new errors/* StageError */.Zu({
        stage,
        message: `${what}: could not download ${url}: ${(0,errors/* errorMessage */.gJ)(error)}.`,
        fix: `check that the runner can reach ${new URL(url).host}, or set ${spec.mirrorInput} to a mirror it can reach.`,
        cause: error,
    });
}
/** Against the pinned SHA-256 when the action carries one, else the published checksum file. */
async function verifyDownload(spec, file) {
    const { url, checksumUrl, fileName } = spec.source;
    const pinned = spec.pinnedSha256;
    const expected = pinned ?? (await fetchChecksum(spec, checksumUrl, fileName));
    const actual = await sha256File(file);
    const from = pinned === undefined ? checksumUrl : 'the SHA-256 pinned in the action';
    assertChecksum({ tool: spec.name, version: spec.version, url, checksumUrl: from, expected, actual });
}
async function fetchChecksum(spec, checksumUrl, fileName) {
    const checksumFile = await download(spec, checksumUrl);
    let text;
    try {
        text = await (0,promises_.readFile)(checksumFile, 'utf8');
    }
    finally {
        await (0,promises_.rm)(checksumFile, { force: true });
    }
    const parsed = parseChecksumFile(text, fileName);
    if (parsed.ok)
        return parsed.value;
    throw new errors/* StageError */.Zu({
        stage,
        message: `${spec.name} ${spec.version}: the checksum file ${checksumUrl} ${parsed.problem}.`,
        fix: `make sure ${spec.mirrorInput}, if set, serves the upstream checksum files unchanged.`,
    });
}
async function cacheDownload(spec, file) {
    const { layout } = spec;
    switch (layout.kind) {
        case 'binary': {
            const dir = await tool_cache/* cacheFile */.NJ(file, layout.fileName, spec.name, spec.version, spec.arch);
            const path = (0,external_node_path_.join)(dir, layout.fileName);
            await (0,promises_.chmod)(path, 0o755);
            return { dir, path };
        }
        case 'archive':
            return cacheArchive(spec, file, layout);
    }
}
async function cacheArchive(spec, file, layout) {
    const extracted = await tool_cache/* extractTar */.nN(file);
    try {
        const root = (0,external_node_path_.join)(extracted, layout.root);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, layout.target))) {
            throw new errors/* StageError */.Zu({
                stage,
                message: `${spec.name} ${spec.version}: the archive ${spec.source.url} has no ${(0,external_node_path_.join)(layout.root, layout.target)}.`,
                fix: `make sure ${spec.mirrorInput}, if set, serves the original release archive.`,
            });
        }
        const dir = await tool_cache/* cacheDir */.e8(root, spec.name, spec.version, spec.arch);
        return { dir, path: (0,external_node_path_.join)(dir, layout.target) };
    }
    finally {
        await (0,promises_.rm)(extracted, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 77599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NM: () => (/* binding */ installIstioctl),
/* harmony export */   Tl: () => (/* binding */ installIstioRelease)
/* harmony export */ });
/* unused harmony exports istioReleaseSpec, istioctlSpec */
/* harmony import */ var _install_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39496);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87507);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59836);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26745);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62578);






const FIXES = {
    'istio-version': 'pin an exact Istio release, e.g. istio-version: 1.28.2.',
    'istio-mirror': 'give the https base URL of the mirror, without credentials, e.g. istio-mirror: https://mirror.example.com/istio.',
};
/** Validates the version (`1.28.2` or `v1.28.2`; empty means the tested default) and the mirror base URL. */
function istioRequest(version, mirror, platform) {
    return {
        version: inputValue('istio-version', (0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .parseToolVersion */ .mR)('istio', version)),
        mirror: inputValue('istio-mirror', (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMirrorUrl */ .ox)(mirror ?? '', 'istio-mirror')),
        platform: platform ?? (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .releasePlatform */ .L)(),
    };
}
/**
 * The value, or an InputError: istio-version and istio-mirror are read by the remote-install,
 * uninstall and inject steps, and the refusal names the step that runs (not setup-tools).
 */
function inputValue(input, parsed) {
    if (parsed.ok)
        return parsed.value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
        input,
        message: parsed.problem,
        fix: FIXES[input] ?? `correct ${input}.`,
    });
}
/** The release archive, whose `istio-<version>/` directory is cached and returned as a whole. */
function istioReleaseSpec(version, mirror, platform) {
    const request = istioRequest(version, mirror, platform);
    return {
        name: 'istio',
        version: request.version,
        arch: request.platform.arch,
        source: (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .istioReleaseSource */ .vx)(request.version, request.platform, request.mirror),
        layout: { kind: 'archive', root: `istio-${request.version}`, target: '' },
        versionInput: 'istio-version',
        mirrorInput: 'istio-mirror',
        pinnedSha256: (0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedSha256 */ .M)('istio', request.version, request.platform),
    };
}
/** The istioctl-only asset of the release: an archive holding the `istioctl` binary at its top. */
function istioctlSpec(version, mirror, platform) {
    const request = istioRequest(version, mirror, platform);
    return {
        name: 'istioctl',
        version: request.version,
        arch: request.platform.arch,
        source: (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .istioctlSource */ .xu)(request.version, request.platform, request.mirror),
        layout: { kind: 'archive', root: '', target: 'istioctl' },
        versionInput: 'istio-version',
        mirrorInput: 'istio-mirror',
        pinnedSha256: (0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedSha256 */ .M)('istioctl', request.version, request.platform),
    };
}
/**
 * Installs the Istio release (checksum-verified, tool-cached) and returns the absolute path of its
 * extracted `istio-<version>/` directory, holding `manifests/charts/...` and `bin/istioctl`.
 */
async function installIstioRelease(version, mirror, platform) {
    return (await (0,_install_js__WEBPACK_IMPORTED_MODULE_0__/* .installTool */ .G)(istioReleaseSpec(version, mirror, platform))).path;
}
/** Installs istioctl alone and returns the absolute path of the binary. */
async function installIstioctl(version, mirror, platform) {
    return (await (0,_install_js__WEBPACK_IMPORTED_MODULE_0__/* .installTool */ .G)(istioctlSpec(version, mirror, platform))).path;
}


/***/ }),

/***/ 87507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pinnedSha256)
/* harmony export */ });
/* unused harmony export PINNED_SHA256 */
const PINNED_SHA256 = {
    // helm-v3.22.0-linux-amd64.tar.gz.sha256sum on get.helm.sh (the default helm-version).
    helm: { 'v3.22.0': { 'linux-amd64': '1e4ab49e429626cf6c6958d914248b78c9730803c2751b87627e171dc800e7bb' } },
    // release/v1.36.3/bin/linux/amd64/kubectl.sha256 on dl.k8s.io (the default kubectl-version).
    kubectl: {
        'v1.36.3': { 'linux-amd64': 'ebbd080e7c2e275093b55915722043257eb24004363e20acb3c4d71919f88336' },
    },
    // istio-version and istioctl-version have no default, so there is nothing to pin by default.
    istio: {},
    istioctl: {},
};
/** The pinned SHA-256 of `tool` at `version` for `platform`, if the action carries one. */
function pinnedSha256(tool, version, platform, table = PINNED_SHA256) {
    const pin = table[tool]?.[version]?.[`${platform.os}-${platform.arch}`];
    return pin === undefined ? undefined : pin.toLowerCase();
}


/***/ }),

/***/ 59836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ releasePlatform)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

const osNames = { linux: 'linux', darwin: 'darwin' };
const archNames = { x64: 'amd64', arm64: 'arm64' };
/** Maps Node's `process.platform` / `process.arch` names to release names (linux/darwin, amd64/arm64). */
function releasePlatform(platform = process.platform, arch = process.arch) {
    const os = Object.hasOwn(osNames, platform) ? osNames[platform] : undefined;
    const releaseArch = Object.hasOwn(archNames, arch) ? archNames[arch] : undefined;
    const problems = [];
    if (!os)
        problems.push(`operating system "${platform}" is not supported (only linux and darwin)`);
    if (!releaseArch)
        problems.push(`CPU architecture "${arch}" is not supported (only x64 and arm64)`);
    if (!os || !releaseArch) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageError */ .Zu({
            stage: 'setup-tools',
            message: `this runner cannot run the released helm, kubectl and istioctl binaries: ${problems.join('; ')}.`,
            fix: 'run the job on a Linux or macOS runner with an x64 or arm64 CPU (for example runs-on: ubuntu-latest).',
        });
    }
    return { os, arch: releaseArch };
}


/***/ }),

/***/ 26745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ kubectlSource),
/* harmony export */   kB: () => (/* binding */ helmSource),
/* harmony export */   ox: () => (/* binding */ parseMirrorUrl),
/* harmony export */   vx: () => (/* binding */ istioReleaseSource),
/* harmony export */   xu: () => (/* binding */ istioctlSource)
/* harmony export */ });
/* unused harmony exports HELM_BASE_URL, KUBERNETES_BASE_URL, ISTIO_BASE_URL, istioPlatformName, isLoopbackHost */
/* harmony import */ var _util_parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44967);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50767);


const HELM_BASE_URL = 'https://get.helm.sh';
const KUBERNETES_BASE_URL = 'https://dl.k8s.io';
const ISTIO_BASE_URL = 'https://github.com/istio/istio/releases/download';
/** `<base>/helm-v3.22.0-linux-amd64.tar.gz` with `.sha256sum`; a tools mirror replaces https://get.helm.sh. */
function helmSource(version, platform, toolsMirror) {
    const fileName = `helm-${version}-${platform.os}-${platform.arch}.tar.gz`;
    const url = `${toolsMirror ?? HELM_BASE_URL}/${fileName}`;
    return { url, checksumUrl: `${url}.sha256sum`, fileName };
}
/** `<base>/release/v1.36.3/bin/linux/amd64/kubectl` with `.sha256`; a tools mirror replaces https://dl.k8s.io. */
function kubectlSource(version, platform, toolsMirror) {
    const url = `${toolsMirror ?? KUBERNETES_BASE_URL}/release/${version}/bin/${platform.os}/${platform.arch}/kubectl`;
    return { url, checksumUrl: `${url}.sha256`, fileName: 'kubectl' };
}
/** Istio names its archives linux-amd64, linux-arm64, osx (x64) and osx-arm64. */
function istioPlatformName(platform) {
    switch (platform.os) {
        case 'linux':
            return `linux-${platform.arch}`;
        case 'darwin':
            return platform.arch === 'arm64' ? 'osx-arm64' : 'osx';
    }
}
/** The full release archive (charts, samples, bin/istioctl) with `.sha256`; an Istio mirror replaces the GitHub releases URL. */
function istioReleaseSource(version, platform, istioMirror) {
    return istioAsset(`istio-${version}-${istioPlatformName(platform)}.tar.gz`, version, istioMirror);
}
/** The istioctl-only archive of the same release, with `.sha256`. */
function istioctlSource(version, platform, istioMirror) {
    return istioAsset(`istioctl-${version}-${istioPlatformName(platform)}.tar.gz`, version, istioMirror);
}
function istioAsset(fileName, version, istioMirror) {
    const url = `${istioMirror ?? ISTIO_BASE_URL}/${version}/${fileName}`;
    return { url, checksumUrl: `${url}.sha256`, fileName };
}
/**
 * Checks a mirror base URL: https, or plain http for a loopback host only; no credentials, query or
 * fragment. Empty means no mirror. Returns the URL without trailing slashes.
 */
function parseMirrorUrl(raw, input) {
    const given = raw.trim();
    if (given === '')
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$)(undefined);
    const example = `for example ${input}: https://mirror.example.com/tools`;
    // Never echoed with its credentials: the runner masks them, but a message must not depend on it.
    const shown = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlCredentials */ .d)(given);
    let url;
    try {
        url = new URL(given);
    }
    catch {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .parseProblem */ .JT)(`${input} "${shown}" is not a URL: give the mirror's base URL, ${example}.`);
    }
    const problem = mirrorProblem(url);
    if (problem)
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .parseProblem */ .JT)(`${input} "${shown}" ${problem}, ${example}.`);
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedValue */ .X$)(url.href.replace(/\/+$/, ''));
}
function mirrorProblem(url) {
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        return 'must use https (plain http is accepted only for a loopback host: 127.0.0.0/8, localhost or ::1)';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return 'must be an https URL';
    if (url.username || url.password)
        return 'must not contain credentials (user:password@): serve the mirror without authentication, or reach it through a runner-side proxy';
    if (url.search || url.hash)
        return 'must be a base URL without query or fragment';
    return undefined;
}
/** 127.0.0.0/8, localhost and ::1 (the WHATWG URL parser has already normalised the host). */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return (host === 'localhost' ||
        host === '[::1]' ||
        host === '::1' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
}


/***/ }),

/***/ 62578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mR: () => (/* binding */ parseToolVersion)
/* harmony export */ });
/* unused harmony exports DEFAULT_HELM_VERSION, DEFAULT_KUBECTL_VERSION, DEFAULT_ISTIOCTL_VERSION, defaultVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_parsed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44967);


/** Tested defaults: pinned, never resolved over the network (a "latest" lookup breaks on rate limits and majors). */
const DEFAULT_HELM_VERSION = 'v3.22.0';
const DEFAULT_KUBECTL_VERSION = 'v1.36.3';
const DEFAULT_ISTIOCTL_VERSION = '1.28.2';
const rules = {
    helm: {
        input: 'helm-version',
        defaultVersion: DEFAULT_HELM_VERSION,
        prefix: 'v',
        majors: [3, 4],
        majorNotes: { 2: 'Helm 2 is refused: it needs Tiller, which is end-of-life' },
    },
    kubectl: { input: 'kubectl-version', defaultVersion: DEFAULT_KUBECTL_VERSION, prefix: 'v', majors: [1] },
    istio: { input: 'istio-version', defaultVersion: DEFAULT_ISTIOCTL_VERSION, prefix: '', majors: [1] },
};
const exactVersion = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
function defaultVersion(tool) {
    return rules[tool].defaultVersion;
}
/**
 * Parses a user-given version: `3.22.0` and `v3.22.0` are both accepted and normalised to the release
 * tag's spelling; an empty value means the tested default; `latest`, ranges and partial versions are refused.
 */
function parseToolVersion(tool, raw) {
    const rule = rules[tool];
    const given = raw.trim();
    if (given === '')
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .parsedValue */ .X$)(rule.defaultVersion);
    const clean = exactVersion.test(given) ? semver__WEBPACK_IMPORTED_MODULE_0___default().valid(given) : null;
    if (clean === null)
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProblem */ .JT)(notPinned(rule, given));
    const major = semver__WEBPACK_IMPORTED_MODULE_0___default().major(clean);
    if (!rule.majors.includes(major))
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProblem */ .JT)(wrongMajor(rule, given, major));
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .parsedValue */ .X$)(`${rule.prefix}${clean}`);
}
function notPinned(rule, given) {
    return (`${rule.input} "${given}" is not an exact version. Pin one, for example ${rule.input}: ${rule.defaultVersion} ` +
        `(the tested default). "latest", ranges such as ^${rule.majors[0]} or ${rule.majors[0]}.x and partial ` +
        `versions are refused so that a new release cannot change what a run installs.`);
}
function wrongMajor(rule, given, major) {
    const why = rule.majorNotes?.[major] ?? `major version ${major} is not supported`;
    return (`${rule.input} "${given}": ${why}. Use major version ${rule.majors.join(' or ')}, ` +
        `for example ${rule.input}: ${rule.defaultVersion}.`);
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
