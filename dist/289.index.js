export const id = 289;
export const ids = [289];
export const modules = {

/***/ 45910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ COMPONENTS),
/* harmony export */   AS: () => (/* binding */ STATSD_PORT),
/* harmony export */   DX: () => (/* binding */ addressInput),
/* harmony export */   Fz: () => (/* binding */ DEFAULT_GATEWAY_SERVICE),
/* harmony export */   KK: () => (/* binding */ settingsProblems),
/* harmony export */   QV: () => (/* binding */ componentsFor),
/* harmony export */   cg: () => (/* binding */ addressProblem),
/* harmony export */   hr: () => (/* binding */ ENDPOINT_MODES),
/* harmony export */   vQ: () => (/* binding */ describeMode)
/* harmony export */ });
/* harmony import */ var ip_address__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79253);
/* harmony import */ var ip_address__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ip_address__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35888);


/** Istio 1.0: the seed's five components (also the names of the `<name>-pod-ip` outputs). */
const COMPONENTS = [
    {
        name: 'pilot',
        selector: 'istio=pilot',
        service: 'istio-pilot',
        ports: '15007, or 15005 with control-plane security',
        required: true,
    },
    // istio=mixer matches both mixer pods, so .items[0] may be telemetry: select by mixer type.
    {
        name: 'policy',
        selector: 'istio-mixer-type=policy',
        service: 'istio-policy',
        ports: '15004',
        required: false,
        absentBecause: 'policy (mixer) is not deployed',
    },
    {
        name: 'telemetry',
        selector: 'istio-mixer-type=telemetry',
        service: 'istio-telemetry',
        ports: '15004',
        required: false,
        absentBecause: 'telemetry (mixer) is not deployed',
    },
    {
        name: 'statsd',
        selector: 'istio=statsd-prom-bridge',
        service: 'istio-statsd-prom-bridge',
        ports: '9125',
        required: false,
        absentBecause: 'statsd-prom-bridge was removed in Istio 1.0.3',
    },
    {
        name: 'zipkin',
        selector: 'app=jaeger',
        service: 'zipkin',
        ports: '9411',
        required: false,
        absentBecause: 'tracing is off by default',
    },
];
/**
 * Current Istio: one discovery address (istiod). Remotes reach it through the east-west gateway
 * (15012 xDS/CA, 15017 webhook); istiod's own ClusterIP Service has no 15017.
 */
const ISTIO_CURRENT_COMPONENTS = [
    {
        name: 'pilot',
        selector: 'app=istiod',
        service: 'istio-eastwestgateway',
        ports: '15012 and 15017',
        required: true,
    },
];
function componentsFor(profile) {
    switch (profile) {
        case 'istio-1.0':
            return COMPONENTS;
        case 'istio-current':
            return ISTIO_CURRENT_COMPONENTS;
    }
}
const STATSD_PORT = 9125;
/** Where the addresses handed to remotes come from (istio.md §2: pod IPs change on restart). */
const ENDPOINT_MODES = ['pod-ip', 'load-balancer', 'gateway', 'explicit'];
const DEFAULT_GATEWAY_SERVICE = 'istio-ingressgateway';
function describeMode(mode) {
    switch (mode) {
        case 'pod-ip':
            return 'Running pod IPs, found by label';
        case 'load-balancer':
            return "each control-plane Service's LoadBalancer address";
        case 'gateway':
            return "one ingress gateway's LoadBalancer address for every component";
        case 'explicit':
            return 'the *-address inputs';
    }
}
/** The action input carrying a component's address in endpoint-mode explicit. */
function addressInput(component) {
    return `${component}-address`;
}
/** Strips scheme, path and port so a refusal can show the value that would be accepted. */
function bareHost(text) {
    const withoutScheme = text.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
    const host = withoutScheme.split('/')[0] ?? '';
    return host.replace(/:\d*$/, '');
}
function looksLikeIpv4(text) {
    return /^[0-9.]+$/.test(text);
}
/**
 * Checks one address for the remote chart: an IPv4 address or a DNS name, nothing else. Returns the
 * problem (naming `source`, e.g. the input) or undefined when it is usable.
 */
