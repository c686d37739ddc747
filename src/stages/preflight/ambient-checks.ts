/**
 * Preflight for dataplane ambient: multi-primary only (ambient does not work with primary-remote),
 * one shared root CA, and the Gateway API CRDs on every cluster (the east-west gateway is a Gateway
 * API Gateway).
 */
import type { FactsCluster } from '../../kube/cluster-facts-port.js';
import type { Topology } from '../../istio/remote-plan.js';
import type { ClusterProblem } from './preflight-checks.js';

export function ambientInputProblems(topology: Topology, caProvided: boolean): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  if (topology !== 'multi-primary')
    problems.push({
      cluster: undefined,
      text: 'dataplane ambient does not work with topology primary-remote (ambient multicluster is multi-primary). Fix: set topology: multi-primary, or dataplane: sidecar.',
    });
  if (!caProvided)
    problems.push({
      cluster: undefined,
      text: 'dataplane ambient needs one shared root CA (ztunnels of different clusters must trust each other). Fix: set ca-cert, ca-key, root-cert and cert-chain (or generate-intermediate-cas: true with root-cert and root-key).',
    });
  return problems;
}

/** Each cluster that does not serve gateway.networking.k8s.io/v1 Gateway. */
export async function gatewayApiProblems(clusters: readonly FactsCluster[]): Promise<ClusterProblem[]> {
  const served = await Promise.all(
    clusters.map((c) => c.serves('gateway.networking.k8s.io/v1', 'Gateway').catch(() => false)),
  );
  return clusters
    .filter((_, index) => !served[index])
    .map((c) => ({
      cluster: c.name,
      text: `cluster "${c.name}" does not serve the Gateway API (gateway.networking.k8s.io/v1 Gateway), which the ambient east-west gateway is. Fix: install the Gateway API standard CRDs (v1.3 or later) there first.`,
    }));
}
