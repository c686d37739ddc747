export const id = 698;
export const ids = [698];
export const modules = {

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(1934);
// EXTERNAL MODULE: ./src/kube/objects.ts
var objects = __webpack_require__(9509);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
// EXTERNAL MODULE: ./src/stages/deploy-chart.ts
var deploy_chart = __webpack_require__(6593);
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
var remote_values = __webpack_require__(9235);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(5303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(3342);
// EXTERNAL MODULE: ./src/steps/paths.ts
var paths = __webpack_require__(6879);
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
                values: extra.values,
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


/***/ })

};
