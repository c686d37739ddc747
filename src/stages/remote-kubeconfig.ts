import { apiMessage, apiStatus, serverOf, type ClusterHandle } from '../kube/client.js';
import { buildTokenKubeconfig } from '../kube/token-kubeconfig.js';
import { StageError } from '../util/errors.js';
import { failedRemotesOf, fanOut } from '../util/fan-out.js';
import type { FailedRemote } from '../util/remote-failures.js';
import { writeCredentialFile } from '../util/credential-files.js';
import { obtainToken, type TokenSource } from './shared/reader-token.js';
import { tokenSecretName } from './shared/token-secret.js';
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

export type { TokenSource } from './shared/reader-token.js';

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
