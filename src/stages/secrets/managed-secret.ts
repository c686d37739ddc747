import type * as k8s from '@kubernetes/client-node';
import { coreApi, isNotFound, type ClusterHandle } from '../../kube/client.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../kube/marks.js';
import { readSecret } from '../../kube/secrets.js';

/** Whether the Secret carries the action's managed-by label (the token Secret it creates). */
export function isManagedSecret(secret: k8s.V1Secret): boolean {
  return secret.metadata?.labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE;
}

/**
 * Deletes a Secret only when `ours` says this action created it: the managed-by label for the token
 * Secret, the registration marker of the remote for a registration.
 */
export async function deleteManagedSecret(
  cluster: ClusterHandle,
  namespace: string,
  name: string,
  ours: (secret: k8s.V1Secret) => boolean = isManagedSecret,
): Promise<'deleted' | 'absent' | 'kept-unmanaged'> {
  const secret = await readSecret(cluster, namespace, name);
  if (!secret) return 'absent';
  if (!ours(secret)) return 'kept-unmanaged';
  try {
    await coreApi(cluster).deleteNamespacedSecret({ namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return 'absent';
    throw error;
  }
  return 'deleted';
}
