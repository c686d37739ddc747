export const id = 29;
export const ids = [29];
export const modules = {

/***/ 7393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ VALUES_HASH_ANNOTATION),
/* harmony export */   Q9: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   RS: () => (/* binding */ ADDRESSES_ANNOTATION),
/* harmony export */   UX: () => (/* binding */ INJECTION_ENABLED),
/* harmony export */   jo: () => (/* binding */ INJECTION_LABEL),
/* harmony export */   lT: () => (/* binding */ MANAGED_BY_LABEL),
/* harmony export */   oT: () => (/* binding */ MULTICLUSTER_SECRET_LABEL),
/* harmony export */   qx: () => (/* binding */ REMOTE_NAME_LABEL)
/* harmony export */ });
/* unused harmony export INJECTION_ADDED_ANNOTATION */
/** Labels and annotations Istio reads, and the ones this action writes so it can find its work again. */
const MULTICLUSTER_SECRET_LABEL = 'istio/multiCluster';
const INJECTION_LABEL = 'istio-injection';
const INJECTION_ENABLED = 'enabled';
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'istio-multicluster-action';
/** The remote cluster a registration secret or token secret belongs to. */
const REMOTE_NAME_LABEL = 'istio-multicluster-action/remote';
/** Hash of all chart values a remote was rendered with; resync compares it. */
const VALUES_HASH_ANNOTATION = 'istio-multicluster-action/values-hash';
/** The control-plane addresses a remote was rendered with (JSON), so resync can say what moved. */
const ADDRESSES_ANNOTATION = 'istio-multicluster-action/addresses';
/** Set on namespaces whose injection label this action added (not ones that already had it). */
const INJECTION_ADDED_ANNOTATION = 'istio-multicluster-action/injection-label-added';


/***/ }),

/***/ 8368:
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

/***/ 9029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 827 modules
var dist = __webpack_require__(7853);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(1934);
// EXTERNAL MODULE: ./src/kube/wait.ts
var wait = __webpack_require__(8368);
// EXTERNAL MODULE: ./src/kube/kubeconfig.ts
var kube_kubeconfig = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/istio/labels.ts
var labels = __webpack_require__(7393);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/credential-files.ts
var credential_files = __webpack_require__(6441);
;// CONCATENATED MODULE: ./src/stages/remote-kubeconfig.ts







