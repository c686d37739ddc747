export const id = 895;
export const ids = [895];
export const modules = {

/***/ 41535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ securityValues),
/* harmony export */   NH: () => (/* binding */ istioPolicyWarning),
/* harmony export */   RX: () => (/* binding */ securityProblems),
/* harmony export */   UX: () => (/* binding */ dropUnservedIstioPolicy)
/* harmony export */ });
/* unused harmony exports ISTIO_POLICY_GROUPS, isIstioPolicyObject */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kube_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49509);


/**
 * Helm values for the primary chart or istio-remote. Nothing is emitted for a feature that is off, so
 * installs without these inputs render exactly as before (and their drift hash does not move).
 * Remotes with control-plane security also get `global.remotePilotCreateSvcEndpoint=true`: sidecars
 * verify pilot's certificate as `istio-pilot.<namespace>`, which must then resolve in the remote.
 */
function securityValues(role, options) {
    const values = [];
    if (options.mtls)
        values.push(['global.mtls.enabled', 'true']);
    if (options.controlPlaneSecurity)
        values.push(['global.controlPlaneSecurityEnabled', 'true']);
    if (!options.selfSigned)
        values.push(['security.selfSigned', 'false']);
    if (role === 'remote' && options.controlPlaneSecurity)
        values.push(['global.remotePilotCreateSvcEndpoint', 'true']);
    return values;
}
/**
 * What makes a security setting unusable, each with its fix. `pilotAddress` is the remote's pilot
 * address when known: the selector-less istio-pilot Endpoints need an IP.
 */
function securityProblems(options, pilotAddress) {
    const problems = [];
    if ((options.mtls || options.controlPlaneSecurity) && options.selfSigned) {
        const enabled = [options.mtls ? 'mtls' : '', options.controlPlaneSecurity ? 'control-plane-security' : '']
            .filter(Boolean)
            .join(' and ');
        problems.push(`${enabled} across clusters needs one shared root: with self-signed Citadels every cluster has its own root and cross-cluster mTLS fails. Fix: give ca-cert, ca-key, root-cert and cert-chain, or root-cert and root-key with generate-intermediate-cas: true`);
    }
    if (options.controlPlaneSecurity &&
        pilotAddress !== undefined &&
        pilotAddress !== '' &&
        (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(pilotAddress) === 0) {
        problems.push(`control-plane-security makes each remote resolve istio-pilot.<namespace> through a selector-less Service whose Endpoints need an IP, but the pilot address is "${pilotAddress}": give pilot's IP (pilot-pod-ip) or a LoadBalancer IP`);
    }
    return problems;
}
/** API groups of the Istio CRD kinds istio-remote renders with global.mtls.enabled (MeshPolicy, DestinationRule). */
const ISTIO_POLICY_GROUPS = ['authentication.istio.io', 'networking.istio.io'];
function isIstioPolicyObject(object) {
    const group = object.apiVersion.includes('/')
        ? object.apiVersion.slice(0, object.apiVersion.indexOf('/'))
        : '';
    return ISTIO_POLICY_GROUPS.includes(group);
}
/**
 * Leaves out the MeshPolicy/DestinationRule objects (only those Istio CRD groups) whose kinds the
 * remote does not serve. Pilot reads Istio config from the primary only, so the mesh-wide policy
 * takes effect through the primary's copy (render the primary with the same `mtls` input). Any other
 * unserved kind is kept, so applying it still fails loudly.
 */
async function dropUnservedIstioPolicy(objects, served) {
    const kept = [];
    const dropped = [];
    const cache = new Map();
    for (const object of objects) {
        if (!isIstioPolicyObject(object)) {
            kept.push(object);
            continue;
        }
        const key = `${object.apiVersion}/${object.kind}`;
        const isServed = cache.get(key) ?? (await served(object.apiVersion, object.kind));
        cache.set(key, isServed);
        if (isServed)
            kept.push(object);
        else
            dropped.push(`${(0,_kube_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .describeObject */ .v8)(object)} (${object.apiVersion})`);
    }
    return { objects: kept, dropped };
}
/** The warning for dropped objects, naming each of them and why that is safe. */
function istioPolicyWarning(cluster, dropped) {
    return (`remote "${cluster}" does not serve the Istio CRDs of ${dropped.join(', ')}: these objects were not applied there. ` +
        'Pilot reads mesh policy from the primary only; install the primary with the same mtls input so the policy exists there.');
}


/***/ }),

