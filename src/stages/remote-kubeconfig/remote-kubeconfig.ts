import type { AccountTokenCluster } from '../../kube/account-tokens.js';
import { apiMessage, apiStatus } from '../../kube/client.js';
import { buildTokenKubeconfig } from '../../kube/token-kubeconfig.js';
import { StageError } from '../../util/errors.js';
import { failedRemotesOf, fanOut } from '../../util/fan-out.js';
import type { FailedRemote } from '../../util/remote-failures.js';
import { writeCredentialFile } from '../../util/credential-files.js';
import { retryWhile } from '../../kube/wait.js';
import type { TokenSource } from './reader-token.js';
import { readerCredential, type ExpiringCredentials, type ReaderCredential } from './reader-credential.js';
import type { ReaderRights } from '../../istio/reader-rights.js';
import { ReaderRightsError, rightsFix } from './reader-check.js';
import type { ExpiringTokenSource } from './expiring-token.js';
import {
  readRetiredSecret,
  retireTokenSecret,
  retirementWarning,
  type RetiredTokenSecret,
} from './retire-token-secret.js';

/** token-secret: a long-lived token Secret (istioctl's way); token-request: an expiring token renewed by reruns. */
export type CredentialMode = 'token-secret' | 'token-request';

export type { ExpiringCredentials } from './reader-credential.js';

/**
 * Checks a kubeconfig against its cluster with reader rights (verifyReaderKubeconfig): resolves with
 * what was checked, throws the API error (HTTP 401 for a refused token) or a ReaderRightsError.
 */
export type ReaderCheck = (
  kubeconfigYaml: string,
  namespace: string,
  rights: ReaderRights,
) => Promise<string>;

export interface RemoteKubeconfigInput {
  readonly remote: AccountTokenCluster;
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
  /** Set for credential-mode token-request; the token Secret path otherwise. */
  readonly expiring: ExpiringCredentials | undefined;
  readonly checkReader: ReaderCheck;
}

export type { TokenSource } from './reader-token.js';

export interface RemoteKubeconfigResult {
  readonly remote: string;
  readonly kubeconfigPath: string | undefined;
  readonly tokenSecret: string | undefined;
  readonly tokenSource: TokenSource | ExpiringTokenSource | 'would-create';
  /** The token and its base64 form: the step masks them before anything is logged. */
  readonly secretValues: readonly string[];
  readonly server: string;
  readonly verification: string;
  readonly warnings: readonly string[];
  /** When the token stops working (seconds since the epoch); undefined for a token that never expires. */
  readonly expiresAt: number | undefined;
  /** Why the registered token was (or, in render mode, would be) renewed. */
  readonly renewal: string | undefined;
  /** token-request: the long-lived token Secret an earlier token-secret run left, removed (or planned). */
  readonly retiredTokenSecret: RetiredTokenSecret | undefined;
}

const STAGE = 'remote-kubeconfig';

/**
 * How long a token just issued or read may be refused. The API server checks a token against its
 * own cache of Secrets and service accounts, which can trail the write that filled the token (or
 * re-created the account) by a moment on a busy control plane.
 */
const NEW_TOKEN_GRACE_MS = 10_000;

/**
 * The seed's "Generate kubeconfigs" stage for one remote: a token for the reader account (the listed
 * Secret before 1.24, else a token Secret the action creates, or with token-request an expiring
 * token), a kubeconfig named after the remote, and a check against the remote that it works with
 * reader rights only.
 */
