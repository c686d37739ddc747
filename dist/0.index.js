export const id = 0;
export const ids = [0];
export const modules = {

/***/ 44540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readSecret)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31934);

/** The Secret, or undefined when it does not exist (any other error is thrown). */
async function readSecret(cluster, namespace, name) {
    try {
        return await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .coreApi */ .kg)(cluster).readNamespacedSecret({ namespace, name });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}


/***/ }),

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

/***/ 30657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ generateRemoteKubeconfig),
/* harmony export */   bh: () => (/* binding */ tokenSecretName)
/* harmony export */ });
/* unused harmony export verifyReaderKubeconfig */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _kube_wait_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88368);
/* harmony import */ var _kube_kubeconfig_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67598);
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17393);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_credential_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36441);
/* harmony import */ var _kube_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44540);








const STAGE = 'remote-kubeconfig';
const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const SA_ANNOTATION = 'kubernetes.io/service-account.name';
function tokenSecretName(serviceAccount) {
    return `${serviceAccount}-token-istio-multicluster`;
}
function filled(secret) {
    return Boolean(secret?.data?.token && secret.data['ca.crt']);
}
/** Before Kubernetes 1.24 the account lists its token Secret; that is the seed's path. */
async function listedTokenSecret(input) {
    const account = await readAccount(input);
    for (const ref of account?.secrets ?? []) {
        if (!ref.name)
            continue;
        const secret = await (0,_kube_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .readSecret */ .n)(input.remote, input.namespace, ref.name);
        if (secret?.type === TOKEN_TYPE && filled(secret))
            return secret;
    }
    return undefined;
}
async function readAccount(input) {
    try {
        return await (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(input.remote).readNamespacedServiceAccount({
            namespace: input.namespace,
            name: input.serviceAccount,
        });
    }
    catch (error) {
        // In render mode istio-remote may not be installed yet; otherwise a missing account is an error.
        if ((0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error) && input.dryRun)
            return undefined;
        throw error;
    }
}
/** From 1.24 on: a token Secret annotated for the account, ours first, else any filled one. */
async function annotatedTokenSecret(input) {
    const ours = await (0,_kube_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .readSecret */ .n)(input.remote, input.namespace, tokenSecretName(input.serviceAccount));
    if (ours)
        return ours;
    const secrets = await (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(input.remote).listNamespacedSecret({
        namespace: input.namespace,
        fieldSelector: `type=${TOKEN_TYPE}`,
    });
    return secrets.items
        .filter((s) => s.metadata?.annotations?.[SA_ANNOTATION] === input.serviceAccount && filled(s))
        .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))[0];
}
async function createTokenSecret(input) {
    await (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(input.remote).createNamespacedSecret({
        namespace: input.namespace,
        body: {
            metadata: {
                name: tokenSecretName(input.serviceAccount),
                annotations: { [SA_ANNOTATION]: input.serviceAccount },
                labels: { [_istio_labels_js__WEBPACK_IMPORTED_MODULE_6__/* .MANAGED_BY_LABEL */ .lT]: _istio_labels_js__WEBPACK_IMPORTED_MODULE_6__/* .MANAGED_BY_VALUE */ .Q9, [_istio_labels_js__WEBPACK_IMPORTED_MODULE_6__/* .REMOTE_NAME_LABEL */ .qx]: input.remote.name },
            },
            type: TOKEN_TYPE,
        },
    });
}
async function waitUntilFilled(input) {
    const name = tokenSecretName(input.serviceAccount);
    try {
        return await (0,_kube_wait_js__WEBPACK_IMPORTED_MODULE_7__/* .waitFor */ .f)(`the token controller to fill Secret ${input.namespace}/${name}`, async () => {
            const secret = await (0,_kube_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .readSecret */ .n)(input.remote, input.namespace, name);
            return filled(secret) ? secret : undefined;
        }, { timeoutMs: input.timeoutMs, intervalMs: 500 });
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageError */ .Zu({
            stage: STAGE,
            cluster: input.remote.name,
            message: `the token Secret ${input.namespace}/${name} was not filled: ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`,
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
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    config.loadFromString(kubeconfigYaml);
    const core = config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    await core.listNamespacedPod({ namespace, limit: 1 });
    try {
        await core.listNamespacedSecret({ namespace, limit: 1 });
    }
    catch (error) {
        if ((0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$T)(error) === 403)
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
    const server = input.apiServerOverride ?? (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .serverOf */ .FN)(input.remote);
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
        const build = (at) => (0,_kube_kubeconfig_js__WEBPACK_IMPORTED_MODULE_2__/* .buildTokenKubeconfig */ .jg)({
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
            : (0,_util_credential_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCredentialFile */ .V)(input.outputDir, `${input.remote.name}-${input.serviceAccount}.kubeconfig`, kubeconfig);
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
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageError */ .Zu)
            throw error;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageError */ .Zu({
            stage: STAGE,
            cluster: input.remote.name,
            message: (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error),
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
        if (input.apiServerOverride === undefined || (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$T)(error) !== undefined)
            throw error;
        const runnerServer = (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .serverOf */ .FN)(input.remote);
        const result = await verifyReaderKubeconfig(build(runnerServer), input.namespace);
        warnings.push(`${input.remote.name}: ${server} is not reachable from this runner; the credentials were verified through ${runnerServer} instead.`);
        return result;
    }
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

/***/ 83000:
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
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/apply.ts
var apply = __webpack_require__(89501);
// EXTERNAL MODULE: ./src/kube/objects.ts
var kube_objects = __webpack_require__(49509);
// EXTERNAL MODULE: ./src/kube/namespaces.ts
var namespaces = __webpack_require__(62541);
// EXTERNAL MODULE: ./src/kube/wait.ts
var wait = __webpack_require__(88368);
// EXTERNAL MODULE: ./src/tools/helm-cli.ts
var helm_cli = __webpack_require__(23648);
// EXTERNAL MODULE: ./src/istio/labels.ts
var labels = __webpack_require__(17393);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/stages/deploy-chart.ts
var deploy_chart = __webpack_require__(56593);
// EXTERNAL MODULE: ./src/stages/remote-kubeconfig.ts
var remote_kubeconfig = __webpack_require__(30657);
// EXTERNAL MODULE: ./src/kube/secrets.ts
var secrets = __webpack_require__(44540);
;// CONCATENATED MODULE: ./src/stages/uninstall.ts













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
 * Found but kept: deleting a CRD deletes every resource of that kind on the cluster (users' Istio
 * configuration too); helm keeps CRDs for the same reason. Reported so the user can remove them.
 */
const KEPT_KINDS = new Set(['CustomResourceDefinition']);
/** The field manager kube/namespaces.ts applies the injection label with. */
/** A documentation address (RFC 5737) standing in for pilot when charts are rendered only to learn their kinds. */
const PLACEHOLDER_PILOT_ADDRESS = '192.0.2.1';
function releaseSelector(release) {
    return `${deploy_chart/* RELEASE_LABEL */.l5}=${release}`;
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
            rendered.push(...(0,kube_objects/* parseManifest */.Ng)(await (0,helm_cli/* helmTemplate */.Zp)(chart)));
        }
        catch (error) {
            throw new errors/* StageError */.Zu({
                stage: STAGE,
                message: `rendering chart ${chart.chart} to learn its kinds failed: ${(0,client/* apiMessage */.SX)(error)}`,
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
/** Whether the remote had nothing left of the install (a repeated uninstall). */
function alreadyAbsent(outcome) {
    return (outcome.deleted.length === 0 &&
        outcome.tokenSecret.outcome !== 'deleted' &&
        outcome.injection.every((i) => i.outcome !== 'unlabelled') &&
        outcome.namespace.outcome !== 'deleted' &&
        outcome.namespace.outcome !== 'unannotated');
}
/** One report line per remote. */
function describeRemote(outcome) {
    const injection = outcome.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ') || 'none';
    const release = outcome.method === 'helm'
        ? `helm release(s) uninstalled: ${outcome.deleted.length}, already absent: ${outcome.absent.length}`
        : `${outcome.deleted.length} object(s) deleted, ${outcome.absent.length} already gone`;
    const parts = [
        outcome.kept.length > 0 ? `${release}, ${outcome.kept.length} kept (CRDs)` : release,
        `token Secret ${outcome.tokenSecret.name} ${outcome.tokenSecret.outcome}`,
        `injection label ${injection}`,
        `namespace ${outcome.namespace.name} ${outcome.namespace.outcome}`,
    ];
    const prefix = alreadyAbsent(outcome) ? 'already absent: ' : '';
    return `${outcome.remote}: ${prefix}${parts.join('; ')}`;
}
/** Deletes a Secret only when this action created it (managed-by label). */
async function deleteManagedSecret(cluster, namespace, name) {
    const secret = await (0,secrets/* readSecret */.n)(cluster, namespace, name);
    if (!secret)
        return 'absent';
    if (secret.metadata?.labels?.[labels/* MANAGED_BY_LABEL */.lT] !== labels/* MANAGED_BY_VALUE */.Q9)
        return 'kept-unmanaged';
    try {
        await (0,client/* coreApi */.kg)(cluster).deleteNamespacedSecret({ namespace, name });
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return 'absent';
        throw error;
    }
    return 'deleted';
}
/** Install ended by registering each remote on the primary: uninstall takes that back first. */
async function deleteRegistrations(input) {
    const outcomes = [];
    for (const remote of input.remotes) {
        const secret = input.profile.secretName(remote.name);
        try {
            const outcome = await deleteManagedSecret(input.primary, input.namespace, secret);
            outcomes.push({ remote: remote.name, secret, outcome });
        }
        catch (error) {
            throw new errors/* StageError */.Zu({
                stage: STAGE,
                cluster: input.primary.name,
                message: `deleting the registration Secret ${input.namespace}/${secret} failed: ${(0,client/* apiMessage */.SX)(error)}`,
                fix: `the primary kubeconfig needs get and delete on secrets in ${input.namespace}; no remote was touched.`,
                cause: error,
            });
        }
    }
    return outcomes;
}
async function labelledObjects(input, remote, release) {
    const found = await (0,apply/* listObjectsByLabel */.eo)(remote, input.kinds, releaseSelector(release), input.namespace);
    return found.objects;
}
async function removeKubectlRelease(input, remote, release, warnings) {
    const objects = await labelledObjects(input, remote, release);
    if (objects.length === 0) {
        const helmRelease = await (0,helm_cli/* helmGetManifest */.IK)(input.helmPath, release, input.namespace, remote.kubeconfigPath);
        if (helmRelease !== undefined)
            warnings.push(`${remote.name}: no object is labelled ${releaseSelector(release)}, but helm release ${release} exists in ${input.namespace}; it was installed with install-method: helm, so uninstall with install-method: helm.`);
    }
    const { remove, keep } = partitionKept(objects);
    const kept = keep.map(kube_objects/* describeObject */.v8);
    if (kept.length > 0)
        warnings.push(`${remote.name}: kept ${kept.join(', ')}: deleting a CRD deletes every resource of its kind on the cluster; delete them yourself when nothing uses them.`);
    return { ...(await (0,apply/* deleteObjects */.Uw)(remote, remove)), kept };
}
async function removeHelmRelease(input, remote, release, warnings) {
    const name = `helm release ${release}`;
    const outcome = await (0,helm_cli/* helmUninstall */.Js)(input.helmPath, release, input.namespace, remote.kubeconfigPath);
    if (outcome === 'uninstalled')
        return { deleted: [name], absent: [], kept: [] };
    const objects = await labelledObjects(input, remote, release);
    if (objects.length > 0)
        warnings.push(`${remote.name}: no helm release ${release}, but ${objects.length} object(s) are labelled ${releaseSelector(release)}; they were installed with install-method: kubectl, so uninstall with install-method: kubectl.`);
    return { deleted: [], absent: [name], kept: [] };
}
async function removeReleases(input, remote, warnings) {
    const total = { deleted: [], absent: [], kept: [] };
    for (const release of input.releases) {
        const removed = input.method === 'helm'
            ? await removeHelmRelease(input, remote, release, warnings)
            : await removeKubectlRelease(input, remote, release, warnings);
        total.deleted.push(...removed.deleted);
        total.absent.push(...removed.absent);
        total.kept.push(...removed.kept);
    }
    return total;
}
/**
 * On a namespace that existed before install, gives up what the action applied to it (istio-current's
 * control-plane annotation): an empty server-side apply by the same field manager removes exactly those fields.
 */
async function releaseNamespaceFields(cluster, name) {
    const current = await (0,namespaces/* readNamespace */.oZ)(cluster, name);
    if ((0,namespaces/* appliedFields */.fq)(current, apply/* FIELD_MANAGER */.vy, ['f:metadata', 'f:annotations']).length === 0)
        return false;
    const api = dist/* KubernetesObjectApi */.e1Y.makeApiClient(cluster.config);
    await api.patch({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, undefined, undefined, apply/* FIELD_MANAGER */.vy, true, dist/* PatchStrategy */.Qve.ServerSideApply);
    return true;
}
/** Takes back the injection label only where the action applied it; a label someone else set too stays. */
async function removeInjectionLabel(cluster, name) {
    const before = await (0,namespaces/* readNamespace */.oZ)(cluster, name);
    if (!before?.metadata?.labels?.[labels/* INJECTION_LABEL */.jo])
        return 'absent';
    const owned = (0,namespaces/* appliedFields */.fq)(before, namespaces/* INJECTION_FIELD_MANAGER */.hU, ['f:metadata', 'f:labels']);
    if (!owned.includes(`f:${labels/* INJECTION_LABEL */.jo}`))
        return 'kept';
    await (0,namespaces/* disableInjection */.Yr)(cluster, name);
    const after = await (0,namespaces/* readNamespace */.oZ)(cluster, name);
    return after?.metadata?.labels?.[labels/* INJECTION_LABEL */.jo] ? 'kept' : 'unlabelled';
}
async function waitNamespaceGone(input, remote) {
    try {
        await (0,wait/* waitFor */.f)(`namespace ${input.namespace} to be deleted`, async () => ((await (0,namespaces/* readNamespace */.oZ)(remote, input.namespace)) ? undefined : true), { timeoutMs: input.timeoutMs, intervalMs: 500 });
    }
    catch (error) {
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: remote.name,
            message: (0,client/* apiMessage */.SX)(error),
            fix: `look for finalizers that hold namespace ${input.namespace} (kubectl get namespace ${input.namespace} -o yaml), or raise wait-timeout.`,
            cause: error,
        });
    }
}
async function removeNamespace(input, remote) {
    const outcome = await (0,namespaces/* deleteNamespaceIfCreated */._5)(remote, input.namespace);
    if (outcome === 'deleted')
        await waitNamespaceGone(input, remote);
    if (outcome === 'kept' && (await releaseNamespaceFields(remote, input.namespace)))
        return 'unannotated';
    return outcome;
}
async function uninstallSteps(input, remote) {
    const warnings = [];
    const removed = await removeReleases(input, remote, warnings);
    const tokenName = (0,remote_kubeconfig/* tokenSecretName */.bh)(input.profile.readerServiceAccount);
    const token = await deleteManagedSecret(remote, input.namespace, tokenName);
    if (token === 'kept-unmanaged')
        warnings.push(`${remote.name}: Secret ${input.namespace}/${tokenName} was not created by this action and was left in place.`);
    const injection = [];
    for (const namespace of input.injectionNamespaces)
        injection.push({ namespace, outcome: await removeInjectionLabel(remote, namespace) });
    const namespace = await removeNamespace(input, remote);
    return {
        remote: remote.name,
        method: input.method,
        ...removed,
        tokenSecret: { name: tokenName, outcome: token },
        injection,
        namespace: { name: input.namespace, outcome: namespace },
        warnings,
    };
}
async function uninstallRemote(input, remote) {
    try {
        return await uninstallSteps(input, remote);
    }
    catch (error) {
        if (error instanceof errors/* StageError */.Zu)
            throw error;
        throw new errors/* StageError */.Zu({
            stage: STAGE,
            cluster: remote.name,
            message: (0,client/* apiMessage */.SX)(error),
            fix: `the remote kubeconfig needs list and delete on what install created, and install-method must be the one the install used (${input.method} was given).`,
            cause: error,
        });
    }
}
/** Per-remote failures together; remotes that were uninstalled despite them are named too. */
function failureError(failures, done) {
    const [only] = failures;
    if (failures.length === 1 && done.length === 0 && only instanceof Error)
        return only;
    const problems = failures.map((f) => (0,client/* apiMessage */.SX)(f));
    if (done.length > 0)
        problems.push(`uninstalled despite this: ${done.join(', ')}`);
    return new errors/* ProblemsError */.FQ(STAGE, problems);
}
function registrationWarnings(input, registrations) {
    return registrations
        .filter((r) => r.outcome === 'kept-unmanaged')
        .map((r) => `${input.primary.name}: Secret ${input.namespace}/${r.secret} was not created by this action and was left in place; delete it yourself if it is a stale registration of ${r.remote}.`);
}
/**
 * Undoes install: registration Secrets on the primary first (only the action's), then on every remote
 * in parallel the releases (by label, or helm uninstall), the token Secret, the injection labels the
 * action owns, and the Istio namespace when the action created it. Running it again deletes nothing.
 */
async function uninstall(input) {
    const registrations = await deleteRegistrations(input);
    const limit = (0,p_limit/* default */.A)(Math.max(1, input.parallelism));
    const settled = await Promise.allSettled(input.remotes.map((remote) => limit(() => uninstallRemote(input, remote))));
    const remotes = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []));
    if (failures.length > 0)
        throw failureError(failures, remotes.map((r) => r.remote));
    return {
        registrations,
        remotes,
        warnings: [...registrationWarnings(input, registrations), ...remotes.flatMap((r) => r.warnings)],
    };
}

// EXTERNAL MODULE: ./src/istio/remote-values.ts
var remote_values = __webpack_require__(89235);
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
;// CONCATENATED MODULE: ./src/steps/uninstall.ts








/**
 * The charts install would deploy, built with placeholder addresses: their release names say what to
 * remove, and rendering them (when a chart is given) says which kinds to search.
 */
function placeholderCharts(profile, source) {
    const common = {
        helmPath: core/* getInput */.V4('helm-path') || 'helm',
        namespace: (0,steps_common/* readNamespace */.oZ)(),
        release: core/* getInput */.V4('release-name') || 'istio-remote',
        source,
    };
    if (profile.name === 'istio-1.0') {
        // The injector on renders the most kinds.
        const values = (0,remote_values/* remoteChartValues */.x)({
            addresses: { pilot: PLACEHOLDER_PILOT_ADDRESS },
            sidecarInjector: true,
            extraValues: (0,chart_inputs/* readExtraValues */.F)('uninstall'),
        });
        return (0,profiles/* istio10Charts */.dp)({ ...common, values });
    }
    return (0,profiles/* currentRemoteCharts */.Fw)({
        ...common,
        values: (0,chart_inputs/* readExtraValues */.F)('uninstall'),
        remote: 'placeholder',
        network: core/* getInput */.V4('network')
            .split(/[,=\n]/)[0]
            ?.trim() || 'network1',
        meshId: core/* getInput */.V4('mesh-id') || 'mesh1',
        discoveryAddress: PLACEHOLDER_PILOT_ADDRESS,
    });
}
function run() {
    return (0,step/* runAsStep */.I)('uninstall', async () => {
        const mode = (0,steps_common/* readMode */.Em)();
        if (mode !== 'uninstall')
            return (0,steps_common/* skippedFor */._d)(mode);
        const profile = (0,steps_common/* readProfile */.er)();
        const method = (0,parse/* parseChoice */.HU)('install-method', core/* getInput */.V4('install-method'), ['kubectl', 'helm'], 'kubectl');
        const source = await (0,chart_inputs/* readOptionalChartSource */.e)('uninstall', profile);
        const charts = placeholderCharts(profile, source ?? { path: '', fromRelease: false });
        const kinds = await discoverKinds(source ? charts : []);
        const { primary, remotes } = (0,steps_common/* readClusters */.c6)();
        const result = await core/* group */.Os(`Uninstall from ${remotes.length} remote(s)`, () => uninstall({
            primary,
            remotes,
            namespace: (0,steps_common/* readNamespace */.oZ)(),
            profile,
            releases: charts.map((c) => c.release).reverse(),
            method,
            helmPath: core/* getInput */.V4('helm-path') || 'helm',
            kinds,
            injectionNamespaces: (0,parse/* parseList */.E1)(core/* getInput */.V4('injection-namespaces') || 'default'),
            parallelism: (0,parse/* parsePositiveInt */.EJ)('parallelism', core/* getInput */.V4('parallelism'), 4),
            timeoutMs: (0,steps_common/* readTimeoutMs */.gb)(),
        }));
        const deleted = result.registrations.filter((r) => r.outcome === 'deleted').map((r) => r.secret);
        return {
            outputs: {
                'uninstalled-remotes': JSON.stringify(result.remotes.map((r) => r.remote)),
                'deleted-secrets': JSON.stringify(deleted),
            },
            report: {
                did: [
                    ...result.registrations.map((r) => `${(0,steps_common/* readNamespace */.oZ)()}/${r.secret} on ${primary.name}: ${r.outcome}`),
                    ...result.remotes.map(describeRemote),
                ],
                warnings: result.warnings,
            },
        };
    });
}


/***/ }),

/***/ 36441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ writeCredentialFile),
/* harmony export */   d: () => (/* binding */ removeCredentialFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);




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