function addressProblem(source, spec, value) {
    const bare = bareHost(value);
    const appends = `the chart appends the ports itself (${spec.name}: ${spec.ports})`;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value))
        return `${source} "${value}" has a scheme: give the bare address "${bare}"; ${appends}.`;
    if (value.includes('/'))
        return `${source} "${value}" has a path: give the bare address "${bare}".`;
    if (value.startsWith('[') || (value.match(/:/g) ?? []).length > 1)
        return `${source} "${value}" is an IPv6 address: the istio-remote chart writes "<address>:<port>" without brackets, so give an IPv4 address or a DNS name that resolves to it.`;
    if (value.includes(':'))
        return `${source} "${value}" has a port: give the bare address "${bare}"; ${appends}.`;
    if (looksLikeIpv4(value))
        return ip_address__WEBPACK_IMPORTED_MODULE_1__.Address4.isValid(value)
            ? undefined
            : `${source} "${value}" is not a valid IPv4 address (example: 10.0.0.1).`;
    if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isDns1123Subdomain */ .Pz)(value.toLowerCase()))
        return `${source} "${value}" is neither an IPv4 address nor a DNS name (examples: 10.0.0.1, istio-pilot.mesh.example.com).`;
    return undefined;
}
function explicitProblems(settings) {
    const specs = componentsFor(settings.profile);
    const problems = [];
    for (const [name, value] of Object.entries(settings.explicit)) {
        const spec = specs.find((s) => s.name === name);
        if (!spec) {
            problems.push(`${addressInput(name)} is set, but profile ${settings.profile} has no ${name} component: give only ${specs.map((s) => addressInput(s.name)).join(', ')}.`);
            continue;
        }
        const problem = addressProblem(addressInput(name), spec, value);
        if (problem)
            problems.push(problem);
    }
    for (const spec of specs.filter((s) => s.required && !settings.explicit[s.name]))
        problems.push(`${addressInput(spec.name)} is required with endpoint-mode explicit (example: ${addressInput(spec.name)}: 10.0.0.1).`);
    return problems;
}
/** Every problem with the settings, each saying what a valid value looks like; empty when usable. */
function settingsProblems(settings) {
    switch (settings.mode) {
        case 'explicit':
            return explicitProblems(settings);
        case 'gateway':
        case 'load-balancer':
        case 'pod-ip': {
            const given = Object.keys(settings.explicit);
            const problems = given.map((name) => `${addressInput(name)} is set, but endpoint-mode is ${settings.mode}: the *-address inputs are read only with endpoint-mode explicit.`);
            if (settings.mode === 'gateway' && !(0,_util_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isDns1123Label */ .z3)(settings.gatewayService))
                problems.push(`gateway-service "${settings.gatewayService}" is not a Service name (example: ${DEFAULT_GATEWAY_SERVICE}).`);
            return problems;
        }
    }
}


/***/ }),

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

/***/ 89235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseExtraValues),
/* harmony export */   x: () => (/* binding */ remoteChartValues)
/* harmony export */ });
/* harmony import */ var _components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45910);

/**
 * Maps control-plane addresses to istio-remote chart values, following the seed's values table and
 * the pitfalls: statsd only when its pod exists (with port 9125, blank since 1.0.3), zipkin only
 * when tracing runs, addresses bare because the chart appends the ports.
 */
function remoteChartValues(options) {
    const { addresses } = options;
    if (!addresses.pilot)
        throw new Error('the pilot address is required to render istio-remote');
    const values = [['global.remotePilotAddress', addresses.pilot]];
    if (addresses.policy)
        values.push(['global.remotePolicyAddress', addresses.policy]);
    if (addresses.telemetry)
        values.push(['global.remoteTelemetryAddress', addresses.telemetry]);
    if (addresses.statsd) {
        values.push(['global.proxy.envoyStatsd.enabled', 'true']);
        values.push(['global.proxy.envoyStatsd.host', addresses.statsd]);
        values.push(['global.proxy.envoyStatsd.port', String(_components_js__WEBPACK_IMPORTED_MODULE_0__/* .STATSD_PORT */ .AS)]);
    }
    else {
        values.push(['global.proxy.envoyStatsd.enabled', 'false']);
    }
    if (addresses.zipkin)
        values.push(['global.remoteZipkinAddress', addresses.zipkin]);
    values.push(['sidecarInjectorWebhook.enabled', String(options.sidecarInjector)]);
    values.push(...options.extraValues.map(([key, value]) => [key, value]));
    return values;
}
/** Parses the `values` input: one `key=value` per line; blank lines and `#` comments ignored. */
function parseExtraValues(text) {
    const values = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        if (eq <= 0) {
            problems.push(`values line ${index + 1} "${line}" is not key=value (example: global.hub=docker.io/istio)`);
            return;
        }
        values.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
    });
    return { values, problems };
}


/***/ }),

