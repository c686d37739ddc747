/**
 * credential-mode token-request: every TokenRequest token the action issues is bound to one Secret the
 * action creates beside the reader account (`<account>-token-binding`). The API server rejects a bound
 * token once its Secret is gone, so uninstall revokes every token it issued by deleting that Secret,
 * even where the account itself is not the action's to delete (the primary's with multi-primary).
 */
import { isConflict } from '../../kube/client.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../kube/marks.js';
import type { SecretPort } from '../../kube/secret-port.js';
import type { TokenBinding } from '../../kube/token-request.js';
import { isManagedSecret } from './managed-secret.js';

export function tokenBindingName(serviceAccount: string): string {
  return `${serviceAccount}-token-binding`;
}

async function existingBinding(
  secrets: SecretPort,
  namespace: string,
  name: string,
): Promise<TokenBinding | undefined> {
  const secret = await secrets.read(namespace, name);
  if (!secret) return undefined;
  if (!isManagedSecret(secret))
    throw new Error(
      `Secret ${namespace}/${name} exists and was not created by this action, so tokens cannot be bound to it; delete or rename it.`,
    );
  return { name, uid: secret.metadata?.uid ?? '' };
}

/** The binding Secret (created when missing, unless `dryRun`); undefined in a dry run before it exists. */
export async function tokenBinding(
  secrets: SecretPort,
  namespace: string,
  serviceAccount: string,
  dryRun: boolean,
): Promise<TokenBinding | undefined> {
  const name = tokenBindingName(serviceAccount);
  const found = await existingBinding(secrets, namespace, name);
  if (found || dryRun) return found;
  try {
    const created = await secrets.create(namespace, {
      metadata: { name, labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE } },
      type: 'Opaque',
    });
    return { name, uid: created.metadata?.uid ?? '' };
  } catch (error: unknown) {
    // Another run created it between the read and the create.
    if (isConflict(error)) return existingBinding(secrets, namespace, name);
    throw error;
  }
}