const STAGE = 'remote-kubeconfig';
const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const SA_ANNOTATION = 'kubernetes.io/service-account.name';
function tokenSecretName(serviceAccount) {
    return `${serviceAccount}-token-istio-multicluster`;
}
function filled(secret) {
    return Boolean(secret?.data?.token && secret.data['ca.crt']);
}
async function readSecret(cluster, namespace, name) {
    try {
        return await (0,client/* coreApi */.kg)(cluster).readNamespacedSecret({ namespace, name });
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
/** Before Kubernetes 1.24 the account lists its token Secret; that is the seed's path. */
async function listedTokenSecret(input) {
    const account = await readAccount(input);
    for (const ref of account?.secrets ?? []) {
        if (!ref.name)
            continue;
        const secret = await readSecret(input.remote, input.namespace, ref.name);
        if (secret?.type === TOKEN_TYPE && filled(secret))
            return secret;
    }
    return undefined;
}
async function readAccount(input) {
    try {
        return await (0,client/* coreApi */.kg)(input.remote).readNamespacedServiceAccount({
            namespace: input.namespace,
            name: input.serviceAccount,
        });
    }
    catch (error) {
        // In render mode istio-remote may not be installed yet; otherwise a missing account is an error.
        if ((0,client/* isNotFound */.c4)(error) && input.dryRun)
            return undefined;
        throw error;
    }
}
/** From 1.24 on: a token Secret annotated for the account, ours first, else any filled one. */
async function annotatedTokenSecret(input) {
    const ours = await readSecret(input.remote, input.namespace, tokenSecretName(input.serviceAccount));
    if (ours)
        return ours;
    const secrets = await (0,client/* coreApi */.kg)(input.remote).listNamespacedSecret({
        namespace: input.namespace,
        fieldSelector: `type=${TOKEN_TYPE}`,
    });
    return secrets.items
        .filter((s) => s.metadata?.annotations?.[SA_ANNOTATION] === input.serviceAccount && filled(s))
        .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))[0];
}
async function createTokenSecret(input) {
    await (0,client/* coreApi */.kg)(input.remote).createNamespacedSecret({
        namespace: input.namespace,
        body: {
            metadata: {
                name: tokenSecretName(input.serviceAccount),
                annotations: { [SA_ANNOTATION]: input.serviceAccount },
                labels: { [labels/* MANAGED_BY_LABEL */.lT]: labels/* MANAGED_BY_VALUE */.Q9, [labels/* REMOTE_NAME_LABEL */.qx]: input.remote.name },
            },
            type: TOKEN_TYPE,
        },
    });
}
async function waitUntilFilled(input) {
    const name = tokenSecretName(input.serviceAccount);
    try {
        return await (0,wait/* waitFor */.f)(`the token controller to fill Secret ${input.namespace}/${name}`, async () => {
            const secret = await readSecret(input.remote, input.namespace, name);
            return filled(secret) ? secret : undefined;
        }, { timeoutMs: input.timeoutMs, intervalMs: 500 });
    }
    catch (error) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.remote.name,
            message: `the token Secret ${input.namespace}/${name} was not filled: ${(0,client/* apiMessage */.SX)(error)}`,
            fix: "the cluster's controller manager must run the token controller (service-account-private-key-file and root-ca-file); check its logs, or raise wait-timeout.",
            cause: error,
        });
    }
}
async function obtainToken(input) {
    const listed = await listedTokenSecret(input);
    if (listed)
        return { secret: listed, source: 'service-account-secret' };
    const annotated = await annotatedTokenSecret(input);
    if (annotated && filled(annotated))
        return { secret: annotated, source: 'existing-token-secret' };
    if (input.dryRun)
        return { secret: undefined, source: 'would-create' };
    if (!annotated)
        await createTokenSecret(input);
    return { secret: await waitUntilFilled(input), source: 'created-token-secret' };
}
/** Proves the generated kubeconfig carries only the reader rights: pods listable, secrets refused. */
async function verifyReaderKubeconfig(kubeconfigYaml, namespace) {
    const config = new dist/* KubeConfig */.ypW();
    config.loadFromString(kubeconfigYaml);
    const core = config.makeApiClient(dist/* CoreV1Api */.f5Y);
    await core.listNamespacedPod({ namespace, limit: 1 });
    try {
        await core.listNamespacedSecret({ namespace, limit: 1 });
    }
    catch (error) {
        if ((0,client/* apiStatus */.$T)(error) === 403)
            return 'lists pods; reading secrets is refused (403)';
        throw error;
    }
    throw new Error('the generated kubeconfig can read secrets: the service account has more than the istio-reader rights');
}
function decode(value) {
    return Buffer.from(value, 'base64').toString('utf8');
}
/**
 * The seed's "Generate kubeconfigs" stage for one remote: a token for the reader account (the listed
 * Secret before 1.24, else a token Secret the action creates), a kubeconfig named after the remote,
 * and a check against the remote that it works with reader rights only.
 */
async function generateRemoteKubeconfig(input) {
    const server = input.apiServerOverride ?? (0,client/* serverOf */.FN)(input.remote);
    try {
        const { secret, source } = await obtainToken(input);
        if (!secret?.data?.token || !secret.data['ca.crt']) {
            return {
                remote: input.remote.name,
                kubeconfigPath: undefined,
                tokenSecret: tokenSecretName(input.serviceAccount),
                tokenSource: source,
                secretValues: [],
                server,
                verification: 'not verified (render mode: the token Secret would be created)',
                warnings: [],
            };
        }
        const token = decode(secret.data.token);
        const build = (at) => (0,kube_kubeconfig/* buildTokenKubeconfig */.jg)({
            name: input.remote.name,
            server: at,
            caData: secret.data?.['ca.crt'] ?? '',
            token,
        });
        const kubeconfig = build(server);
        const warnings = [];
        const verification = await verifyWithFallback(input, build, server, warnings);
        const kubeconfigPath = input.dryRun
            ? undefined
            : (0,credential_files/* writeCredentialFile */.V)(input.outputDir, `${input.remote.name}-${input.serviceAccount}.kubeconfig`, kubeconfig);
        return {
            remote: input.remote.name,
            kubeconfigPath,
            tokenSecret: secret.metadata?.name,
            tokenSource: source,
            secretValues: [token, secret.data.token],
            server,
            verification,
            warnings,
        };
    }
    catch (error) {
        if (error instanceof errors/* StageError */.Zu)
            throw error;
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.remote.name,
            message: (0,client/* apiMessage */.SX)(error),
            fix: `install istio-remote first (it creates the ${input.serviceAccount} service account in ${input.namespace}).`,
            cause: error,
        });
    }
}
/**
 * The override address is how the primary reaches the remote and may be unreachable from the runner;
 * then the same credentials are checked through the runner's address and the gap is reported.
 */