export async function generateRemoteKubeconfig(
  input: RemoteKubeconfigInput,
): Promise<RemoteKubeconfigResult> {
  const server = input.apiServerOverride ?? input.remote.server;
  try {
    const expiring = input.expiring !== undefined;
    // Read beside the checks; nothing is removed before this mode's credentials work.
    const retiring = readRetiredSecret(input.remote.secrets, input.namespace, input.serviceAccount, expiring);
    retiring.catch(() => undefined);
    let credential = await readerCredential(input);
    const warnings: string[] = [];
    let verified = await verifiedKubeconfig(input, credential, server, warnings);
    if (verified === 'unauthorized' && credential.source === 'registered-token') {
      // A registered token that no longer authenticates (its account was re-created) is replaced.
      credential = await readerCredential(input, 'the registered token no longer authenticates (HTTP 401)');
      verified = await verifiedKubeconfig(input, credential, server, warnings);
    }
    if (verified === 'unauthorized') {
      const issued = credential;
      verified = await retryWhile(
        () => verifiedKubeconfig(input, issued, server, warnings),
        (answer) => answer === 'unauthorized',
        Math.min(input.timeoutMs, NEW_TOKEN_GRACE_MS),
      );
    }
    if (verified === 'unauthorized')
      throw new Error('the reader token is refused by the API server (HTTP 401)');
    // Only once this mode's credentials work: what the other mode issued earlier stops working.
    const retired = await retireTokenSecret(
      input.remote.secrets,
      input.namespace,
      input.serviceAccount,
      input.dryRun,
      expiring,
      retiring,
    );
    const token = credential.token ?? '';
    return {
      remote: input.remote.name,
      kubeconfigPath: verified?.path,
      tokenSecret: credential.tokenSecret,
      tokenSource: credential.source,
      secretValues: token ? [token, Buffer.from(token, 'utf8').toString('base64')] : [],
      server,
      verification:
        verified?.verification ??
        `not verified (render mode: the ${input.expiring ? 'token would be requested' : 'token Secret would be created'})`,
      warnings: [...warnings, ...retirementWarning(input.remote.name, retired)],
      expiresAt: credential.expiresAt,
      renewal: credential.renewal,
      retiredTokenSecret: retired,
    };
  } catch (error: unknown) {
    throw stageErrorOf(error, input);
  }
}

/**
 * Builds and checks the kubeconfig, and writes it (in render mode too: a 0600 file of this run,
 * removed by summary; register compares it with the registration on the primary to plan it).
 * Undefined when there is no token yet (render mode).
 */
async function verifiedKubeconfig(
  input: RemoteKubeconfigInput,
  credential: ReaderCredential,
  server: string,
  warnings: string[],
): Promise<{ path: string; verification: string } | 'unauthorized' | undefined> {
  const { token, caData } = credential;
  if (!token || !caData) return undefined;
  const build = (at: string): string =>
    buildTokenKubeconfig({ name: input.remote.name, server: at, caData, token });
  let verification: string;
  try {
    verification = await verifyWithFallback(input, build, server, warnings);
  } catch (error: unknown) {
    if (apiStatus(error) === 401) return 'unauthorized';
    throw error;
  }
  const path = writeCredentialFile(
    input.outputDir,
    `${input.remote.name}-${input.serviceAccount}.kubeconfig`,
    build(server),
  );
  return { path, verification };
}

function stageErrorOf(error: unknown, input: RemoteKubeconfigInput): StageError {
  if (error instanceof StageError) return error;
  if (error instanceof ReaderRightsError) {
    return new StageError({
      stage: STAGE,
      cluster: input.remote.name,
      message: error.message,
      fix: rightsFix(error, input.serviceAccount, input.namespace),
      cause: error,
    });
  }
  return new StageError({
    stage: STAGE,
    cluster: input.remote.name,
    message: apiMessage(error),
    fix: `install istio-remote first (it creates the ${input.serviceAccount} service account in ${input.namespace}).`,
    cause: error,
  });
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
    return await input.checkReader(build(server), input.namespace, input.rights);
  } catch (error: unknown) {
    if (
      input.apiServerOverride === undefined ||
      apiStatus(error) !== undefined ||
      error instanceof ReaderRightsError
    )
      throw error;
    const runnerServer = input.remote.server;
    const result = await input.checkReader(build(runnerServer), input.namespace, input.rights);
    warnings.push(
      `${input.remote.name}: ${server} is not reachable from this runner; the credentials were verified through ${runnerServer} instead.`,
    );
    return result;
  }
}

export interface RemoteKubeconfigsInput extends Omit<RemoteKubeconfigInput, 'remote' | 'apiServerOverride'> {
  readonly remotes: readonly AccountTokenCluster[];
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
