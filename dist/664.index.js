export const id = 664;
export const ids = [664];
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

/***/ 89664:
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
// EXTERNAL MODULE: ./src/istio/components.ts
var components = __webpack_require__(45910);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/stages/shared/endpoint-context.ts


const STAGE = 'endpoints';
function remainingMs(ctx) {
    return Math.max(0, ctx.deadline - Date.now());
}
async function listPods(ctx, selector) {
    const list = await (0,client/* coreApi */.kg)(ctx.primary).listNamespacedPod({
        namespace: ctx.namespace,
        labelSelector: selector,
    });
    return list.items;
}
/** A component is deployed when pods or a Deployment carry its labels; otherwise it is legitimately absent. */
async function readService(ctx, name) {
    try {
        return await (0,client/* coreApi */.kg)(ctx.primary).readNamespacedService({ namespace: ctx.namespace, name });
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
function stageError(ctx, message, fix, cause) {
    return new errors/* StageError */.Zu({ stage: STAGE, cluster: ctx.primary.name, message, fix, cause });
}

;// CONCATENATED MODULE: ./src/stages/shared/pods.ts
function usablePodIp(pod) {
    if (pod.metadata?.deletionTimestamp)
        return undefined;
    if (pod.status?.phase !== 'Running')
        return undefined;
    return pod.status.podIP || undefined;
}
/** Running, not terminating, with an IP; sorted by name so repeated captures pick the same pod. */
function pickPod(pods) {
    const usable = pods
        .map((pod) => ({ pod: pod.metadata?.name ?? '', address: usablePodIp(pod) }))
        .filter((p) => p.address !== undefined)
        .sort((a, b) => a.pod.localeCompare(b.pod));
    return usable[0];
}

;// CONCATENATED MODULE: ./src/stages/shared/load-balancer.ts





/** The first `status.loadBalancer.ingress` entry with an ip (preferred) or a hostname. */
function loadBalancerState(service) {
    if (!service)
        return { state: 'missing' };
    const type = service.spec?.type ?? 'ClusterIP';
    if (type !== 'LoadBalancer')
        return { state: 'not-load-balancer', type };
    for (const ingress of service.status?.loadBalancer?.ingress ?? []) {
        const address = ingress.ip || ingress.hostname;
        if (address)
            return { state: 'ready', address };
    }
    return { state: 'pending' };
}
function notLoadBalancerError(ctx, service, type, fix) {
    return stageError(ctx, `Service ${service} in namespace ${ctx.namespace} is type ${type}, not LoadBalancer, so it has no address remotes can use.`, fix);
}
/** What to do when a component's own Service is not a LoadBalancer (load-balancer mode). */
function componentServiceFix(service) {
    return `make ${service} type LoadBalancer (the Istio 1.0 charts have no option for it: change the chart or patch the Service), or use endpoint-mode explicit with addresses the remotes can reach.`;
}
/** What to do when gateway-service is not a LoadBalancer (gateway mode). */
function gatewayServiceFix(service) {
    return `set gateway-service to the ingress gateway's LoadBalancer Service (default ${components/* DEFAULT_GATEWAY_SERVICE */.Fz}; istio-eastwestgateway for istio-current), or make ${service} type LoadBalancer.`;
}
/**
 * Waits until `service` has a LoadBalancer address. Fails at once when it exists with another type
 * (it will never get one); a missing Service is waited for, as the primary step may just have made it.
 */
async function waitLoadBalancer(ctx, service, notLoadBalancerFix) {
    const seen = { last: undefined };
    let settled;
    try {
        settled = await (0,wait/* waitFor */.f)(`a LoadBalancer address on Service ${service}`, async () => {
            const last = loadBalancerState(await readService(ctx, service));
            seen.last = last;
            switch (last.state) {
                case 'ready':
                    return last.address;
                case 'not-load-balancer':
                    return notLoadBalancerError(ctx, service, last.type, notLoadBalancerFix);
                case 'missing':
                case 'pending':
                    return undefined;
            }
        }, { timeoutMs: remainingMs(ctx), intervalMs: 1000 });
    }
    catch (error) {
        throw noAddressError(ctx, service, seen.last, error);
    }
    if (settled instanceof errors/* StageError */.Zu)
        throw settled;
    return settled;
}
/** Why the wait for a LoadBalancer address ran out, from the last successful read of the Service. */
function noAddressError(ctx, service, last, cause) {
    const seconds = Math.round(ctx.timeoutMs / 1000);
    if (last === undefined)
        return stageError(ctx, `could not read Service ${service} in namespace ${ctx.namespace}: ${(0,client/* apiMessage */.SX)(cause)}`, `check that the primary's API server is reachable and its credentials may get services in "${ctx.namespace}".`, cause);
    if (last.state === 'missing')
        return stageError(ctx, `Service ${service} does not exist in namespace ${ctx.namespace} (waited ${seconds}s).`, `check istio-namespace, install the Service, or name the right one (gateway-service input for endpoint-mode gateway).`, cause);
    return stageError(ctx, `Service ${service} in namespace ${ctx.namespace} got no LoadBalancer address (status.loadBalancer.ingress) within ${seconds}s.`, `check that a load-balancer controller (cloud provider, MetalLB) serves this cluster: \`kubectl -n ${ctx.namespace} get service ${service}\` shows EXTERNAL-IP <pending> until it assigns one; raise wait-timeout, or use endpoint-mode explicit with addresses you route to the primary.`, cause);
}

;// CONCATENATED MODULE: ./src/stages/endpoints.ts








const endpoints_STAGE = 'endpoints';
/** A Deployment, or a pod that is not on its way out (a removed component's pods may still be terminating). */
async function isDeployed(ctx, spec) {
    const pods = await listPods(ctx, spec.selector);
    if (pods.some((pod) => !pod.metadata?.deletionTimestamp))
        return true;
    const apps = ctx.primary.config.makeApiClient(dist/* AppsV1Api */.eY6);
    const deployments = await apps.listNamespacedDeployment({
        namespace: ctx.namespace,
        labelSelector: spec.selector,
    });
    return deployments.items.length > 0;
}
async function capturePod(ctx, spec) {
    try {
        const found = await (0,wait/* waitFor */.f)(`a Running ${spec.name} pod (${spec.selector}) with an IP`, async () => pickPod(await listPods(ctx, spec.selector)), { timeoutMs: remainingMs(ctx), intervalMs: 1000 });
        return { component: spec.name, via: 'pod', ...found };
    }
    catch (error) {
        throw stageError(ctx, `no ${spec.name} pod became ready in namespace ${ctx.namespace}: ${(0,client/* apiMessage */.SX)(error)}`, `check that the Istio control plane runs in "${ctx.namespace}" (istio-namespace input) and raise wait-timeout if it is still starting.`, error);
    }
}
async function viaPod(ctx, spec) {
    if (!spec.required && !(await isDeployed(ctx, spec)))
        return { kind: 'absent', component: spec.name, reason: spec.absentBecause ?? 'not deployed' };
    return { kind: 'captured', endpoint: await capturePod(ctx, spec) };
}
async function viaOwnService(ctx, spec) {
    if (!spec.required && !(await readService(ctx, spec.service)))
        return {
            kind: 'absent',
            component: spec.name,
            reason: `no Service ${spec.service} (${spec.absentBecause ?? 'not deployed'})`,
        };
    const address = await waitLoadBalancer(ctx, spec.service, componentServiceFix(spec.service));
    return {
        kind: 'captured',
        endpoint: { component: spec.name, address, via: 'service', service: spec.service },
    };
}
function fromInput(ctx, spec) {
    const address = ctx.settings.explicit[spec.name];
    if (!address)
        return { kind: 'absent', component: spec.name, reason: `${(0,components/* addressInput */.DX)(spec.name)} is not set` };
    return {
        kind: 'captured',
        endpoint: { component: spec.name, address, via: 'input', input: (0,components/* addressInput */.DX)(spec.name) },
    };
}
/** One gateway address for every deployed component (the seed's "Expose the Istio services via a gateway"). */
async function viaGateway(ctx, specs) {
    const deployed = [];
    const found = [];
    for (const spec of specs) {
        if (spec.required || (await isDeployed(ctx, spec)))
            deployed.push(spec);
        else
            found.push({ kind: 'absent', component: spec.name, reason: spec.absentBecause ?? 'not deployed' });
    }
    const service = ctx.settings.gatewayService;
    const address = await waitLoadBalancer(ctx, service, gatewayServiceFix(service));
    for (const spec of deployed)
        found.push({ kind: 'captured', endpoint: { component: spec.name, address, via: 'service', service } });
    return found;
}
async function findAll(ctx, specs) {
    const mode = ctx.settings.mode;
    if (mode === 'gateway')
        return viaGateway(ctx, specs);
    const found = [];
    for (const spec of specs) {
        switch (mode) {
            case 'pod-ip':
                found.push(await viaPod(ctx, spec));
                break;
            case 'load-balancer':
                found.push(await viaOwnService(ctx, spec));
                break;
            case 'explicit':
                found.push(fromInput(ctx, spec));
                break;
        }
    }
    return found;
}
/** LoadBalancer addresses go into the chart as they are: refuse what it cannot render (IPv6). */
function checkServiceAddresses(ctx, specs, captured) {
    for (const endpoint of captured) {
        const spec = specs.find((s) => s.name === endpoint.component);
        if (endpoint.via !== 'service' || !spec)
            continue;
        const problem = (0,components/* addressProblem */.cg)(`the LoadBalancer address of Service ${endpoint.service}`, spec, endpoint.address);
        if (problem)
            throw stageError(ctx, problem, 'give the address with endpoint-mode explicit (a DNS name for an IPv6 load balancer).');
    }
}
function contextOf(input) {
    const settings = {
        mode: input.mode ?? 'pod-ip',
        profile: input.profile ?? 'istio-1.0',
        explicit: input.explicit ?? {},
        gatewayService: input.gatewayService || components/* DEFAULT_GATEWAY_SERVICE */.Fz,
    };
    const problems = (0,components/* settingsProblems */.KK)(settings);
    if (problems.length > 0)
        throw new errors/* StageError */.Zu({
            stage: endpoints_STAGE,
            cluster: input.primary.name,
            message: `endpoint settings are not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
            fix: 'correct the inputs listed above (endpoint-mode, profile, gateway-service, *-address).',
        });
    const { primary, namespace, timeoutMs } = input;
    return { primary, namespace, timeoutMs, deadline: Date.now() + timeoutMs, settings };
}
/**
 * The seed's "capture the pod IPs" stage, with the stable alternatives of its "Deployment
 * considerations". Pilot is required and waited for; the others are waited for only when deployed
 * (pod-ip, gateway) or when their Service exists (load-balancer), and reported absent otherwise.
 */
async function captureEndpoints(input) {
    const ctx = contextOf(input);
    const specs = (0,components/* componentsFor */.QV)(ctx.settings.profile);
    const found = await findAll(ctx, specs);
    const captured = found.flatMap((f) => (f.kind === 'captured' ? [f.endpoint] : []));
    const absent = found.flatMap((f) => f.kind === 'absent' ? [{ component: f.component, reason: f.reason }] : []);
    checkServiceAddresses(ctx, specs, captured);
    const addresses = {};
    for (const endpoint of captured)
        addresses[endpoint.component] = endpoint.address;
    return { mode: ctx.settings.mode, profile: ctx.settings.profile, addresses, captured, absent };
}

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/endpoints.ts







const steps_endpoints_STAGE = 'endpoints';
/** The non-blank `*-address` inputs (all five are read; the stage refuses the ones that do not apply). */
function readExplicitAddresses() {
    const addresses = {};
    for (const spec of components/* COMPONENTS */.$j) {
        const value = core/* getInput */.V4((0,components/* addressInput */.DX)(spec.name)).trim();
        if (value)
            addresses[spec.name] = value;
    }
    return addresses;
}
function describeSource(endpoint) {
    switch (endpoint.via) {
        case 'pod':
            return `pod ${endpoint.pod}`;
        case 'service':
            return `LoadBalancer of Service ${endpoint.service}`;
        case 'input':
            return `input ${endpoint.input}`;
    }
}
function reportLines(result) {
    const lines = [
        `endpoint mode ${result.mode} (${(0,components/* describeMode */.vQ)(result.mode)}), profile ${result.profile}`,
        ...result.captured.map((c) => `${c.component}: ${c.address} (${describeSource(c)})`),
    ];
    if (result.mode === 'pod-ip')
        lines.push('endpoint mode pod-ip: pod IPs change when control-plane pods restart; schedule mode: resync to repair remotes.');
    return lines;
}
/** One `<name>-pod-ip` output per Istio 1.0 component (istio-current fills pilot only), plus JSON and the mode. */
function outputsOf(result) {
    const outputs = {};
    for (const spec of components/* COMPONENTS */.$j)
        outputs[`${spec.name}-pod-ip`] = result.addresses[spec.name] ?? '';
    outputs.addresses = JSON.stringify(result.addresses);
    outputs['endpoint-mode'] = result.mode;
    return outputs;
}
function readInputs() {
    return (0,inputs/* readStepInputs */.W)(steps_endpoints_STAGE, {
        endpointMode: () => (0,parse/* parseChoice */.HU)('endpoint-mode', core/* getInput */.V4('endpoint-mode'), components/* ENDPOINT_MODES */.hr, 'pod-ip'),
        profile: () => (0,common/* readProfile */.er)().name,
        explicit: readExplicitAddresses,
        gatewayService: () => core/* getInput */.V4('gateway-service').trim() || components/* DEFAULT_GATEWAY_SERVICE */.Fz,
        clusters: common/* readClusters */.c6,
        namespace: () => (0,common/* readNamespace */.oZ)(steps_endpoints_STAGE),
        timeoutMs: () => (0,common/* readTimeoutMs */.gb)(steps_endpoints_STAGE),
    });
}
function run() {
    return (0,step/* runAsStep */.I)(steps_endpoints_STAGE, async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const inputs = readInputs();
        const { endpointMode, profile, explicit, gatewayService } = inputs;
        const { primary } = inputs.clusters;
        const result = await core/* group */.Os(`Capture control-plane endpoints on ${primary.name} (endpoint-mode ${endpointMode})`, () => captureEndpoints({
            primary,
            namespace: inputs.namespace,
            timeoutMs: inputs.timeoutMs,
            mode: endpointMode,
            profile,
            explicit,
            gatewayService,
        }));
        return {
            outputs: outputsOf(result),
            report: {
                did: reportLines(result),
                warnings: result.absent.map((a) => `${a.component} not found on ${primary.name}: ${a.reason}; its value is left out.`),
            },
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


/***/ })

};
