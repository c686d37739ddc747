export const id = 414;
export const ids = [414];
export const modules = {

/***/ 88368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ waitFor)
/* harmony export */ });
/** Polls `probe` until it returns a value (not undefined) or the deadline passes. */
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

/***/ 57414:
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
;// CONCATENATED MODULE: ./src/stages/endpoints.ts





const STAGE = 'endpoints';
function remainingMs(ctx) {
    return Math.max(0, ctx.deadline - Date.now());
}
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
async function listPods(ctx, selector) {
    const list = await (0,client/* coreApi */.kg)(ctx.primary).listNamespacedPod({
        namespace: ctx.namespace,
        labelSelector: selector,
    });
    return list.items;
}
/** A component is deployed when pods or a Deployment carry its labels; otherwise it is legitimately absent. */
async function isDeployed(ctx, spec) {
    if ((await listPods(ctx, spec.selector)).length > 0)
        return true;
    const apps = ctx.primary.config.makeApiClient(dist/* AppsV1Api */.eY6);
    const deployments = await apps.listNamespacedDeployment({
        namespace: ctx.namespace,
        labelSelector: spec.selector,
    });
    return deployments.items.length > 0;
}
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
async function capturePod(ctx, spec) {
    try {
        const found = await (0,wait/* waitFor */.f)(`a Running ${spec.name} pod (${spec.selector}) with an IP`, async () => pickPod(await listPods(ctx, spec.selector)), { timeoutMs: remainingMs(ctx), intervalMs: 1000 });
        return { component: spec.name, via: 'pod', ...found };
    }
    catch (error) {
        throw stageError(ctx, `no ${spec.name} pod became ready in namespace ${ctx.namespace}: ${(0,client/* apiMessage */.SX)(error)}`, `check that the Istio control plane runs in "${ctx.namespace}" (istio-namespace input) and raise wait-timeout if it is still starting.`, error);
    }
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
            stage: STAGE,
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
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/endpoints.ts






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
function run() {
    return (0,step/* runAsStep */.I)('endpoints', async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const endpointMode = (0,parse/* parseChoice */.HU)('endpoint-mode', core/* getInput */.V4('endpoint-mode'), components/* ENDPOINT_MODES */.hr, 'pod-ip');
        const profile = (0,common/* readProfile */.er)().name;
        const explicit = readExplicitAddresses();
        const gatewayService = core/* getInput */.V4('gateway-service').trim() || components/* DEFAULT_GATEWAY_SERVICE */.Fz;
        const { primary } = (0,common/* readClusters */.c6)();
        const result = await core/* group */.Os(`Capture control-plane endpoints on ${primary.name} (endpoint-mode ${endpointMode})`, () => captureEndpoints({
            primary,
            namespace: (0,common/* readNamespace */.oZ)(),
            timeoutMs: (0,common/* readTimeoutMs */.gb)(),
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


/***/ })

};