/***/ 43741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readExtraValues),
/* harmony export */   e: () => (/* binding */ readOptionalChartSource)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _istio_profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17052);
/* harmony import */ var _istio_remote_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89235);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26879);




/** The remote chart from `chart` (a workspace path) or `istio-version` (a downloaded release); undefined when neither. */
async function readOptionalChartSource(step, profile) {
    const chart = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('chart');
    const istioVersion = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('istio-version');
    if (chart && istioVersion)
        throw new Error(`[${step}] set either chart or istio-version, not both.`);
    if (chart)
        return { path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWorkspacePath */ .X)(chart), fromRelease: false };
    if (istioVersion)
        return (0,_istio_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .chartFromRelease */ .oX)(profile.name, istioVersion, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('istio-mirror') || undefined);
    return undefined;
}
/** The `values` input: key=value lines, refused with every bad line named. */
function readExtraValues(step) {
    const extra = (0,_istio_remote_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseExtraValues */ .Q)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('values'));
    if (extra.problems.length > 0)
        throw new Error(`[${step}] ${extra.problems.join('; ')}`);
    return extra.values;
}


/***/ }),

/***/ 85895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAddresses: () => (/* binding */ readAddresses),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/objects.ts
var objects = __webpack_require__(49509);
// EXTERNAL MODULE: ./src/kube/namespaces.ts
var namespaces = __webpack_require__(62541);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 827 modules
var dist = __webpack_require__(27853);
;// CONCATENATED MODULE: ./src/kube/served-kinds.ts


/** Discovery through KubernetesObjectApi's (cached) resource lookup, made callable. */
class DiscoveryApi extends dist/* KubernetesObjectApi */.e1Y {
    async serves(apiVersion, kind) {
        try {
            return (await this.resource(apiVersion, kind)) !== undefined;
        }
        catch (error) {
            if ((0,client/* isNotFound */.c4)(error))
                return false;
            throw error;
        }
    }
}
/** Whether the cluster's API serves a kind: false when its group/version or kind is unknown (CRD not installed). */
function kindServedOn(cluster) {
    const api = cluster.config.makeApiClient(DiscoveryApi);
    return (apiVersion, kind) => api.serves(apiVersion, kind);
}

// EXTERNAL MODULE: ./src/istio/security-values.ts
var security_values = __webpack_require__(41535);
// EXTERNAL MODULE: ./src/stages/deploy-chart.ts
var deploy_chart = __webpack_require__(56593);
;// CONCATENATED MODULE: ./src/stages/remote-install.ts










