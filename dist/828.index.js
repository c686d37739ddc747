export const id = 828;
export const ids = [828];
export const modules = {

/***/ 1828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAddresses: () => (/* binding */ readAddresses),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(1934);
// EXTERNAL MODULE: ./src/kube/objects.ts
var kube_objects = __webpack_require__(9509);
// EXTERNAL MODULE: ./src/kube/namespaces.ts
var namespaces = __webpack_require__(2541);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/stages/deploy-chart.ts
var deploy_chart = __webpack_require__(6593);
;// CONCATENATED MODULE: ./src/stages/remote-install.ts






const STAGE = 'remote-install';
async function installOnRemote(input, remote, manifest, objects) {
    const deploy = { ...input, stage: STAGE };
    try {
        const installed = input.method === 'helm'
            ? await (0,deploy_chart/* installWithHelm */.oX)(deploy, remote, manifest)
            : await (0,deploy_chart/* installWithKubectl */.SB)(deploy, remote, objects);
        const injection = [];
        for (const namespace of input.injectionNamespaces) {
            injection.push({
                namespace,
                outcome: input.dryRun ? 'would-label' : await (0,namespaces/* enableInjection */.Vv)(remote, namespace),
            });
        }
        const changed = installed.objects.some((o) => o.outcome !== 'unchanged') ||
            injection.some((i) => i.outcome === 'labelled' || i.outcome === 'created-labelled');
        return { remote: remote.name, ...installed, injection, changed: !input.dryRun && changed };
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
 * Renders istio-remote once and installs it on every remote in parallel (bounded by parallelism).
 * Every remote is attempted; failures are reported together with the remote they belong to.
 */
async function installRemotes(input) {
    const manifest = await (0,deploy_chart/* renderManifest */.sB)({ ...input, stage: STAGE });
    const objects = (0,kube_objects/* parseManifest */.Ng)(manifest);
    const limit = (0,p_limit/* default */.A)(Math.max(1, input.parallelism));
    const settled = await Promise.allSettled(input.remotes.map((remote) => limit(() => installOnRemote(input, remote, manifest, objects))));
    const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []));
    if (failures.length === 1)
        throw failures[0];
    if (failures.length > 1) {
        throw new Error(failures.map((f) => (0,client/* apiMessage */.SX)(f)).join('\n'));
    }
    return {
        manifestPath: input.manifestPath,
        objectCount: objects.length,
        remotes: settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])),
    };
}

// EXTERNAL MODULE: ./src/istio/components.ts
var components = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/istio/remote-values.ts
var remote_values = __webpack_require__(9235);
// EXTERNAL MODULE: ./src/istio/profiles.ts
var profiles = __webpack_require__(7052);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(5303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/steps/paths.ts
var paths = __webpack_require__(6879);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(3342);
;// CONCATENATED MODULE: ./src/steps/remote-install.ts











function readAddresses() {
    const addresses = {};
    for (const spec of components/* COMPONENTS */.$) {
        const value = core/* getInput */.V4(`${spec.name}-pod-ip`).trim();
        if (value)
            addresses[spec.name] = value;
    }
    return addresses;
}
async function readChart() {
    const chart = core/* getInput */.V4('chart');
    const istioVersion = core/* getInput */.V4('istio-version');
    if (chart && istioVersion)
        throw new Error('[remote-install] set either chart or istio-version, not both.');
    if (chart)
        return (0,paths/* resolveWorkspacePath */.X)(chart);
    if (istioVersion)
        return (0,profiles/* remoteChartPath */.o)(istioVersion, core/* getInput */.V4('istio-mirror') || undefined);
    throw new Error('[remote-install] no istio-remote chart: set chart (a path relative to the workspace, e.g. install/kubernetes/helm/istio-remote) or istio-version (e.g. 1.0.6).');
}
function run() {
    return (0,step/* runAsStep */.I)('remote-install', async () => {
        const mode = (0,common/* readMode */.Em)();
        const addresses = readAddresses();
        const extra = (0,remote_values/* parseExtraValues */.Q)(core/* getInput */.V4('values'));
        if (extra.problems.length > 0)
            throw new Error(`[remote-install] ${extra.problems.join('; ')}`);
        const sidecarInjector = (0,parse/* parseBoolean */.yG)('sidecar-injector', core/* getInput */.V4('sidecar-injector'), true);
        const values = (0,remote_values/* remoteChartValues */.x)({ addresses, sidecarInjector, extraValues: extra.values });
        const { remotes } = (0,common/* readClusters */.c6)();
        const result = await installRemotes({
            chart: {
                helmPath: core/* getInput */.V4('helm-path') || 'helm',
                release: core/* getInput */.V4('release-name') || 'istio-remote',
                chart: await readChart(),
                namespace: (0,common/* readNamespace */.oZ)(),
                values,
            },
            remotes,
            method: (0,parse/* parseChoice */.HU)('install-method', core/* getInput */.V4('install-method'), ['kubectl', 'helm'], 'kubectl'),
            injectionNamespaces: (0,parse/* parseList */.E1)(core/* getInput */.V4('injection-namespaces') || 'default'),
            parallelism: (0,parse/* parsePositiveInt */.EJ)('parallelism', core/* getInput */.V4('parallelism'), 4),
            dryRun: mode === 'render',
            manifestPath: (0,external_node_path_.join)((0,common/* runDirectory */.xw)('manifests'), 'istio-remote.yaml'),
            addressesHash: (0,hash/* stableHash */.c)(values),
        });
        return {
            outputs: {
                'manifest-path': result.manifestPath,
                'changed-remotes': JSON.stringify(result.remotes.filter((r) => r.changed).map((r) => r.remote)),
            },
            report: {
                did: result.remotes.map((r) => {
                    const changed = r.objects.filter((o) => o.outcome !== 'unchanged').length;
                    const labels = r.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ');
                    const verb = mode === 'render' ? 'would apply' : 'applied';
                    return `${r.remote}: ${verb} ${r.objects.length} objects (${changed} created or changed); injection ${labels || 'none'}`;
                }),
            },
        };
    });
}


/***/ })

};
