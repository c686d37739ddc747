export const id = 963;
export const ids = [963];
export const modules = {

/***/ 9963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 827 modules
var dist = __webpack_require__(7853);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(1934);
// EXTERNAL MODULE: ./src/kube/kubeconfig.ts
var kubeconfig = __webpack_require__(5217);
// EXTERNAL MODULE: ./node_modules/ip-address/dist/ip-address.js
var ip_address = __webpack_require__(9253);
;// CONCATENATED MODULE: ./src/util/cidr.ts

/** Parses an IPv4 or IPv6 CIDR with ip-address; throws with an example of a valid value. */
function parseCidr(cidr) {
    const text = cidr.trim();
    if (ip_address.Address4.isValid(text) && text.includes('/')) {
        const address = new ip_address.Address4(text);
        return {
            cidr: text,
            family: 4,
            start: address.startAddress().bigInt(),
            end: address.endAddress().bigInt(),
        };
    }
    if (ip_address.Address6.isValid(text) && text.includes('/')) {
        const address = new ip_address.Address6(text);
        return {
            cidr: text,
            family: 6,
            start: address.startAddress().bigInt(),
            end: address.endAddress().bigInt(),
        };
    }
    throw new Error(`"${cidr}" is not a CIDR (example: 10.10.0.0/16)`);
}
function cidrsOverlap(a, b) {
    const x = parseCidr(a);
    const y = parseCidr(b);
    return x.family === y.family && x.start <= y.end && y.start <= x.end;
}
function ipInCidr(ip, cidr) {
    const range = parseCidr(cidr);
    const value = Address4.isValid(ip) ? new Address4(ip).bigInt() : new Address6(ip).bigInt();
    return value >= range.start && value <= range.end;
}
/** Every pair of ranges from different clusters that overlap (same-cluster pairs are the cluster's own business). */
function findOverlaps(ranges) {
    const overlaps = [];
    for (let i = 0; i < ranges.length; i++) {
        for (let j = i + 1; j < ranges.length; j++) {
            const a = ranges[i];
            const b = ranges[j];
            if (a && b && a.cluster !== b.cluster && cidrsOverlap(a.cidr, b.cidr))
                overlaps.push([a, b]);
        }
    }
    return overlaps;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/istio/permissions.ts
const WRITE = ['create', 'patch', 'get'];
function each(verbs, group, resources, namespace) {
    return resources.flatMap((resource) => verbs.map((verb) => namespace ? { verb, group, resource, namespace } : { verb, group, resource }));
}
function primaryPermissions(plan) {
    const ns = plan.istioNamespace;
    const read = [...each(['list'], '', ['pods'], ns), ...each(['list'], 'apps', ['deployments'], ns)];
    if (plan.mode === 'render')
        return [...read, ...each(['get'], '', ['secrets'], ns)];
    const register = each(['get', 'create', 'delete'], '', ['secrets'], ns);
    const control = plan.installPrimary
        ? [
            ...each(['create'], '', ['namespaces']),
            ...each(WRITE, '', ['serviceaccounts', 'configmaps', 'services'], ns),
            ...each(WRITE, 'apps', ['deployments'], ns),
        ]
        : [];
    return [...read, ...register, ...control];
}
function remotePermissions(plan) {
    const ns = plan.istioNamespace;
    if (plan.mode === 'render') {
        return [
            ...each(['get'], '', ['namespaces']),
            ...each(['get', 'list'], '', ['serviceaccounts', 'secrets'], ns),
        ];
    }
    return [
        ...each(['get', 'create', 'patch'], '', ['namespaces']),
        ...each(WRITE, '', ['serviceaccounts', 'configmaps', 'services', 'endpoints', 'secrets'], ns),
        ...each(WRITE, 'apps', ['deployments'], ns),
        ...each(WRITE, 'rbac.authorization.k8s.io', ['clusterroles', 'clusterrolebindings']),
        ...(plan.sidecarInjector
            ? each(WRITE, 'admissionregistration.k8s.io', ['mutatingwebhookconfigurations'])
            : []),
    ];
}
function requiredPermissions(role, plan) {
    return role === 'primary' ? primaryPermissions(plan) : remotePermissions(plan);
}

;// CONCATENATED MODULE: ./src/stages/preflight.ts







const MIN_KUBERNETES = '1.22.0';
const SUPPORTED_HELM_MAJORS = [3, 4];
function uniqueSorted(values) {
    return [...new Set(values)].sort();
}
async function podCidrs(cluster) {
    const nodes = await (0,client/* coreApi */.kg)(cluster).listNode();
    return uniqueSorted(nodes.items.flatMap((n) => n.spec?.podCIDRs ?? (n.spec?.podCIDR ? [n.spec.podCIDR] : [])));
}
async function serviceCidrs(cluster) {
    const api = cluster.config.makeApiClient(dist/* NetworkingV1Api */.sGP);
    const list = await api.listServiceCIDR();
    return uniqueSorted(list.items.flatMap((s) => s.spec?.cidrs ?? []));
}
async function missingPermissions(cluster, wanted) {
    const api = cluster.config.makeApiClient(dist/* AuthorizationV1Api */.NwU);
    const missing = [];
    for (const p of wanted) {
        const review = await api.createSelfSubjectAccessReview({
            body: {
                apiVersion: 'authorization.k8s.io/v1',
                kind: 'SelfSubjectAccessReview',
                spec: {
                    resourceAttributes: { verb: p.verb, group: p.group, resource: p.resource, namespace: p.namespace },
                },
            },
        });
        if (!review.status?.allowed) {
            const where = p.namespace ? ` in namespace ${p.namespace}` : ' (cluster-wide)';
            missing.push(`${p.verb} ${p.group ? `${p.resource}.${p.group}` : p.resource}${where}`);
        }
    }
    return missing;
}
/** Gathers what preflight needs from one cluster; what cannot be determined is noted, not fatal. */
async function inspect(cluster, role, plan) {
    const undetermined = [];
    const server = (0,client/* serverOf */.FN)(cluster);
    const version = await cluster.config.makeApiClient(dist/* VersionApi */.Nq_).getCode();
    const system = await (0,client/* coreApi */.kg)(cluster).readNamespace({ name: 'kube-system' });
    let pods = [];
    let services = [];
    try {
        pods = await podCidrs(cluster);
        if (pods.length === 0)
            undetermined.push('pod CIDR (no node has spec.podCIDRs)');
    }
    catch (error) {
        undetermined.push(`pod CIDR (${(0,client/* apiMessage */.SX)(error)})`);
    }
    try {
        services = await serviceCidrs(cluster);
        if (services.length === 0)
            undetermined.push('service CIDR (no ServiceCIDR objects)');
    }
    catch (error) {
        undetermined.push(`service CIDR (ServiceCIDR API: ${(0,client/* apiMessage */.SX)(error)})`);
    }
    return {
        name: cluster.name,
        role,
        server,
        version: version.gitVersion,
        identity: system.metadata?.uid,
        podCidrs: pods,
        serviceCidrs: services,
        undetermined,
        missingPermissions: await missingPermissions(cluster, requiredPermissions(role, plan)),
    };
}
async function inspectOrReport(cluster, role, plan, problems) {
    try {
        return await inspect(cluster, role, plan);
    }
    catch (error) {
        problems.push(`cluster "${cluster.name}" (${role}) is not reachable or refused the credentials: ${(0,client/* apiMessage */.SX)(error)}. ` +
            `Fix: check its kubeconfig input and that ${safeServer(cluster)} is reachable from the runner.`);
        return undefined;
    }
}
function safeServer(cluster) {
    try {
        return (0,client/* serverOf */.FN)(cluster);
    }
    catch {
        return 'its API server';
    }
}
function versionProblems(facts, helmVersion) {
    const problems = [];
    for (const f of facts) {
        const v = semver_default().coerce(f.version ?? '');
        if (!v)
            problems.push(`cluster "${f.name}": could not read its Kubernetes version ("${f.version ?? ''}").`);
        else if (semver_default().lt(v, MIN_KUBERNETES)) {
            problems.push(`cluster "${f.name}" runs Kubernetes ${f.version}; at least ${MIN_KUBERNETES} is needed (the charts use v1 RBAC and admission APIs). Fix: upgrade the cluster.`);
        }
    }
    if (helmVersion !== undefined) {
        const major = semver_default().coerce(helmVersion)?.major;
        if (major === undefined || !SUPPORTED_HELM_MAJORS.includes(major)) {
            problems.push(`helm ${helmVersion} is not supported; use Helm 3 or 4 (helm-version input, e.g. v3.22.0).`);
        }
    }
    return problems;
}
function identityProblems(facts) {
    const problems = [];
    const byIdentity = new Map();
    for (const f of facts) {
        if (!f.identity)
            continue;
        byIdentity.set(f.identity, [...(byIdentity.get(f.identity) ?? []), f.name]);
    }
    for (const names of byIdentity.values()) {
        if (names.length > 1) {
            problems.push(`clusters ${names.map((n) => `"${n}"`).join(' and ')} are the same cluster (same kube-system UID). Fix: give each remote its own kubeconfig.`);
        }
    }
    return problems;
}
function cidrProblems(facts) {
    const ranges = facts.flatMap((f) => [
        ...f.podCidrs.map((cidr) => ({ cluster: f.name, kind: 'pod', cidr })),
        ...f.serviceCidrs.map((cidr) => ({ cluster: f.name, kind: 'service', cidr })),
    ]);
    const problems = findOverlaps(ranges).map(([a, b]) => `the ${a.kind} CIDR ${a.cidr} of "${a.cluster}" overlaps the ${b.kind} CIDR ${b.cidr} of "${b.cluster}": pods with the same IP would be mixed up across clusters (istio/istio#14072). Fix: give every cluster distinct pod and service ranges.`);
    const notes = facts.flatMap((f) => f.undetermined.map((u) => `cluster "${f.name}": could not determine ${u}; overlap not checked for it.`));
    return { problems, notes };
}
/**
 * Checks everything that can be checked before a write, and reports every problem at once:
 * reachability, versions, duplicate clusters, CIDR overlaps and the permissions this run needs.
 */
async function runPreflight(input) {
    const problems = [];
    const warnings = [];
    const all = [
        [input.primary, 'primary'],
        ...input.remotes.map((r) => [r, 'remote']),
    ];
    const facts = [];
    for (const [cluster, role] of all) {
        const f = await inspectOrReport(cluster, role, input.plan, problems);
        if (f)
            facts.push(f);
    }
    problems.push(...versionProblems(facts, input.helmVersion), ...identityProblems(facts));
    const cidrs = cidrProblems(facts);
    problems.push(...cidrs.problems);
    warnings.push(...cidrs.notes);
    for (const f of facts) {
        if (f.missingPermissions.length > 0) {
            problems.push(`cluster "${f.name}": the supplied credentials lack ${f.missingPermissions.length} permission(s) this run needs: ${f.missingPermissions.join('; ')}. Fix: use a kubeconfig with those rights (cluster-admin on remotes is simplest).`);
        }
        if (f.role === 'remote' && (0,kubeconfig/* isLoopbackServer */.X_)(f.server) && !input.apiServerOverrides[f.name]) {
            warnings.push(`remote "${f.name}": API server ${f.server} is a loopback address; the primary cannot reach it there. Fix: set remote-api-servers (e.g. ${f.name}=https://10.0.0.12:6443; for kind, the control-plane node's address on the kind network).`);
        }
    }
    if (problems.length > 0)
        throw new errors/* ProblemsError */.FQ('preflight', problems);
    return { clusters: facts, warnings };
}

// EXTERNAL MODULE: ./src/tools/helm-cli.ts
var helm_cli = __webpack_require__(3648);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(5303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(3342);
;// CONCATENATED MODULE: ./src/steps/preflight.ts






function run() {
    return (0,step/* runAsStep */.I)('preflight', async () => {
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const { primary, remotes } = (0,common/* readClusters */.c6)();
        const helmPath = core/* getInput */.V4('helm-path');
        const result = await core/* group */.Os('Preflight checks', async () => runPreflight({
            primary,
            remotes,
            helmVersion: helmPath ? await (0,helm_cli/* helmVersion */.RT)(helmPath) : undefined,
            apiServerOverrides: (0,parse/* parseKeyValues */.Hl)('remote-api-servers', core/* getInput */.V4('remote-api-servers')),
            plan: {
                mode: mode === 'render' ? 'render' : 'install',
                istioNamespace: (0,common/* readNamespace */.oZ)(),
                injectionNamespaces: (0,parse/* parseList */.E1)(core/* getInput */.V4('injection-namespaces') || 'default'),
                installPrimary: (0,parse/* parseBoolean */.yG)('install-primary', core/* getInput */.V4('install-primary'), false),
                sidecarInjector: (0,parse/* parseBoolean */.yG)('sidecar-injector', core/* getInput */.V4('sidecar-injector'), true),
            },
        }));
        return {
            outputs: {
                clusters: JSON.stringify(result.clusters.map((c) => ({
                    name: c.name,
                    role: c.role,
                    version: c.version,
                    podCidrs: c.podCidrs,
                    serviceCidrs: c.serviceCidrs,
                }))),
            },
            report: {
                did: result.clusters.map((c) => `${c.name} (${c.role}): Kubernetes ${c.version ?? '?'}, pods ${c.podCidrs.join(' ') || '?'}, services ${c.serviceCidrs.join(' ') || '?'}`),
                warnings: result.warnings,
            },
        };
    });
}


/***/ }),

/***/ 3648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ helmUpgradeInstall),
/* harmony export */   IK: () => (/* binding */ helmGetManifest),
/* harmony export */   RT: () => (/* binding */ helmVersion),
/* harmony export */   Zp: () => (/* binding */ helmTemplate)
/* harmony export */ });
/* unused harmony export helmUninstall */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1955);

