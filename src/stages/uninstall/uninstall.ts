import { failedRemotesOf, fanOut } from '../../util/fan-out.js';
import type { FailedRemote } from '../../util/remote-failures.js';
import { apiMessage } from '../../kube/client.js';
import { waitFor } from '../../kube/wait.js';
import type { Profile } from '../../istio/profiles.js';
import { StageError } from '../../util/errors.js';
import { type InstallMethod } from '../deploy/deploy-chart.js';
import type { KindRef } from '../../kube/apply.js';
import { removeReleases } from './uninstall-releases.js';
import { tokenSecretName } from '../secrets/token-secret.js';
import {
  registrationWarnings,
  type NamespaceOutcome,
  type RegistrationOutcome,
  type SecretOutcome,
  type RemoteUninstallOutcome,
} from './uninstall-report.js';
import { deleteManagedSecret } from '../secrets/managed-secret.js';
import { tokenBindingName } from '../secrets/token-binding.js';
import { readerAccountLeftWarning } from './reader-account-left.js';
import { deleteRegistrations } from './uninstall-registrations.js';
import type { UninstallCluster } from './uninstall-cluster.js';

const STAGE = 'uninstall';

export interface UninstallResult {
  readonly registrations: readonly RegistrationOutcome[];
  /** multi-primary: the token Secret of the primary's reader account. */
  readonly primaryToken?: SecretOutcome | undefined;
  /** multi-primary: the TokenRequest tokens issued for the primary's reader account were revoked. */
  readonly primaryTokensRevoked?: boolean;
  readonly remotes: readonly RemoteUninstallOutcome[];
  /** Remotes whose uninstall failed; the others were uninstalled all the same. */
  readonly failures: readonly FailedRemote[];
  readonly warnings: readonly string[];
}

export interface UninstallInput {
  readonly primary: UninstallCluster;
  readonly remotes: readonly UninstallCluster[];
  /** The Istio namespace on the primary (registration secrets) and on the remotes. */
  readonly namespace: string;
  /** Names the registration secrets and the reader account whose token Secret was created. */
  readonly profile: Pick<Profile, 'secretName' | 'readerServiceAccount'>;
  /** The releases install created, in the order they are removed (the reverse of install order). */
  readonly releases: readonly string[];
  readonly method: InstallMethod;
  /** Kinds searched for objects labelled with a release; see uninstallKinds. */
  readonly kinds: readonly KindRef[];
  readonly injectionNamespaces: readonly string[];
  readonly parallelism: number;
  /** How long to wait for a deleted Istio namespace to be gone. */
  readonly timeoutMs: number;
  /** multi-primary: every cluster holds a registration of every other, and the primary a token Secret. */
  readonly multiPrimary?: boolean;
  /** credential-mode token-request: token-lifetime (a reader account left in place keeps its tokens that long). */
  readonly tokenRequestLifetimeSeconds?: number | undefined;
}

async function waitNamespaceGone(input: UninstallInput, remote: UninstallCluster): Promise<void> {
  try {
    await waitFor(
      `namespace ${input.namespace} to be deleted`,
      async () => ((await remote.namespaceExists(input.namespace)) ? undefined : true),
      { timeoutMs: input.timeoutMs, intervalMs: 500 },
    );
  } catch (error: unknown) {
    throw new StageError({
      stage: STAGE,
      cluster: remote.name,
      message: apiMessage(error),
      fix: `look for finalizers that hold namespace ${input.namespace} (kubectl get namespace ${input.namespace} -o yaml), or raise wait-timeout.`,
      cause: error,
    });
  }
}

async function removeNamespace(input: UninstallInput, remote: UninstallCluster): Promise<NamespaceOutcome> {
  const outcome = await remote.deleteNamespaceIfCreated(input.namespace);
  if (outcome === 'deleted') await waitNamespaceGone(input, remote);
  if (outcome === 'kept' && (await remote.releaseNamespaceFields(input.namespace))) return 'unannotated';
  return outcome;
}

