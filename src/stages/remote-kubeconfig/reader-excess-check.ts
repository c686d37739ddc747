import { randomBytes } from 'node:crypto';
import type * as k8s from '@kubernetes/client-node';
import { selfAccessAllowed, selfRules } from '../../kube/access-review.js';
import {
  PROBE_NAMESPACE_PREFIX,
  checksToAsk,
  excessChecks,
  excessNamespaces,
  grantedClusterWide,
  type ExcessCheck,
  type NamespaceRules,
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

/** The rules reviews of the namespaces excess is looked for in (the made-up probe namespace among them). */
export interface RulesReviews {
  readonly namespaces: readonly string[];
  readonly probeNamespace: string;
  readonly reviews: readonly NamespaceRules[];
}

/** One SelfSubjectRulesReview in each of kube-system, the Istio namespace, default and a made-up namespace. */
export async function reviewRules(
  api: k8s.AuthorizationV1Api,
  istioNamespace: string,
): Promise<RulesReviews> {
  const probeNamespace = `${PROBE_NAMESPACE_PREFIX}${randomBytes(4).toString('hex')}`;
  const namespaces = excessNamespaces(istioNamespace, probeNamespace);
  const reviews = await Promise.all(
    namespaces.map(async (namespace) => ({ namespace, ...(await selfRules(api, namespace)) })),
  );
  return { namespaces, probeNamespace, reviews };
}

/**
 * The required accesses the reader account lacks: those the probe namespace's rules do not show
 * granted cluster-wide are asked with a SelfSubjectAccessReview each. Resolves with how many were asked.
 */
export async function missingAccess(
  api: k8s.AuthorizationV1Api,
  required: readonly Access[],
  rules: RulesReviews,
): Promise<{ readonly missing: readonly Access[]; readonly asked: number }> {
  const probe = rules.reviews.find((review) => review.namespace === rules.probeNamespace);
  const shown = new Set(grantedClusterWide(required, probe));
  const unshown = required.filter((access) => !shown.has(access));
  const allowed = await Promise.all(unshown.map((access) => accessAllowed(api, access)));
  return { missing: unshown.filter((_, i) => !allowed[i]), asked: unshown.length };
}

/** The excess the reader account has (where it was looked for is in the rules reviews), and what looking cost. */
export interface ExcessFound {
  readonly found: readonly ExcessCheck[];
  /** Excess accesses covered (each namespaced one once per namespace, the cluster-scoped ones once). */
  readonly checks: number;
  /** Access reviews asked: one per check some rule may grant (every check when a review was incomplete). */
  readonly asked: number;
}

/**
 * Looks for `forbidden` in kube-system, the Istio namespace, default and a made-up namespace (which
 * only cluster-wide grants reach), and cluster-wide. The rules reviews of those namespaces pick the
 * accesses some rule may grant; each of those is then asked with a SelfSubjectAccessReview, which is
 * the verdict. When a rules review is incomplete every access is asked.
 */
export async function findExcess(
  api: k8s.AuthorizationV1Api,
  forbidden: readonly Access[],
  rules: RulesReviews,
): Promise<ExcessFound> {
  const checks = excessChecks(forbidden, rules.namespaces);
  const asked = checksToAsk(checks, rules.reviews);
  const allowed = await Promise.all(asked.map((check) => accessAllowed(api, check.access, check.namespace)));
  return {
    found: asked.filter((_, i) => allowed[i]),
    checks: checks.length,
    asked: asked.length,
  };
}
