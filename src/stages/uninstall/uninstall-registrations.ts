import { apiMessage } from '../../kube/client.js';
import type { SecretPort } from '../../kube/secret-port.js';
import { StageError } from '../../util/errors.js';
import { failedRemotesOf, fanOut } from '../../util/fan-out.js';
import type { FailedRemote } from '../../util/remote-failures.js';
import type { Profile } from '../../istio/profiles.js';
import { deleteManagedSecret } from '../secrets/managed-secret.js';
import { isRegistrationOf } from '../secrets/registration-guard.js';
import type { RegistrationOutcome } from './uninstall-report.js';

const STAGE = 'uninstall';

/** What deleting the registrations needs of uninstall's input. */
export interface RegistrationsInput {
  /** The Secrets of the primary and of each remote. */
  readonly primary: SecretPort;
  readonly remotes: readonly SecretPort[];
  readonly namespace: string;
  readonly profile: Pick<Profile, 'secretName'>;
  readonly parallelism: number;
  readonly multiPrimary?: boolean;
}

/** The registrations `holder` keeps of the other clusters. */
async function deleteRegistrationsOn(
  input: RegistrationsInput,
  holder: SecretPort,
  registered: readonly SecretPort[],
): Promise<RegistrationOutcome[]> {
  const outcomes: RegistrationOutcome[] = [];
  for (const { cluster } of registered) {
    const secret = input.profile.secretName(cluster);
    try {
      const outcome = await deleteManagedSecret(holder, input.namespace, secret, (found) =>
        isRegistrationOf(found, cluster),
      );
      outcomes.push({ remote: cluster, secret, outcome, on: holder.cluster });
    } catch (error: unknown) {
      throw new StageError({
        stage: STAGE,
        cluster: holder.cluster,
        message: `deleting the registration Secret ${input.namespace}/${secret} failed: ${apiMessage(error)}`,
        fix: `the ${holder === input.primary ? 'primary' : 'remote'} kubeconfig needs get and delete on secrets in ${input.namespace}${holder === input.primary ? '; no remote was touched' : ''}.`,
        cause: error,
      });
    }
  }
  return outcomes;
}

/**
 * Install ended by registering each remote on the primary (multi-primary: every cluster on every
 * other): uninstall takes that back first. A remote whose own registrations cannot be deleted is a
 * failure of that remote; on the primary it stops the run before any remote is touched.
 */
export async function deleteRegistrations(
  input: RegistrationsInput,
): Promise<{ outcomes: RegistrationOutcome[]; failures: FailedRemote[] }> {
  const all = [input.primary, ...input.remotes];
  const outcomes = await deleteRegistrationsOn(
    input,
    input.primary,
    input.multiPrimary ? all.slice(1) : input.remotes,
  );
  if (!input.multiPrimary) return { outcomes, failures: [] };
  const named = input.remotes.map((remote) => ({ name: remote.cluster, remote }));
  const onRemotes = await fanOut(named, { parallelism: input.parallelism, stage: STAGE }, ({ remote }) =>
    deleteRegistrationsOn(
      input,
      remote,
      all.filter((c) => c !== remote),
    ),
  );
  return {
    outcomes: [...outcomes, ...onRemotes.done.flatMap((d) => d.value)],
    failures: failedRemotesOf(onRemotes),
  };
}
