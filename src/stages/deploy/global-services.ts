/**
 * global-services: Services marked istio.io/global=true on every cluster where they exist. The
 * record of what the action marked is the label's ownership by its own field manager (managed fields,
 * kept by the API server): a Service dropped from the input and every Service on uninstall gets back
 * exactly what it had (the label removed, or kept where another manager set it too). A label another
 * manager set to another value is never forced over: that Service is refused with a warning.
 */
import { apiMessage, type ClusterHandle } from '../../kube/client.js';
import {
  labelService,
  releaseServiceLabel,
  servicesLabelledByAction,
  type ServiceName,
} from '../../kube/service-labels.js';
import { GLOBAL_SERVICE_LABEL } from '../../istio/ambient.js';

export type ServiceRef = ServiceName;

export interface GlobalServicesReport {
  readonly did: string[];
  readonly warnings: string[];
}

const key = (s: ServiceRef): string => `${s.namespace}/${s.name}`;

function refusal(cluster: string, service: ServiceRef, found: string | undefined): string {
  const ref = key(service);
  return `${cluster}: Service ${ref} already carries ${GLOBAL_SERVICE_LABEL}=${found ?? '?'}, set by someone else; it was not changed. Fix: remove that label (kubectl -n ${service.namespace} label service ${service.name} ${GLOBAL_SERVICE_LABEL}-) to let the action mark it, or take ${ref} out of global-services.`;
}

async function markOn(
  cluster: ClusterHandle,
  services: readonly ServiceRef[],
  dryRun: boolean,
  report: GlobalServicesReport,
): Promise<void> {
  for (const service of services) {
    const { outcome, found } = await labelService(cluster, service, GLOBAL_SERVICE_LABEL, 'true', dryRun);
    if (outcome === 'refused') report.warnings.push(refusal(cluster.name, service, found));
    else if (outcome !== 'absent') report.did.push(`${cluster.name}: Service ${key(service)} ${outcome}`);
  }
}

/** Gives the label back on every Service the action marked that `keep` does not list. */
async function releaseOn(
  cluster: ClusterHandle,
  keep: readonly ServiceRef[],
  dryRun: boolean,
  report: GlobalServicesReport,
): Promise<void> {
  const kept = new Set(keep.map(key));
  for (const service of await servicesLabelledByAction(cluster, GLOBAL_SERVICE_LABEL)) {
    if (kept.has(key(service))) continue;
    const outcome = await releaseServiceLabel(cluster, service, GLOBAL_SERVICE_LABEL, dryRun);
    if (outcome !== 'absent')
      report.did.push(`${cluster.name}: Service ${key(service)} ${outcome} (not in global-services)`);
  }
}

/** Every cluster at once; one cluster's failure is reported and the others are still done. */
async function onEveryCluster(
  clusters: readonly ClusterHandle[],
  work: (cluster: ClusterHandle, report: GlobalServicesReport) => Promise<void>,
): Promise<GlobalServicesReport> {
  const reports = await Promise.all(
    clusters.map(async (cluster) => {
      const report: GlobalServicesReport = { did: [], warnings: [] };
      try {
        await work(cluster, report);
      } catch (error: unknown) {
        report.warnings.push(
          `${cluster.name}: global-services not brought up to date: ${apiMessage(error)}. Fix: the kubeconfig of ${cluster.name} needs get, list (all namespaces) and patch on services; run again.`,
        );
      }
      return report;
    }),
  );
  // In the order the clusters were given, whichever answered first.
  return { did: reports.flatMap((r) => r.did), warnings: reports.flatMap((r) => r.warnings) };
}

/**
 * Marks each listed Service on every cluster where it exists, and gives the label back on Services
 * the action marked earlier that the input no longer lists. `dryRun` (render) reports only.
 */
export function markGlobalServices(
  clusters: readonly ClusterHandle[],
  services: readonly ServiceRef[],
  dryRun: boolean,
): Promise<GlobalServicesReport> {
  return onEveryCluster(clusters, async (cluster, report) => {
    await markOn(cluster, services, dryRun, report);
    await releaseOn(cluster, services, dryRun, report);
  });
}

/** Uninstall: gives the label back on every Service the action marked, listed in the input or not. */
export function unmarkGlobalServices(clusters: readonly ClusterHandle[]): Promise<GlobalServicesReport> {
  return onEveryCluster(clusters, (cluster, report) => releaseOn(cluster, [], false, report));
}
