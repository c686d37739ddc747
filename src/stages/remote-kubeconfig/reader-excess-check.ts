import { randomBytes } from 'node:crypto';
import type * as k8s from '@kubernetes/client-node';
import { selfAccessAllowed, selfRules } from '../../kube/access-review.js';
import {
  PROBE_NAMESPACE_PREFIX,
  checksToAsk,
  excessChecks,
  excessNamespaces,
  type ExcessCheck,
} from '../../istio/reader-excess.js';
import type { Access } from '../../istio/reader-rights.js';

/** One SelfSubjectAccessReview for `access`, in `namespace` or (without one) cluster-wide. */
export function accessAllowed(
  api: k8s.AuthorizationV1Api,
  access: Access,
  namespace?: string,
): Promise<boolean> {
  const [resource = access.resource, subresource] = access.resource.split('/', 2);
  return selfAccessAllowed(api, {
    verb: access.verb,
    group: access.group,
    resource,
    ...(subresource ? { subresource } : {}),
    ...(namespace ? { namespace } : {}),
  });
}

/** The excess the reader account has, where it was looked for, and what looking cost. */
export interface ExcessFound {
  readonly found: readonly ExcessCheck[];
  readonly namespaces: readonly string[];
  readonly probeNamespace: string;
  /** Excess accesses covered (each namespaced one once per namespace, the cluster-scoped ones once). */
  readonly checks: number;
  /** API requests made: one rules review per namespace and one access review per check asked. */
  readonly requests: number;
}

/**
 * Looks for `forbidden` in kube-system, the Istio namespace, default and a made-up namespace (which
 * only cluster-wide grants reach), and cluster-wide. One SelfSubjectRulesReview per namespace picks
 * the accesses some rule may grant; each of those is then asked with a SelfSubjectAccessReview, which
 * is the verdict. When a rules review is incomplete every access is asked.
 */
export async function findExcess(
  api: k8s.AuthorizationV1Api,
  forbidden: readonly Access[],
  istioNamespace: string,
): Promise<ExcessFound> {
  const probeNamespace = `${PROBE_NAMESPACE_PREFIX}${randomBytes(4).toString('hex')}`;
  const namespaces = excessNamespaces(istioNamespace, probeNamespace);
  const checks = excessChecks(forbidden, namespaces);
  const reviews = await Promise.all(
    namespaces.map(async (namespace) => ({ namespace, ...(await selfRules(api, namespace)) })),
  );
  const asked = checksToAsk(checks, reviews);
  const allowed = await Promise.all(asked.map((check) => accessAllowed(api, check.access, check.namespace)));
  return {
    found: asked.filter((_, i) => allowed[i]),
    namespaces,
    probeNamespace,
    checks: checks.length,
    requests: namespaces.length + asked.length,
  };
}
