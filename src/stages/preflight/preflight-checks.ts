/**
 * Preflight's checks across clusters, pure: each problem names the cluster it concerns, so a problem
 * of one remote leaves that remote out of the run while a problem of the primary stops the run.
 */
import semver from 'semver';
import { findOverlaps, type LabelledCidr } from '../../util/cidr.js';
import { kubernetesSupport } from '../../istio/support-matrix.js';

export const MIN_KUBERNETES = '1.22.0';

export interface ClusterFacts {
  readonly name: string;
  readonly role: 'primary' | 'remote';
  readonly server: string;
  readonly version: string | undefined;
  readonly identity: string | undefined;
  readonly podCidrs: readonly string[];
  readonly serviceCidrs: readonly string[];
  readonly undetermined: readonly string[];
  readonly missingPermissions: readonly string[];
}

/** A problem of one cluster (`cluster`), or of the whole run (`cluster` undefined). */
export interface ClusterProblem {
  readonly cluster: string | undefined;
  readonly text: string;
}

export function versionProblems(facts: readonly ClusterFacts[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const f of facts) {
    const v = semver.coerce(f.version ?? '');
    if (!v)
      problems.push({
        cluster: f.name,
        text: `cluster "${f.name}": could not read its Kubernetes version ("${f.version ?? ''}").`,
      });
    else if (semver.lt(v, MIN_KUBERNETES)) {
      problems.push({
        cluster: f.name,
        text: `cluster "${f.name}" runs Kubernetes ${f.version}; at least ${MIN_KUBERNETES} is needed (the charts use v1 RBAC and admission APIs). Fix: upgrade the cluster.`,
      });
    }
  }
  return problems;
}

/** The cluster of a pair that is left out: the remote when one is the primary, else the later one. */
function laterOf(facts: readonly ClusterFacts[], names: readonly string[]): string[] {
  const primary = facts.find((f) => f.role === 'primary')?.name;
  return primary !== undefined && names.includes(primary)
    ? names.filter((n) => n !== primary)
    : names.slice(1);
}

export function identityProblems(facts: readonly ClusterFacts[]): ClusterProblem[] {
  const byIdentity = new Map<string, string[]>();
  for (const f of facts) {
    if (!f.identity) continue;
    byIdentity.set(f.identity, [...(byIdentity.get(f.identity) ?? []), f.name]);
  }
  return [...byIdentity.values()]
    .filter((names) => names.length > 1)
    .flatMap((names) =>
      laterOf(facts, names).map((cluster) => ({
        cluster,
        text: `clusters ${names.map((n) => `"${n}"`).join(' and ')} are the same cluster (same kube-system UID). Fix: give each remote its own kubeconfig.`,
      })),
    );
}

export function cidrProblems(facts: readonly ClusterFacts[]): {
  problems: ClusterProblem[];
  notes: string[];
} {
  const ranges: LabelledCidr[] = facts.flatMap((f) => [
    ...f.podCidrs.map((cidr): LabelledCidr => ({ cluster: f.name, kind: 'pod', cidr })),
    ...f.serviceCidrs.map((cidr): LabelledCidr => ({ cluster: f.name, kind: 'service', cidr })),
  ]);
  const problems = findOverlaps(ranges).flatMap(([a, b]) =>
    (a.cluster === b.cluster ? [a.cluster] : laterOf(facts, [a.cluster, b.cluster])).map((cluster) => ({
      cluster,
      text: `the ${a.kind} CIDR ${a.cidr} of "${a.cluster}" overlaps the ${b.kind} CIDR ${b.cidr} of "${b.cluster}": pods with the same IP would be mixed up across clusters (istio/istio#14072). Fix: give every cluster distinct pod and service ranges.`,
    })),
  );
  const notes = facts.flatMap((f) =>
    f.undetermined.map((u) => `cluster "${f.name}": could not determine ${u}; overlap not checked for it.`),
  );
  return { problems, notes };
}

export function permissionProblems(facts: readonly ClusterFacts[]): ClusterProblem[] {
  return facts
    .filter((f) => f.missingPermissions.length > 0)
    .map((f) => ({
      cluster: f.name,
      text: `cluster "${f.name}": the supplied credentials lack ${f.missingPermissions.length} permission(s) this run needs: ${f.missingPermissions.join('; ')}. Fix: use a kubeconfig with those rights (cluster-admin on remotes is simplest).`,
    }));
}

/**
 * The version gate: every cluster's Kubernetes against what the primary's istiod supports. A
 * combination Istio does not support is a problem of that cluster; one the table cannot judge (a
 * development build, a release newer than the table) is a note.
 */
export function supportProblems(
  istiod: string | undefined,
  facts: readonly ClusterFacts[],
): { problems: ClusterProblem[]; notes: string[] } {
  if (istiod === undefined) return { problems: [], notes: [] };
  const problems: ClusterProblem[] = [];
  const notes = new Set<string>();
  for (const f of facts) {
    const verdict = kubernetesSupport(istiod, f.version ?? '');
    if (verdict.kind === 'unsupported')
      problems.push({ cluster: f.name, text: `cluster "${f.name}": ${verdict.reason}. Fix: ${verdict.fix}` });
    if (verdict.kind === 'unknown') notes.add(`version gate: ${verdict.reason}.`);
  }
  return { problems, notes: [...notes] };
}