/***/ 43741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ resolveChartSource),
/* harmony export */   Fn: () => (/* binding */ readExtraValues),
/* harmony export */   _u: () => (/* binding */ chartInputProblemsFromInputs),
/* harmony export */   kW: () => (/* binding */ readChartInputs)
/* harmony export */ });
/* unused harmony exports chartInputProblems, readOptionalChartSource */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _istio_charts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53307);
/* harmony import */ var _istio_remote_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89235);
/* harmony import */ var _tools_istio_release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77599);
/* harmony import */ var _util_parsed_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44967);
/* harmony import */ var _tools_sources_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26745);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26879);









const CHART_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/** The chart inputs, refused when they contradict each other or a value is malformed. */
function readChartInputs(step) {
    const inputs = readRawChartInputs();
    const problems = chartInputProblems(inputs);
    if (problems.length > 0)
        throw new Error(`[${step}] ${problems.join('; ')}.`);
    return inputs;
}
function readRawChartInputs() {
    return {
        chart: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('chart').trim(),
        istioVersion: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('istio-version').trim(),
        repository: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('chart-repository').trim(),
        chartVersion: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('chart-version').trim(),
    };
}
/** Problems with the combination of chart inputs, each with its fix. */
function chartInputProblems(inputs) {
    const given = ['chart', 'istio-version', 'chart-repository'].filter((name) => ({ chart: inputs.chart, 'istio-version': inputs.istioVersion, 'chart-repository': inputs.repository })[name] !== '');
    const problems = [];
    if (given.length > 1)
        problems.push(`set only one of ${given.join(', ')}: they all say where the charts come from`);
    if (inputs.chartVersion && !inputs.repository)
        problems.push('chart-version is used only with chart-repository: set chart-repository, or drop chart-version');
    if (inputs.repository) {
        const url = (0,_tools_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMirrorUrl */ .ox)(inputs.repository, 'chart-repository');
        if (!url.ok)
            problems.push(url.problem);
    }
    if (inputs.chartVersion && !CHART_VERSION.test(inputs.chartVersion))
        problems.push(`chart-version "${inputs.chartVersion}" is not a version: give one such as 1.30.1`);
    return problems;
}
/** chartInputProblems() of the inputs as given. */
function chartInputProblemsFromInputs() {
    return chartInputProblems(readRawChartInputs());
}
/** istio-current: finds base and istiod under a directory in any of the layouts releases and users have. */
function currentChartDirectories(step, dir) {
    for (const layout of _istio_charts_js__WEBPACK_IMPORTED_MODULE_3__/* .CURRENT_LAYOUTS */ .Wj) {
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, layout.base);
        const istiod = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, layout.istiod);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'Chart.yaml')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(istiod, 'Chart.yaml'))) {
            return { kind: 'directory', charts: { base, istiod } };
        }
    }
    throw new Error(`[${step}] input chart: ${dir} holds no base and istiod charts. Fix: give a release's manifests/charts directory ` +
        '(base and istio-control/istio-discovery), the release directory itself, or a directory holding base and istiod.');
}
function directorySource(step, profile, dir) {
    if (profile.name === 'istio-current')
        return currentChartDirectories(step, dir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'Chart.yaml')))
        throw new Error(`[${step}] input chart: ${dir} is not a chart (no Chart.yaml). Fix: give the istio-remote chart directory, e.g. istio-1.0.6/install/kubernetes/helm/istio-remote.`);
    return { kind: 'directory', charts: { 'istio-remote': dir } };
}
async function releaseSource(step, profile, version) {
    const releaseDir = await (0,_tools_istio_release_js__WEBPACK_IMPORTED_MODULE_5__/* .installIstioRelease */ .Tl)(version, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('istio-mirror') || undefined);
    const dir = profile.name === 'istio-1.0'
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(releaseDir, 'install', 'kubernetes', 'helm', 'istio-remote')
        : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(releaseDir, 'manifests', 'charts');
    return directorySource(step, profile, dir);
}
/**
 * The remote charts from `chart` (a workspace path), `istio-version` (a downloaded, checksum-verified
 * release) or `chart-repository` (a Helm chart repository, optionally at `chart-version`); undefined
 * when none is given.
 */
async function resolveChartSource(step, profile, inputs) {
    if (inputs.chart)
        return directorySource(step, profile, (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveWorkspacePath */ .XI)(inputs.chart, 'chart'));
    if (inputs.istioVersion)
        return releaseSource(step, profile, inputs.istioVersion);
    if (inputs.repository) {
        const url = (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_6__/* .valueOrThrow */ .P7)((0,_tools_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMirrorUrl */ .ox)(inputs.repository, 'chart-repository'), step);
        return { kind: 'repository', url: url ?? inputs.repository, version: inputs.chartVersion || undefined };
    }
    return undefined;
}
/** readChartInputs() then resolveChartSource(). */
async function readOptionalChartSource(step, profile) {
    return resolveChartSource(step, profile, readChartInputs(step));
}
/** The `values` input: key=value lines, refused with every bad line named. */
function readExtraValues(step) {
    const extra = (0,_istio_remote_values_js__WEBPACK_IMPORTED_MODULE_4__/* .parseExtraValues */ .Q)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('values'));
    if (extra.problems.length > 0)
        throw new Error(`[${step}] ${extra.problems.join('; ')}`);
    return extra.values;
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