const STAGE = 'remote-install';
/** Renders each distinct chart set once: the 1.0 profile renders a single manifest shared by all remotes. */
function makeRenderer(manifestDir) {
    const cache = new Map();
    return (remote, plan) => {
        const key = (0,hash/* stableStringify */.J)(plan.charts);
        let rendered = cache.get(key);
        if (!rendered) {
            const file = cache.size === 0 ? 'istio-remote.yaml' : `istio-remote-${remote.name}.yaml`;
            rendered = renderCharts(plan.charts, (0,external_node_path_.join)(manifestDir, file));
            cache.set(key, rendered);
        }
        return rendered;
    };
}
async function renderCharts(charts, manifestPath) {
    const parts = [];
    for (const [index, chart] of charts.entries()) {
        const path = index === 0 ? manifestPath : manifestPath.replace(/\.yaml$/, `-${index}.yaml`);
        const manifest = await (0,deploy_chart/* renderManifest */.sB)({ stage: STAGE, chart, manifestPath: path });
        parts.push({ chart, manifest, objects: (0,objects/* parseManifest */.Ng)(manifest) });
    }
    return { manifestPath, charts: parts };
}
function deployInput(input, plan, rendered, chart) {
    return {
        stage: STAGE,
        chart,
        method: input.method,
        dryRun: input.dryRun,
        manifestPath: rendered.manifestPath,
        marks: plan.marks,
    };
}
async function deployCharts(input, remote, plan, rendered) {
    const drift = [];
    const objects = [];
    for (const part of rendered.charts) {
        const deploy = deployInput(input, plan, rendered, part.chart);
        if (input.resync)
            drift.push(...(await (0,deploy_chart/* findDrift */.L1)(deploy, remote, part.objects)));
    }
    if (input.resync && drift.length === 0)
        return { objects, drift };
    if (!input.dryRun && Object.keys(plan.namespaceAnnotations).length > 0) {
        await (0,namespaces/* annotateNamespace */.QN)(remote, rendered.charts[0]?.chart.namespace ?? '', plan.namespaceAnnotations);
    }
    for (const part of rendered.charts) {
        const deploy = deployInput(input, plan, rendered, part.chart);
        const outcome = input.method === 'helm'
            ? await (0,deploy_chart/* installWithHelm */.oX)(deploy, remote, part.manifest)
            : await (0,deploy_chart/* installWithKubectl */.SB)(deploy, remote, part.objects);
        objects.push(...outcome.objects);
    }
    return { objects, drift };
}
async function labelInjection(input, remote) {
    const results = [];
    for (const namespace of input.injectionNamespaces) {
        results.push({
            namespace,
            outcome: input.dryRun ? 'would-label' : await (0,namespaces/* enableInjection */.Vv)(remote, namespace),
        });
    }
    return results;
}
/**
 * global.mtls.enabled makes istio-remote render MeshPolicy/DestinationRule objects, whose CRDs remotes
 * do not have: leave those out (with a warning) when the remote does not serve them. Helm installs
 * the whole release, so with install-method helm that is refused instead.
 */
async function withoutUnservedPolicy(input, remote, rendered) {
    const served = kindServedOn(remote);
    const charts = [];
    const dropped = [];
    for (const part of rendered.charts) {
        const filtered = await (0,security_values/* dropUnservedIstioPolicy */.UX)(part.objects, served);
        dropped.push(...filtered.dropped);
        charts.push({ ...part, objects: filtered.objects });
    }
    if (dropped.length === 0)
        return { rendered, warnings: [] };
    if (input.method === 'helm') {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: remote.name,
            message: `the chart renders ${dropped.join(', ')}, whose Istio CRDs the remote does not serve, and helm installs the whole release`,
            fix: 'use install-method: kubectl (which leaves those objects out; pilot reads mesh policy from the primary), or install the Istio CRDs on the remote.',
        });
    }
    return { rendered: { ...rendered, charts }, warnings: [(0,security_values/* istioPolicyWarning */.NH)(remote.name, dropped)] };
}
async function installOnRemote(input, remote, render) {
    try {
        const plan = input.plan(remote);
        const { rendered, warnings } = await withoutUnservedPolicy(input, remote, await render(remote, plan));
        const { objects, drift } = await deployCharts(input, remote, plan, rendered);
        const inSync = input.resync && drift.length === 0;
        const injection = inSync ? [] : await labelInjection(input, remote);
        const changed = objects.some((o) => o.outcome !== 'unchanged') ||
            injection.some((i) => i.outcome === 'labelled' || i.outcome === 'created-labelled');
        return {
            remote: remote.name,
            manifestPath: rendered.manifestPath,
            objects,
            injection,
            changed: !input.dryRun && changed,
            drift,
            warnings,
        };
    }
    catch (error) {
        if (error instanceof errors/* StageError */.Zu)
            throw error;
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: remote.name,
            message: (0,client/* apiMessage */.SX)(error),
            fix: 'check that the remote kubeconfig may create these objects (see preflight) and that the chart matches the cluster version.',
            cause: error,
        });
    }
}
/**
 * Installs istio-remote on every remote in parallel (bounded by parallelism). Every remote is
 * attempted; failures are reported together, each naming its remote.
 */
