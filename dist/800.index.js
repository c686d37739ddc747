export const id = 800;
export const ids = [800];
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

/***/ 89501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ deleteObjects),
/* harmony export */   eo: () => (/* binding */ listObjectsByLabel),
/* harmony export */   r3: () => (/* binding */ applyObjects),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER),
/* harmony export */   zh: () => (/* binding */ resolveObjects)
/* harmony export */ });
/* unused harmony export readObject */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _util_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59847);
/* harmony import */ var _kubectl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49283);




const FIELD_MANAGER = 'istio-multicluster-action';
/** KubernetesObjectApi with discovery made public, so kinds can be checked before anything is written. */
class ObjectApi extends _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y {
    async findResource(apiVersion, kind) {
        try {
            return await this.resource(apiVersion, kind);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
}
/** One client per cluster and process, so API discovery (which kinds are served) is fetched once. */
const objectApis = new WeakMap();
function objectApi(cluster) {
    let api = objectApis.get(cluster);
    if (!api) {
        api = cluster.config.makeApiClient(ObjectApi);
        objectApis.set(cluster, api);
    }
    return api;
}
/**
 * Resolves every object's kind on the cluster and fills in the namespace of namespaced objects.
 * Throws before any write when a kind is not served (missing CRDs), so nothing is half-applied.
 */
async function resolveObjects(cluster, objects, namespace) {
    const api = objectApi(cluster);
    const missing = [];
    const resolved = [];
    for (const object of objects) {
        const resource = await api.findResource(object.apiVersion, object.kind);
        if (!resource) {
            missing.push(`${object.kind} (${object.apiVersion}) ${object.metadata.name}`);
            continue;
        }
        const metadata = { ...object.metadata };
        if (resource.namespaced)
            metadata.namespace = metadata.namespace ?? namespace;
        else
            delete metadata.namespace;
        resolved.push({ ...object, metadata });
    }
    if (missing.length > 0) {
        throw new Error(`the cluster does not serve these kinds (their CRDs are not installed): ${missing.join(', ')}`);
    }
    return resolved;
}
/** The object as the cluster has it, or undefined when it does not exist. */
async function readObject(cluster, object) {
    try {
        return await objectApi(cluster).read({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
        });
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
async function readVersion(api, object) {
    try {
        const current = await api.read({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
        });
        return current.metadata?.resourceVersion ?? '';
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
function objectKey(object) {
    return `${object.kind ?? ''}/${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}
/**
 * Server-side apply with a fixed field manager, through kubectl so every rendered field reaches the
 * API server as rendered. An object whose content is already as rendered keeps its resourceVersion,
 * which is how a second run proves it changed nothing.
 */
async function applyObjects(cluster, objects, options) {
    const api = objectApi(cluster);
    const ordered = (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForApply */ .oF)(objects);
    const versions = await Promise.all(ordered.map((object) => readVersion(api, object)));
    const before = new Map(ordered.map((object, index) => [objectKey(object), versions[index]]));
    let applied;
    try {
        applied = await (0,_kubectl_js__WEBPACK_IMPORTED_MODULE_3__/* .kubectlServerSideApply */ .pN)(ordered, {
            kubectlPath: options.kubectlPath,
            kubeconfigPath: cluster.kubeconfigPath,
            fieldManager: FIELD_MANAGER,
            dryRun: options.dryRun ?? false,
        });
    }
    catch (error) {
        const what = ordered.length === 1 && ordered[0] ? (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(ordered[0]) : `${ordered.length} objects`;
        throw new Error(`applying ${what} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
    }
    const after = new Map(applied.map((object) => [objectKey(object), object.metadata?.resourceVersion]));
    return ordered.map((object) => {
        const key = objectKey(object);
        const previous = before.get(key);
        const outcome = previous === undefined ? 'created' : previous === after.get(key) ? 'unchanged' : 'configured';
        return { object: (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object), outcome };
    });
}
/** Deletes objects (dependents last-created first); objects already gone count as deleted. */
async function deleteObjects(cluster, objects) {
    const api = objectApi(cluster);
    const deleted = [];
    const absent = [];
    for (const object of (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForDelete */ .lR)(objects)) {
        try {
            await api.delete(object, undefined, undefined, undefined, undefined, 'Background');
            deleted.push((0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                absent.push((0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
            else
                throw new Error(`deleting ${(0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
        }
    }
    return { deleted, absent };
}
async function listKind(api, kind, namespace, selector) {
    const objects = [];
    let continueToken;
    do {
        const page = await api.list(kind.apiVersion, kind.kind, namespace, undefined, undefined, undefined, undefined, selector, 500, continueToken);
        for (const item of page.items) {
            const metadata = item.metadata ?? {};
            if (!metadata.name)
                continue;
            objects.push({
                ...item,
                apiVersion: kind.apiVersion,
                kind: kind.kind,
                metadata: { ...metadata, name: metadata.name },
            });
        }
        continueToken = page.metadata?._continue || undefined;
    } while (continueToken);
    return objects;
}
/**
 * Every object matching a label selector among the given kinds: namespaced kinds in `namespace`,
 * cluster-scoped kinds cluster-wide. Kinds the cluster does not serve are skipped and returned.
 */
async function listObjectsByLabel(cluster, kinds, selector, namespace) {
    const api = objectApi(cluster);
    const objects = [];
    const unserved = [];
    for (const kind of kinds) {
        const resource = await api.findResource(kind.apiVersion, kind.kind);
        if (!resource) {
            unserved.push(kind);
            continue;
        }
        try {
            objects.push(...(await listKind(api, kind, resource.namespaced ? namespace : undefined, selector)));
        }
        catch (error) {
            throw new Error(`listing ${kind.kind} (${kind.apiVersion}) failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, {
                cause: error,
            });
        }
    }
    return { objects, unserved };
}


/***/ }),

/***/ 49283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pN: () => (/* binding */ kubectlServerSideApply),
/* harmony export */   x2: () => (/* binding */ kubectlGetObjects)
/* harmony export */ });
/* unused harmony export parseKubectlJson */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41955);

/**
 * `kubectl apply --server-side` of JSON documents given on stdin. kubectl sends each object as the
 * manifest has it, so no field is lost on the way (client-node's typed models drop
 * x-kubernetes-int-or-string and similar, kubernetes-client/javascript#2483). Values are passed as
 * --option=value, never as bare arguments, so none can be read as a flag.
 */
async function kubectlServerSideApply(documents, options) {
    if (documents.length === 0)
        return [];
    const args = [
        `--kubeconfig=${options.kubeconfigPath}`,
        'apply',
        '--server-side',
        `--field-manager=${options.fieldManager}`,
        '--force-conflicts',
        '--output=json',
        '--filename=-',
        ...(options.dryRun ? ['--dry-run=server'] : []),
    ];
    const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(options.kubectlPath, args, {
        input,
        silent: true,
        ignoreReturnCode: true,
    });
    if (result.exitCode !== 0) {
        throw new Error(`kubectl apply --server-side failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return parseKubectlJson(result.stdout);
}
/**
 * The live objects named by `documents` (one `kubectl get --filename=-`), as the API server returns
 * them: untyped JSON, so no field is renamed on the way. Objects that do not exist are left out.
 */
async function kubectlGetObjects(documents, options) {
    if (documents.length === 0)
        return [];
    const args = [
        `--kubeconfig=${options.kubeconfigPath}`,
        'get',
        '--ignore-not-found',
        '--output=json',
        '--filename=-',
    ];
    const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(options.kubectlPath, args, {
        input,
        silent: true,
        ignoreReturnCode: true,
    });
    if (result.exitCode !== 0) {
        throw new Error(`kubectl get failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return parseKubectlJson(result.stdout);
}
/** kubectl -o json prints one object for one document and a List for several. */
function parseKubectlJson(stdout) {
    const text = stdout.trim();
    if (text === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`kubectl printed output that is not JSON: ${text.slice(0, 200)}`, { cause: error });
    }
    const object = parsed;
    if (object.kind === 'List' && Array.isArray(object.items))
        return object.items;
    return [object];
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

/***/ 81800:
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/apply.ts
var apply = __webpack_require__(89501);
// EXTERNAL MODULE: ./src/util/manifest.ts
var util_manifest = __webpack_require__(59847);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/istio/injection.ts


/** Names of the ConfigMaps (and keys) `istioctl kube-inject` reads, as in the seed's manual-injection example. */
const INJECTOR_CONFIGMAP = 'istio-sidecar-injector';
const INJECTOR_CONFIG_KEY = 'config';
const INJECTOR_VALUES_KEY = 'values';
const MESH_CONFIGMAP = 'istio';
const MESH_CONFIG_KEY = 'mesh';
function injectorFormat(config) {
    let parsed;
    try {
        parsed = js_yaml/* default.load */.Ay.load(config);
    }
    catch {
        return undefined;
    }
    if (!parsed || typeof parsed !== 'object')
        return undefined;
    const record = parsed;
    if (record.templates && typeof record.templates === 'object')
        return 'templates';
    if (typeof record.template === 'string')
        return 'template';
    return undefined;
}
/** The pod template of a workload (or the Pod itself); undefined for kinds without one. */
function podTemplate(object) {
    const spec = object.spec;
    if (!spec)
        return undefined;
    switch (object.kind) {
        case 'Pod':
            return { metadata: object.metadata, spec: spec };
        case 'CronJob': {
            const job = spec.jobTemplate;
            return job?.spec?.template;
        }
        case 'Deployment':
        case 'DaemonSet':
        case 'StatefulSet':
        case 'ReplicaSet':
        case 'ReplicationController':
        case 'Job':
        case 'DeploymentConfig':
            return spec.template;
        default:
            return undefined;
    }
}
function containerNames(template) {
    const spec = template.spec ?? {};
    return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c) => c.name ?? '');
}
function optedOut(object, template) {
    const key = 'sidecar.istio.io/inject';
    const values = [
        template.metadata?.annotations?.[key],
        template.metadata?.labels?.[key],
        object.metadata.annotations?.[key],
    ];
    return values.some((v) => v === 'false');
}
/** Compares workloads before and after injection by kind and name. */
function checkInjection(before, after) {
    const injected = [];
    const missed = [];
    for (const object of after) {
        const template = podTemplate(object);
        if (!template)
            continue;
        const original = before.find((b) => b.kind === object.kind && b.metadata.name === object.metadata.name);
        const originalTemplate = original ? podTemplate(original) : undefined;
        const had = new Set(originalTemplate ? containerNames(originalTemplate) : []);
        const added = containerNames(template).filter((name) => !had.has(name));
        if (added.length > 0)
            injected.push(`${(0,util_manifest/* describeObject */.v8)(object)}: +${added.join(', +')}`);
        else if (!optedOut(object, originalTemplate ?? template))
            missed.push((0,util_manifest/* describeObject */.v8)(object));
    }
    return { injected, missed };
}
/** Why istioctl injected nothing, with what to change. */
function missedInjectionProblem(format, missed) {
    const hint = format === 'template'
        ? "the injector config is Istio 1.0's single `template` with [[ ]] delimiters, which current istioctl does not read (it takes the text as a template of its own and injects nothing): use an istioctl of the cluster's Istio version (istioctl-version, e.g. 1.0.6)"
        : 'the injector config and istioctl do not match: use an istioctl of the same Istio version as the cluster (istioctl-version)';
    return `istioctl kube-inject added no sidecar to ${missed.join(', ')}: ${hint}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/tools/istioctl-cli.ts

/** istioctl must never hang a workflow: it is killed after this long. */
const TIMEOUT_MS = 120_000;
function istioctl(path, args, kubeconfig) {
    const env = { ...process.env, ...(kubeconfig ? { KUBECONFIG: kubeconfig } : {}) };
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(path, args, { env, timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                const why = error.killed ? `timed out after ${TIMEOUT_MS / 1000}s` : error.message;
                reject(new Error(`istioctl at ${path} ${args[0] ?? ''}: ${why}`, { cause: error }));
                return;
            }
            resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
        });
    });
}
async function kubeInjectFlags(istioctlPath) {
    const help = await istioctl(istioctlPath, ['kube-inject', '--help']);
    const text = `${help.stdout}\n${help.stderr}`;
    if (help.exitCode !== 0 || !/kube-inject/.test(text)) {
        throw new Error(`${istioctlPath} kube-inject --help failed (exit ${help.exitCode}): ${help.stderr.trim() || help.stdout.trim()}`);
    }
    return {
        injectConfigFile: text.includes('--injectConfigFile'),
        meshConfigFile: text.includes('--meshConfigFile'),
        valuesFile: text.includes('--valuesFile'),
        revision: text.includes('--revision'),
    };
}
/**
 * The kube-inject arguments: options only, each with its value in the same argument
 * (`--filename=<path>`), so no path can be read as another flag; kube-inject takes no positionals.
 */
function kubeInjectArgs(request) {
    return [
        'kube-inject',
        `--injectConfigFile=${request.injectConfigFile}`,
        `--meshConfigFile=${request.meshConfigFile}`,
        ...(request.valuesFile ? [`--valuesFile=${request.valuesFile}`] : []),
        ...(request.revision ? [`--revision=${request.revision}`] : []),
        `--filename=${request.manifest}`,
        `--output=${request.output}`,
    ];
}
/** `istioctl kube-inject` with config from files, writing the injected manifest to `output`. */
async function kubeInject(request) {
    const args = kubeInjectArgs(request);
    const result = await istioctl(request.istioctlPath, args, request.kubeconfig);
    if (result.exitCode !== 0) {
        throw new Error(`istioctl kube-inject -f ${request.manifest} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/fan-out.ts + 2 modules
var fan_out = __webpack_require__(92118);
;// CONCATENATED MODULE: ./src/stages/inject.ts









const STAGE = 'inject';
async function readConfigMap(cluster, namespace, name) {
    try {
        return (await (0,client/* coreApi */.kg)(cluster).readNamespacedConfigMap({ name, namespace })).data ?? {};
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return undefined;
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: cluster.name,
            message: `cannot read ConfigMap ${namespace}/${name}: ${(0,client/* apiMessage */.SX)(error)}`,
            cause: error,
        });
    }
}
function configCluster(input, remote) {
    switch (input.configSource) {
        case 'remote':
            return remote;
        case 'primary':
            return input.primary;
    }
}
async function readInjectionConfig(cluster, namespace) {
    const injector = await readConfigMap(cluster, namespace, INJECTOR_CONFIGMAP);
    const mesh = await readConfigMap(cluster, namespace, MESH_CONFIGMAP);
    const missing = [
        injector?.[INJECTOR_CONFIG_KEY] ? '' : `${INJECTOR_CONFIGMAP} (key ${INJECTOR_CONFIG_KEY})`,
        mesh?.[MESH_CONFIG_KEY] ? '' : `${MESH_CONFIGMAP} (key ${MESH_CONFIG_KEY})`,
    ].filter(Boolean);
    if (missing.length > 0 || !injector || !mesh) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: cluster.name,
            message: `ConfigMap(s) ${missing.join(' and ')} missing in namespace ${namespace}`,
            fix: 'install istio-remote first (it renders both, also with sidecar-injector: false), or with current Istio read them from the primary (inject-config-from: primary).',
        });
    }
    const values = injector[INJECTOR_VALUES_KEY];
    return {
        config: injector[INJECTOR_CONFIG_KEY] ?? '',
        mesh: mesh[MESH_CONFIG_KEY] ?? '',
        ...(values ? { values } : {}),
    };
}
/**
 * Writes the config for istioctl. An istioctl with --valuesFile otherwise fetches values from a
 * cluster, so it always gets one (`{}` for Istio 1.0 configs, which have none); `--revision default`
 * likewise keeps it from looking up the default revision in a cluster (where it waits forever when
 * none answers).
 */
