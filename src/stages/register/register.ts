import * as k8s from '@kubernetes/client-node';
import { apiMessage, isConflict } from '../../kube/client.js';
import type { CredentialTry, SecretPort } from '../../kube/secret-port.js';
import { MULTICLUSTER_SECRET_LABEL, REGISTRATION_LABEL, REMOTE_NAME_LABEL } from '../../istio/labels.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../kube/marks.js';
import type { Profile } from '../../istio/profiles.js';
import { StageError } from '../../util/errors.js';
import { failedRemotesOf, fanOut } from '../../util/fan-out.js';
import type { FailedRemote } from '../../util/remote-failures.js';
import { recreateSecret } from './recreate-secret.js';
import { replacementReason, sameRegistration } from './registration-compare.js';
import { parseKubeconfig } from '../../kube/kubeconfig-input.js';
import { transportProblems } from '../../kube/transport-policy.js';
import {
  foreignSecretProblem,
  isRegistrationOf,
  reservedRemoteNameProblem,
} from '../secrets/registration-guard.js';

export interface RemoteRegistration {
  readonly remote: string;
  /** The reader kubeconfig of the remote (YAML text). */
  readonly kubeconfig: string;
}

export interface RegisterInput {
  /** The Secrets of the cluster that holds the registrations (the primary; multi-primary: any cluster). */
  readonly primary: SecretPort;
  /** Asks a remote whether the credential of an existing registration still works (for the replacement's reason). */
  readonly tryCredential: CredentialTry;
  readonly namespace: string;
  readonly profile: Profile;
  readonly registrations: readonly RemoteRegistration[];
  readonly dryRun: boolean;
  /** How many registrations are written at once (each remote's Secret is its own). */
  readonly parallelism: number;
  /** render mode: remotes whose kubeconfig does not exist yet (its token would be created or renewed first). */
  readonly pending?: readonly string[];
}

export type RegisterOutcome =
  'created' | 'replaced' | 'updated' | 'unchanged' | 'would-create' | 'would-replace';

export interface RegisteredSecret {
  readonly remote: string;
  readonly secret: string;
  readonly outcome: RegisterOutcome;
  /** Why an existing registration was replaced (resync reports it). */
  readonly reason: string | undefined;
  /** The cluster holding it (the primary; multi-primary: any cluster). */
  readonly on?: string;
}

export interface RegisterResult {
  readonly secrets: readonly RegisteredSecret[];
  /** Remotes whose registration failed; the others were registered all the same. */
  readonly failures: readonly FailedRemote[];
}

const STAGE = 'register';

/**
 * Secret named per profile, labelled istio/multiCluster=true and with the registration marker of its
 * remote, one data key (the cluster ID) holding the kubeconfig.
 */
export function registrationSecret(
  namespace: string,
  profile: Profile,
  registration: RemoteRegistration,
): k8s.V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      name: profile.secretName(registration.remote),
      namespace,
      labels: {
        [MULTICLUSTER_SECRET_LABEL]: 'true',
        [MANAGED_BY_LABEL]: MANAGED_BY_VALUE,
        [REMOTE_NAME_LABEL]: registration.remote,
        [REGISTRATION_LABEL]: registration.remote,
      },
      annotations: profile.secretAnnotations(registration.remote),
    },
    data: { [registration.remote]: Buffer.from(registration.kubeconfig, 'utf8').toString('base64') },
  };
}

async function registerOne(
  input: RegisterInput,
  registration: RemoteRegistration,
): Promise<RegisteredSecret> {
  const desired = registrationSecret(input.namespace, input.profile, registration);
  const name = desired.metadata?.name ?? registration.remote;
  const base = { remote: registration.remote, secret: name };
  refuseUnsafe(input, registration);
  const existing = await input.primary.read(input.namespace, name);
  if (existing && !isRegistrationOf(existing, registration.remote)) {
    throw new StageError({
      stage: STAGE,
      cluster: input.primary.cluster,
      message: foreignSecretProblem(input.namespace, name, registration.remote),
    });
  }
  if (!existing)
    return {
      ...base,
      outcome: input.dryRun ? 'would-create' : await create(input, desired),
      reason: undefined,
    };
  if (sameRegistration(existing, desired)) return { ...base, outcome: 'unchanged', reason: undefined };
  const reason = await replacementReason(
    existing,
    registration.remote,
    input.namespace,
    input.primary.cluster,
    input.tryCredential,
  );
  if (input.dryRun) return { ...base, outcome: 'would-replace', reason };
  if (input.profile.secretUpdatesInPlace) {
    await input.primary.replace(input.namespace, {
      ...desired,
      metadata: { ...desired.metadata, resourceVersion: existing.metadata?.resourceVersion },
    });
    return { ...base, outcome: 'updated', reason };
  }
  // The 1.0 pilot's secret controller handles add and delete only: a changed secret must be recreated.
  await recreateSecret({
    secrets: input.primary,
    namespace: input.namespace,
    existing,
    desired,
    stage: STAGE,
    remote: registration.remote,
  });
  return { ...base, outcome: 'replaced', reason };
}

