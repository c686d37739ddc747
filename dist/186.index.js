export const id = 186;
export const ids = [186];
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

/***/ 20988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ registrationCollisionProblems),
/* harmony export */   bF: () => (/* binding */ isRegistrationOf),
/* harmony export */   fO: () => (/* binding */ reservedRemoteNameProblem),
/* harmony export */   ou: () => (/* binding */ foreignSecretProblem)
/* harmony export */ });
/* unused harmony exports ISTIO_CA_SECRET, PROTECTED_SECRETS */
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17393);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31934);
/* harmony import */ var _kube_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44540);
/* harmony import */ var _cacerts_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33048);
/* harmony import */ var _token_secret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24913);





/** Istio's self-signed CA (citadel and istiod keep it in this Secret). */
const ISTIO_CA_SECRET = 'istio-ca-secret';
/** Never a registration, whatever the profile: Istio's CA material and the action's token Secrets. */
const PROTECTED_SECRETS = [
    _cacerts_write_js__WEBPACK_IMPORTED_MODULE_2__/* .CACERTS_SECRET */ .dE,
    ISTIO_CA_SECRET,
    (0,_token_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenSecretName */ .bh)('istio-multi'),
    (0,_token_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenSecretName */ .bh)('istio-reader-service-account'),
];
/**
 * Why `remote` cannot be a remote's name under `profile` (its registration Secret would be one of
 * PROTECTED_SECRETS, as with the istio-1.0 profile's secret named after the remote), with a fix.
 */
function reservedRemoteNameProblem(profile, remote) {
    const secret = profile.secretName(remote);
    if (!PROTECTED_SECRETS.includes(secret))
        return undefined;
    return (`remote name "${remote}" would name its registration Secret ${secret}, a Secret Istio or this action ` +
        `keeps in the Istio namespace (${PROTECTED_SECRETS.join(', ')}); registering it would replace that Secret. ` +
        `Fix: give the remote another name with remote-names, e.g. remote-names: ${remote}-cluster.`);
}
/** Whether `secret` is the registration of `remote` this action wrote (its marker, valued with the remote). */
function isRegistrationOf(secret, remote) {
    return secret.metadata?.labels?.[_istio_labels_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRATION_LABEL */ .Pf] === remote;
}
/** The refusal for a Secret that holds a registration's name without being that registration. */
function foreignSecretProblem(namespace, secret, remote) {
    return (`Secret ${namespace}/${secret} exists on the primary and is not the registration of remote "${remote}" ` +
        `(it has no ${_istio_labels_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRATION_LABEL */ .Pf}=${remote} label); it will not be replaced. Fix: give the remote another ` +
        `name with remote-names (e.g. remote-names: ${remote}-cluster), or, if it is a stale registration ` +
        `(also one written by an earlier version of this action), delete it: kubectl -n ${namespace} delete secret ${secret}.`);
}
/**
 * Preflight: one problem per remote whose registration name is reserved or taken by a foreign Secret;
 * a Secret the primary's credentials cannot read concerns the whole run.
 */
async function registrationCollisionProblems(check) {
    const problems = [];
    for (const remote of check.remotes) {
        const reserved = reservedRemoteNameProblem(check.profile, remote);
        if (reserved !== undefined) {
            problems.push({ remote, problem: reserved });
            continue;
        }
        const name = check.profile.secretName(remote);
        try {
            const existing = await (0,_kube_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .readSecret */ .n)(check.primary, check.namespace, name);
            if (existing && !isRegistrationOf(existing, remote))
                problems.push({ remote, problem: foreignSecretProblem(check.namespace, name, remote) });
        }
        catch (error) {
            problems.push({
                remote: undefined,
                problem: `cluster "${check.primary.name}": cannot read Secret ${check.namespace}/${name} to check that registering ` +
                    `"${remote}" replaces nothing else: ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessage */ .SX)(error)}. Fix: the primary kubeconfig needs get on secrets in ${check.namespace}.`,
            });
        }
    }
    return problems;
}


/***/ }),

