import * as k8s from '@kubernetes/client-node';
import { clusterKubeConfig, readClusterKubeconfig } from '../../kube/cluster-kubeconfig.js';
import { selfAccessAllowed } from '../../kube/access-review.js';
import { describeAccess, type Access, type ReaderRights } from '../../istio/reader-rights.js';

function allowed(
  api: k8s.AuthorizationV1Api,
  access: Access,
  namespace: string | undefined,
): Promise<boolean> {
  return selfAccessAllowed(api, { ...access, ...(namespace ? { namespace } : {}) });
}

/**
 * Proves the generated kubeconfig works against the remote (it lists pods) and carries what the
 * primary's control plane needs there, and no real excess: cluster-admin, writes to Secrets or RBAC.
 */
export async function verifyReaderKubeconfig(
  kubeconfigYaml: string,
  namespace: string,
  rights: ReaderRights,
): Promise<string> {
  // Built from a token Secret read from the remote: reduced to server, CA and token like any cluster state.
  const reader = readClusterKubeconfig(kubeconfigYaml, 'the reader kubeconfig built from the token Secret');
  const config = clusterKubeConfig(reader, 'reader');
  await config.makeApiClient(k8s.CoreV1Api).listNamespacedPod({ namespace, limit: 1 });
  const api = config.makeApiClient(k8s.AuthorizationV1Api);
  // The reviews are independent, so they are asked at once.
  const [granted, forbiddenGranted] = await Promise.all([
    Promise.all(rights.required.map((access) => allowed(api, access, undefined))),
    Promise.all(rights.forbidden.map((access) => allowed(api, access, namespace))),
  ]);
  const missing = rights.required.filter((_, i) => !granted[i]).map(describeAccess);
  const excess = rights.forbidden.filter((_, i) => forbiddenGranted[i]).map(describeAccess);
  if (missing.length > 0) throw new ReaderRightsError('lacks', missing);
  if (excess.length > 0) throw new ReaderRightsError('exceeds', excess);
  return `authenticates; has the ${rights.required.length} reader rights istiod needs; none of ${rights.forbidden.length} excess rights (secret and RBAC writes, cluster-admin)`;
}

/** The reader account has too little or too much; the message lists each access. */
export class ReaderRightsError extends Error {
  readonly kind: 'lacks' | 'exceeds';

  constructor(kind: 'lacks' | 'exceeds', accesses: readonly string[]) {
    super(
      kind === 'lacks'
        ? `the generated kubeconfig lacks rights the primary's control plane needs on this remote: ${accesses.join(', ')}`
        : `the generated kubeconfig has more rights than a reader needs: ${accesses.join(', ')}`,
    );
    this.name = 'ReaderRightsError';
    this.kind = kind;
  }
}

/** The fix for a reader account with too little or too much, naming the account. */
export function rightsFix(error: ReaderRightsError, serviceAccount: string, namespace: string): string {
  return error.kind === 'lacks'
    ? `install the remote charts first (they bind ${serviceAccount} to the reader ClusterRole), and do not trim that ClusterRole.`
    : `remove the extra RoleBindings or ClusterRoleBindings that grant ${serviceAccount} in ${namespace} these rights (kubectl get clusterrolebindings,rolebindings -A -o wide | grep ${serviceAccount}).`;
}