/** Helm's --set splits on commas and treats backslash as escape: quote values so addresses stay intact. */
function setArgs(values) {
    return values.flatMap(([key, value]) => [
        '--set',
        `${key}=${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`,
    ]);
}
async function helm(helmPath, args) {
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(helmPath, args, { silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0) {
        throw new Error(`helm ${args[0] ?? ''} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
    }
    return result.stdout;
}
/** `helm template` in Helm 3/4 syntax (release name positional, no --name) without hook manifests. */
function helmTemplate(ref) {
    return helm(ref.helmPath, [
        'template',
        ref.release,
        ref.chart,
        '--namespace',
        ref.namespace,
        '--no-hooks',
        ...setArgs(ref.values),
    ]);
}
/** The successor of the seed's Tiller path: an idempotent install or upgrade of the release. */
async function helmUpgradeInstall(ref, kubeconfigPath) {
    await helm(ref.helmPath, [
        'upgrade',
        '--install',
        ref.release,
        ref.chart,
        '--namespace',
        ref.namespace,
        '--kubeconfig',
        kubeconfigPath,
        ...setArgs(ref.values),
    ]);
}
/** The manifest of the deployed release, or undefined when the release does not exist. */
async function helmGetManifest(helmPath, release, namespace, kubeconfigPath) {
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(helmPath, ['get', 'manifest', release, '--namespace', namespace, '--kubeconfig', kubeconfigPath], { silent: true, ignoreReturnCode: true });
    if (result.exitCode === 0)
        return result.stdout;
    if (/not found/i.test(result.stderr))
        return undefined;
    throw new Error(`helm get manifest failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
}
async function helmUninstall(helmPath, release, namespace, kubeconfigPath) {
    const result = await exec.getExecOutput(helmPath, ['uninstall', release, '--namespace', namespace, '--kubeconfig', kubeconfigPath, '--wait'], { silent: true, ignoreReturnCode: true });
    if (result.exitCode === 0)
        return 'uninstalled';
    if (/not found/i.test(result.stderr))
        return 'absent';
    throw new Error(`helm uninstall failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
}
/** Major version of the helm binary (3 or 4), from `helm version --short` (e.g. v3.22.0+g1a2b3c4). */
async function helmVersion(helmPath) {
    const out = await helm(helmPath, ['version', '--short']);
    const match = /v(\d+\.\d+\.\d+)/.exec(out);
    if (!match?.[1])
        throw new Error(`could not read the helm version from "${out.trim()}"`);
    return match[1];
}


/***/ })

};
