export const id = 613;
export const ids = [613];
export const modules = {

/***/ 17393:
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


/***/ }),

/***/ 17052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ currentRemoteCharts),
/* harmony export */   dp: () => (/* binding */ istio10Charts),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   oX: () => (/* binding */ chartFromRelease),
/* harmony export */   y2: () => (/* binding */ profileByName),
/* harmony export */   zj: () => (/* binding */ CONTROL_PLANE_CLUSTERS_ANNOTATION)
/* harmony export */ });
/* unused harmony exports ISTIO_1_0, ISTIO_CURRENT */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tools_istio_release_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77599);


const PROFILES = ['istio-1.0', 'istio-current'];
const ISTIO_1_0 = {
    name: 'istio-1.0',
    readerServiceAccount: 'istio-multi',
    secretName: (remote) => remote,
    secretUpdatesInPlace: false,
    secretAnnotations: () => ({}),
};
const ISTIO_CURRENT = {
    name: 'istio-current',
    readerServiceAccount: 'istio-reader-service-account',
    secretName: (remote) => `istio-remote-secret-${remote}`,
    secretUpdatesInPlace: true,
    secretAnnotations: (remote) => ({ 'networking.istio.io/cluster': remote }),
};
function profileByName(name) {
    switch (name) {
        case 'istio-1.0':
            return ISTIO_1_0;
        case 'istio-current':
            return ISTIO_CURRENT;
    }
}
async function chartFromRelease(profile, istioVersion, mirror) {
    const releaseDir = await (0,_tools_istio_release_js__WEBPACK_IMPORTED_MODULE_1__/* .installIstioRelease */ .Tl)(istioVersion, mirror);
    const path = profile === 'istio-1.0'
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(releaseDir, 'install', 'kubernetes', 'helm', 'istio-remote')
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(releaseDir, 'manifests', 'charts');
    return { path, fromRelease: true };
}
/** istio-1.0: one istio-remote release, identical for every remote. */
function istio10Charts(options) {
    return [
        {
            helmPath: options.helmPath,
            release: options.release,
            chart: options.source.path,
            namespace: options.namespace,
            values: options.values,
        },
    ];
}
/** istio-current: `base` and `istiod` with profile=remote, per remote (cluster name and injection path differ). */
function currentRemoteCharts(options) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.source.path, 'base');
    const istiod = options.source.fromRelease
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.source.path, 'istio-control', 'istio-discovery')
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.source.path, 'istiod');
    const common = { helmPath: options.helmPath, namespace: options.namespace };
    return [
        {
            ...common,
            release: 'istio-base',
            chart: base,
            values: [
                ['profile', 'remote'],
                ['global.istioNamespace', options.namespace],
            ],
        },
        {
            ...common,
            release: 'istiod',
            chart: istiod,
            values: [
                ['profile', 'remote'],
                ['global.remotePilotAddress', options.discoveryAddress],
                ['global.multiCluster.clusterName', options.remote],
                ['global.network', options.network],
                ['global.meshID', options.meshId],
                ['istiodRemote.injectionPath', `/inject/cluster/${options.remote}/net/${options.network}`],
                ['global.configCluster', 'true'],
                ['pilot.enabled', 'false'],
                ...options.values,
            ],
        },
    ];
}
const CONTROL_PLANE_CLUSTERS_ANNOTATION = 'topology.istio.io/controlPlaneClusters';


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

/***/ 89501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ readObject),
/* harmony export */   Uw: () => (/* binding */ deleteObjects),
/* harmony export */   eo: () => (/* binding */ listObjectsByLabel),
/* harmony export */   r3: () => (/* binding */ applyObjects),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER),
/* harmony export */   zh: () => (/* binding */ resolveObjects)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49509);



