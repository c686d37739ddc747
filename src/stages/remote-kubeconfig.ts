import * as k8s from '@kubernetes/client-node';
import {
  apiMessage,
  apiStatus,
  coreApi,
  isConflict,
  isNotFound,
  serverOf,
  type ClusterHandle,
} from '../kube/client.js';
import { waitFor } from '../kube/wait.js';
import { buildTokenKubeconfig } from '../kube/token-kubeconfig.js';
import { REMOTE_NAME_LABEL } from '../istio/labels.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../kube/marks.js';
import { StageError } from '../util/errors.js';
import { failedRemotesOf, fanOut } from '../util/fan-out.js';
import type { FailedRemote } from '../util/remote-failures.js';
import { writeCredentialFile } from '../util/credential-files.js';
import { readSecret } from '../kube/secrets.js';
import { SA_ANNOTATION, TOKEN_TYPE, filled, tokenSecretName } from './shared/token-secret.js';
import type { ReaderRights } from '../istio/reader-rights.js';
import { ReaderRightsError, rightsFix, verifyReaderKubeconfig } from './shared/reader-check.js';

export interface RemoteKubeconfigInput {
  readonly remote: ClusterHandle;
  readonly namespace: string;
  readonly serviceAccount: string;
  /** The address the primary reaches this remote at, when it differs from the runner's view. */
  readonly apiServerOverride: string | undefined;
  readonly timeoutMs: number;
  /** What the registered credentials must and must not be allowed to do (per profile). */
  readonly rights: ReaderRights;
  readonly outputDir: string;
  /** mode: render: create nothing on the cluster; an existing token is still read so the registration can be planned. */
  readonly dryRun: boolean;
}

export type TokenSource = 'service-account-secret' | 'existing-token-secret' | 'created-token-secret';

export interface RemoteKubeconfigResult {
  readonly remote: string;
  readonly kubeconfigPath: string | undefined;
  readonly tokenSecret: string | undefined;
  readonly tokenSource: TokenSource | 'would-create';
  /** The token and its base64 form: the step masks them before anything is logged. */
  readonly secretValues: readonly string[];
  readonly server: string;
  readonly verification: string;
  readonly warnings: readonly string[];
}

const STAGE = 'remote-kubeconfig';
/** Before Kubernetes 1.24 the account lists its token Secret; that is the seed's path. */
async function listedTokenSecret(input: RemoteKubeconfigInput): Promise<k8s.V1Secret | undefined> {
  const account = await readAccount(input);
  for (const ref of account?.secrets ?? []) {
    if (!ref.name) continue;
    const secret = await readSecret(input.remote, input.namespace, ref.name);
    if (secret?.type === TOKEN_TYPE && filled(secret)) return secret;
  }
  return undefined;
}

async function readAccount(input: RemoteKubeconfigInput): Promise<k8s.V1ServiceAccount | undefined> {
  try {
    return await coreApi(input.remote).readNamespacedServiceAccount({
      namespace: input.namespace,
      name: input.serviceAccount,
    });
  } catch (error: unknown) {
    // In render mode istio-remote may not be installed yet; otherwise a missing account is an error.
    if (isNotFound(error) && input.dryRun) return undefined;
    throw error;
  }
}

/** From 1.24 on: a token Secret annotated for the account, ours first, else any filled one. */
async function annotatedTokenSecret(input: RemoteKubeconfigInput): Promise<k8s.V1Secret | undefined> {
  const ours = await readSecret(input.remote, input.namespace, tokenSecretName(input.serviceAccount));
  if (ours) return ours;
  const secrets = await coreApi(input.remote).listNamespacedSecret({
    namespace: input.namespace,
    fieldSelector: `type=${TOKEN_TYPE}`,
  });
  return secrets.items
    .filter((s) => s.metadata?.annotations?.[SA_ANNOTATION] === input.serviceAccount && filled(s))
    .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))[0];
}

/** Creates the token Secret; one another run created meanwhile is as good (the controller fills either). */
async function createTokenSecret(input: RemoteKubeconfigInput): Promise<void> {
  try {
    await createdTokenSecret(input);
  } catch (error: unknown) {
    if (!isConflict(error)) throw error;
  }
}

async function createdTokenSecret(input: RemoteKubeconfigInput): Promise<void> {
  await coreApi(input.remote).createNamespacedSecret({
    namespace: input.namespace,
    body: {
      metadata: {
        name: tokenSecretName(input.serviceAccount),
        annotations: { [SA_ANNOTATION]: input.serviceAccount },
        labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [REMOTE_NAME_LABEL]: input.remote.name },
      },
      type: TOKEN_TYPE,
    },
  });
}

