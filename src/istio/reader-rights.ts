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
const CURRENT: ReaderRights = {
  required: [
    ...access(['list', 'watch'], '', ['pods', 'services', 'namespaces', 'nodes', 'secrets', 'configmaps']),
    ...access(['list', 'watch'], 'discovery.k8s.io', ['endpointslices']),
    ...access(['create'], 'authentication.k8s.io', ['tokenreviews']),
    ...access(['create'], 'authorization.k8s.io', ['subjectaccessreviews']),
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

export function readerRights(profile: ProfileName): ReaderRights {
  return profile === 'istio-current' ? CURRENT : ISTIO_1_0;
}

export function describeAccess(a: Access): string {
  const resource = a.group === '' || a.group === '*' ? a.resource : `${a.resource}.${a.group}`;
  return a.verb === '*' && a.resource === '*' ? 'everything (cluster-admin)' : `${a.verb} ${resource}`;
}
