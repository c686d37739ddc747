/**
 * What the other credential mode left, removed once this mode's credentials work. token-request: the
 * long-lived token Secret an earlier token-secret run created still authenticates (its token never
 * expires); deleted, the token controller invalidates its token. token-secret: the binding Secret of
 * an earlier token-request run; deleted, every TokenRequest token bound to it stops working. Only a
 * Secret the action created (its managed-by label) is deleted; render only reports it.
 */
import type * as k8s from '@kubernetes/client-node';
import { apiMessage } from '../../kube/client.js';
import type { SecretPort } from '../../kube/secret-port.js';
import { StageError } from '../../util/errors.js';
import { deleteManagedSecret, isManagedSecret } from '../secrets/managed-secret.js';
import { tokenSecretName } from '../secrets/token-secret.js';
import { tokenBindingName } from '../secrets/token-binding.js';

export interface RetiredTokenSecret {
  /** long-lived: a token-secret run's token Secret; binding: a token-request run's binding Secret. */
  readonly kind: 'long-lived' | 'binding';
  readonly namespace: string;
  readonly name: string;
  /** `kept-unmanaged`: a Secret of that name the action did not create; left in place. */
  readonly outcome: 'deleted' | 'would-delete' | 'kept-unmanaged';
}

const retiredName = (serviceAccount: string, expiring: boolean) =>
  expiring ? tokenSecretName(serviceAccount) : tokenBindingName(serviceAccount);

/**
 * The other mode's Secret as it is now (undefined: absent), read while this mode's credentials are
 * checked; retireTokenSecret judges it once they work. Its delete is conditional on what was read.
 */
export function readRetiredSecret(
  secrets: SecretPort,
  namespace: string,
  serviceAccount: string,
  expiring: boolean,
): Promise<k8s.V1Secret | undefined> {
  return secrets.read(namespace, retiredName(serviceAccount, expiring));
}

/** A failure stops the switch on this cluster: its registration keeps the working long-lived token. */
export async function retireTokenSecret(
  secrets: SecretPort,
  namespace: string,
  serviceAccount: string,
  dryRun: boolean,
  expiring: boolean,
  /** readRetiredSecret's answer, when it was asked earlier; read here when not given. */
  found?: Promise<k8s.V1Secret | undefined>,
): Promise<RetiredTokenSecret | undefined> {
  const kind = expiring ? 'long-lived' : 'binding';
  const name = retiredName(serviceAccount, expiring);
  try {
    const read = await (found ?? secrets.read(namespace, name));
    const retired = await retire(secrets, namespace, name, dryRun, read);
    return retired && { kind, ...retired };
  } catch (error: unknown) {
    throw new StageError({
      stage: 'remote-kubeconfig',
      cluster: secrets.cluster,
      message: `the ${kind === 'long-lived' ? 'long-lived token' : 'token binding'} Secret ${namespace}/${name} an earlier ${expiring ? 'token-secret' : 'token-request'} run created could not be removed: ${apiMessage(error)}`,
      fix: `give the kubeconfig of ${secrets.cluster} get and delete on secrets in ${namespace}, or delete it yourself (kubectl -n ${namespace} delete secret ${name}), and run again.`,
      cause: error,
    });
  }
}

async function retire(
  secrets: SecretPort,
  namespace: string,
  name: string,
  dryRun: boolean,
  found: k8s.V1Secret | undefined,
): Promise<Omit<RetiredTokenSecret, 'kind'> | undefined> {
  if (dryRun) {
    if (!found) return undefined;
    return { namespace, name, outcome: isManagedSecret(found) ? 'would-delete' : 'kept-unmanaged' };
  }
  const outcome = await deleteManagedSecret(secrets, namespace, name, isManagedSecret, 2, found ?? null);
  return outcome === 'absent' ? undefined : { namespace, name, outcome };
}

/** The report's words for a retired token Secret, or undefined. */
export function retirementNote(retired: RetiredTokenSecret | undefined): string | undefined {
  const what =
    retired?.kind === 'binding'
      ? `token binding Secret ${retired.namespace}/${retired.name} (the earlier TokenRequest tokens stop working)`
      : `long-lived token Secret ${retired?.namespace ?? ''}/${retired?.name ?? ''}`;
  if (retired?.outcome === 'deleted') return `${what} removed`;
  if (retired?.outcome === 'would-delete') return `would remove ${what}`;
  return undefined;
}

/** A Secret of the action's token Secret name that the action did not create keeps a token that never expires. */
export function retirementWarning(cluster: string, retired: RetiredTokenSecret | undefined): string[] {
  if (retired?.outcome !== 'kept-unmanaged') return [];
  return [
    `${cluster}: Secret ${retired.namespace}/${retired.name} was not created by this action and was left in place; if it is a service-account token Secret, its token never expires: delete it when nothing uses it (kubectl -n ${retired.namespace} delete secret ${retired.name}).`,
  ];
}