/***/ 24913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ filled),
/* harmony export */   Rj: () => (/* binding */ SA_ANNOTATION),
/* harmony export */   Tq: () => (/* binding */ TOKEN_TYPE),
/* harmony export */   bh: () => (/* binding */ tokenSecretName)
/* harmony export */ });
const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const SA_ANNOTATION = 'kubernetes.io/service-account.name';
/** A token Secret the token controller has filled (token and CA). */
function filled(secret) {
    return Boolean(secret?.data?.token && secret.data['ca.crt']);
}
/** The token Secret the action creates for a reader account (Kubernetes 1.24+ creates none itself). */
function tokenSecretName(serviceAccount) {
    return `${serviceAccount}-token-istio-multicluster`;
}


/***/ }),

/***/ 88186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./src/util/fan-out.ts + 2 modules
var fan_out = __webpack_require__(92118);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 827 modules
var dist = __webpack_require__(27853);
;// CONCATENATED MODULE: ./src/kube/crds.ts

/**
 * Whether any resource of the CRD's kind exists anywhere on the cluster. A CRD that still has
 * resources is someone's configuration: deleting it would delete them too.
 */
async function hasCustomResources(cluster, crd) {
    const spec = crd.spec;
    const version = spec?.versions?.find((v) => v.served !== false)?.name;
    const kind = spec?.names?.kind;
    if (!spec?.group || !version || !kind)
        return true;
    const api = dist/* KubernetesObjectApi */.e1Y.makeApiClient(cluster.config);
    const page = await api.list(`${spec.group}/${version}`, kind, undefined, undefined, undefined, undefined, undefined, undefined, 1);
    return page.items.length > 0;
}

// EXTERNAL MODULE: ./src/kube/apply.ts
var apply = __webpack_require__(89501);
// EXTERNAL MODULE: ./src/util/manifest.ts
var manifest = __webpack_require__(59847);
// EXTERNAL MODULE: ./src/kube/namespaces.ts
var namespaces = __webpack_require__(62541);
// EXTERNAL MODULE: ./src/kube/wait.ts
var wait = __webpack_require__(88368);
// EXTERNAL MODULE: ./src/tools/helm-cli.ts
var helm_cli = __webpack_require__(23648);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/stages/shared/deploy-chart.ts
var deploy_chart = __webpack_require__(9379);
// EXTERNAL MODULE: ./src/stages/shared/token-secret.ts
var token_secret = __webpack_require__(24913);
// EXTERNAL MODULE: ./src/stages/shared/registration-guard.ts
var registration_guard = __webpack_require__(20988);
// EXTERNAL MODULE: ./src/stages/shared/uninstall-kinds.ts
var uninstall_kinds = __webpack_require__(23877);
// EXTERNAL MODULE: ./src/istio/labels.ts
var labels = __webpack_require__(17393);
;// CONCATENATED MODULE: ./src/stages/shared/uninstall-report.ts

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
/** A warning for each registration Secret uninstall left in place because the action did not create it. */
function registrationWarnings(primary, namespace, registrations) {
    return registrations
        .filter((r) => r.outcome === 'kept-unmanaged')
        .map((r) => `${primary}: Secret ${namespace}/${r.secret} was not created by this action as the registration of ${r.remote} (it has no ${labels/* REGISTRATION_LABEL */.Pf}=${r.remote} label) and was left in place; if it is a stale registration of ${r.remote}, delete it: kubectl -n ${namespace} delete secret ${r.secret}.`);
}

// EXTERNAL MODULE: ./src/kube/marks.ts
var marks = __webpack_require__(15735);
// EXTERNAL MODULE: ./src/kube/secrets.ts
var secrets = __webpack_require__(44540);
;// CONCATENATED MODULE: ./src/stages/shared/managed-secret.ts



function isManaged(secret) {
    return secret.metadata?.labels?.[marks/* MANAGED_BY_LABEL */.l] === marks/* MANAGED_BY_VALUE */.Q;
}
/**
 * Deletes a Secret only when `ours` says this action created it: the managed-by label for the token
 * Secret, the registration marker of the remote for a registration.
 */
