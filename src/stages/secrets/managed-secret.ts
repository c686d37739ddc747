import type * as k8s from '@kubernetes/client-node';
import { isConflict, isNotFound } from '../../kube/client.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../kube/marks.js';
import type { SecretPort } from '../../kube/secret-port.js';

/** Whether the Secret carries the action's managed-by label (the token Secret it creates). */
export function isManagedSecret(secret: k8s.V1Secret): boolean {
  return secret.metadata?.labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE;
}

/**
 * Deletes a Secret only when `ours` says this action created it: the managed-by label for the token
 * Secret, the registration marker of the remote for a registration. The delete is conditional on the
 * Secret that was read: one changed meanwhile is read and judged again.
 */
export async function deleteManagedSecret(
  secrets: SecretPort,
  namespace: string,
  name: string,
  ours: (secret: k8s.V1Secret) => boolean = isManagedSecret,
  attempts = 2,
  /** The Secret as read a moment ago (null: absent then); read here when not given. */
  read?: k8s.V1Secret | null,
): Promise<'deleted' | 'absent' | 'kept-unmanaged'> {
  const secret = read === undefined ? await secrets.read(namespace, name) : (read ?? undefined);
  if (!secret) return 'absent';
  if (!ours(secret)) return 'kept-unmanaged';
  try {
    await secrets.remove(namespace, name, { resourceVersion: secret.metadata?.resourceVersion });
  } catch (error: unknown) {
    if (isNotFound(error)) return 'absent';
    if (isConflict(error) && attempts > 1)
      return deleteManagedSecret(secrets, namespace, name, ours, attempts - 1);
    throw error;
  }
  return 'deleted';
}
