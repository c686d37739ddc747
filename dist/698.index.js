export const id = 698;
export const ids = [698];
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

/***/ 48698:
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
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/objects.ts
var objects = __webpack_require__(49509);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/stages/deploy-chart.ts
var deploy_chart = __webpack_require__(56593);
;// CONCATENATED MODULE: ./src/stages/primary.ts





const STAGE = 'primary';
/** The seed's "Deploy the local Istio control plane": render the primary chart and apply it on the primary. */
async function installPrimary(input) {
    const deploy = {
        stage: STAGE,
        chart: input.chart,
        method: input.method,
        dryRun: input.dryRun,
        manifestPath: input.manifestPath,
        marks: { valuesHash: (0,hash/* stableHash */.c)(input.chart.values), addresses: {} },
    };
    const manifest = await (0,deploy_chart/* renderManifest */.sB)(deploy);
    try {
        const outcome = input.method === 'helm'
            ? await (0,deploy_chart/* installWithHelm */.oX)(deploy, input.primary, manifest)
            : await (0,deploy_chart/* installWithKubectl */.SB)(deploy, input.primary, (0,objects/* parseManifest */.Ng)(manifest));
        return { ...outcome, manifestPath: input.manifestPath };
    }
    catch (error) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: input.primary.name,
            message: (0,client/* apiMessage */.SX)(error),
            fix: 'check primary-chart and primary-values, and that the primary kubeconfig may create the control plane.',
            cause: error,
        });
    }
}

// EXTERNAL MODULE: ./src/istio/remote-values.ts
var remote_values = __webpack_require__(89235);
// EXTERNAL MODULE: ./src/istio/security-values.ts
var security_values = __webpack_require__(41535);
// EXTERNAL MODULE: ./src/steps/security-inputs.ts
var security_inputs = __webpack_require__(52591);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
// EXTERNAL MODULE: ./src/steps/paths.ts
var paths = __webpack_require__(26879);
;// CONCATENATED MODULE: ./src/steps/primary.ts










function run() {
    return (0,step/* runAsStep */.I)('primary', async () => {
        if (!(0,parse/* parseBoolean */.yG)('install-primary', core/* getInput */.V4('install-primary'), false)) {
            return {
                outputs: { 'primary-manifest-path': '' },
                report: { did: [], skipped: 'install-primary is false' },
            };
        }
        const mode = (0,common/* readMode */.Em)();
        if (mode !== 'install' && mode !== 'render')
            return (0,common/* skippedFor */._d)(mode);
        const chartInput = core/* getInput */.V4('primary-chart');
        if (!chartInput)
            throw new Error('[primary] install-primary is true but primary-chart is empty. Fix: set primary-chart to the Istio chart path.');
        const extra = (0,remote_values/* parseExtraValues */.Q)(core/* getInput */.V4('primary-values'));
        if (extra.problems.length > 0)
            throw new Error(`[primary] ${extra.problems.join('; ')}`);
        const { primary } = (0,common/* readClusters */.c6)();
        const result = await core/* group */.Os(`Install the control plane on ${primary.name}`, () => installPrimary({
            primary,
            chart: {
                helmPath: core/* getInput */.V4('helm-path') || 'helm',
                release: core/* getInput */.V4('primary-release') || 'istio',
                chart: (0,paths/* resolveWorkspacePath */.X)(chartInput),
                namespace: (0,common/* readNamespace */.oZ)(),
                values: [...(0,security_values/* securityValues */.F_)('primary', (0,security_inputs/* readSecurityOptions */.$)()), ...extra.values],
            },
            method: (0,parse/* parseChoice */.HU)('install-method', core/* getInput */.V4('install-method'), ['kubectl', 'helm'], 'kubectl'),
            dryRun: mode === 'render',
            manifestPath: (0,external_node_path_.join)((0,common/* runDirectory */.xw)('manifests'), 'primary.yaml'),
        }));
        const changed = result.objects.filter((o) => o.outcome !== 'unchanged').length;
        return {
            outputs: { 'primary-manifest-path': result.manifestPath },
            report: {
                did: [
                    `${primary.name}: ${result.objects.length} objects, ${changed} created or changed${mode === 'render' ? ' (render only)' : ''}`,
                ],
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


/***/ })

};
