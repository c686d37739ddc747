import * as k8s from '@kubernetes/client-node';
import { clusterKubeConfig, readClusterKubeconfig } from '../../kube/cluster-kubeconfig.js';
import { describeAccess, type ReaderRights } from '../../istio/reader-rights.js';
import { describeExcess, excessNamespacesOf } from '../../istio/reader-excess.js';
import { findExcess, missingAccess, reviewRules } from './reader-excess-check.js';

/**
 * Proves the generated kubeconfig works against the remote (it lists pods) and carries what the
 * primary's control plane needs there, and no real excess (secret writes, RBAC grants, impersonation,
 * token requests, exec and attach, the node proxy, cluster-admin) in kube-system, the Istio namespace,
 * default, a made-up namespace (cluster-wide grants) or at cluster scope.
 */
export async function verifyReaderKubeconfig(
  kubeconfigYaml: string,
  namespace: string,
  rights: ReaderRights,
): Promise<string> {
  // Built from a token Secret read from the remote: reduced to server, CA and token like any cluster state.
  const reader = readClusterKubeconfig(kubeconfigYaml, "the reader account's token Secret on this remote");
  const config = clusterKubeConfig(reader, 'reader');
  const api = config.makeApiClient(k8s.AuthorizationV1Api);
  // The read (does the token authenticate?) and the rules reviews are independent: asked at once. The
  // rules reviews show most required rights granted (no access review of its own) and pick the
  // excess worth an access review.
  const [, rules] = await Promise.all([
    config.makeApiClient(k8s.CoreV1Api).listNamespacedPod({ namespace, limit: 1 }),
    reviewRules(api, namespace),
  ]);
  const [required, excess] = await Promise.all([
    missingAccess(api, rights.required, rules),
    findExcess(api, rights.forbidden, rules),
  ]);
  if (required.missing.length > 0) throw new ReaderRightsError('lacks', required.missing.map(describeAccess));
  if (excess.found.length > 0)
    throw new ReaderRightsError(
      'exceeds',
      describeExcess(excess.found, rules.probeNamespace),
      excessNamespacesOf(excess.found),
    );
  const requests = 1 + rules.namespaces.length + required.asked + excess.asked;
  return `authenticates; has the ${rights.required.length} reader rights istiod needs; none of ${rights.forbidden.length} excess rights in ${rules.namespaces.join(', ')} or cluster-wide (${excess.checks} checks; ${requests} API requests)`;
}

/** The reader account has too little or too much; the message lists each access (and where it is granted). */
export class ReaderRightsError extends Error {
  readonly kind: 'lacks' | 'exceeds';
  /** The namespaces an excess access was granted in (none when only cluster-scoped ones were). */
  readonly namespaces: readonly string[];

  constructor(kind: 'lacks' | 'exceeds', accesses: readonly string[], namespaces: readonly string[] = []) {
    super(
      kind === 'lacks'
        ? `the generated kubeconfig lacks rights the primary's control plane needs on this remote: ${accesses.join(', ')}`
        : `the generated kubeconfig has more rights than a reader needs: ${accesses.join('; ')}`,
    );
    this.name = 'ReaderRightsError';
    this.kind = kind;
    this.namespaces = namespaces;
  }
}

/** The fix for a reader account with too little or too much, naming the account and how to find the bindings. */
export function rightsFix(error: ReaderRightsError, serviceAccount: string, namespace: string): string {
  if (error.kind === 'lacks')
    return `install the remote charts first (they bind ${serviceAccount} to the reader ClusterRole), and do not trim that ClusterRole.`;
  const lists = (error.namespaces.length > 0 ? error.namespaces : [namespace]).map(
    (at) => `kubectl auth can-i --list --as=system:serviceaccount:${namespace}:${serviceAccount} -n ${at}`,
  );
  return (
    `remove the RoleBindings or ClusterRoleBindings that grant ${namespace}/${serviceAccount} these rights, ` +
    `directly or through a group it is in (system:serviceaccounts, system:serviceaccounts:${namespace}, system:authenticated): ` +
    `see what it may do with ${lists.join(' and ')}, and find the bindings with ` +
    `kubectl get rolebindings,clusterrolebindings -A -o wide | grep ${serviceAccount}.`
  );
}
