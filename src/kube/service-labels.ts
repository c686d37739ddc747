/**
 * One label on Services someone else owns, set through a field manager of its own. The API server's
 * managed fields are the record of what that manager set: an apply by it without the label removes the
 * label only when no other manager set it too, so the Service gets back exactly what it had.
 */
import * as k8s from '@kubernetes/client-node';
import { coreApi, isConflict, isNotFound, type ClusterHandle } from './client.js';
import { FIELD_MANAGER } from './apply.js';

export const SERVICE_LABEL_FIELD_MANAGER = `${FIELD_MANAGER}-service-labels`;

/**
 * `refused`: the Service carries the label with another value, set by someone else; it is not forced
 * over. `would-*`: what a dry run would do.
 */
export type ServiceLabelOutcome =
  'labelled' | 'already-labelled' | 'absent' | 'refused' | 'unlabelled' | 'would-label' | 'would-unlabel';

export interface ServiceName {
  readonly namespace: string;
  readonly name: string;
}

export interface LabelResult {
  readonly outcome: ServiceLabelOutcome;
  /** The value found on the Service (set when the label was refused). */
  readonly found?: string | undefined;
}

async function readService(cluster: ClusterHandle, { namespace, name }: ServiceName) {
  try {
    return await coreApi(cluster).readNamespacedService({ namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Applies `labels` as the action's service-label manager; never forces another manager's value.
 * Without labels the apply holds no field, and the manager's entry leaves the managed fields.
 */
async function apply(
  cluster: ClusterHandle,
  { namespace, name }: ServiceName,
  labels?: Record<string, string>,
) {
  const metadata = labels ? { name, namespace, labels } : { name, namespace };
  await k8s.KubernetesObjectApi.makeApiClient(cluster.config).patch(
    { apiVersion: 'v1', kind: 'Service', metadata },
    undefined,
    undefined,
    SERVICE_LABEL_FIELD_MANAGER,
    false,
    k8s.PatchStrategy.ServerSideApply,
  );
}

/** Whether the action's service-label manager holds `key` in the Service's managed fields. */
export function ownsLabel(service: k8s.V1Service | undefined, key: string): boolean {
  return (service?.metadata?.managedFields ?? []).some((entry) => {
    if (entry.manager !== SERVICE_LABEL_FIELD_MANAGER || entry.operation !== 'Apply') return false;
    const fields = entry.fieldsV1 as { 'f:metadata'?: { 'f:labels'?: Record<string, unknown> } } | undefined;
    return fields?.['f:metadata']?.['f:labels']?.[`f:${key}`] !== undefined;
  });
}

/**
 * Sets `key=value` on the Service when it exists and does not carry the label; no write when it
 * carries that value; refused when it carries another (someone else set it: it is not forced over).
 */
export async function labelService(
  cluster: ClusterHandle,
  service: ServiceName,
  key: string,
  value: string,
  dryRun: boolean,
): Promise<LabelResult> {
  const live = await readService(cluster, service);
  if (!live) return { outcome: 'absent' };
  const found = live.metadata?.labels?.[key];
  if (found === value) return { outcome: 'already-labelled' };
  if (found !== undefined) return { outcome: 'refused', found };
  if (dryRun) return { outcome: 'would-label' };
  try {
    await apply(cluster, service, { [key]: value });
  } catch (error: unknown) {
    // Another manager set the label between the read and the apply.
    if (isConflict(error))
      return { outcome: 'refused', found: (await readService(cluster, service))?.metadata?.labels?.[key] };
    throw error;
  }
  return { outcome: 'labelled' };
}

/** Gives back the label this manager set on the Service (a value another manager set too stays). */
export async function releaseServiceLabel(
  cluster: ClusterHandle,
  service: ServiceName,
  key: string,
  dryRun: boolean,
): Promise<ServiceLabelOutcome> {
  const live = await readService(cluster, service);
  if (!live || !ownsLabel(live, key)) return 'absent';
  if (dryRun) return 'would-unlabel';
  await apply(cluster, service);
  return 'unlabelled';
}

/** Every Service on the cluster (all namespaces) whose `key` label the action's service-label manager set. */
export async function servicesLabelledByAction(cluster: ClusterHandle, key: string): Promise<ServiceName[]> {
  const list = await coreApi(cluster).listServiceForAllNamespaces({ labelSelector: key });
  return list.items
    .filter((s) => ownsLabel(s, key))
    .map((s) => ({ namespace: s.metadata?.namespace ?? '', name: s.metadata?.name ?? '' }));
}
