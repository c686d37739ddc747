import type { ProfileName } from './profiles.js';

/** One access the reader account's kubeconfig is checked for (SelfSubjectAccessReview). */
export interface Access {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
}

/** What the primary's control plane must be able to do with a remote's registered credentials, and what is too much. */
export interface ReaderRights {
  readonly required: readonly Access[];
  readonly forbidden: readonly Access[];
}

const access = (verbs: readonly string[], group: string, resources: readonly string[]): Access[] =>
  resources.flatMap((resource) => verbs.map((verb) => ({ verb, group, resource })));

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
  forbidden: [
    { verb: '*', group: '*', resource: '*' },
    ...access(['create', 'update', 'patch', 'delete'], '', ['secrets']),
    ...access(['create', 'escalate', 'bind'], 'rbac.authorization.k8s.io', [
      'clusterrolebindings',
      'clusterroles',
    ]),
  ],
};

/** istio-1.0: the istio-multi account lists pods and the like, and reads no secrets. */
const ISTIO_1_0: ReaderRights = {
  required: access(['list'], '', ['pods', 'services']),
  forbidden: [{ verb: '*', group: '*', resource: '*' }, ...access(['list', 'get'], '', ['secrets'])],
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