/**
 * registerOne(), again once when another run wrote the same registration between the read and the
 * write (HTTP 409): the second pass reads what that run wrote and finds it equal, or updates it.
 */
async function registerOnce(
  input: RegisterInput,
  registration: RemoteRegistration,
): Promise<RegisteredSecret> {
  try {
    return await registerOne(input, registration);
  } catch (error: unknown) {
    if (!isConflict(error)) throw error;
    return registerOne(input, registration);
  }
}

/** A reserved name, or a kubeconfig that would reach the remote over http or without TLS verification. */
function refuseUnsafe(input: RegisterInput, registration: RemoteRegistration): void {
  const reserved = reservedRemoteNameProblem(input.profile, registration.remote);
  const transport = transportProblems(parseKubeconfig(registration.kubeconfig), {
    allowInsecureTls: false,
    allowExecCredentials: true,
  });
  const problems = [...(reserved === undefined ? [] : [reserved]), ...transport];
  if (problems.length === 0) return;
  throw new StageError({
    stage: STAGE,
    cluster: input.primary.cluster,
    message: `the registration of remote "${registration.remote}" is refused: ${problems.join(' ')}`,
  });
}

async function create(input: RegisterInput, desired: k8s.V1Secret): Promise<'created'> {
  await input.primary.create(input.namespace, desired);
  return 'created';
}

/** Registers each remote's reader kubeconfig on the primary as a secret labelled istio/multiCluster=true. */
export async function registerRemotes(input: RegisterInput): Promise<RegisterResult> {
  const named = input.registrations.map((registration) => ({ name: registration.remote, registration }));
  const result = await fanOut(
    named,
    { parallelism: input.parallelism, stage: STAGE },
    async ({ registration }) => {
      try {
        return await registerOnce(input, registration);
      } catch (error: unknown) {
        if (error instanceof StageError) throw error;
        throw new StageError({
          stage: STAGE,
          cluster: input.primary.cluster,
          message: `registering remote "${registration.remote}" failed: ${apiMessage(error)}`,
          fix: `the primary kubeconfig needs get/create/delete on secrets in ${input.namespace}.`,
          cause: error,
        });
      }
    },
  );
  const pending = await Promise.all(
    (input.pending ?? []).map((remote) => pendingRegistration(input, remote)),
  );
  return { secrets: [...result.done.map((d) => d.value), ...pending], failures: failedRemotesOf(result) };
}

/**
 * registerRemotes() on each holder (multi-primary: every cluster) one after another; a failure to
 * register on a remote holder is that holder's failure, on the primary the registered remote's.
 */
export async function registerEverywhere(
  holders: readonly SecretPort[],
  inputFor: (holder: SecretPort) => RegisterInput,
): Promise<RegisterResult> {
  const secrets: RegisteredSecret[] = [];
  const failures: FailedRemote[] = [];
  for (const [index, holder] of holders.entries()) {
    const result = await registerRemotes(inputFor(holder));
    secrets.push(...result.secrets.map((s) => ({ ...s, on: holder.cluster })));
    failures.push(
      ...result.failures.map((f) =>
        index === 0 ? f : { ...f, remote: holder.cluster, message: `on ${holder.cluster}: ${f.message}` },
      ),
    );
  }
  return { secrets, failures };
}

/** render mode, no kubeconfig yet: the registration would be created, or replaced when one exists. */
async function pendingRegistration(input: RegisterInput, remote: string): Promise<RegisteredSecret> {
  const secret = input.profile.secretName(remote);
  const existing = await input.primary.read(input.namespace, secret);
  return {
    remote,
    secret,
    outcome: existing ? 'would-replace' : 'would-create',
    reason: existing ? 'its token would be renewed first' : undefined,
  };
}
