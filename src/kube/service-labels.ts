/**
 * Labels on Services someone else owns, set through a field manager of their own so they can be
 * given back exactly: an empty apply by the same manager removes only what it applied.
 */
import * as k8s from '@kubernetes/client-node';
import { coreApi, isNotFound, type ClusterHandle } from './client.js';
import { FIELD_MANAGER } from './apply.js';

export const SERVICE_LABEL_FIELD_MANAGER = `${FIELD_MANAGER}-service-labels`;

export type ServiceLabelOutcome = 'labelled' | 'already-labelled' | 'absent' | 'unlabelled';

async function readService(cluster: ClusterHandle, namespace: string, name: string) {
  try {
    return await coreApi(cluster).readNamespacedService({ namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function apply(
  cluster: ClusterHandle,
  namespace: string,
  name: string,
  labels: Record<string, string>,
) {
  await k8s.KubernetesObjectApi.makeApiClient(cluster.config).patch(
    { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace, labels } },
    undefined,
    undefined,
    SERVICE_LABEL_FIELD_MANAGER,
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
}

/** Sets the labels on the Service when it exists on the cluster; no write when it carries them. */
export async function labelService(
  cluster: ClusterHandle,
  namespace: string,
  name: string,
  labels: Record<string, string>,
): Promise<ServiceLabelOutcome> {
  const service = await readService(cluster, namespace, name);
  if (!service) return 'absent';
  const current = service.metadata?.labels ?? {};
  if (Object.entries(labels).every(([k, v]) => current[k] === v)) return 'already-labelled';
  await apply(cluster, namespace, name, labels);
  return 'labelled';
}

/** Gives back the labels this manager applied to the Service (another manager's stay). */
export async function releaseServiceLabels(
  cluster: ClusterHandle,
  namespace: string,
  name: string,
): Promise<ServiceLabelOutcome> {
  const service = await readService(cluster, namespace, name);
  const owns = (service?.metadata?.managedFields ?? []).some(
    (f) => f.manager === SERVICE_LABEL_FIELD_MANAGER,
  );
  if (!service || !owns) return 'absent';
  await apply(cluster, namespace, name, {});
  return 'unlabelled';
}