async function uninstallSteps(
  input: UninstallInput,
  remote: UninstallCluster,
): Promise<RemoteUninstallOutcome> {
  const warnings: string[] = [];
  const removed = await removeReleases(input, remote, warnings);
  const tokenName = tokenSecretName(input.profile.readerServiceAccount);
  const token = await deleteManagedSecret(remote.secrets, input.namespace, tokenName);
  if (token === 'kept-unmanaged')
    warnings.push(
      `${remote.name}: Secret ${input.namespace}/${tokenName} was not created by this action and was left in place.`,
    );
  const injection: RemoteUninstallOutcome['injection'][number][] = [];
  for (const namespace of input.injectionNamespaces)
    injection.push({ namespace, outcome: await remote.removeInjectionLabel(namespace) });
  const revoked = await revokeTokens(input, remote);
  const namespace = await removeNamespace(input, remote);
  const accountLeft = revoked ? undefined : await readerAccountLeft(input, remote);
  if (accountLeft) warnings.push(accountLeft);
  return {
    remote: remote.name,
    method: input.method,
    ...removed,
    tokenSecret: { name: tokenName, outcome: token },
    injection,
    namespace: { name: input.namespace, outcome: namespace },
    tokensRevoked: revoked,
    warnings,
  };
}

/** Deletes the Secret every TokenRequest token for the reader account is bound to: they stop working. */
async function revokeTokens(input: UninstallInput, cluster: UninstallCluster): Promise<boolean> {
  const name = tokenBindingName(input.profile.readerServiceAccount);
  return (await deleteManagedSecret(cluster.secrets, input.namespace, name)) === 'deleted';
}

/** token-request: the reader account still there after uninstall keeps the tokens issued for it valid. */
function readerAccountLeft(input: UninstallInput, cluster: UninstallCluster): Promise<string | undefined> {
  if (input.tokenRequestLifetimeSeconds === undefined) return Promise.resolve(undefined);
  return readerAccountLeftWarning({
    cluster,
    namespace: input.namespace,
    serviceAccount: input.profile.readerServiceAccount,
    registeredAs: input.profile.secretName(cluster.name),
    lifetimeSeconds: input.tokenRequestLifetimeSeconds,
  });
}

async function uninstallRemote(
  input: UninstallInput,
  remote: UninstallCluster,
): Promise<RemoteUninstallOutcome> {
  try {
    return await uninstallSteps(input, remote);
  } catch (error: unknown) {
    if (error instanceof StageError) throw error;
    throw new StageError({
      stage: STAGE,
      cluster: remote.name,
      message: apiMessage(error),
      fix: `the remote kubeconfig needs list and delete on what install created, and install-method must be the one the install used (${input.method} was given).`,
      cause: error,
    });
  }
}

/**
 * Undoes install: registration Secrets on the primary first (only the action's), then on every remote
 * in parallel the releases (by label, or helm uninstall), the token Secret, the injection labels the
 * action owns, and the Istio namespace when the action created it. Running it again deletes nothing.
 */
export async function uninstall(input: UninstallInput): Promise<UninstallResult> {
  const { outcomes: registrations, failures } = await deleteRegistrations({
    ...input,
    primary: input.primary.secrets,
    remotes: input.remotes.map((remote) => remote.secrets),
  });
  // multi-primary: the primary's reader account had a token Secret too (it was registered on the others).
  const primaryToken = input.multiPrimary
    ? await deleteManagedSecret(
        input.primary.secrets,
        input.namespace,
        tokenSecretName(input.profile.readerServiceAccount),
      )
    : undefined;
  const failed = new Set(failures.map((f) => f.remote));
  const result = await fanOut(
    input.remotes.filter((r) => !failed.has(r.name)),
    { parallelism: input.parallelism, stage: STAGE },
    (remote) => uninstallRemote(input, remote),
  );
  const remotes = result.done.map((d) => d.value);
  const primaryRevoked = input.multiPrimary ? await revokeTokens(input, input.primary) : false;
  const primaryAccountLeft =
    input.multiPrimary && !primaryRevoked ? await readerAccountLeft(input, input.primary) : undefined;
  return {
    registrations,
    primaryToken,
    primaryTokensRevoked: primaryRevoked,
    remotes,
    failures: [...failures, ...failedRemotesOf(result)],
    warnings: [
      ...registrationWarnings(input.namespace, registrations),
      ...remotes.flatMap((r) => r.warnings),
      ...(primaryAccountLeft ? [primaryAccountLeft] : []),
    ],
  };
}