function writeConfigFiles(dir, config, flags) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const files = {
        injectConfigFile: (0,external_node_path_.join)(dir, 'inject-config.yaml'),
        meshConfigFile: (0,external_node_path_.join)(dir, 'mesh-config.yaml'),
        ...(flags.revision ? { revision: 'default' } : {}),
    };
    (0,external_node_fs_.writeFileSync)(files.injectConfigFile, config.config);
    (0,external_node_fs_.writeFileSync)(files.meshConfigFile, config.mesh);
    if (!flags.valuesFile)
        return files;
    const valuesFile = (0,external_node_path_.join)(dir, 'values.json');
    (0,external_node_fs_.writeFileSync)(valuesFile, config.values ?? '{}');
    return { ...files, valuesFile };
}
async function injectOne(input, remote, files, configFrom, format, manifest, index) {
    const output = (0,external_node_path_.join)(input.outputDir, remote.name, `${index + 1}-${(0,external_node_path_.basename)(manifest)}`);
    await kubeInject({
        istioctlPath: input.istioctlPath,
        ...files,
        manifest,
        output,
        kubeconfig: configFrom.kubeconfigPath,
    });
    const before = (0,util_manifest/* parseManifest */.Ng)((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
    const after = (0,util_manifest/* parseManifest */.Ng)((0,external_node_fs_.readFileSync)(output, 'utf8'));
    const check = checkInjection(before, after);
    if (check.missed.length > 0) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: remote.name,
            message: missedInjectionProblem(format, check.missed),
        });
    }
    return { manifest: { source: manifest, output, injected: check.injected }, objects: after };
}
async function injectForRemote(input, remote, flags) {
    const configFrom = configCluster(input, remote);
    const config = await readInjectionConfig(configFrom, input.namespace);
    const format = injectorFormat(config.config);
    const files = writeConfigFiles((0,external_node_path_.join)(input.outputDir, remote.name, 'config'), config, flags);
    const manifests = [];
    const objects = [];
    for (const [index, manifest] of input.manifests.entries()) {
        const one = await injectOne(input, remote, files, configFrom, format, manifest, index);
        manifests.push(one.manifest);
        objects.push(...one.objects);
    }
    let applied = [];
    if (input.apply && !input.dryRun) {
        try {
            applied = await (0,apply/* applyObjects */.r3)(remote, await (0,apply/* resolveObjects */.zh)(remote, (0,util_manifest/* defaultNamespace */.Lt)(objects), 'default'), { kubectlPath: input.kubectlPath });
        }
        catch (error) {
            throw new errors/* StageError */.Zu({
                stage: STAGE,
                cluster: remote.name,
                message: (0,client/* apiMessage */.SX)(error),
                fix: 'check that the injected objects suit this cluster and that the kubeconfig may apply them.',
                cause: error,
            });
        }
    }
    return { remote: remote.name, configFrom: configFrom.name, format, manifests, applied };
}
/**
 * The seed's manual sidecar injection: for each remote, read the injector and mesh ConfigMaps, write
 * them to files, run `istioctl kube-inject` on every manifest with those files (so istioctl needs no
 * cluster access), check that each workload gained containers, and optionally apply the result.
 */
