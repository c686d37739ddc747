import * as k8s from '@kubernetes/client-node';
import { describeAccess, type Access, type ReaderRights } from '../../istio/reader-rights.js';

async function allowed(
  api: k8s.AuthorizationV1Api,
  access: Access,
  namespace: string | undefined,
): Promise<boolean> {
  const review = await api.createSelfSubjectAccessReview({
    body: {
      spec: {
        resourceAttributes: { verb: access.verb, group: access.group, resource: access.resource, namespace },
      },
    },
  });
  return review.status?.allowed === true;
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
  const config = new k8s.KubeConfig();
  config.loadFromString(kubeconfigYaml);
  await config.makeApiClient(k8s.CoreV1Api).listNamespacedPod({ namespace, limit: 1 });
  const api = config.makeApiClient(k8s.AuthorizationV1Api);
  const missing: string[] = [];
  for (const access of rights.required)
    if (!(await allowed(api, access, undefined))) missing.push(describeAccess(access));
  const excess: string[] = [];
  for (const access of rights.forbidden)
    if (await allowed(api, access, namespace)) excess.push(describeAccess(access));
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
