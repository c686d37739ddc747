/**
 * The credentials stage: turns the kubeconfig inputs into one self-contained kubeconfig file per
 * cluster (0600), named with DNS-1123 names, and lists every secret to mask. Every problem is
 * collected and reported at once; nothing is written unless everything is right.
 */
import { DEFAULT_TRANSPORT_POLICY, type TransportPolicy } from '../../kube/transport-policy.js';
import { ProblemsError } from '../../util/errors.js';
import {
  decodeCredentialInputs,
  decodedDocuments,
  maskFormsOf,
  type DecodedInputs,
} from './decoded-inputs.js';
import { resolveMode, type KubeconfigInputs } from './input-mode.js';
import { plannedFile, writeAll } from './kubeconfig-files.js';
import {
  execNotices,
  fileWarnings,
  loadMerged,
  loadSeparate,
  policyProblems,
  sharedServerProblems,
} from './loaded-clusters.js';
import { explicitNameProblems, loadedOnly, nameRemotes, primaryNameProblem } from './remote-naming.js';

const STAGE = 'credentials';
export const PRIMARY_NAME = 'primary';

/** The kubeconfig inputs (texts and contexts, see KubeconfigInputs) and how to name and write them. */
export interface CredentialsInput extends KubeconfigInputs {
  /** Explicit DNS-1123 names for the remotes, in their order. */
  readonly remoteNames?: readonly string[];
  /** The primary's cluster name (istio-current: its istiod clusterName); default "primary". */
  readonly primaryName?: string;
  /** Where the kubeconfig files go (a directory of its own under RUNNER_TEMP). */
  readonly outputDir: string;
  /** allow-insecure-tls and allow-exec-credentials; default: TLS verified, exec plugins allowed. */
  readonly policy?: TransportPolicy;
  /** Why a remote name is refused (its registration would replace a protected Secret), if it is. */
  readonly reservedNameProblem?: (remote: string) => string | undefined;
}

export interface PreparedPrimary {
  readonly name: string;
  readonly kubeconfigPath: string;
  readonly server: string;
}

export interface PreparedRemote {
  readonly name: string;
  /** The kubeconfig cluster name the name was derived from. */
  readonly sourceName: string;
  readonly kubeconfigPath: string;
  readonly server: string;
}

export interface CredentialsResult {
  readonly primary: PreparedPrimary;
  readonly remotes: readonly PreparedRemote[];
  /** Register each with the runner's masker before logging anything. */
  readonly secretsToMask: readonly string[];
  readonly warnings: readonly string[];
  /** One line per exec credential plugin, naming the command only: logged before its first use. */
  readonly notices: readonly string[];
}

/**
 * Reads, validates and names every cluster, then writes `primary.kubeconfig` and
 * `<remote>.kubeconfig` (0600) into `input.outputDir`. Throws one ProblemsError listing every
 * problem, naming the input each comes from, before writing anything. `decoded` is the inputs as
 * decodeCredentialInputs read them (the step passes the ones it masked), read here when not given.
 */
export function prepareCredentials(
  input: CredentialsInput,
  decoded: DecodedInputs = decodeCredentialInputs(input),
): CredentialsResult {
  const mode = resolveMode(STAGE, input);
  const loaded = mode.kind === 'separate' ? loadSeparate(decoded) : loadMerged(decoded, mode);
  const problems = [...loaded.problems];
  const explicit = input.remoteNames ?? [];
  const remotesInput = mode.kind === 'separate' ? 'remote-kubeconfigs' : 'remote-contexts';
  if (explicit.length > 0)
    problems.push(...explicitNameProblems(explicit, loaded.remotes.length, remotesInput));
  if (mode.kind === 'separate' && loaded.remotes.length === 0 && problems.length === 0) {
    problems.push('remote-kubeconfigs holds no kubeconfig. Fix: give at least one remote kubeconfig.');
  }
  const { clusters, indexes } = loadedOnly(loaded.remotes);
  const primaryName = input.primaryName?.trim() || PRIMARY_NAME;
  const nameProblem = primaryNameProblem(primaryName);
  if (nameProblem !== undefined) problems.push(nameProblem);
  const remotes = nameRemotes(primaryName, clusters, indexes, explicit, problems);
  for (const remote of remotes) {
    const reserved = input.reservedNameProblem?.(remote.name);
    if (reserved !== undefined) problems.push(`${remote.cluster.label}: ${reserved}`);
  }
  const primary = loaded.primary;
  const loadedClusters = primary === undefined ? clusters : [primary, ...clusters];
  problems.push(...policyProblems(loadedClusters, input.policy ?? DEFAULT_TRANSPORT_POLICY));
  if (primary !== undefined) problems.push(...sharedServerProblems([primary, ...clusters]));
  if (problems.length > 0 || primary === undefined) throw new ProblemsError(STAGE, problems);

  const files = [
    plannedFile(primaryName, primary),
    ...remotes.map((remote) => plannedFile(remote.name, remote.cluster)),
  ];
  const [primaryPath = '', ...remotePaths] = writeAll(input.outputDir, files);
  return {
    primary: { name: primaryName, kubeconfigPath: primaryPath, server: primary.server },
    remotes: remotes.map((remote, index) => ({
      name: remote.name,
      sourceName: remote.cluster.clusterName,
      kubeconfigPath: remotePaths[index] ?? '',
      server: remote.cluster.server,
    })),
    secretsToMask: maskFormsOf([primary.source, ...clusters.map((cluster) => cluster.source)]),
    warnings: [primary, ...clusters].flatMap(fileWarnings),
    notices: execNotices([primary, ...clusters]),
  };
}

/**
 * Best effort, never throws: the secrets of every kubeconfig input that can be read, so the step can
 * mask them before anything is logged, even when prepareCredentials then fails. Inputs that cannot
 * be read yield nothing here; prepareCredentials reports them.
 */
export function credentialSecrets(
  input: KubeconfigInputs,
  decoded: DecodedInputs = decodeCredentialInputs(input),
): readonly string[] {
  return maskFormsOf(decodedDocuments(decoded));
}
