import type { ClusterHandle } from '../../kube/client.js';
import { labelService, releaseServiceLabels, type ServiceLabelOutcome } from '../../kube/service-labels.js';
import { GLOBAL_SERVICE_LABEL } from '../../istio/ambient.js';

export interface ServiceRef {
  readonly namespace: string;
  readonly name: string;
}

/**
 * Marks (or, on uninstall, unmarks) each listed Service istio.io/global=true on every cluster where it
 * exists; one line per cluster and Service that was there.
 */
export async function markGlobalServices(
  clusters: readonly ClusterHandle[],
  services: readonly ServiceRef[],
  mark: boolean,
): Promise<string[]> {
  const lines: string[] = [];
  for (const cluster of clusters)
    for (const { namespace, name } of services) {
      const outcome: ServiceLabelOutcome = mark
        ? await labelService(cluster, namespace, name, { [GLOBAL_SERVICE_LABEL]: 'true' })
        : await releaseServiceLabels(cluster, namespace, name);
      if (outcome !== 'absent') lines.push(`${cluster.name}: Service ${namespace}/${name} ${outcome}`);
    }
  return lines;
}
