export const id = 338;
export const ids = [338];
export const modules = {

/***/ 38814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ remotePlanner)
/* harmony export */ });
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95138);
/* harmony import */ var _profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17052);
/* harmony import */ var _remote_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89235);
/* harmony import */ var _security_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41535);




/**
 * The plan of every remote, built from the settings alone (no I/O): istio-1.0 renders one istio-remote
 * release shared by all remotes; istio-current renders base and istiod per remote (cluster name,
 * network and injection path differ). Throws when no plan is possible (no discovery address, a
 * security combination the addresses cannot serve).
 */
function remotePlanner(settings) {
    const { addresses } = settings;
    const common = {
        helmPath: settings.helmPath,
        namespace: settings.namespace,
        release: settings.release,
        source: settings.source,
    };
    if (settings.profile.name === 'istio-1.0') {
        const problems = (0,_security_values_js__WEBPACK_IMPORTED_MODULE_3__/* .securityProblems */ .RX)(settings.security, addresses.pilot);
        if (problems.length > 0)
            throw new Error(problems.join('; '));
        const extraValues = [...(0,_security_values_js__WEBPACK_IMPORTED_MODULE_3__/* .securityValues */ .F_)('remote', settings.security), ...settings.extraValues];
        const values = (0,_remote_values_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteChartValues */ .x)({ addresses, sidecarInjector: settings.sidecarInjector, extraValues });
        const plan = {
            charts: (0,_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .istio10Charts */ .dp)({ ...common, values }),
            marks: { valuesHash: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .stableHash */ .c)(values), addresses: { ...addresses } },
            namespaceAnnotations: {},
        };
        return () => plan;
    }
    const discoveryAddress = addresses.pilot;
    if (!discoveryAddress)
        throw new Error('no discovery address: the endpoints step found no istiod address.');
    return (remote) => {
        const charts = (0,_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .currentRemoteCharts */ .Fw)({
            ...common,
            values: settings.extraValues,
            remote,
            network: settings.network(remote),
            meshId: settings.meshId,
            discoveryAddress,
        });
        return {
            charts,
            marks: { valuesHash: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .stableHash */ .c)(charts.map((c) => c.values)), addresses: { istiod: discoveryAddress } },
            namespaceAnnotations: { [_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTROL_PLANE_CLUSTERS_ANNOTATION */ .zj]: settings.primaryName },
        };
    };
}


/***/ }),

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
/* harmony import */ var _util_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59847);


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
            dropped.push(`${(0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .describeObject */ .v8)(object)} (${object.apiVersion})`);
    }
    return { objects: kept, dropped };
}
/** The warning for dropped objects, naming each of them and why that is safe. */
function istioPolicyWarning(cluster, dropped) {
    return (`remote "${cluster}" does not serve the Istio CRDs of ${dropped.join(', ')}: these objects were not applied there. ` +
        'Pilot reads mesh policy from the primary only; install the primary with the same mtls input so the policy exists there.');
}


/***/ }),

/***/ 9379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ resolveMarked),
/* harmony export */   L1: () => (/* binding */ findDrift),
/* harmony export */   SB: () => (/* binding */ installWithKubectl),
/* harmony export */   dC: () => (/* binding */ describeAddressChanges),
/* harmony export */   l5: () => (/* binding */ RELEASE_LABEL),
/* harmony export */   oX: () => (/* binding */ installWithHelm),
/* harmony export */   sB: () => (/* binding */ renderManifest)
/* harmony export */ });
/* unused harmony export markObjects */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31934);
/* harmony import */ var _kube_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89501);
/* harmony import */ var _util_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59847);
/* harmony import */ var _kube_namespaces_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62541);
/* harmony import */ var _tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23648);
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17393);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95138);










/** Label on every object the kubectl method applies, so uninstall and resync find them. */
const RELEASE_LABEL = 'istio-multicluster-action/release';
/**
 * Labels and annotates rendered objects so the action can find them again (kubectl method): its own
 * keys only, so every rendered label and annotation reaches the cluster as rendered.
 */