async function deleteManagedSecret(cluster, namespace, name, ours = isManaged) {
    const secret = await (0,secrets/* readSecret */.n)(cluster, namespace, name);
    if (!secret)
        return 'absent';
    if (!ours(secret))
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

;// CONCATENATED MODULE: ./src/stages/shared/namespace-undo.ts




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
    const owned = (0,namespaces/* appliedFields */.fq)(before, namespaces/* LABEL_FIELD_MANAGER */.EA, ['f:metadata', 'f:labels']);
    if (!owned.includes(`f:${labels/* INJECTION_LABEL */.jo}`))
        return 'kept';
    await (0,namespaces/* releaseNamespaceLabels */.mN)(cluster, name);
    const after = await (0,namespaces/* readNamespace */.oZ)(cluster, name);
    return after?.metadata?.labels?.[labels/* INJECTION_LABEL */.jo] ? 'kept' : 'unlabelled';
}

;// CONCATENATED MODULE: ./src/stages/uninstall.ts
















const STAGE = 'uninstall';
/** Install ended by registering each remote on the primary: uninstall takes that back first. */
async function deleteRegistrations(input) {
    const outcomes = [];
    for (const remote of input.remotes) {
        const secret = input.profile.secretName(remote.name);
        try {
            const outcome = await deleteManagedSecret(input.primary, input.namespace, secret, (found) => (0,registration_guard/* isRegistrationOf */.bF)(found, remote.name));
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
    const found = await (0,apply/* listObjectsByLabel */.eo)(remote, input.kinds, (0,uninstall_kinds/* releaseSelector */.Tg)(release), input.namespace);
    return found.objects;
}
async function removeKubectlRelease(input, remote, release, warnings) {
    const objects = await labelledObjects(input, remote, release);
    if (objects.length === 0) {
        const helmRelease = await (0,helm_cli/* helmGetManifest */.IK)(input.helmPath, release, input.namespace, remote.kubeconfigPath);
        if (helmRelease !== undefined)
            warnings.push(`${remote.name}: no object is labelled ${(0,uninstall_kinds/* releaseSelector */.Tg)(release)}, but helm release ${release} exists in ${input.namespace}; it was installed with install-method: helm, so uninstall with install-method: helm.`);
    }
    const { remove, keep } = (0,uninstall_kinds/* partitionKept */.dg)(objects);
    const inUse = [];
    for (const crd of keep)
        ((await hasCustomResources(remote, crd)) ? inUse : remove).push(crd);
    const kept = inUse.map(manifest/* describeObject */.v8);
    if (kept.length > 0)
        warnings.push(`${remote.name}: kept ${kept.join(', ')}: resources of these kinds still exist, and deleting a CRD deletes them; delete them yourself when nothing uses them.`);
    return { ...(await (0,apply/* deleteObjects */.Uw)(remote, remove)), kept };
}
async function removeHelmRelease(input, remote, release, warnings) {
    const name = `helm release ${release}`;
    const outcome = await (0,helm_cli/* helmUninstall */.Js)(input.helmPath, release, input.namespace, remote.kubeconfigPath);
    if (outcome === 'uninstalled')
        return { deleted: [name], absent: [], kept: [] };
    const objects = await labelledObjects(input, remote, release);
    if (objects.length > 0)
        warnings.push(`${remote.name}: no helm release ${release}, but ${objects.length} object(s) are labelled ${(0,uninstall_kinds/* releaseSelector */.Tg)(release)}; they were installed with install-method: kubectl, so uninstall with install-method: kubectl.`);
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
    const tokenName = (0,token_secret/* tokenSecretName */.bh)(input.profile.readerServiceAccount);
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
/**
 * Undoes install: registration Secrets on the primary first (only the action's), then on every remote
 * in parallel the releases (by label, or helm uninstall), the token Secret, the injection labels the
 * action owns, and the Istio namespace when the action created it. Running it again deletes nothing.
 */
async function uninstall(input) {
    const registrations = await deleteRegistrations(input);
    const result = await (0,fan_out/* fanOut */.YO)(input.remotes, { parallelism: input.parallelism, stage: STAGE }, (remote) => uninstallRemote(input, remote));
    const remotes = result.done.map((d) => d.value);
    return {
        registrations,
        remotes,
        failures: (0,fan_out/* failedRemotesOf */.Y)(result),
        warnings: [
            ...registrationWarnings(input.primary.name, input.namespace, registrations),
            ...remotes.flatMap((r) => r.warnings),
        ],
    };
}

// EXTERNAL MODULE: ./src/istio/remote-plan.ts
var remote_plan = __webpack_require__(38814);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/chart-inputs.ts
var chart_inputs = __webpack_require__(43741);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/uninstall.ts









const uninstall_STAGE = 'uninstall';
function readInputs() {
    return (0,inputs/* readStepInputs */.W)(uninstall_STAGE, {
        profile: common/* readProfile */.er,
        clusters: common/* readClusters */.c6,
        charts: () => (0,chart_inputs/* readChartInputs */.kW)(uninstall_STAGE),
        helmPath: () => core/* getInput */.V4('helm-path') || 'helm',
        namespace: () => (0,common/* readNamespace */.oZ)(uninstall_STAGE),
        release: () => (0,common/* readReleaseName */.vZ)(uninstall_STAGE),
        extraValues: () => (0,chart_inputs/* readExtraValues */.Fn)(uninstall_STAGE),
        meshId: () => (0,common/* readMeshId */.d4)(uninstall_STAGE),
        network: () => (0,common/* readNetworks */.m$)(uninstall_STAGE),
        method: common/* readInstallMethod */.RK,
        injectionNamespaces: () => (0,common/* readInjectionNamespaces */.ez)(uninstall_STAGE),
        parallelism: () => (0,common/* readParallelism */.BC)(uninstall_STAGE),
        timeoutMs: () => (0,common/* readTimeoutMs */.gb)(uninstall_STAGE),
    });
}
/** Without a chart input only the release names matter: uninstall finds objects by their labels. */
const NO_CHARTS = {
    kind: 'directory',
    charts: { base: 'base', istiod: 'istiod', 'istio-remote': 'istio-remote' },
};
/**
 * The charts install would deploy, from the same plan install uses, with a placeholder address: their
 * release names say what to remove, and rendering them (when a chart is given) says which kinds to
 * search. The injector on renders the most kinds.
 */
function placeholderCharts(inputs, source) {
    const plan = (0,remote_plan/* remotePlanner */.X)({
        ...inputs,
        source,
        addresses: { pilot: uninstall_kinds/* PLACEHOLDER_PILOT_ADDRESS */.yY },
        sidecarInjector: true,
        security: { mtls: false, controlPlaneSecurity: false, selfSigned: true },
        primaryName: inputs.clusters.primary.name,
    });
    return plan('placeholder').charts;
}
function run() {
    return (0,step/* runAsStep */.I)(uninstall_STAGE, async () => {
        const mode = (0,common/* readMode */.Em)();
        if (mode !== 'uninstall')
            return (0,common/* skippedFor */._d)(mode);
        const inputs = readInputs();
        const source = await (0,chart_inputs/* resolveChartSource */.C2)(uninstall_STAGE, inputs.profile, inputs.charts);
        const charts = placeholderCharts(inputs, source ?? NO_CHARTS);
        const kinds = await (0,uninstall_kinds/* discoverKinds */.jl)(source ? charts : []);
        const { primary, remotes } = inputs.clusters;
        const result = await core/* group */.Os(`Uninstall from ${remotes.length} remote(s)`, () => uninstall({
            primary,
            remotes,
            namespace: inputs.namespace,
            profile: inputs.profile,
            releases: charts.map((c) => c.release).reverse(),
            method: inputs.method,
            helmPath: inputs.helmPath,
            kinds,
            injectionNamespaces: inputs.injectionNamespaces,
            parallelism: inputs.parallelism,
            timeoutMs: inputs.timeoutMs,
        }));
        const deleted = result.registrations.filter((r) => r.outcome === 'deleted').map((r) => r.secret);
        return {
            outputs: {
                'uninstalled-remotes': JSON.stringify(result.remotes.map((r) => r.remote)),
                'deleted-secrets': JSON.stringify(deleted),
            },
            report: {
                did: [
                    ...result.registrations.map((r) => `${inputs.namespace}/${r.secret} on ${primary.name}: ${r.outcome}`),
                    ...result.remotes.map(describeRemote),
                ],
                warnings: result.warnings,
            },
            failures: result.failures,
        };
    });
}


/***/ })

};