async function verifyWithFallback(input, build, server, warnings) {
    try {
        return await verifyReaderKubeconfig(build(server), input.namespace);
    }
    catch (error) {
        if (input.apiServerOverride === undefined || (0,client/* apiStatus */.$T)(error) !== undefined)
            throw error;
        const runnerServer = (0,client/* serverOf */.FN)(input.remote);
        const result = await verifyReaderKubeconfig(build(runnerServer), input.namespace);
        warnings.push(`${input.remote.name}: ${server} is not reachable from this runner; the credentials were verified through ${runnerServer} instead.`);
        return result;
    }
}

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(5303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(3342);
;// CONCATENATED MODULE: ./src/steps/remote-kubeconfig.ts






function run() {
    return (0,step/* runAsStep */.I)('remote-kubeconfig', async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const dryRun = mode === 'render';
        const profile = (0,common/* readProfile */.er)();
        const { remotes } = (0,common/* readClusters */.c6)();
        const overrides = (0,parse/* parseKeyValues */.Hl)('remote-api-servers', core/* getInput */.V4('remote-api-servers'));
        const unknown = Object.keys(overrides).filter((name) => !remotes.some((r) => r.name === name));
        if (unknown.length > 0) {
            throw new Error(`[remote-kubeconfig] remote-api-servers names unknown remotes: ${unknown.join(', ')}. Known: ${remotes.map((r) => r.name).join(', ')}.`);
        }
        const limit = (0,p_limit/* default */.A)((0,parse/* parsePositiveInt */.EJ)('parallelism', core/* getInput */.V4('parallelism'), 4));
        const outputDir = (0,common/* runDirectory */.xw)('credentials');
        const results = await Promise.all(remotes.map((remote) => limit(async () => {
            const result = await generateRemoteKubeconfig({
                remote,
                namespace: (0,common/* readNamespace */.oZ)(),
                serviceAccount: profile.readerServiceAccount,
                apiServerOverride: overrides[remote.name],
                timeoutMs: (0,common/* readTimeoutMs */.gb)(),
                outputDir,
                dryRun,
            });
            for (const value of result.secretValues)
                core/* setSecret */.Pq(value);
            return result;
        })));
        const paths = {};
        for (const r of results)
            if (r.kubeconfigPath)
                paths[r.remote] = r.kubeconfigPath;
        return {
            outputs: { 'generated-kubeconfig-paths': JSON.stringify(paths) },
            report: {
                did: results.map((r) => `${r.remote}: token from ${r.tokenSource} (${r.tokenSecret ?? 'none'}), server ${r.server}; ${r.verification}`),
                warnings: results.flatMap((r) => r.warnings),
            },
        };
    });
}


/***/ }),

/***/ 6441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ writeCredentialFile),
/* harmony export */   d: () => (/* binding */ removeCredentialFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);




const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
/**
 * Writes a credential file readable by the owner only (0600), creating `dir` (0700) when missing.
 * The content goes to a fresh temporary file first (created exclusively, never through a symlink)
 * and is renamed into place, so an existing file of looser mode is replaced, not reused.
 */
function writeCredentialFile(dir, fileName, content) {
    if (fileName !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(fileName) || fileName === '' || fileName === '.' || fileName === '..') {
        throw new Error(`credential file name ${JSON.stringify(fileName)} must be a plain file name, without a path.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true, mode: DIR_MODE });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, fileName);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${fileName}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, content, { mode: FILE_MODE, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        throw new Error(`cannot write credential file ${path}`, { cause: error });
    }
    return path;
}
/** Removes credential files; missing ones are fine. Every failure is reported together, after trying all. */
function removeCredentialFiles(paths) {
    const failures = [];
    for (const path of paths) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { force: true });
        }
        catch (error) {
            failures.push(`${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    if (failures.length > 0) {
        throw new Error(`cannot remove credential file(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    }
}


/***/ }),

/***/ 370:
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