async function injectManifests(input) {
    let flags;
    try {
        flags = await kubeInjectFlags(input.istioctlPath);
    }
    catch (error) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            message: (0,client/* apiMessage */.SX)(error),
            fix: 'give a working istioctl (istioctl-path) or an istioctl-version to download.',
            cause: error,
        });
    }
    if (!flags.injectConfigFile || !flags.meshConfigFile) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            message: `${input.istioctlPath} kube-inject has no --injectConfigFile/--meshConfigFile`,
            fix: 'use istioctl 1.0 or newer.',
        });
    }
    const result = await (0,fan_out/* fanOut */.YO)(input.remotes, { parallelism: input.parallelism, stage: STAGE }, (remote) => injectForRemote(input, remote, flags));
    const remotes = (0,fan_out/* valuesOrThrow */._h)(result);
    return { remotes, outputPaths: remotes.flatMap((r) => r.manifests.map((m) => m.output)) };
}

// EXTERNAL MODULE: ./src/tools/istio-release.ts
var istio_release = __webpack_require__(77599);
;// CONCATENATED MODULE: ./src/util/glob.ts


const GLOB_CHARS = /[*?[{]/;
/** fs.globSync where this Node has it (22+), else undefined. */
function nativeGlob() {
    const candidate = external_node_fs_.globSync;
    return typeof candidate === 'function' ? candidate : undefined;
}
function escapeRegExp(text) {
    return text.replace(/[.+^$()|\\/]/g, '\\$&');
}
/** Regular expression for one path segment: `*`, `?`, `[...]` and `{a,b}`. */
function segmentRegExp(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment.charAt(i);
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = segment.indexOf(']', i + 1);
            if (end < 0)
                out += '\\[';
            else {
                out += `[${segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '{') {
            const end = segment.indexOf('}', i + 1);
            if (end < 0)
                out += '\\{';
            else {
                out += `(?:${segment
                    .slice(i + 1, end)
                    .split(',')
                    .map((alt) => segmentRegExp(alt).source.slice(1, -1))
                    .join('|')})`;
                i = end;
            }
        }
        else
            out += escapeRegExp(c);
    }
    return new RegExp(`^${out}$`);
}
function entries(dir) {
    try {
        return external_node_fs_.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
function isDirectory(path) {
    try {
        return external_node_fs_.statSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Paths under `base` matching the segments, walked one directory level per segment. */
function walk(base, segments) {
    const [head, ...rest] = segments;
    if (head === undefined)
        return [base];
    if (head === '**') {
        const visible = entries(base).filter((e) => !e.name.startsWith('.'));
        const below = visible.filter((e) => isDirectory((0,external_node_path_.join)(base, e.name)));
        // A trailing `**` matches its base and everything below it, files included.
        const here = rest.length === 0
            ? [base, ...visible.filter((e) => !below.includes(e)).map((e) => (0,external_node_path_.join)(base, e.name))]
            : walk(base, rest);
        return [...here, ...below.flatMap((e) => walk((0,external_node_path_.join)(base, e.name), segments))];
    }
    if (!GLOB_CHARS.test(head))
        return walk((0,external_node_path_.join)(base, head), rest);
    const pattern = segmentRegExp(head);
    return entries(base)
        .filter((e) => !e.name.startsWith('.') || head.startsWith('.'))
        .filter((e) => pattern.test(e.name))
        .flatMap((e) => walk((0,external_node_path_.join)(base, e.name), rest));
}
/** The fallback of fs.globSync used on Node 20; absolute results. */
function fallbackGlob(pattern, root) {
    const absolute = (0,external_node_path_.isAbsolute)(pattern);
    const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    return walk(absolute ? '/' : root, segments).filter((path) => external_node_fs_.existsSync(path));
}
function isFile(path) {
    try {
        return external_node_fs_.statSync(path).isFile();
    }
    catch {
        return false;
    }
}
function matches(pattern, root) {
    if (!GLOB_CHARS.test(pattern))
        return [(0,external_node_path_.resolve)(root, pattern)];
    const native = nativeGlob();
    const found = native
        ? native(pattern, { cwd: root }).map((p) => (0,external_node_path_.resolve)(root, p))
        : fallbackGlob(pattern, root);
    return found.filter(isFile);
}
/** Expands every pattern; a pattern that matches no file, or names a missing file, is a problem. */
function expandPatterns(name, patterns, root) {
    const files = new Set();
    const problems = [];
    for (const pattern of patterns) {
        const found = matches(pattern, root).map((p) => (0,external_node_path_.resolve)(p));
        const existing = found.filter(isFile);
        if (existing.length === 0) {
            const hint = GLOB_CHARS.test(pattern) ? 'matches no file' : 'is not a file';
            problems.push(`${name}: "${pattern}" ${hint} under ${root}. Fix: give paths or globs relative to the workspace, e.g. k8s/app.yaml or k8s/**/*.yaml`);
        }
        for (const file of existing)
            files.add(file);
    }
    return { files: [...files].sort(), problems };
}

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/steps/paths.ts
var paths = __webpack_require__(26879);
// EXTERNAL MODULE: ./src/steps/run-inputs.ts
var run_inputs = __webpack_require__(36542);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/inject.ts











const inject_STAGE = 'inject';
const SOURCES = ['auto', 'remote', 'primary'];
/** inject-config-from; auto follows the profile: Istio 1.0 remotes hold the ConfigMaps, current ones do not (istio/istio#24438). */
function readConfigSource() {
    const chosen = (0,parse/* parseChoice */.HU)('inject-config-from', core/* getInput */.V4('inject-config-from'), SOURCES, 'auto');
    if (chosen !== 'auto')
        return chosen;
    return (0,common/* readProfile */.er)().name === 'istio-current' ? 'primary' : 'remote';
}
function readIstioctlSource() {
    const path = core/* getInput */.V4('istioctl-path');
    if (path)
        return { kind: 'path', path: (0,paths/* resolveWorkspacePath */.XI)(path, 'istioctl-path') };
    const version = core/* getInput */.V4('istioctl-version') || core/* getInput */.V4('istio-version');
    if (!version) {
        throw new Error('manual injection needs istioctl: set istioctl-version to the Istio version of the cluster whose injector config is used (e.g. 1.0.6), or istioctl-path to an istioctl binary');
    }
    return { kind: 'download', version, mirror: core/* getInput */.V4('istio-mirror') || undefined };
}
/** The istioctl binary: the given path, or the release downloaded checksum-verified. */
async function istioctlOf(source) {
    return source.kind === 'path' ? source.path : (0,istio_release/* installIstioctl */.NM)(source.version, source.mirror);
}
function readInputs() {
    return (0,inputs/* readStepInputs */.W)(inject_STAGE, {
        manifests: readManifests,
        apply: () => (0,parse/* parseBoolean */.yG)('apply', core/* getInput */.V4('apply'), false),
        configSource: readConfigSource,
        clusters: common/* readClusters */.c6,
        istioctl: readIstioctlSource,
        kubectlPath: common/* readKubectlPath */.yL,
        parallelism: () => (0,common/* readParallelism */.BC)(inject_STAGE),
        namespace: () => (0,common/* readNamespace */.oZ)(inject_STAGE),
    });
}
/** The manifests patterns expanded in the workspace; every pattern and every file found stays inside it. */
function readManifests() {
    const outside = (0,run_inputs/* pathInputProblems */.GN)();
    if (outside.length > 0)
        throw new errors/* ProblemsError */.FQ(inject_STAGE, outside);
    const root = (0,paths/* resolveWorkspacePath */.XI)('.');
    const expanded = expandPatterns('manifests', (0,parse/* parseList */.E1)(core/* getInput */.V4('manifests')), root);
    const problems = [...expanded.problems];
    for (const file of expanded.files) {
        const problem = (0,paths/* workspacePathProblem */.wX)(file, 'manifests');
        if (problem !== undefined)
            problems.push(problem);
    }
    if (problems.length > 0)
        throw new errors/* ProblemsError */.FQ(inject_STAGE, problems);
    return expanded.files;
}
function reportOf(result, applied) {
    return {
        did: result.remotes.map((r) => {
            const workloads = r.manifests.reduce((n, m) => n + m.injected.length, 0);
            const changed = r.applied.filter((a) => a.outcome !== 'unchanged').length;
            const apply = applied ? `; applied ${r.applied.length} objects (${changed} created or changed)` : '';
            return `${r.remote}: injected ${workloads} workloads in ${r.manifests.length} manifests with the injector config of ${r.configFrom}${apply}`;
        }),
    };
}
/** Every mode that wires remotes re-injects (pilot addresses are baked into injected pods); uninstall does not. */
function run() {
    return (0,step/* runAsStep */.I)(inject_STAGE, async () => {
        const mode = (0,common/* readMode */.Em)();
        if (mode === 'uninstall')
            return (0,common/* skippedFor */._d)(mode);
        if (core/* getInput */.V4('manifests').trim() === '') {
            return {
                outputs: { 'injected-manifest-paths': '[]' },
                report: { did: [], skipped: 'no manifests given' },
            };
        }
        const inputs = readInputs();
        const { manifests, apply, configSource } = inputs;
        const { primary, remotes } = inputs.clusters;
        const istioctlPath = await istioctlOf(inputs.istioctl);
        const title = `Inject sidecars into ${manifests.length} manifest(s) for ${remotes.map((r) => r.name).join(', ')}`;
        const result = await core/* group */.Os(title, () => injectManifests({
            istioctlPath,
            kubectlPath: inputs.kubectlPath,
            parallelism: inputs.parallelism,
            manifests,
            primary,
            remotes,
            configSource,
            namespace: inputs.namespace,
            outputDir: (0,common/* runDirectory */.xw)('injected'),
            apply,
            dryRun: mode === 'render',
        }));
        return {
            outputs: { 'injected-manifest-paths': JSON.stringify(result.outputPaths) },
            report: reportOf(result, apply && mode !== 'render'),
        };
    });
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

/***/ 59847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ defaultNamespace),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   lR: () => (/* binding */ sortForDelete),
/* harmony export */   oF: () => (/* binding */ sortForApply),
/* harmony export */   v8: () => (/* binding */ describeObject)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);

/** Parses multi-document YAML (helm template output) into objects, dropping empty documents and Lists' wrappers. */
function parseManifest(text) {
    const objects = [];
    for (const doc of js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text)) {
        if (doc === null || doc === undefined)
            continue;
        collect(doc, objects);
    }
    return objects;
}
function collect(doc, into) {
    if (typeof doc !== 'object' || doc === null)
        throw new Error('manifest document is not an object');
    const object = doc;
    if (object.kind?.endsWith('List') && Array.isArray(object.items)) {
        for (const item of object.items)
            collect(item, into);
        return;
    }
    if (!object.apiVersion || !object.kind || !object.metadata?.name) {
        throw new Error(`manifest object lacks apiVersion, kind or metadata.name: ${JSON.stringify(doc).slice(0, 120)}`);
    }
    into.push(object);
}
function describeObject(object) {
    const ns = object.metadata?.namespace ? `${object.metadata.namespace}/` : '';
    return `${object.kind} ${ns}${object.metadata?.name ?? '?'}`;
}
/** Objects others depend on first: namespaces and RBAC before workloads, webhooks last. */
const APPLY_ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'ServiceAccount',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'ConfigMap',
    'Secret',
    'Service',
    'Endpoints',
    'EndpointSlice',
    'Deployment',
    'DaemonSet',
    'StatefulSet',
    'Job',
];
const LAST = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'];
function rank(kind) {
    const early = APPLY_ORDER.indexOf(kind);
    if (early >= 0)
        return early;
    const late = LAST.indexOf(kind);
    return late >= 0 ? APPLY_ORDER.length + 1 + late : APPLY_ORDER.length;
}
function sortForApply(objects) {
    return objects
        .map((object, index) => ({ object, index }))
        .sort((a, b) => rank(a.object.kind) - rank(b.object.kind) || a.index - b.index)
        .map(({ object }) => object);
}
function sortForDelete(objects) {
    return sortForApply(objects).reverse();
}
/** The objects with namespace `default` where they name none (as kubectl apply would place them). */
function defaultNamespace(objects) {
    return objects.map((o) => ({
        ...o,
        metadata: { ...o.metadata, namespace: o.metadata.namespace ?? 'default' },
    }));
}


/***/ })

};
