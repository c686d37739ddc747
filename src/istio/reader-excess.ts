import { describeAccess, type Access } from './reader-rights.js';

/** One excess access asked in one namespace, or cluster-wide when `namespace` is undefined. */
export interface ExcessCheck {
  readonly access: Access;
  readonly namespace?: string;
}

/** A resource rule of a SelfSubjectRulesReview. */
export interface GrantedRule {
  readonly verbs: readonly string[];
  readonly apiGroups?: readonly string[];
  readonly resources?: readonly string[];
  /** A rule limited to named objects: it never grants a list, a watch or a create. */
  readonly resourceNames?: readonly string[];
}

/** What a SelfSubjectRulesReview said for one namespace. */
export interface NamespaceRules {
  readonly namespace: string;
  readonly rules: readonly GrantedRule[];
  /** True when an authorizer could not list its rules: the rules say nothing about what is denied. */
  readonly incomplete: boolean;
}

/** The prefix of the namespace name made up for each check: it does not exist, so only cluster-wide grants reach it. */
export const PROBE_NAMESPACE_PREFIX = 'imc-probe-';

/** The namespaces excess is looked for in: kube-system, the Istio namespace, default and the probe, once each. */
export function excessNamespaces(istioNamespace: string, probeNamespace: string): string[] {
  return [...new Set(['kube-system', istioNamespace, 'default', probeNamespace])];
}

/** Every excess access in every namespace, and the cluster-scoped ones once without a namespace. */
export function excessChecks(forbidden: readonly Access[], namespaces: readonly string[]): ExcessCheck[] {
  return forbidden.flatMap((access) =>
    access.clusterScoped ? [{ access }] : namespaces.map((namespace) => ({ access, namespace })),
  );
}

const matches = (list: readonly string[] | undefined, value: string): boolean =>
  (list ?? []).some((item) => item === '*' || item === value);

/** `*` on `*` is granted only by a rule of `*` verbs on `*` resources of `*` groups. */
function grantsEverything(rule: GrantedRule): boolean {
  const all = (list: readonly string[] | undefined) => (list ?? []).includes('*');
  return all(rule.verbs) && all(rule.apiGroups) && all(rule.resources);
}

/** RBAC's resource match: `*`, the exact `resource/subresource`, or `*` followed by `/subresource`. */
function resourceMatches(ruleResources: readonly string[] | undefined, resource: string): boolean {
  const subresource = resource.includes('/') ? resource.slice(resource.indexOf('/')) : undefined;
  return (ruleResources ?? []).some(
    (item) => item === '*' || item === resource || (subresource !== undefined && item === `*${subresource}`),
  );
}

/**
 * Whether `rule` may grant `access`, as RBAC matches rules. resourceNames are ignored on purpose: a
 * rule that may grant is asked about, and the SelfSubjectAccessReview decides.
 */
export function ruleMayGrant(rule: GrantedRule, access: Access): boolean {
  if (access.verb === '*') return grantsEverything(rule);
  return (
    matches(rule.verbs, access.verb) &&
    matches(rule.apiGroups, access.group) &&
    resourceMatches(rule.resources, access.resource)
  );
}

/**
 * The checks worth an access review. When every rules review was complete, only the accesses some
 * rule may grant (a namespaced access by its namespace's rules, a cluster-scoped one by any); when one
 * was incomplete (a webhook authorizer, for example), every check.
 */
export function checksToAsk(
  checks: readonly ExcessCheck[],
  reviews: readonly NamespaceRules[],
): ExcessCheck[] {
  if (reviews.some((review) => review.incomplete)) return [...checks];
  const rulesOf = (namespace: string | undefined): GrantedRule[] =>
    reviews.filter((r) => namespace === undefined || r.namespace === namespace).flatMap((r) => r.rules);
  return checks.filter((check) => rulesOf(check.namespace).some((rule) => ruleMayGrant(rule, check.access)));
}

/**
 * The required accesses a complete rules review of the probe namespace shows granted by a rule for
 * every object (no resourceNames). Only cluster-wide bindings reach that namespace, which does not
 * exist, so each of these is granted cluster-wide, as its access review would say; the others are
 * left to their access reviews. An incomplete review proves nothing: another authorizer may deny
 * before RBAC is asked.
 */
export function grantedClusterWide(required: readonly Access[], probe: NamespaceRules | undefined): Access[] {
  if (!probe || probe.incomplete) return [];
  const grants = (rule: GrantedRule, access: Access): boolean =>
    (rule.resourceNames ?? []).length === 0 && ruleMayGrant(rule, access);
  return required.filter((access) => probe.rules.some((rule) => grants(rule, access)));
}

/**
 * The excess found, one entry per access with where it is granted: cluster-wide, in every namespace
 * (granted even in the probe namespace, which does not exist), or in the named namespaces. What
 * cluster-admin grants at the same place (or in every namespace) is not repeated.
 */
export function describeExcess(found: readonly ExcessCheck[], probeNamespace: string): string[] {
  const admin = found.filter((check) => check.access.verb === '*').map((check) => check.namespace);
  const implied = (check: ExcessCheck): boolean =>
    check.access.verb !== '*' &&
    (admin.includes(probeNamespace) || (check.namespace !== undefined && admin.includes(check.namespace)));
  const byAccess = new Map<Access, (string | undefined)[]>();
  for (const { access, namespace } of found.filter((check) => !implied(check)))
    byAccess.set(access, [...(byAccess.get(access) ?? []), namespace]);
  return [...byAccess].map(
    ([access, namespaces]) => `${describeAccess(access)} ${where(namespaces, probeNamespace)}`,
  );
}

function where(namespaces: readonly (string | undefined)[], probeNamespace: string): string {
  if (namespaces.includes(undefined)) return 'cluster-wide';
  if (namespaces.includes(probeNamespace))
    return `in every namespace (granted even in ${probeNamespace}, which does not exist)`;
  return `in ${namespaces.length === 1 ? 'namespace' : 'namespaces'} ${namespaces.join(', ')}`;
}

/** The namespaces named in the found excess, for the fix's `kubectl auth can-i --list -n <namespace>`. */
export function excessNamespacesOf(found: readonly ExcessCheck[]): string[] {
  return [...new Set(found.flatMap((check) => (check.namespace === undefined ? [] : [check.namespace])))];
}
