import type { ProfileName } from './profiles.js';

/**
 * One access the reader account's kubeconfig is checked for (SelfSubjectAccessReview). A subresource
 * is written as RBAC writes it (`pods/exec`); `clusterScoped` accesses are asked once, without a
 * namespace, the others in every namespace the check covers.
 */
export interface Access {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly clusterScoped?: boolean;
}

/** What the primary's control plane must be able to do with a remote's registered credentials, and what is too much. */
export interface ReaderRights {
  readonly required: readonly Access[];
  readonly forbidden: readonly Access[];
}

const access = (
  verbs: readonly string[],
  group: string,
  resources: readonly string[],
  clusterScoped = false,
): Access[] =>
  resources.flatMap((resource) =>
    verbs.map((verb) => ({ verb, group, resource, ...(clusterScoped ? { clusterScoped } : {}) })),
  );

const RBAC = 'rbac.authorization.k8s.io';

/**
 * What no reader may do, whatever the profile: every right here takes over the cluster or a namespace
 * (write credentials, grant itself more, act as someone else, run code in a pod or on a node).
 * Reading Secrets is not here: the current reader ClusterRole lists them cluster-wide.
 */
const EXCESS: readonly Access[] = [
  { verb: '*', group: '*', resource: '*' },
  ...access(['create', 'update', 'patch', 'delete'], '', ['secrets']),
  ...access(['create'], RBAC, ['rolebindings']),
  ...access(['bind', 'escalate'], RBAC, ['roles']),
  ...access(['create'], RBAC, ['clusterrolebindings'], true),
  ...access(['bind', 'escalate'], RBAC, ['clusterroles'], true),
  ...access(['impersonate'], '', ['users', 'groups'], true),
  ...access(['impersonate'], '', ['serviceaccounts']),
  ...access(['create'], '', ['serviceaccounts/token', 'pods/exec', 'pods/attach']),
  ...access(['get', 'create'], '', ['nodes/proxy'], true),
];

/**
 * istio-current: the reads of the istiod chart's istio-reader-clusterrole, and the writes an external
 * istiod does on a remote (istio-ca-root-cert ConfigMaps, the injector's caBundle). Secrets are read
 * (istiod watches gateway credentials), never written.
 */
const READS: readonly Access[] = [
  ...access(['list', 'watch'], '', ['pods', 'services', 'namespaces', 'nodes', 'secrets', 'configmaps']),
  ...access(['list', 'watch'], 'discovery.k8s.io', ['endpointslices']),
  ...access(['create'], 'authentication.k8s.io', ['tokenreviews']),
  ...access(['create'], 'authorization.k8s.io', ['subjectaccessreviews']),
];

const CURRENT: ReaderRights = {
  required: [
    ...READS,
    ...access(['create', 'update'], '', ['configmaps']),
    ...access(['patch'], 'admissionregistration.k8s.io', ['mutatingwebhookconfigurations']),
  ],
  forbidden: EXCESS,
};

/** istio-1.0: the istio-multi account lists pods and the like, and reads no secrets. */
const ISTIO_1_0: ReaderRights = {
  required: access(['list'], '', ['pods', 'services']),
  forbidden: [...EXCESS, ...access(['list', 'get'], '', ['secrets'])],
};

/**
 * multi-primary: each cluster's own istiod writes its ConfigMaps and webhooks, so the other control
 * planes only read (the istiod chart's default profile binds the reader role without those writes).
 */
const CURRENT_MULTI_PRIMARY: ReaderRights = { required: READS, forbidden: CURRENT.forbidden };

export function readerRights(profile: ProfileName, multiPrimary = false): ReaderRights {
  if (profile !== 'istio-current') return ISTIO_1_0;
  return multiPrimary ? CURRENT_MULTI_PRIMARY : CURRENT;
}

export function describeAccess(a: Access): string {
  const resource = a.group === '' || a.group === '*' ? a.resource : `${a.resource}.${a.group}`;
  return a.verb === '*' && a.resource === '*' ? 'everything (cluster-admin)' : `${a.verb} ${resource}`;
}