const FIELD_MANAGER = 'istio-multicluster-action';
/** KubernetesObjectApi with discovery made public, so kinds can be checked before anything is written. */
class ObjectApi extends _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y {
    async findResource(apiVersion, kind) {
        try {
            return await this.resource(apiVersion, kind);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
}
function objectApi(cluster) {
    return cluster.config.makeApiClient(ObjectApi);
}
/**
 * Resolves every object's kind on the cluster and fills in the namespace of namespaced objects.
 * Throws before any write when a kind is not served (missing CRDs), so nothing is half-applied.
 */
async function resolveObjects(cluster, objects, namespace) {
    const api = objectApi(cluster);
    const missing = [];
    const resolved = [];
    for (const object of objects) {
        const resource = await api.findResource(object.apiVersion, object.kind);
        if (!resource) {
            missing.push(`${object.kind} (${object.apiVersion}) ${object.metadata.name}`);
            continue;
        }
        const metadata = { ...object.metadata };
        if (resource.namespaced)
            metadata.namespace = metadata.namespace ?? namespace;
        else
            delete metadata.namespace;
        resolved.push({ ...object, metadata });
    }
    if (missing.length > 0) {
        throw new Error(`the cluster does not serve these kinds (their CRDs are not installed): ${missing.join(', ')}`);
    }
    return resolved;
}
/** The object as the cluster has it, or undefined when it does not exist. */
async function readObject(cluster, object) {
    try {
        return await objectApi(cluster).read({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
        });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
async function readVersion(api, object) {
    try {
        const current = await api.read({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
        });
        return current.metadata?.resourceVersion ?? '';
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
/**
 * Server-side apply with a fixed field manager. An object whose content is already as rendered keeps
 * its resourceVersion, which is how a second run proves it changed nothing.
 */
async function applyObjects(cluster, objects, options = {}) {
    const api = objectApi(cluster);
    const results = [];
    for (const object of (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForApply */ .oF)(objects)) {
        const before = await readVersion(api, object);
        let after;
        try {
            const applied = await api.patch(object, undefined, options.dryRun ? 'All' : undefined, FIELD_MANAGER, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
            after = applied.metadata?.resourceVersion;
        }
        catch (error) {
            throw new Error(`applying ${(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
        }
        const outcome = before === undefined ? 'created' : before === after ? 'unchanged' : 'configured';
        results.push({ object: (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object), outcome });
    }
    return results;
}
/** Deletes objects (dependents last-created first); objects already gone count as deleted. */
async function deleteObjects(cluster, objects) {
    const api = objectApi(cluster);
    const deleted = [];
    const absent = [];
    for (const object of (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForDelete */ .lR)(objects)) {
        try {
            await api.delete(object, undefined, undefined, undefined, undefined, 'Background');
            deleted.push((0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                absent.push((0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
            else
                throw new Error(`deleting ${(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
        }
    }
    return { deleted, absent };
}
async function listKind(api, kind, namespace, selector) {
    const objects = [];
    let continueToken;
    do {
        const page = await api.list(kind.apiVersion, kind.kind, namespace, undefined, undefined, undefined, undefined, selector, 500, continueToken);
        for (const item of page.items) {
            const metadata = item.metadata ?? {};
            if (!metadata.name)
                continue;
            objects.push({
                ...item,
                apiVersion: kind.apiVersion,
                kind: kind.kind,
                metadata: { ...metadata, name: metadata.name },
            });
        }
        continueToken = page.metadata?._continue || undefined;
    } while (continueToken);
    return objects;
}
/**
 * Every object matching a label selector among the given kinds: namespaced kinds in `namespace`,
 * cluster-scoped kinds cluster-wide. Kinds the cluster does not serve are skipped and returned.
 */
async function listObjectsByLabel(cluster, kinds, selector, namespace) {
    const api = objectApi(cluster);
    const objects = [];
    const unserved = [];
    for (const kind of kinds) {
        const resource = await api.findResource(kind.apiVersion, kind.kind);
        if (!resource) {
            unserved.push(kind);
            continue;
        }
        try {
            objects.push(...(await listKind(api, kind, resource.namespaced ? namespace : undefined, selector)));
        }
        catch (error) {
            throw new Error(`listing ${kind.kind} (${kind.apiVersion}) failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, {
                cause: error,
            });
        }
    }
    return { objects, unserved };
}


/***/ }),

/***/ 31934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ apiStatus),
/* harmony export */   DT: () => (/* binding */ openCluster),
/* harmony export */   FN: () => (/* binding */ serverOf),
/* harmony export */   SX: () => (/* binding */ apiMessage),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   kg: () => (/* binding */ coreApi)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);


/**
 * Loads a kubeconfig file for one cluster. The user entry is renamed after the cluster because
 * client-node caches credentials by user name, and two clusters' kubeconfigs often both say "admin".
 */
function openCluster(name, kubeconfigPath) {
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
    config.loadFromString((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(kubeconfigPath, 'utf8'));
    const context = config.getContextObject(config.getCurrentContext());
    if (!context) {
        throw new Error(`kubeconfig ${kubeconfigPath} for cluster "${name}" has no current context`);
    }
    const uniqueUser = `${name}/${context.user}`;
    const users = config.users.map((user) => user.name === context.user ? { ...user, name: uniqueUser } : user);
    const contexts = config.contexts.map((c) => (c.name === context.name ? { ...c, user: uniqueUser } : c));
    const renamed = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
    renamed.loadFromOptions({
        clusters: config.clusters,
        users,
        contexts,
        currentContext: context.name,
    });
    return { name, kubeconfigPath, config: renamed };
}
function coreApi(cluster) {
    return cluster.config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .CoreV1Api */ .f5Y);
}
function serverOf(cluster) {
    const server = cluster.config.getCurrentCluster()?.server;
    if (!server)
        throw new Error(`cluster "${cluster.name}": kubeconfig has no server`);
    return server;
}
/** HTTP status of a Kubernetes API error, or undefined for anything else (network errors, bugs). */
function apiStatus(error) {
    if (error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .ApiException */ .UJ4)
        return error.code;
    return undefined;
}
function isNotFound(error) {
    return apiStatus(error) === 404;
}
/** The API server's own message from an ApiException body, else the error message. */
function apiMessage(error) {
    if (error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .ApiException */ .UJ4) {
        const body = error.body;
        if (typeof body === 'string') {
            try {
                const parsed = JSON.parse(body);
                if (parsed.message)
                    return `${parsed.message} (HTTP ${error.code})`;
            }
            catch {
                return `${body} (HTTP ${error.code})`;
            }
        }
        if (body && typeof body === 'object' && 'message' in body) {
            return `${String(body.message)} (HTTP ${error.code})`;
        }
        return `HTTP ${error.code}`;
    }
    if (error instanceof Error) {
        const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
        return `${error.message}${cause}`;
    }
    return String(error);
}


/***/ }),

/***/ 62541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ ensureNamespace),
/* harmony export */   QN: () => (/* binding */ annotateNamespace),
/* harmony export */   Vv: () => (/* binding */ enableInjection),
/* harmony export */   Yr: () => (/* binding */ disableInjection),
/* harmony export */   _5: () => (/* binding */ deleteNamespaceIfCreated),
/* harmony export */   fq: () => (/* binding */ appliedFields),
/* harmony export */   hU: () => (/* binding */ INJECTION_FIELD_MANAGER),
/* harmony export */   oZ: () => (/* binding */ readNamespace)
/* harmony export */ });
/* unused harmony export CREATED_NAMESPACE_LABEL */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89501);
/* harmony import */ var _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17393);




/** Marks namespaces this action created, so uninstall removes only those. */
const CREATED_NAMESPACE_LABEL = 'istio-multicluster-action/created';
/** The injection label is owned by its own field manager, so uninstall can take back exactly that label. */
const INJECTION_FIELD_MANAGER = `${_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MANAGER */ .vy}-injection`;
async function readNamespace(cluster, name) {
    try {
        return await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).readNamespace({ name });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
async function ensureNamespace(cluster, name, extraLabels = {}) {
    if (await readNamespace(cluster, name))
        return 'exists';
    await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).createNamespace({
        body: {
            metadata: {
                name,
                labels: { [_istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .MANAGED_BY_LABEL */ .lT]: _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .MANAGED_BY_VALUE */ .Q9, [CREATED_NAMESPACE_LABEL]: 'true', ...extraLabels },
            },
        },
    });
    return 'created';
}
/** Labels a namespace `istio-injection=enabled`, creating it when missing; no write when already labelled. */
async function enableInjection(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current) {
        // Created first, then labelled through the injection field manager, so uninstall can take the label back.
        await ensureNamespace(cluster, name);
        await applyInjectionLabel(cluster, name, { [_istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_LABEL */ .jo]: _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_ENABLED */ .UX });
        return 'created-labelled';
    }
    if (current.metadata?.labels?.[_istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_LABEL */ .jo] === _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_ENABLED */ .UX)
        return 'already-labelled';
    await applyInjectionLabel(cluster, name, { [_istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_LABEL */ .jo]: _istio_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .INJECTION_ENABLED */ .UX });
    return 'labelled';
}
/** Gives up this action's ownership of the injection label; the label goes unless another manager set it. */
async function disableInjection(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current)
        return 'absent';
    const ownsLabel = (current.metadata?.managedFields ?? []).some((field) => field.manager === INJECTION_FIELD_MANAGER);
    if (!ownsLabel)
        return 'absent';
    await applyInjectionLabel(cluster, name, {});
    return 'unlabelled';
}
async function applyInjectionLabel(cluster, name, labels) {
    const api = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(cluster.config);
    await api.patch({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }, undefined, undefined, INJECTION_FIELD_MANAGER, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
}
/** Deletes a namespace only when this action created it. */
async function deleteNamespaceIfCreated(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current)
        return 'absent';
    if (current.metadata?.labels?.[CREATED_NAMESPACE_LABEL] !== 'true')
        return 'kept';
    await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).deleteNamespace({ name });
    return 'deleted';
}
/** Sets annotations on a namespace (creating it when missing) through this action's field manager. */
async function annotateNamespace(cluster, name, annotations) {
    await ensureNamespace(cluster, name);
    const current = await readNamespace(cluster, name);
    const existing = current?.metadata?.annotations ?? {};
    if (Object.entries(annotations).every(([k, v]) => existing[k] === v))
        return;
    const api = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(cluster.config);
    await api.patch({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, annotations } }, undefined, undefined, _apply_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MANAGER */ .vy, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
}
/**
 * The fields under `path` (e.g. f:metadata, f:labels) that a field manager applied, read from
 * managedFields. An entry can outlive its fields (an empty apply leaves `f:labels: {}`), so
 * ownership is the presence of the field, not of the manager's entry.
 */
function appliedFields(object, manager, path) {
    const fields = new Set();
    for (const entry of object?.metadata?.managedFields ?? []) {
        if (entry.manager !== manager || entry.operation !== 'Apply')
            continue;
        let node = entry.fieldsV1;
        for (const key of path)
            node = isRecord(node) ? node[key] : undefined;
        if (isRecord(node))
            for (const key of Object.keys(node))
                if (key !== '.')
                    fields.add(key);
    }
    return [...fields].sort();
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 49509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   lR: () => (/* binding */ sortForDelete),
/* harmony export */   oF: () => (/* binding */ sortForApply),
/* harmony export */   v8: () => (/* binding */ describeObject)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);

/** Parses multi-document YAML (helm template output) into objects, dropping empty documents and Lists' wrappers. */
function parseManifest(text) {
    const objects = [];
    for (const doc of js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text)) {
        if (doc === null || doc === undefined)
            continue;
        collect(doc, objects);
    }
    return objects;
}
function collect(doc, into) {
    if (typeof doc !== 'object' || doc === null)
        throw new Error('manifest document is not an object');
    const object = doc;
    if (object.kind?.endsWith('List') && Array.isArray(object.items)) {
        for (const item of object.items)
            collect(item, into);
        return;
    }
    if (!object.apiVersion || !object.kind || !object.metadata?.name) {
        throw new Error(`manifest object lacks apiVersion, kind or metadata.name: ${JSON.stringify(doc).slice(0, 120)}`);
    }
    into.push(object);
}
function describeObject(object) {
    const ns = object.metadata?.namespace ? `${object.metadata.namespace}/` : '';
    return `${object.kind} ${ns}${object.metadata?.name ?? '?'}`;
}
/** Objects others depend on first: namespaces and RBAC before workloads, webhooks last. */
const APPLY_ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'ServiceAccount',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'ConfigMap',
    'Secret',
    'Service',
    'Endpoints',
    'EndpointSlice',
    'Deployment',
    'DaemonSet',
    'StatefulSet',
    'Job',
];
const LAST = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'];
function rank(kind) {
    const early = APPLY_ORDER.indexOf(kind);
    if (early >= 0)
        return early;
    const late = LAST.indexOf(kind);
    return late >= 0 ? APPLY_ORDER.length + 1 + late : APPLY_ORDER.length;
}
function sortForApply(objects) {
    return objects
        .map((object, index) => ({ object, index }))
        .sort((a, b) => rank(a.object.kind) - rank(b.object.kind) || a.index - b.index)
        .map(({ object }) => object);
}
function sortForDelete(objects) {
    return sortForApply(objects).reverse();
}


/***/ }),

/***/ 97613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
;// CONCATENATED MODULE: ./src/istio/reflect-metadata.ts
const store = new WeakMap();
function own(target) {
    return store.get(target);
}
function getOwnMetadata(key, target) {
    return own(target)?.get(key);
}
function getMetadata(key, target) {
    for (let current = target; current; current = Object.getPrototypeOf(current)) {
        const found = own(current);
        if (found?.has(key))
            return found.get(key);
    }
    return undefined;
}
function defineMetadata(key, value, target) {
    const map = own(target) ?? new Map();
    map.set(key, value);
    store.set(target, map);
}
const reflect = Reflect;
if (typeof reflect.getMetadata !== 'function') {
    Object.assign(reflect, { getMetadata, getOwnMetadata, defineMetadata });
}


// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
;// CONCATENATED MODULE: ./src/istio/x509.ts
// @peculiar/x509, loaded after the Reflect metadata shim it needs and set to Node's WebCrypto (the
// same on every supported Node version). Import X.509 types and functions from here, never directly.



x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);


// EXTERNAL MODULE: ./src/tools/parsed.ts
var tools_parsed = __webpack_require__(96030);
;// CONCATENATED MODULE: ./src/istio/ca-pem.ts



const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const KEY_FORMATS = 'PKCS#1 ("RSA PRIVATE KEY"), PKCS#8 ("PRIVATE KEY") or SEC1 ("EC PRIVATE KEY")';
function normalise(text) {
    return text.replace(/\r\n?/g, '\n').trim();
}
/** Decodes base64 that holds PEM text; undefined when the input is not that. */
function pemFromBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
        return undefined;
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    return decoded.includes('-----BEGIN ') ? decoded : undefined;
}
/**
 * An input holding PEM text, or base64 of PEM text (as secrets are often stored), as normalised PEM
 * ending in a newline. The problem never quotes the input: it may be a private key.
 */
function readPemInput(name, text) {
    const trimmed = normalise(text);
    const pem = trimmed.includes('-----BEGIN ') ? trimmed : pemFromBase64(trimmed);
    if (pem === undefined || pemBlocks(pem).length === 0) {
        return (0,tools_parsed/* parseProblem */.JT)(`input ${name} is neither PEM nor base64 of PEM: paste the whole file including its "-----BEGIN ...-----" line, e.g. ${name}: \${{ secrets.ISTIO_${name.toUpperCase().replace(/-/g, '_')} }}`);
    }
    return (0,tools_parsed/* parsedValue */.X$)(`${normalise(pem)}\n`);
}
function pemBlocks(pem) {
    return [...pem.matchAll(PEM_BLOCK)].map((match) => ({ type: match[1] ?? '', text: `${match[0]}\n` }));
}
/** Certificates of a PEM text, in order; a problem for anything that is not a parsable certificate. */
function parseCertificates(name, pem) {
    const blocks = pemBlocks(pem);
    const others = blocks.filter((block) => block.type !== 'CERTIFICATE').map((block) => block.type);
    if (others.length > 0) {
        return (0,tools_parsed/* parseProblem */.JT)(`${name} holds ${others.join(', ')} block(s) where only CERTIFICATE blocks belong: give the certificate file, not a key or request`);
    }
    const certificates = [];
    for (const [index, block] of blocks.entries()) {
        try {
            certificates.push(new x509_cjs/* X509Certificate */.yI(block.text));
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            return (0,tools_parsed/* parseProblem */.JT)(`${name}: certificate ${index + 1} cannot be parsed (${reason}): give the PEM file as issued`);
        }
    }
    if (certificates.length === 0)
        return (0,tools_parsed/* parseProblem */.JT)(`${name} holds no certificate`);
    return (0,tools_parsed/* parsedValue */.X$)(certificates);
}
/** The one private key of a PEM text. Problems never include the key or the parser's message. */
function parsePrivateKey(name, pem) {
    const blocks = pemBlocks(pem);
    if (blocks.some((block) => block.type === 'ENCRYPTED PRIVATE KEY') || /Proc-Type: 4,ENCRYPTED/.test(pem)) {
        return (0,tools_parsed/* parseProblem */.JT)(`${name} is encrypted: Citadel reads an unencrypted key; decrypt it (openssl pkey -in key.pem) and store it as a secret`);
    }
    const keys = blocks.filter((block) => block.type.endsWith('PRIVATE KEY'));
    if (keys.length !== 1 || blocks.length !== 1) {
        return (0,tools_parsed/* parseProblem */.JT)(`${name} must hold exactly one private key block, ${KEY_FORMATS}, found ${blocks.map((b) => b.type).join(', ') || 'none'}`);
    }
    try {
        return (0,tools_parsed/* parsedValue */.X$)((0,external_node_crypto_.createPrivateKey)(keys[0]?.text ?? ''));
    }
    catch {
        return (0,tools_parsed/* parseProblem */.JT)(`${name} is not a readable private key: give an unencrypted ${KEY_FORMATS} PEM key`);
    }
}
/** DER SubjectPublicKeyInfo of a private key, comparable with a certificate's. */
function publicKeyInfo(key) {
    return (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'der' });
}
function sameBytes(a, b) {
    return Buffer.from(a).equals(Buffer.from(b));
}
/** SHA-256 of a certificate's DER, as colon-separated hex (the form `openssl x509 -fingerprint` prints). */
function fingerprint(certificate) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(certificate.rawData)).digest('hex');
    return (hex.match(/../g) ?? []).join(':').toUpperCase();
}
/** Short description of a certificate for messages: subject and fingerprint prefix, never the body. */
function describeCertificate(certificate) {
    return `subject "${certificate.subject}", sha256 ${fingerprint(certificate).slice(0, 23)}`;
}
/**
 * The values to mask for a private key input: the raw input and its lines, the normalised PEM and
 * the body lines of each block, and the base64 forms (the raw input, and the PEM as a Secret's data
 * holds it). Lines shorter than 16 characters are left out: they are too short to reveal a key and
 * would mask unrelated log text.
 */
function keyMaskValues(raw, pem) {
    const values = new Set();
    const add = (value) => {
        const trimmed = value.trim();
        if (trimmed.length >= 16)
            values.add(trimmed);
    };
    for (const text of [raw, pem ?? '']) {
        add(text);
        for (const line of text.split(/\r?\n/))
            if (!line.startsWith('-----'))
                add(line);
    }
    if (pem !== undefined) {
        add(Buffer.from(pem, 'utf8').toString('base64'));
        add(Buffer.from(pem.trim(), 'utf8').toString('base64'));
    }
    return [...values];
}
/** Checks that a certificate is a CA, currently valid, and (when it has key usages) may sign certificates. */
function caCertificateProblems(name, certificate, now) {
    const problems = [];
    const what = `${name} (${describeCertificate(certificate)})`;
    const constraints = certificate.getExtension(x509_cjs/* BasicConstraintsExtension */.WA);
    if (!constraints?.ca) {
        problems.push(`${what} is not a CA certificate (basicConstraints cA is not true): issue it with "basicConstraints = critical, CA:true"`);
    }
    const usages = certificate.getExtension(x509_cjs/* KeyUsagesExtension */.hy);
    if (usages && (usages.usages & x509_cjs/* KeyUsageFlags */.Ob.keyCertSign) === 0) {
        problems.push(`${what} has a key usage without keyCertSign, so it may not sign certificates: issue it with "keyUsage = critical, keyCertSign, cRLSign"`);
    }
    if (certificate.notAfter.getTime() <= now.getTime()) {
        problems.push(`${what} expired on ${certificate.notAfter.toISOString()}: issue a new certificate`);
    }
    else if (certificate.notBefore.getTime() > now.getTime()) {
        problems.push(`${what} is not valid before ${certificate.notBefore.toISOString()}: check the clock of the machine that issued it, or wait`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/istio/ca-generate.ts



const DAY_MS = 24 * 60 * 60 * 1000;
/** Tolerates clocks a little behind the runner's. */
const BACKDATE_MS = 5 * 60 * 1000;
const CURVES = {
    prime256v1: { named: 'P-256', hash: 'SHA-256' },
    secp384r1: { named: 'P-384', hash: 'SHA-384' },
    secp521r1: { named: 'P-521', hash: 'SHA-512' },
};
/** How a root key signs through WebCrypto: RSA PKCS#1 v1.5 with SHA-256, or ECDSA on its curve. */
function signingFor(key) {
    if (key.asymmetricKeyType === 'rsa') {
        return {
            importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
            signature: { name: 'RSASSA-PKCS1-v1_5' },
        };
    }
    const curve = key.asymmetricKeyType === 'ec' ? CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''] : undefined;
    if (!curve)
        return undefined;
    return {
        importParams: { name: 'ECDSA', namedCurve: curve.named },
        signature: { name: 'ECDSA', hash: curve.hash },
    };
}
function parseRoot(rootPem, rootKeyPem, names, now) {
    const certs = parseCertificates(names.rootCert, rootPem);
    const key = parsePrivateKey(names.rootKey, rootKeyPem);
    const problems = [];
    if (!certs.ok)
        problems.push(certs.problem);
    else if (certs.value.length !== 1)
        problems.push(`${names.rootCert} must hold exactly one certificate, the root, found ${certs.value.length}`);
    if (!key.ok)
        problems.push(key.problem);
    const certificate = certs.ok && certs.value.length === 1 ? certs.value[0] : undefined;
    if (certificate)
        problems.push(...caCertificateProblems(names.rootCert, certificate, now));
    if (certificate && key.ok && !sameBytes(publicKeyInfo(key.value), certificate.publicKey.rawData)) {
        problems.push(`${names.rootKey} does not belong to ${names.rootCert} (${describeCertificate(certificate)}): give the root's own private key`);
    }
    if (key.ok && !signingFor(key.value)) {
        problems.push(`${names.rootKey} is a ${key.value.asymmetricKeyType ?? 'unknown'} key: intermediates can be signed with RSA or ECDSA (P-256, P-384, P-521) root keys`);
    }
    return { ...(certificate ? { certificate } : {}), ...(key.ok ? { key: key.value } : {}), problems };
}
/** Validates a root certificate and key for generate-intermediate-cas; problems never hold key material. */
function checkRootForSigning(rootPem, rootKeyPem, names, now = new Date()) {
    const root = parseRoot(rootPem, rootKeyPem, names, now);
    return {
        problems: root.problems,
        ...(root.certificate
            ? {
                root: {
                    subject: root.certificate.subject,
                    fingerprint: fingerprint(root.certificate),
                    notAfter: root.certificate.notAfter,
                },
            }
            : {}),
    };
}
async function newKeyPair(rootKey) {
    const pkcs8 = (der) => (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
    if (rootKey.asymmetricKeyType === 'rsa') {
        const params = {
            name: 'RSASSA-PKCS1-v1_5',
            modulusLength: 2048,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
        };
        const pair = await external_node_crypto_.webcrypto.subtle.generateKey(params, true, ['sign', 'verify']);
        return { pair, pem: (der) => String(pkcs8(der).export({ type: 'pkcs1', format: 'pem' })) };
    }
    const pair = await external_node_crypto_.webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'sign',
        'verify',
    ]);
    return { pair, pem: (der) => String(pkcs8(der).export({ type: 'sec1', format: 'pem' })) };
}
async function authorityKeyId(root) {
    const ski = root.getExtension(x509_cjs/* SubjectKeyIdentifierExtension */.QE);
    if (ski)
        return new x509_cjs/* AuthorityKeyIdentifierExtension */.Z$(ski.keyId);
    return x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(root.publicKey);
}
/**
 * Issues one intermediate CA for a cluster, signed by the root: basicConstraints CA (path length 0),
 * keyCertSign|cRLSign, one year (never beyond the root). The key follows the root's family (RSA 2048
 * under an RSA root, ECDSA P-256 otherwise) and is written as PKCS#1 or SEC1 PEM, which every Citadel
 * version reads. Returns the four files of the `cacerts` Secret; cert-chain is intermediate + root.
 */
async function generateIntermediateCa(rootPem, rootKeyPem, clusterName, options = {}) {
    const now = options.now ?? new Date();
    const root = parseRoot(rootPem, rootKeyPem, { rootCert: 'root-cert', rootKey: 'root-key' }, now);
    const signing = root.key ? signingFor(root.key) : undefined;
    if (!root.certificate || !root.key || !signing || root.problems.length > 0) {
        throw new Error(`cannot issue an intermediate CA for ${clusterName}: ${root.problems.join('; ')}`);
    }
    const der = root.key.export({ type: 'pkcs8', format: 'der' });
    const signingKey = await external_node_crypto_.webcrypto.subtle.importKey('pkcs8', der, signing.importParams, false, ['sign']);
    const { pair, pem } = await newKeyPair(root.key);
    const notAfter = Math.min(now.getTime() + (options.validityDays ?? 365) * DAY_MS, root.certificate.notAfter.getTime());
    const certificate = await x509_cjs/* X509CertificateGenerator */.Jy.create({
        serialNumber: `01${(0,external_node_crypto_.randomBytes)(15).toString('hex')}`,
        subject: `O=istio-multicluster-action, L=${clusterName.replace(/[,+="<>#;\\]/g, '-')}, CN=Intermediate CA`,
        issuer: root.certificate.subjectName,
        notBefore: new Date(now.getTime() - BACKDATE_MS),
        notAfter: new Date(notAfter),
        publicKey: pair.publicKey,
        signingKey,
        signingAlgorithm: signing.signature,
        extensions: [
            new x509_cjs/* BasicConstraintsExtension */.WA(true, 0, true),
            new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.keyCertSign | x509_cjs/* KeyUsageFlags */.Ob.cRLSign, true),
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(pair.publicKey),
            await authorityKeyId(root.certificate),
        ],
    });
    const caCert = `${certificate.toString('pem').trim()}\n`;
    const rootCert = `${root.certificate.toString('pem').trim()}\n`;
    const caKey = pem(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
    return { caCert, caKey, rootCert, certChain: `${caCert}${rootCert}` };
}

;// CONCATENATED MODULE: ./src/istio/ca.ts




/** The four files of Istio's plugged-in CA, as Citadel mounts them from the `cacerts` Secret. */
const CA_FIELDS = ['caCert', 'caKey', 'rootCert', 'certChain'];
const CA_FILES = {
    caCert: 'ca-cert.pem',
    caKey: 'ca-key.pem',
    rootCert: 'root-cert.pem',
    certChain: 'cert-chain.pem',
};
const INPUT_NAMES = {
    caCert: 'input ca-cert',
    caKey: 'input ca-key',
    rootCert: 'input root-cert',
    certChain: 'input cert-chain',
};
function secretKeyNames(where) {
    return {
        caCert: `${where} ${CA_FILES.caCert}`,
        caKey: `${where} ${CA_FILES.caKey}`,
        rootCert: `${where} ${CA_FILES.rootCert}`,
        certChain: `${where} ${CA_FILES.certChain}`,
    };
}
async function signedBy(certificate, issuer) {
    if (certificate.issuer !== issuer.subject)
        return false;
    try {
        return await certificate.verify({ publicKey: issuer.publicKey, signatureOnly: true });
    }
    catch {
        return false;
    }
}
/**
 * Walks from ca-cert to root-cert through cert-chain (used as a pool of intermediates, as Istio's own
 * check does), verifying each signature. Returns problems; none when the path reaches root-cert.
 */
async function chainProblems(names, caCert, chain, root) {
    const pool = [...chain, root];
    let current = caCert;
    for (let depth = 0; depth <= pool.length; depth++) {
        if (sameBytes(current.rawData, root.rawData))
            return [];
        const issuer = await findIssuer(current, pool);
        if (issuer === 'bad-signature') {
            return [
                `the signature of ${describeCertificate(current)} does not verify with the key of its issuer "${current.issuer}" in ${names.certChain}/${names.rootCert}: the chain was issued by a different key; rebuild ${names.certChain} from the issuing CA's files`,
            ];
        }
        if (issuer === undefined) {
            return [
                `${names.caCert} (${describeCertificate(caCert)}) does not chain to ${names.rootCert} (${describeCertificate(root)}): no certificate in ${names.certChain} or ${names.rootCert} issued "${current.subject}" (issuer "${current.issuer}"); give the root that issued it, and every intermediate in ${names.certChain}`,
            ];
        }
        if (sameBytes(issuer.rawData, root.rawData))
            return [];
        current = issuer;
    }
    return [
        `${names.certChain} loops without reaching ${names.rootCert}: give ca-cert, its intermediates and the root, in that order`,
    ];
}
async function findIssuer(certificate, pool) {
    const candidates = pool.filter((c) => c.subject === certificate.issuer && !sameBytes(c.rawData, certificate.rawData));
    for (const candidate of candidates)
        if (await signedBy(certificate, candidate))
            return candidate;
    return candidates.length > 0 ? 'bad-signature' : undefined;
}
function keyProblems(names, keyPem, caCert) {
    const key = parsePrivateKey(names.caKey, keyPem);
    if (!key.ok)
        return [key.problem];
    if (caCert && !sameBytes(publicKeyInfo(key.value), caCert.publicKey.rawData)) {
        return [
            `${names.caKey} does not belong to ${names.caCert} (${describeCertificate(caCert)}): give the private key that was generated together with ca-cert`,
        ];
    }
    return [];
}
function one(name, pem) {
    const parsed = parseCertificates(name, pem);
    if (!parsed.ok)
        return { problems: [parsed.problem] };
    if (parsed.value.length > 1)
        return {
            problems: [
                `${name} holds ${parsed.value.length} certificates: give only the one certificate (intermediates go in cert-chain)`,
            ],
        };
    return parsed.value[0]
        ? { cert: parsed.value[0], problems: [] }
        : { problems: [`${name} holds no certificate`] };
}
function chainStartProblems(names, caCert, chain) {
    const first = chain[0];
    if (first && sameBytes(first.rawData, caCert.rawData))
        return [];
    return [
        `${names.certChain} must begin with ca-cert (Citadel hands it to workloads as the chain above their certificates): build it as ca-cert, then any intermediates, then root-cert (cat ca-cert.pem root-cert.pem > cert-chain.pem)`,
    ];
}
/**
 * Validates one set of plugged-in CA files: each certificate parses, is a CA and is within its
 * validity period; the key matches ca-cert; ca-cert chains to root-cert through cert-chain.
 */
async function checkCaMaterial(material, names, now = new Date()) {
    const ca = one(names.caCert, material.caCert);
    const root = one(names.rootCert, material.rootCert);
    const chain = parseCertificates(names.certChain, material.certChain);
    const problems = [...ca.problems, ...root.problems, ...(chain.ok ? [] : [chain.problem])];
    if (ca.cert)
        problems.push(...caCertificateProblems(names.caCert, ca.cert, now));
    if (root.cert)
        problems.push(...caCertificateProblems(names.rootCert, root.cert, now));
    problems.push(...keyProblems(names, material.caKey, ca.cert));
    if (chain.ok) {
        for (const [index, certificate] of chain.value.entries()) {
            if (ca.cert && sameBytes(certificate.rawData, ca.cert.rawData))
                continue;
            if (root.cert && sameBytes(certificate.rawData, root.cert.rawData))
                continue;
            problems.push(...caCertificateProblems(`${names.certChain} certificate ${index + 1}`, certificate, now));
        }
    }
    if (ca.cert && root.cert && chain.ok) {
        problems.push(...chainStartProblems(names, ca.cert, chain.value));
        problems.push(...(await chainProblems(names, ca.cert, chain.value, root.cert)));
    }
    return {
        problems,
        ...(root.cert
            ? {
                root: {
                    subject: root.cert.subject,
                    fingerprint: fingerprint(root.cert),
                    notAfter: root.cert.notAfter,
                },
            }
            : {}),
        ...(ca.cert ? { caNotAfter: ca.cert.notAfter } : {}),
    };
}
/** With several clusters, every chain must end at the same root, or workloads cannot verify each other. */
function differentRootProblems(roots) {
    const first = roots[0];
    if (!first)
        return [];
    const others = roots.filter((r) => r.root.fingerprint !== first.root.fingerprint);
    if (others.length === 0)
        return [];
    const describe = (r) => `${r.where}: "${r.root.subject}" (sha256 ${r.root.fingerprint.slice(0, 23)})`;
    return [
        `the clusters' CAs do not share one root, so their workloads cannot verify each other: ${[first, ...others].map(describe).join('; ')}. Fix: issue every cluster's CA from the same root-cert`,
    ];
}

// EXTERNAL MODULE: ./src/istio/security-values.ts
var security_values = __webpack_require__(41535);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/namespaces.ts
var namespaces = __webpack_require__(62541);
// EXTERNAL MODULE: ./src/istio/labels.ts
var labels = __webpack_require__(17393);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/stages/cacerts.ts






/** The Secret Citadel mounts when security.selfSigned=false. */
const CACERTS_SECRET = 'cacerts';
const STAGE = 'cacerts';
const cacerts_DAY_MS = 24 * 60 * 60 * 1000;
/** A generated intermediate is renewed when it has less than this left (else it is kept, so runs do not rotate keys). */
const RENEW_BEFORE_MS = 30 * cacerts_DAY_MS;
function decode(secret, file) {
    const value = secret.data?.[file];
    return value === undefined ? '' : Buffer.from(value, 'base64').toString('utf8');
}
function sameContent(a, b) {
    return CA_FIELDS.every((field) => a[field].trim() === b[field].trim());
}
async function readExisting(cluster, namespace) {
    let secret;
    try {
        secret = await (0,client/* coreApi */.kg)(cluster).readNamespacedSecret({ name: CACERTS_SECRET, namespace });
    }
    catch (error) {
        if ((0,client/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
    const material = Object.fromEntries(CA_FIELDS.map((field) => [field, decode(secret, CA_FILES[field])]));
    return { secret, managed: secret.metadata?.labels?.[labels/* MANAGED_BY_LABEL */.lT] === labels/* MANAGED_BY_VALUE */.Q9, material };
}
function where(cluster) {
    return `cluster "${cluster.name}":`;
}
/**
 * An existing secret still good for generate mode: valid, chaining to the given root, and not about to
 * expire (or already running to the root's own end, which a new one could not improve on).
 */
async function keepable(existing, cluster, root, now) {
    const check = await checkCaMaterial(existing.material, secretKeyNames(where(cluster)), now);
    const notAfter = check.caNotAfter?.getTime() ?? 0;
    const fresh = notAfter - now.getTime() > RENEW_BEFORE_MS || notAfter >= root.notAfter.getTime();
    return check.problems.length === 0 && check.root?.fingerprint === root.fingerprint && fresh;
}
async function desiredMaterial(input, cluster, existing, root) {
    const { source } = input;
    const now = input.now ?? new Date();
    switch (source.kind) {
        case 'shared':
            return { material: source.material, intermediate: 'given', names: source.names ?? INPUT_NAMES };
        case 'per-cluster': {
            const material = source.material[cluster.name];
            if (!material)
                return {
                    problem: `${where(cluster)} no CA material was given for this cluster: give ca-cert, ca-key, root-cert and cert-chain for it`,
                };
            return { material, intermediate: 'given', names: secretKeyNames(where(cluster)) };
        }
        case 'generate': {
            if (existing && root && (await keepable(existing, cluster, root, now))) {
                return { material: existing.material, intermediate: 'kept', names: secretKeyNames(where(cluster)) };
            }
            const material = await generateIntermediateCa(source.rootCert, source.rootKey, cluster.name, { now });
            for (const value of keyMaskValues('', material.caKey))
                input.onSecret?.(value);
            return { material, intermediate: 'generated', names: secretKeyNames(`${where(cluster)} generated`) };
        }
    }
}
function conflictProblem(input, cluster) {
    return (`${where(cluster)} secret ${input.namespace}/${CACERTS_SECRET} exists, was not created by this action (no label ${labels/* MANAGED_BY_LABEL */.lT}=${labels/* MANAGED_BY_VALUE */.Q9}) and holds a different CA. ` +
        `Refusing to replace a CA managed elsewhere. Fix: give that same CA as input, or delete the secret (kubectl -n ${input.namespace} delete secret ${CACERTS_SECRET}) to let the action create it`);
}
async function planCluster(input, cluster, root) {
    let existing;
    try {
        existing = await readExisting(cluster, input.namespace);
    }
    catch (error) {
        return {
            problems: [
                `${where(cluster)} cannot read secret ${input.namespace}/${CACERTS_SECRET}: ${(0,client/* apiMessage */.SX)(error)}. Fix: let the kubeconfig get secrets in ${input.namespace}`,
            ],
        };
    }
    if (existing)
        for (const value of keyMaskValues('', existing.material.caKey))
            input.onSecret?.(value);
    const desired = await desiredMaterial(input, cluster, existing, root);
    if ('problem' in desired)
        return { problems: [desired.problem] };
    const check = await checkCaMaterial(desired.material, desired.names, input.now);
    const problems = [...check.problems];
    const unmanagedKept = existing && !existing.managed && desired.intermediate === 'kept';
    if (existing && !existing.managed && !unmanagedKept && !sameContent(existing.material, desired.material)) {
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
function secretBody(input, material, existing) {
    const metadata = existing?.secret.metadata ?? {};
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'Opaque',
        metadata: {
            ...metadata,
            name: CACERTS_SECRET,
            namespace: input.namespace,
            labels: { ...metadata.labels, [labels/* MANAGED_BY_LABEL */.lT]: labels/* MANAGED_BY_VALUE */.Q9 },
        },
        data: Object.fromEntries(CA_FIELDS.map((field) => [CA_FILES[field], Buffer.from(material[field], 'utf8').toString('base64')])),
    };
}
async function writePlan(input, plan) {
    const { existing, cluster } = plan;
    if (existing && sameContent(existing.material, plan.material))
        return 'unchanged';
    if (input.dryRun)
        return existing ? 'would-update' : 'would-create';
    const api = (0,client/* coreApi */.kg)(cluster);
    const body = secretBody(input, plan.material, existing);
    try {
        if (!existing) {
            await (0,namespaces/* ensureNamespace */.Gv)(cluster, input.namespace);
            await api.createNamespacedSecret({ namespace: input.namespace, body });
            return 'created';
        }
        await api.replaceNamespacedSecret({ name: CACERTS_SECRET, namespace: input.namespace, body });
        return 'updated';
    }
    catch (error) {
        throw new Error(`[${STAGE}] ${where(cluster)} writing secret ${input.namespace}/${CACERTS_SECRET} failed: ${(0,client/* apiMessage */.SX)(error)}`, { cause: error });
    }
}
function rootOf(input) {
    if (input.source.kind !== 'generate')
        return { problems: [] };
    const names = input.source.names ?? { rootCert: 'input root-cert', rootKey: 'input root-key' };
    const check = checkRootForSigning(input.source.rootCert, input.source.rootKey, names, input.now);
    return { ...(check.root ? { root: check.root } : {}), problems: [...check.problems] };
}
/**
 * Puts the plugged-in CA (Secret `cacerts`) on the primary and every remote. Everything is read and
 * validated for every cluster first, and all problems are reported together before anything is
 * written. Unchanged secrets are not written; a `cacerts` the action did not create is never
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
    problems.push(...differentRootProblems(roots));
    const sharedRoot = roots[0]?.root;
    if (problems.length > 0 || !sharedRoot) {
        throw new errors/* ProblemsError */.FQ(STAGE, [
            ...new Set(problems.length > 0 ? problems : ['no cluster to put the CA on']),
        ]);
    }
    const clusters = [];
    for (const plan of plans) {
        clusters.push({
            cluster: plan.cluster.name,
            outcome: await writePlan(input, plan),
            intermediate: plan.intermediate,
        });
    }
    return { root: sharedRoot, clusters };
}

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
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
        const parsed = readPemInput(name, raw);
        for (const value of keyMaskValues(raw, parsed.ok ? parsed.value : undefined))
            core/* setSecret */.Pq(value);
    }
}
function given(name) {
    return core/* getInput */.V4(name).trim() !== '';
}
/** Reads PEM inputs by field; throws every problem at once. */
function pemInputs(names) {
    const parsed = Object.entries(names).map(([field, name]) => [field, readPemInput(name, core/* getInput */.V4(name))]);
    const problems = (0,tools_parsed/* problemsOf */.GW)(parsed.map(([, result]) => result));
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
    return { kind: 'shared', material: pemInputs(CA_INPUTS), names: INPUT_NAMES };
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
function run() {
    return (0,step/* runAsStep */.I)(cacerts_STAGE, async () => {
        maskKeyInputs();
        const mode = (0,common/* readMode */.Em)();
        if (!(0,common/* wiresRemotes */.E5)(mode))
            return (0,common/* skippedFor */._d)(mode);
        const source = readSource();
        if (!source) {
            // Without a CA every Citadel keeps its own root, which mtls / control-plane-security across clusters cannot use.
            const problems = (0,security_values/* securityProblems */.RX)({ ...(0,security_inputs/* readSecurityOptions */.$)(), selfSigned: true });
            if (problems.length > 0)
                throw new errors/* ProblemsError */.FQ(cacerts_STAGE, problems);
            return {
                outputs: { 'cacerts-clusters': '[]', 'plugged-in-ca': 'false', 'root-fingerprint': '' },
                report: { did: [], skipped: 'no CA input given (Citadel keeps its self-signed root)' },
            };
        }
        const dryRun = mode === 'render';
        const namespace = (0,common/* readNamespace */.oZ)();
        const { primary, remotes } = (0,common/* readClusters */.c6)();
        const clusters = [primary, ...remotes];
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

/***/ 71234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ wiresRemotes),
/* harmony export */   Em: () => (/* binding */ readMode),
/* harmony export */   _d: () => (/* binding */ skippedFor),
/* harmony export */   c6: () => (/* binding */ readClusters),
/* harmony export */   er: () => (/* binding */ readProfile),
/* harmony export */   gb: () => (/* binding */ readTimeoutMs),
/* harmony export */   oZ: () => (/* binding */ readNamespace),
/* harmony export */   xw: () => (/* binding */ runDirectory)
/* harmony export */ });
/* unused harmony export MODES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31934);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25303);
/* harmony import */ var _istio_profiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17052);





/** Inputs shared by several steps; read only by step entry points. */
const MODES = ['install', 'render', 'resync', 'uninstall', 'inject'];
function readMode() {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChoice */ .HU)('mode', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mode'), MODES, 'install');
}
/** The modes that capture endpoints and (re)wire remotes; uninstall and inject skip those steps. */
function wiresRemotes(mode) {
    return mode === 'install' || mode === 'render' || mode === 'resync';
}
function readProfile() {
    return (0,_istio_profiles_js__WEBPACK_IMPORTED_MODULE_3__/* .profileByName */ .y2)((0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChoice */ .HU)('profile', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('profile'), _istio_profiles_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILES */ .jI, 'istio-1.0'));
}
function skippedFor(mode) {
    return { outputs: {}, report: { did: [], skipped: `not used in mode ${mode}` } };
}
function readNamespace() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('istio-namespace') || 'istio-system';
}
function readTimeoutMs() {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)('wait-timeout', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('wait-timeout'), 300_000);
}
/** The clusters as the credentials step wrote them (its outputs mapped in action.yml). */
function readClusters() {
    const primaryPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-kubeconfig-path', { required: true });
    const primaryName = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('primary-name') || 'primary';
    const remotePaths = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonRecord */ .BH)('remote-kubeconfig-paths', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('remote-kubeconfig-paths'));
    return {
        primary: (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_2__/* .openCluster */ .DT)(primaryName, primaryPath),
        remotes: Object.entries(remotePaths).map(([name, path]) => (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_2__/* .openCluster */ .DT)(name, path)),
    };
}
/** A per-run working directory under RUNNER_TEMP, the same for every step of one run. */
function runDirectory(purpose) {
    const temp = process.env.RUNNER_TEMP;
    if (!temp)
        throw new Error('RUNNER_TEMP is not set: run this action on a GitHub runner, or set RUNNER_TEMP to a private directory.');
    const run = process.env.GITHUB_RUN_ID ?? 'local';
    const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
    const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_.-]/g, '-');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, `istio-multicluster-${run}-${attempt}-${job}-${purpose}`);
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

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ parseJsonRecord),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Hl: () => (/* binding */ parseKeyValues),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/** Pure parsers for action inputs; each error says what a valid value looks like. */
function parseList(text) {
    return text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function parseBoolean(name, text, fallback) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new Error(`input ${name} must be true or false, got "${text}"`);
}
/** Durations like `300`, `90s`, `5m`, `1m30s`; returns milliseconds. */
function parseDuration(name, text, fallbackMs) {
    const value = text.trim();
    if (value === '')
        return fallbackMs;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
    if (!match || value === '')
        throw new Error(`input ${name} must be a duration such as 300s, 5m or 1m30s, got "${text}"`);
    const [, h = '0', m = '0', s = '0'] = match;
    return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}
function parsePositiveInt(name, text, fallback) {
    const value = text.trim();
    if (value === '')
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new Error(`input ${name} must be a whole number of at least 1, got "${text}"`);
    return Number(value);
}
function parseChoice(name, text, choices, fallback) {
    const value = text.trim();
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new Error(`input ${name} must be one of ${choices.join(', ')}, got "${text}"`);
}
/** `name=value` lines or comma-separated pairs, e.g. remote-api-servers. */
function parseKeyValues(name, text) {
    const result = {};
    for (const item of parseList(text)) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new Error(`input ${name}: "${item}" is not name=value (example: remote-1=https://10.0.0.12:6443)`);
        result[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
    }
    return result;
}
/** A JSON object of strings from a previous step's output. */
function parseJsonRecord(name, text) {
    if (text.trim() === '')
        return {};
    const value = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Error(`input ${name} must be a JSON object`);
    for (const [key, entry] of Object.entries(value)) {
        if (typeof entry !== 'string')
            throw new Error(`input ${name}: value of "${key}" must be a string`);
    }
    return value;
}


/***/ })

};