/***/ 23648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ helmUpgradeInstall),
/* harmony export */   IK: () => (/* binding */ helmGetManifest),
/* harmony export */   Js: () => (/* binding */ helmUninstall),
/* harmony export */   RT: () => (/* binding */ helmVersion),
/* harmony export */   Zp: () => (/* binding */ helmTemplate),
/* harmony export */   lm: () => (/* binding */ helmChartVersion)
/* harmony export */ });
/* unused harmony exports helmTemplateArgs, helmUpgradeInstallArgs, helmGetManifestArgs, helmUninstallArgs */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41955);

/** --repo and --version for a chart from a chart repository; nothing for a chart directory. */
function chartSourceArgs(ref) {
    return [...(ref.repo ? [`--repo=${ref.repo}`] : []), ...(ref.version ? [`--version=${ref.version}`] : [])];
}
/*
 * Every argument list is options first, each option with its value in one argument
 * (`--namespace=<v>`), then `--`, then the positional arguments: helm's flag parser (cobra) reads
 * nothing after `--` as a flag, so a release or chart named `--post-renderer=x` stays a name.
 */
/** Helm's --set splits on commas and treats backslash as escape: quote values so addresses stay intact. */
function setArgs(values) {
    return values.map(([key, value]) => `--set=${key}=${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`);
}
function clusterArgs(namespace, kubeconfigPath) {
    return [`--namespace=${namespace}`, `--kubeconfig=${kubeconfigPath}`];
}
/** `helm template` in Helm 3/4 syntax (release name positional, no --name) without hook manifests. */
function helmTemplateArgs(ref) {
    return [
        'template',
        `--namespace=${ref.namespace}`,
        '--no-hooks',
        ...chartSourceArgs(ref),
        ...setArgs(ref.values),
        '--',
        ref.release,
        ref.chart,
    ];
}
function helmUpgradeInstallArgs(ref, kubeconfigPath) {
    return [
        'upgrade',
        '--install',
        ...clusterArgs(ref.namespace, kubeconfigPath),
        ...chartSourceArgs(ref),
        ...setArgs(ref.values),
        '--',
        ref.release,
        ref.chart,
    ];
}
function helmGetManifestArgs(release, namespace, kubeconfigPath) {
    return ['get', 'manifest', ...clusterArgs(namespace, kubeconfigPath), '--', release];
}
function helmUninstallArgs(release, namespace, kubeconfigPath) {
    return ['uninstall', ...clusterArgs(namespace, kubeconfigPath), '--wait', '--', release];
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
    return helm(ref.helmPath, helmTemplateArgs(ref));
}
/** The successor of the seed's Tiller path: an idempotent install or upgrade of the release. */
async function helmUpgradeInstall(ref, kubeconfigPath) {
    await helm(ref.helmPath, helmUpgradeInstallArgs(ref, kubeconfigPath));
}
/** The manifest of the deployed release, or undefined when the release does not exist. */
async function helmGetManifest(helmPath, release, namespace, kubeconfigPath) {
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(helmPath, helmGetManifestArgs(release, namespace, kubeconfigPath), {
        silent: true,
        ignoreReturnCode: true,
    });
    if (result.exitCode === 0)
        return result.stdout;
    if (/not found/i.test(result.stderr))
        return undefined;
    throw new Error(`helm get manifest failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
}
async function helmUninstall(helmPath, release, namespace, kubeconfigPath) {
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(helmPath, helmUninstallArgs(release, namespace, kubeconfigPath), {
        silent: true,
        ignoreReturnCode: true,
    });
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
/** The chart's own version (Chart.yaml `version`), from `helm show chart`. */
async function helmChartVersion(ref) {
    const out = await helm(ref.helmPath, ['show', 'chart', ...chartSourceArgs(ref), '--', ref.chart]);
    const match = /^version:\s*["']?([^"'\s]+)/m.exec(out);
    if (!match?.[1])
        throw new Error(`helm show chart ${ref.chart} printed no version`);
    return match[1];
}


/***/ })

};
