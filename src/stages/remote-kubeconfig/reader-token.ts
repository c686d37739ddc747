/**
 * The reader account's token on a remote: the account's listed token Secret before Kubernetes 1.24
 * (the seed's path), else a filled token Secret annotated for it, else one the action creates and
 * waits for (render mode creates nothing).
 */
import type * as k8s from '@kubernetes/client-node';
import type { AccountTokenCluster } from '../../kube/account-tokens.js';
import { apiMessage, isConflict, isNotFound } from '../../kube/client.js';
import { waitFor } from '../../kube/wait.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../kube/marks.js';
import { REMOTE_NAME_LABEL } from '../../istio/labels.js';
import { StageError } from '../../util/errors.js';
import {
  SA_ANNOTATION,
  SA_UID_ANNOTATION,
  TOKEN_TYPE,
  filled,
  issuedForOtherAccount,
  tokenSecretName,
} from '../secrets/token-secret.js';
import { deleteManagedSecret } from '../secrets/managed-secret.js';

export type TokenSource = 'service-account-secret' | 'existing-token-secret' | 'created-token-secret';

export interface ReaderTokenInput {
  readonly remote: AccountTokenCluster;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly timeoutMs: number;
  readonly dryRun: boolean;
}

const STAGE = 'remote-kubeconfig';

/** Before Kubernetes 1.24 the account lists its token Secret; that is the seed's path. */
async function listedTokenSecret(
  input: ReaderTokenInput,
): Promise<{ account: k8s.V1ServiceAccount | undefined; listed: k8s.V1Secret | undefined }> {
  const account = await readAccount(input);
  for (const ref of account?.secrets ?? []) {
    if (!ref.name) continue;
    const secret = await input.remote.secrets.read(input.namespace, ref.name);
    if (secret?.type === TOKEN_TYPE && filled(secret)) return { account, listed: secret };
  }
  return { account, listed: undefined };
}

async function readAccount(input: ReaderTokenInput): Promise<k8s.V1ServiceAccount | undefined> {
  try {
    return await input.remote.readAccount(input.namespace, input.serviceAccount);
  } catch (error: unknown) {
    // In render mode istio-remote may not be installed yet; otherwise a missing account is an error.
    if (isNotFound(error) && input.dryRun) return undefined;
    throw error;
  }
}

/** From 1.24 on: a token Secret annotated for the account, ours first, else any filled one. */
async function annotatedTokenSecret(input: ReaderTokenInput): Promise<k8s.V1Secret | undefined> {
  // Both asked at once: the list costs no round trip of its own when ours is missing.
  const [ours, secrets] = await Promise.all([
    input.remote.secrets.read(input.namespace, tokenSecretName(input.serviceAccount)),
    input.remote.secretsOfType(input.namespace, TOKEN_TYPE),
  ]);
  if (ours) return ours;
  return secrets
    .filter((s) => s.metadata?.annotations?.[SA_ANNOTATION] === input.serviceAccount && filled(s))
    .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))[0];
}

/** Creates the token Secret; one another run created meanwhile is as good (the controller fills either). */
async function createTokenSecret(input: ReaderTokenInput): Promise<void> {
  try {
    await createdTokenSecret(input);
  } catch (error: unknown) {
    if (!isConflict(error)) throw error;
  }
}

async function createdTokenSecret(input: ReaderTokenInput): Promise<void> {
  await input.remote.secrets.create(input.namespace, {
    metadata: {
      name: tokenSecretName(input.serviceAccount),
      annotations: { [SA_ANNOTATION]: input.serviceAccount },
      labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [REMOTE_NAME_LABEL]: input.remote.name },
    },
    type: TOKEN_TYPE,
  });
}

/**
 * Deletes the action's token Secret filled for an earlier account of that name, and creates it again.
 * A Secret of that name the action did not create is left alone, and the stage says so.
 */
async function replaceStale(input: ReaderTokenInput): Promise<StageError | undefined> {
  const name = tokenSecretName(input.serviceAccount);
  const outcome = await deleteManagedSecret(input.remote.secrets, input.namespace, name);
  if (outcome === 'kept-unmanaged')
    return new StageError({
      stage: STAGE,
      cluster: input.remote.name,
      message: `Secret ${input.namespace}/${name} holds a token of an earlier ${input.serviceAccount} account (its ${SA_UID_ANNOTATION} is not the account's), and it was not created by this action, so it is left as it is`,
      fix: `delete it (kubectl -n ${input.namespace} delete secret ${name}) and run again.`,
    });
  await createTokenSecret(input);
  return undefined;
}

async function waitUntilFilled(
  input: ReaderTokenInput,
  accountUid: string | undefined,
): Promise<k8s.V1Secret> {
  const name = tokenSecretName(input.serviceAccount);
  let settled: k8s.V1Secret | StageError;
  try {
    settled = await waitFor(
      `the token controller to fill Secret ${input.namespace}/${name} for the current account`,
      async () => {
        const secret = await input.remote.secrets.read(input.namespace, name);
        if (!filled(secret)) return undefined;
        if (!issuedForOtherAccount(secret, accountUid)) return secret;
        return replaceStale(input);
      },
      { timeoutMs: input.timeoutMs, intervalMs: 500 },
    );
  } catch (error: unknown) {
    throw new StageError({
      stage: STAGE,
      cluster: input.remote.name,
      message: `the token Secret ${input.namespace}/${name} was not filled: ${apiMessage(error)}`,
      fix: "the cluster's controller manager must run the token controller (service-account-private-key-file and root-ca-file); check its logs, or raise wait-timeout.",
      cause: error,
    });
  }
  if (settled instanceof StageError) throw settled;
  return settled;
}

export async function obtainToken(
  input: ReaderTokenInput,
): Promise<{ secret: k8s.V1Secret | undefined; source: TokenSource | 'would-create' }> {
  // The account's listed Secret and the annotated ones are independent reads: asked at once.
  const [{ account, listed }, found] = await Promise.all([
    listedTokenSecret(input),
    annotatedTokenSecret(input),
  ]);
  const uid = account?.metadata?.uid;
  if (listed && !issuedForOtherAccount(listed, uid))
    return { secret: listed, source: 'service-account-secret' };
  // A token Secret of an earlier account of that name is no token for this one.
  const annotated = found && !issuedForOtherAccount(found, uid) ? found : undefined;
  if (annotated && filled(annotated)) return { secret: annotated, source: 'existing-token-secret' };
  if (input.dryRun) return { secret: undefined, source: 'would-create' };
  if (found && found.metadata?.name === tokenSecretName(input.serviceAccount) && !annotated) {
    const refused = await replaceStale(input);
    if (refused) throw refused;
  } else if (!annotated) await createTokenSecret(input);
  return { secret: await waitUntilFilled(input, uid), source: 'created-token-secret' };
}