async function installRemotes(input) {
    const render = makeRenderer(input.manifestDir);
    const limit = (0,p_limit/* default */.A)(Math.max(1, input.parallelism));
    const settled = await Promise.allSettled(input.remotes.map((remote) => limit(() => installOnRemote(input, remote, render))));
    const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []));
    if (failures.length === 1)
        throw failures[0];
    if (failures.length > 1)
        throw new Error(failures.map((f) => (0,client/* apiMessage */.SX)(f)).join('\n'));
    return { remotes: settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])) };
}

// EXTERNAL MODULE: ./src/istio/components.ts
var components = __webpack_require__(45910);
// EXTERNAL MODULE: ./src/istio/remote-values.ts
var remote_values = __webpack_require__(89235);
// EXTERNAL MODULE: ./src/steps/security-inputs.ts
var security_inputs = __webpack_require__(52591);
// EXTERNAL MODULE: ./src/istio/profiles.ts
var profiles = __webpack_require__(17052);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var steps_common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
// EXTERNAL MODULE: ./src/steps/chart-inputs.ts
var chart_inputs = __webpack_require__(43741);
;// CONCATENATED MODULE: ./src/steps/remote-install.ts












function readAddresses() {
    const addresses = {};
    for (const spec of components/* COMPONENTS */.$j) {
        const value = core/* getInput */.V4(`${spec.name}-pod-ip`).trim();
        if (value)
            addresses[spec.name] = value;
    }
    return addresses;
}
async function readChartSource(profile) {
    const source = await (0,chart_inputs/* readOptionalChartSource */.e)('remote-install', profile);
    if (source)
        return source;
    throw new Error('[remote-install] no remote chart: set chart (a path relative to the workspace, e.g. install/kubernetes/helm/istio-remote) or istio-version (e.g. 1.0.6).');
}
async function makePlanner(profile, primaryName) {
    const addresses = readAddresses();
    const source = await readChartSource(profile);
    const common = {
        helmPath: core/* getInput */.V4('helm-path') || 'helm',
        namespace: (0,steps_common/* readNamespace */.oZ)(),
        release: core/* getInput */.V4('release-name') || 'istio-remote',
        source,
    };
    if (profile.name === 'istio-1.0') {
        const sidecarInjector = (0,parse/* parseBoolean */.yG)('sidecar-injector', core/* getInput */.V4('sidecar-injector'), true);
        const security = (0,security_inputs/* readSecurityOptions */.$)();
        const problems = (0,security_values/* securityProblems */.RX)(security, addresses.pilot);
        if (problems.length > 0)
            throw new Error(`[remote-install] ${problems.join('; ')}`);
        const extraValues = [...(0,security_values/* securityValues */.F_)('remote', security), ...(0,chart_inputs/* readExtraValues */.F)('remote-install')];
        const values = (0,remote_values/* remoteChartValues */.x)({ addresses, sidecarInjector, extraValues });
        const plan = {
            charts: (0,profiles/* istio10Charts */.dp)({ ...common, values }),
            marks: { valuesHash: (0,hash/* stableHash */.c)(values), addresses: { ...addresses } },
            namespaceAnnotations: {},
        };
        return () => plan;
    }
    const discoveryAddress = addresses.pilot;
    if (!discoveryAddress)
        throw new Error('[remote-install] no discovery address: the endpoints step found no istiod address.');
    const extra = (0,chart_inputs/* readExtraValues */.F)('remote-install');
    const meshId = core/* getInput */.V4('mesh-id') || 'mesh1';
    const networks = parseNetworks();
    return (remote) => {
        const charts = (0,profiles/* currentRemoteCharts */.Fw)({
            ...common,
            values: extra,
            remote: remote.name,
            network: networks(remote.name),
            meshId,
            discoveryAddress,
        });
        return {
            charts,
            marks: { valuesHash: (0,hash/* stableHash */.c)(charts.map((c) => c.values)), addresses: { istiod: discoveryAddress } },
            namespaceAnnotations: { [profiles/* CONTROL_PLANE_CLUSTERS_ANNOTATION */.zj]: primaryName },
        };
    };
}
/** `network` input: one network for all (default network1), or name=network pairs per remote. */
function parseNetworks() {
    const text = core/* getInput */.V4('network').trim() || 'network1';
    if (!text.includes('='))
        return () => text;
    const pairs = Object.fromEntries((0,parse/* parseList */.E1)(text).map((item) => item.split('=').map((p) => p.trim())));
    return (remote) => pairs[remote] ?? 'network1';
}
function run() {
    return (0,step/* runAsStep */.I)('remote-install', async () => {
        const mode = (0,steps_common/* readMode */.Em)();
        if (!(0,steps_common/* wiresRemotes */.E5)(mode))
            return (0,steps_common/* skippedFor */._d)(mode);
        const profile = (0,steps_common/* readProfile */.er)();
        const { primary, remotes } = (0,steps_common/* readClusters */.c6)();
        const result = await installRemotes({
            remotes,
            plan: await makePlanner(profile, primary.name),
            method: (0,parse/* parseChoice */.HU)('install-method', core/* getInput */.V4('install-method'), ['kubectl', 'helm'], 'kubectl'),
            injectionNamespaces: (0,parse/* parseList */.E1)(core/* getInput */.V4('injection-namespaces') || 'default'),
            parallelism: (0,parse/* parsePositiveInt */.EJ)('parallelism', core/* getInput */.V4('parallelism'), 4),
            dryRun: mode === 'render',
            resync: mode === 'resync',
            manifestDir: (0,steps_common/* runDirectory */.xw)('manifests'),
        });
        const drifted = result.remotes
            .filter((r) => r.drift.length > 0)
            .map((r) => ({ remote: r.remote, reasons: r.drift }));
        return {
            outputs: {
                'manifest-path': result.remotes[0]?.manifestPath ?? '',
                'manifest-paths': JSON.stringify(Object.fromEntries(result.remotes.map((r) => [r.remote, r.manifestPath]))),
                'changed-remotes': JSON.stringify(result.remotes.filter((r) => r.changed).map((r) => r.remote)),
                'drifted-remotes': JSON.stringify(drifted),
            },
            report: {
                warnings: result.remotes.flatMap((r) => r.warnings),
                did: result.remotes.map((r) => {
                    if (mode === 'resync' && r.drift.length === 0)
                        return `${r.remote}: in sync, nothing written`;
                    const changed = r.objects.filter((o) => o.outcome !== 'unchanged').length;
                    const labels = r.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ');
                    const verb = mode === 'render' ? 'would apply' : 'applied';
                    const why = r.drift.length > 0 ? ` — repaired: ${r.drift.join('; ')}` : '';
                    return `${r.remote}: ${verb} ${r.objects.length} objects (${changed} created or changed); injection ${labels || 'none'}${why}`;
                }),
            },
        };
    });
}


/***/ }),

/***/ 52591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readSecurityOptions)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25303);


/**
 * The mtls and control-plane-security inputs, and whether a CA is plugged in (`plugged-in-ca`, the
 * cacerts step's output). Read by the cacerts, primary and remote-install steps.
 */
function readSecurityOptions() {
    return {
        mtls: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('mtls', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mtls'), false),
        controlPlaneSecurity: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('control-plane-security', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('control-plane-security'), false),
        selfSigned: !(0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('plugged-in-ca', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('plugged-in-ca'), false),
    };
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

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


/***/ })

};