function markObjects(objects, release, marks) {
    return objects.map((object) => ({
        ...object,
        metadata: {
            ...object.metadata,
            labels: {
                ...object.metadata.labels,
                [RELEASE_LABEL]: release,
            },
            annotations: {
                ...object.metadata.annotations,
                [_istio_labels_js__WEBPACK_IMPORTED_MODULE_9__/* .VALUES_HASH_ANNOTATION */ .AJ]: marks.valuesHash,
                [_istio_labels_js__WEBPACK_IMPORTED_MODULE_9__/* .ADDRESSES_ANNOTATION */ .RS]: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J)(marks.addresses),
            },
        },
    }));
}
async function renderManifest(input) {
    let text;
    try {
        text = await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmTemplate */ .Zp)(input.chart);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .StageError */ .Zu({
            stage: input.stage,
            message: `rendering chart ${input.chart.chart} failed: ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_2__/* .apiMessage */ .SX)(error)}`,
            fix: input.stage === 'primary'
                ? 'check primary-chart (the Istio control-plane chart, relative to the workspace) and primary-values.'
                : 'check the chart source (chart, chart-repository with chart-version, or istio-version) and the values input.',
            cause: error,
        });
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.manifestPath), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(input.manifestPath, text, { mode: 0o600 });
    return text;
}
function sameManifest(a, b) {
    const normalize = (text) => (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text).map(_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J).sort();
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J)(normalize(a)) === (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .stableStringify */ .J)(normalize(b));
}
/** The rendered objects as the kubectl method applies them: marked, kinds resolved, namespaces set. */
function resolveMarked(input, remote, objects) {
    return (0,_kube_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveObjects */ .zh)(remote, markObjects(objects, input.chart.release, input.marks), input.chart.namespace);
}
/** Server-side apply of objects resolveMarked() returned. */
async function installWithKubectl(input, remote, resolved) {
    const namespace = input.chart.namespace;
    if (input.dryRun) {
        return {
            objects: resolved.map((o) => ({ object: `${o.kind} ${o.metadata.name}`, outcome: 'unchanged' })),
            namespace: 'unknown',
        };
    }
    const created = await (0,_kube_namespaces_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureNamespace */ .Gv)(remote, namespace);
    return {
        objects: await (0,_kube_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .applyObjects */ .r3)(remote, resolved, { kubectlPath: input.kubectlPath }),
        namespace: created,
    };
}
async function installWithHelm(input, remote, manifest) {
    const deployed = await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmGetManifest */ .IK)(input.chart.helmPath, input.chart.release, input.chart.namespace, remote.kubeconfigPath);
    if (deployed !== undefined && sameManifest(deployed, manifest)) {
        return {
            objects: [{ object: `helm release ${input.chart.release}`, outcome: 'unchanged' }],
            namespace: 'exists',
        };
    }
    if (input.dryRun) {
        return {
            objects: [
                { object: `helm release ${input.chart.release}`, outcome: deployed ? 'configured' : 'created' },
            ],
            namespace: 'unknown',
        };
    }
    const namespace = await (0,_kube_namespaces_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureNamespace */ .Gv)(remote, input.chart.namespace);
    await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmUpgradeInstall */ .AI)(input.chart, remote.kubeconfigPath);
    return {
        objects: [
            { object: `helm release ${input.chart.release}`, outcome: deployed ? 'configured' : 'created' },
        ],
        namespace,
    };
}
/** What moved between the addresses a remote was rendered with and the current ones, e.g. "pilot 10.10.0.6 -> 10.10.0.9". */
function describeAddressChanges(previous, current) {
    const names = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
    return names
        .filter((name) => previous[name] !== current[name])
        .map((name) => `${name} ${previous[name] ?? '(none)'} -> ${current[name] ?? '(none)'}`);
}
/** Helm method: why the deployed release no longer matches the chart rendered now. Empty when nothing drifted. */
async function findDrift(input, remote, objects) {
    const deployed = await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_6__/* .helmGetManifest */ .IK)(input.chart.helmPath, input.chart.release, input.chart.namespace, remote.kubeconfigPath);
    if (deployed === undefined)
        return [`helm release ${input.chart.release} is not installed`];
    return sameManifest(deployed, stringifyForCompare(objects))
        ? []
        : ['the deployed release differs from the chart rendered with the current addresses'];
}
function stringifyForCompare(objects) {
    return objects.map((o) => JSON.stringify(o)).join('\n---\n');
}


