/**
 * Preflight for topology multi-primary: current Istio only, one root CA given, istiod on the primary
 * (or install-primary), and every cluster that already runs istiod on the primary's minor.
 */
import type { FactsCluster } from '../../kube/cluster-facts-port.js';
import { sameMinor } from '../../istio/support-matrix.js';
import { ISTIOD_DEPLOYMENTS, istiodVersionOf } from '../deploy/istiod-version.js';
import type { ClusterProblem } from './preflight-checks.js';

export interface MultiPrimaryFacts {
  readonly profile: string;
  /** ca-cert (with ca-key, root-cert, cert-chain) or generate-intermediate-cas with root-cert is set. */
  readonly caProvided: boolean;
  readonly installPrimary: boolean;
}

/** Problems of the inputs (run-wide): pure. */
export function multiPrimaryInputProblems(facts: MultiPrimaryFacts): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  if (facts.profile !== 'istio-current')
    problems.push({
      cluster: undefined,
      text: `topology multi-primary needs profile istio-current (got ${facts.profile}). Fix: set profile: istio-current, or topology: primary-remote.`,
    });
  if (!facts.caProvided)
    problems.push({
      cluster: undefined,
      text: 'topology multi-primary needs one root CA for every cluster, or the control planes cannot trust each other. Fix: set ca-cert, ca-key, root-cert and cert-chain (or generate-intermediate-cas: true with root-cert and root-key).',
    });
  return problems;
}

/** The istiod version the cluster runs; undefined when it runs none, or it cannot be read. */
export async function versionOf(cluster: FactsCluster, namespace: string): Promise<string | undefined> {
  try {
    return istiodVersionOf(await cluster.deployments(namespace, ISTIOD_DEPLOYMENTS));
  } catch {
    return undefined;
  }
}

/** istiod on the primary, and on every remote that already runs one the primary's minor. */
export async function controlPlaneProblems(
  primary: FactsCluster,
  remotes: readonly FactsCluster[],
  namespace: string,
  installPrimary: boolean,
): Promise<ClusterProblem[]> {
  const primaryVersion = await versionOf(primary, namespace);
  const problems: ClusterProblem[] = [];
  if (primaryVersion === undefined && !installPrimary)
    problems.push({
      cluster: primary.name,
      text: `topology multi-primary: the primary "${primary.name}" runs no istiod in ${namespace}. Fix: install istiod there first, or set install-primary: true.`,
    });
  if (primaryVersion === undefined) return problems;
  const versions = await Promise.all(remotes.map((r) => versionOf(r, namespace)));
  for (const [index, remote] of remotes.entries()) {
    const version = versions[index];
    if (version !== undefined && sameMinor(version, primaryVersion) === false)
      problems.push({
        cluster: remote.name,
        text: `cluster "${remote.name}" runs istiod ${version} and the primary ${primaryVersion}: multi-primary needs one minor version on every control plane. Fix: upgrade the older istiod to the same minor first.`,
      });
  }
  return problems;
}
