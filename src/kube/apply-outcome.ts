import type * as k8s from '@kubernetes/client-node';

export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

/** What a manager's server-side apply owns and when it last changed the object (undefined: nothing). */
function applyEntry(object: k8s.KubernetesObject, manager: string): string | undefined {
  const entry = object.metadata?.managedFields?.find(
    (field) => field.manager === manager && field.operation === 'Apply' && !field.subresource,
  );
  return entry ? JSON.stringify([entry.time, entry.fieldsV1]) : undefined;
}

/**
 * Whether an apply changed the object, from the object before (undefined: absent) and as the apply
 * returned it. A new resourceVersion alone does not tell: a controller may have written the object
 * (a Deployment's status, kwok's and the deployment controller's updates) between the read and the
 * apply. The apply changed it only when its own managed-fields entry moved too (Kubernetes stamps
 * it only when the manager's apply changes something), or the spec's generation did.
 */
export function applyOutcome(
  before: k8s.KubernetesObject | undefined,
  after: k8s.KubernetesObject,
  manager: string,
): ApplyOutcome {
  if (before === undefined) return 'created';
  if (before.metadata?.resourceVersion === after.metadata?.resourceVersion) return 'unchanged';
  const entryMoved = applyEntry(before, manager) !== applyEntry(after, manager);
  const specMoved = (before.metadata?.generation ?? 0) !== (after.metadata?.generation ?? 0);
  return entryMoved || specMoved ? 'configured' : 'unchanged';
}