/***/ }),

/***/ 23877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ releaseSelector),
/* harmony export */   dg: () => (/* binding */ partitionKept),
/* harmony export */   jl: () => (/* binding */ discoverKinds),
/* harmony export */   q_: () => (/* binding */ uninstallKinds),
/* harmony export */   yY: () => (/* binding */ PLACEHOLDER_PILOT_ADDRESS)
/* harmony export */ });
/* unused harmony export FIXED_KINDS */
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31934);
/* harmony import */ var _util_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59847);
/* harmony import */ var _tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23648);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _deploy_chart_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9379);





const STAGE = 'uninstall';
/** Kinds searched for release-labelled objects whatever the chart renders (kubectl method). */
const FIXED_KINDS = [
    { apiVersion: 'v1', kind: 'ServiceAccount' },
    { apiVersion: 'v1', kind: 'ConfigMap' },
    { apiVersion: 'v1', kind: 'Service' },
    { apiVersion: 'v1', kind: 'Endpoints' },
    { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' },
    { apiVersion: 'apps/v1', kind: 'Deployment' },
    { apiVersion: 'v1', kind: 'Secret' },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole' },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding' },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' },
    { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration' },
    { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration' },
    { apiVersion: 'batch/v1', kind: 'Job' },
];
/** Never searched by label: the Istio namespace goes only when the action created it. */
const UNSEARCHED_KINDS = new Set(['Namespace']);
/**
 * Deleted only while unused: deleting a CRD deletes every resource of that kind on the cluster (users'
 * Istio configuration too). A CRD the action created that still has resources is kept and reported.
 */
const KEPT_KINDS = new Set(['CustomResourceDefinition']);
/** The field manager kube/namespaces.ts applies the injection label with. */
/** A documentation address (RFC 5737) standing in for pilot when charts are rendered only to learn their kinds. */
const PLACEHOLDER_PILOT_ADDRESS = '192.0.2.1';
function releaseSelector(release) {
    return `${_deploy_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASE_LABEL */ .l5}=${release}`;
}
/** FIXED_KINDS first, then every other kind the charts render (one entry per kind name, no Namespace). */
function uninstallKinds(rendered) {
    const kinds = [...FIXED_KINDS];
    for (const { apiVersion, kind } of rendered) {
        if (UNSEARCHED_KINDS.has(kind) || kinds.some((k) => k.kind === kind))
            continue;
        kinds.push({ apiVersion, kind });
    }
    return kinds;
}
/** Renders the charts (placeholder addresses, no hooks) to learn their kinds; without charts, the fixed list. */
async function discoverKinds(charts) {
    const rendered = [];
    for (const chart of charts) {
        try {
            rendered.push(...(0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(await (0,_tools_helm_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .helmTemplate */ .Zp)(chart)));
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageError */ .Zu({
                stage: STAGE,
                message: `rendering chart ${chart.chart} to learn its kinds failed: ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessage */ .SX)(error)}`,
                fix: 'give the chart (or istio-version) and values the install used, or leave chart and istio-version empty to search the fixed kind list only.',
                cause: error,
            });
        }
    }
    return uninstallKinds(rendered);
}
/** Splits found objects into those to delete and those kept on purpose (CRDs). */
function partitionKept(objects) {
    return {
        remove: objects.filter((o) => !KEPT_KINDS.has(o.kind)),
        keep: objects.filter((o) => KEPT_KINDS.has(o.kind)),
    };
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

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify),
/* harmony export */   c: () => (/* binding */ stableHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A short stable hash of a JSON-able value (keys sorted), for change detection annotations. */
function stableHash(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(stableStringify(value)).digest('hex').slice(0, 16);
}
function stableStringify(value) {
    if (Array.isArray(value))
        return `[${value.map(stableStringify).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}


/***/ })

};
