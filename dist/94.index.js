export const id = 94;
export const ids = [94];
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

/***/ 94:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./src/istio/ca.ts
var ca = __webpack_require__(21106);
// EXTERNAL MODULE: ./src/istio/security-values.ts
var security_values = __webpack_require__(41535);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/istio/ca-generate.ts
var ca_generate = __webpack_require__(65948);
// EXTERNAL MODULE: ./src/kube/marks.ts
var marks = __webpack_require__(15735);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/stages/shared/cacerts-write.ts
var cacerts_write = __webpack_require__(33048);
;// CONCATENATED MODULE: ./src/stages/cacerts.ts






/** The Secret Citadel mounts when security.selfSigned=false. */

const STAGE = 'cacerts';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A generated intermediate is renewed when it has less than this left (else it is kept, so runs do not rotate keys). */
const RENEW_BEFORE_MS = 30 * DAY_MS;
function decode(secret, file) {
    const value = secret.data?.[file];
    return value === undefined ? '' : Buffer.from(value, 'base64').toString('utf8');
}
async function readExisting(cluster, namespace) {
    let secret;
    try {
        secret = await (0,client/* coreApi */.kg)(cluster).readNamespacedSecret({ name: cacerts_write/* CACERTS_SECRET */.dE, namespace });
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
    const material = Object.fromEntries(ca/* CA_FIELDS */.rQ.map((field) => [field, decode(secret, ca/* CA_FILES */.h0[field])]));
    return { secret, managed: secret.metadata?.labels?.[marks/* MANAGED_BY_LABEL */.l] === marks/* MANAGED_BY_VALUE */.Q, material };
}
/**
 * An existing secret still good for generate mode: valid, chaining to the given root, and not about to
 * expire (or already running to the root's own end, which a new one could not improve on).
 */
async function keepable(existing, cluster, root, now) {
    const check = await (0,ca/* checkCaMaterial */.yZ)(existing.material, (0,ca/* secretKeyNames */.Ss)((0,cacerts_write/* where */._M)(cluster)), now);
    const notAfter = check.caNotAfter?.getTime() ?? 0;
    const fresh = notAfter - now.getTime() > RENEW_BEFORE_MS || notAfter >= root.notAfter.getTime();
    return check.problems.length === 0 && check.root?.fingerprint === root.fingerprint && fresh;
}
async function desiredMaterial(input, cluster, existing, root) {
    const { source } = input;
    const now = input.now ?? new Date();
    switch (source.kind) {
        case 'shared':
            return { material: source.material, intermediate: 'given', names: source.names ?? ca/* INPUT_NAMES */.Qh };
        case 'per-cluster': {
            const material = source.material[cluster.name];
            if (!material)
                return {
                    problem: `${(0,cacerts_write/* where */._M)(cluster)} no CA material was given for this cluster: give ca-cert, ca-key, root-cert and cert-chain for it`,
                };
            return { material, intermediate: 'given', names: (0,ca/* secretKeyNames */.Ss)((0,cacerts_write/* where */._M)(cluster)) };
        }
        case 'generate': {
            if (existing && root && (await keepable(existing, cluster, root, now))) {
                return { material: existing.material, intermediate: 'kept', names: (0,ca/* secretKeyNames */.Ss)((0,cacerts_write/* where */._M)(cluster)) };
            }
            const material = await (0,ca/* generateIntermediateCa */.BV)(source.rootCert, source.rootKey, cluster.name, { now });
            for (const value of (0,ca/* keyMaskValues */.Ac)('', material.caKey))
                input.onSecret?.(value);
            return { material, intermediate: 'generated', names: (0,ca/* secretKeyNames */.Ss)(`${(0,cacerts_write/* where */._M)(cluster)} generated`) };
        }
    }
}
function conflictProblem(input, cluster) {
    return (`${(0,cacerts_write/* where */._M)(cluster)} secret ${input.namespace}/${cacerts_write/* CACERTS_SECRET */.dE} exists, was not created by this action (no label ${marks/* MANAGED_BY_LABEL */.l}=${marks/* MANAGED_BY_VALUE */.Q}) and holds a different CA. ` +
        `Refusing to replace a CA managed elsewhere. Fix: give that same CA as input, or delete the secret (kubectl -n ${input.namespace} delete secret ${cacerts_write/* CACERTS_SECRET */.dE}) to let the action create it`);
}
async function planCluster(input, cluster, root) {
    let existing;
    try {
        existing = await readExisting(cluster, input.namespace);
    }
    catch (error) {
        return {
            problems: [
                `${(0,cacerts_write/* where */._M)(cluster)} cannot read secret ${input.namespace}/${cacerts_write/* CACERTS_SECRET */.dE}: ${(0,client/* apiMessage */.SX)(error)}. Fix: let the kubeconfig get secrets in ${input.namespace}`,
            ],
        };
    }
    if (existing)
        for (const value of (0,ca/* keyMaskValues */.Ac)('', existing.material.caKey))
            input.onSecret?.(value);
    const desired = await desiredMaterial(input, cluster, existing, root);
    if ('problem' in desired)
        return { problems: [desired.problem] };
    const check = await (0,ca/* checkCaMaterial */.yZ)(desired.material, desired.names, input.now);
    const problems = [...check.problems];
    const unmanagedKept = existing && !existing.managed && desired.intermediate === 'kept';
    if (existing && !existing.managed && !unmanagedKept && !(0,cacerts_write/* sameContent */.Cm)(existing.material, desired.material)) {
        problems.push(conflictProblem(input, cluster));
    }
    return {
        cluster,
        existing,
        material: desired.material,
        intermediate: desired.intermediate,
        check,
        problems,
    };
}
function rootOf(input) {
    if (input.source.kind !== 'generate')
        return { problems: [] };
    const names = input.source.names ?? { rootCert: 'input root-cert', rootKey: 'input root-key' };
    const check = (0,ca_generate/* checkRootForSigning */.f)(input.source.rootCert, input.source.rootKey, names, input.now);
    return { ...(check.root ? { root: check.root } : {}), problems: [...check.problems] };
}
/**
 * Puts the plugged-in CA (Secret `cacerts`) on the primary and every remote. Everything is read and
 * validated for every cluster first, and all problems are reported together before anything is
 * written; a write that fails rolls back the clusters already written, so all get the CA or none. Unchanged secrets are not written; a `cacerts` the action did not create is never
 * replaced; generated intermediates are kept while they still chain to the root and are not near
 * expiry.
 */
async function installCaCerts(input) {
    const root = rootOf(input);
    if (root.problems.length > 0)
        throw new errors/* ProblemsError */.FQ(STAGE, root.problems);
    const planned = await Promise.all(input.clusters.map((cluster) => planCluster(input, cluster, root.root)));
    const plans = planned.filter((p) => 'cluster' in p);
    const problems = planned.flatMap((p) => [...p.problems]);
    const roots = plans.flatMap((p) => (p.check.root ? [{ where: p.cluster.name, root: p.check.root }] : []));
    problems.push(...(0,ca/* differentRootProblems */.Is)(roots));
    const sharedRoot = roots[0]?.root;
    if (problems.length > 0 || !sharedRoot) {
        throw new errors/* ProblemsError */.FQ(STAGE, [
            ...new Set(problems.length > 0 ? problems : ['no cluster to put the CA on']),
        ]);
    }
    const clusters = [];
    const written = [];
    for (const plan of plans) {
        let outcome;
        try {
            outcome = await (0,cacerts_write/* writePlan */.pD)(input, plan, written);
        }
        catch (error) {
            return (0,cacerts_write/* rollBack */.Fu)(input, written, error);
        }
        clusters.push({ cluster: plan.cluster.name, outcome, intermediate: plan.intermediate });
    }
    return { root: sharedRoot, clusters };
}

// EXTERNAL MODULE: ./src/util/parsed.ts
var util_parsed = __webpack_require__(44967);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/steps/security-inputs.ts
var security_inputs = __webpack_require__(52591);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/cacerts.ts











const cacerts_STAGE = 'cacerts';
const CA_INPUTS = {
    caCert: 'ca-cert',
    caKey: 'ca-key',
    rootCert: 'root-cert',
    certChain: 'cert-chain',
};
const KEY_INPUTS = ['ca-key', 'root-key'];
/**
 * Masks every private key input (raw, each line, the PEM, its base64 forms) before anything else
 * of this step runs or logs.
 */
function maskKeyInputs() {
    for (const name of KEY_INPUTS) {
        const raw = core/* getInput */.V4(name);
        if (raw.trim() === '')
            continue;
        const parsed = (0,ca/* readPemInput */.$e)(name, raw);
        for (const value of (0,ca/* keyMaskValues */.Ac)(raw, parsed.ok ? parsed.value : undefined))
            core/* setSecret */.Pq(value);
    }
}
function given(name) {
    return core/* getInput */.V4(name).trim() !== '';
}
/** Reads PEM inputs by field; throws every problem at once. */
function pemInputs(names) {
    const parsed = Object.entries(names).map(([field, name]) => [field, (0,ca/* readPemInput */.$e)(name, core/* getInput */.V4(name))]);
    const problems = (0,util_parsed/* problemsOf */.GW)(parsed.map(([, result]) => result));
    if (problems.length > 0)
        throw new errors/* ProblemsError */.FQ(cacerts_STAGE, problems);
    return Object.fromEntries(parsed.map(([field, result]) => [field, result.ok ? result.value : '']));
}
function sharedSource() {
    const missing = Object.values(CA_INPUTS).filter((name) => !given(name));
    const problems = missing.length > 0
        ? [
            `ca-cert, ca-key, root-cert and cert-chain go together; missing: ${missing.join(', ')}. Fix: give all four (the files of Istio's plug-in CA), or root-cert and root-key with generate-intermediate-cas: true`,
        ]
        : [];
    if (given('root-key'))
        problems.push('root-key is used only with generate-intermediate-cas: true: remove it, or set generate-intermediate-cas: true and give root-cert and root-key only');
    if (problems.length > 0)
        throw new errors/* ProblemsError */.FQ(cacerts_STAGE, problems);
    return { kind: 'shared', material: pemInputs(CA_INPUTS), names: ca/* INPUT_NAMES */.Qh };
}
function generateSource() {
    const problems = [];
    const extra = ['ca-cert', 'ca-key', 'cert-chain'].filter(given);
    if (extra.length > 0)
        problems.push(`generate-intermediate-cas: true issues ca-cert, ca-key and cert-chain itself; remove ${extra.join(', ')} and give root-cert and root-key`);
    const missing = ['root-cert', 'root-key'].filter((name) => !given(name));
    if (missing.length > 0)
        problems.push(`generate-intermediate-cas: true needs root-cert and root-key; missing: ${missing.join(', ')}`);
    if (problems.length > 0)
        throw new errors/* ProblemsError */.FQ(cacerts_STAGE, problems);
    const root = pemInputs({ rootCert: 'root-cert', rootKey: 'root-key' });
    return { kind: 'generate', ...root, names: { rootCert: 'input root-cert', rootKey: 'input root-key' } };
}
/** Undefined when no CA input is given (the step is skipped). */
function readSource() {
    const generate = (0,parse/* parseBoolean */.yG)('generate-intermediate-cas', core/* getInput */.V4('generate-intermediate-cas'), false);
    if (generate)
        return generateSource();
    if (![...Object.values(CA_INPUTS), 'root-key'].some(given))
        return undefined;
    return sharedSource();
}
function reportOf(result, namespace) {
    return {
        did: result.clusters.map((c) => `${c.cluster}: ${namespace}/cacerts ${c.outcome} (intermediate ${c.intermediate}, root "${result.root.subject}")`),
    };
}
function readInputs() {
    return (0,inputs/* readStepInputs */.W)(cacerts_STAGE, {
        source: readSource,
        security: security_inputs/* readSecurityOptions */.$,
        namespace: () => (0,common/* readNamespace */.oZ)(cacerts_STAGE),
        clusters: common/* readClusters */.c6,
    });
}
function run() {
    return (0,step/* runAsStep */.I)(cacerts_STAGE, async () => {
        maskKeyInputs();
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const { source, security, namespace, clusters: all } = readInputs();
        if (!source) {
            // Without a CA every Citadel keeps its own root, which mtls / control-plane-security across clusters cannot use.
            const problems = (0,security_values/* securityProblems */.RX)({ ...security, selfSigned: true });
            if (problems.length > 0)
                throw new errors/* ProblemsError */.FQ(cacerts_STAGE, problems);
            return {
                outputs: { 'cacerts-clusters': '[]', 'plugged-in-ca': 'false', 'root-fingerprint': '' },
                report: { did: [], skipped: 'no CA input given (Citadel keeps its self-signed root)' },
            };
        }
        const dryRun = mode === 'render';
        const clusters = [all.primary, ...all.remotes];
        const result = await core/* group */.Os(`Put the ${namespace}/cacerts secret on ${clusters.map((c) => c.name).join(', ')}`, () => installCaCerts({ clusters, namespace, source, dryRun, onSecret: (value) => core/* setSecret */.Pq(value) }));
        const placed = result.clusters
            .filter((c) => ['created', 'updated', 'unchanged'].includes(c.outcome))
            .map((c) => c.cluster);
        return {
            outputs: {
                'cacerts-clusters': JSON.stringify(placed),
                'plugged-in-ca': 'true',
                'root-fingerprint': result.root.fingerprint,
            },
            report: reportOf(result, namespace),
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