async function waitUntilFilled(input: RemoteKubeconfigInput): Promise<k8s.V1Secret> {
  const name = tokenSecretName(input.serviceAccount);
  try {
    return await waitFor(
      `the token controller to fill Secret ${input.namespace}/${name}`,
      async () => {
        const secret = await readSecret(input.remote, input.namespace, name);
        return filled(secret) ? secret : undefined;
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
}

async function obtainToken(
  input: RemoteKubeconfigInput,
): Promise<{ secret: k8s.V1Secret | undefined; source: RemoteKubeconfigResult['tokenSource'] }> {
  const listed = await listedTokenSecret(input);
  if (listed) return { secret: listed, source: 'service-account-secret' };
  const annotated = await annotatedTokenSecret(input);
  if (annotated && filled(annotated)) return { secret: annotated, source: 'existing-token-secret' };
  if (input.dryRun) return { secret: undefined, source: 'would-create' };
  if (!annotated) await createTokenSecret(input);
  return { secret: await waitUntilFilled(input), source: 'created-token-secret' };
}

function decode(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8');
}

/**
 * The seed's "Generate kubeconfigs" stage for one remote: a token for the reader account (the listed
 * Secret before 1.24, else a token Secret the action creates), a kubeconfig named after the remote,
 * and a check against the remote that it works with reader rights only.
 */
export async function generateRemoteKubeconfig(
  input: RemoteKubeconfigInput,
): Promise<RemoteKubeconfigResult> {
  const server = input.apiServerOverride ?? serverOf(input.remote);
  try {
    const { secret, source } = await obtainToken(input);
    if (!secret?.data?.token || !secret.data['ca.crt']) {
      return {
        remote: input.remote.name,
        kubeconfigPath: undefined,
        tokenSecret: tokenSecretName(input.serviceAccount),
        tokenSource: source,
        secretValues: [],
        server,
        verification: 'not verified (render mode: the token Secret would be created)',
        warnings: [],
      };
    }
    const token = decode(secret.data.token);
    const build = (at: string): string =>
      buildTokenKubeconfig({
        name: input.remote.name,
        server: at,
        caData: secret.data?.['ca.crt'] ?? '',
        token,
      });
    const kubeconfig = build(server);
    const warnings: string[] = [];
    const verification = await verifyWithFallback(input, build, server, warnings);
    // Written in render mode too (a 0600 file of this run, removed by summary): register compares it
    // with the registration on the primary to plan the registration.
    const kubeconfigPath = writeCredentialFile(
      input.outputDir,
      `${input.remote.name}-${input.serviceAccount}.kubeconfig`,
      kubeconfig,
    );
    return {
      remote: input.remote.name,
      kubeconfigPath,
      tokenSecret: secret.metadata?.name,
      tokenSource: source,
      secretValues: [token, secret.data.token],
      server,
      verification,
      warnings,
    };
  } catch (error: unknown) {
    if (error instanceof StageError) throw error;
    if (error instanceof ReaderRightsError) {
      throw new StageError({
        stage: STAGE,
        cluster: input.remote.name,
        message: error.message,
        fix: rightsFix(error, input.serviceAccount, input.namespace),
        cause: error,
      });
    }
    throw new StageError({
      stage: STAGE,
      cluster: input.remote.name,
      message: apiMessage(error),
      fix: `install istio-remote first (it creates the ${input.serviceAccount} service account in ${input.namespace}).`,
      cause: error,
    });
  }
}

/**
 * The override address is how the primary reaches the remote and may be unreachable from the runner;
 * then the same credentials are checked through the runner's address and the gap is reported.
 */
async function verifyWithFallback(
  input: RemoteKubeconfigInput,
  build: (server: string) => string,
  server: string,
  warnings: string[],
): Promise<string> {
  try {
    return await verifyReaderKubeconfig(build(server), input.namespace, input.rights);
  } catch (error: unknown) {
    if (
      input.apiServerOverride === undefined ||
      apiStatus(error) !== undefined ||
      error instanceof ReaderRightsError
    )
      throw error;
    const runnerServer = serverOf(input.remote);
    const result = await verifyReaderKubeconfig(build(runnerServer), input.namespace, input.rights);
    warnings.push(
      `${input.remote.name}: ${server} is not reachable from this runner; the credentials were verified through ${runnerServer} instead.`,
    );
    return result;
  }
}

export interface RemoteKubeconfigsInput extends Omit<RemoteKubeconfigInput, 'remote' | 'apiServerOverride'> {
  readonly remotes: readonly ClusterHandle[];
  /** remote name -> the address the primary reaches it at, when it differs from the runner's view. */
  readonly apiServerOverrides: Readonly<Record<string, string>>;
  readonly parallelism: number;
}

/** generateRemoteKubeconfig() for every remote (bounded parallelism, every remote attempted, failures returned). */
export async function generateRemoteKubeconfigs(
  input: RemoteKubeconfigsInput,
): Promise<{ results: RemoteKubeconfigResult[]; failures: FailedRemote[] }> {
  const { remotes, apiServerOverrides, parallelism, ...common } = input;
  const result = await fanOut(remotes, { parallelism, stage: STAGE }, (remote) =>
    generateRemoteKubeconfig({ ...common, remote, apiServerOverride: apiServerOverrides[remote.name] }),
  );
  return { results: result.done.map((d) => d.value), failures: failedRemotesOf(result) };
}
