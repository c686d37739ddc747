/**
 * The credentials stage: turns the kubeconfig inputs into one self-contained kubeconfig file per
 * cluster (0600), named with DNS-1123 names, and lists every secret to mask. Every problem is
 * collected and reported at once; nothing is written unless everything is right.
 */
import {
  KubeconfigError,
  clusterNameOf,
  currentContextName,
  decodeKubeconfigInput,
  extractContext,
  fileReferences,
  kubeconfigSecrets,
  parseKubeconfig,
  renameKubeconfigEntries,
  secretMaskForms,
  serializeKubeconfig,
  serverOf,
  splitKubeconfigs,
  validateKubeconfig,
  type Kubeconfig,
} from '../kube/kubeconfig.js';
import {
  DEFAULT_TRANSPORT_POLICY,
  execPlugins,
  kubeconfigUrlSecrets,
  shownServer,
  transportProblems,
  type TransportPolicy,
} from '../kube/transport-policy.js';
import { removeCredentialFiles, writeCredentialFile } from '../util/credential-files.js';
import { ProblemsError } from '../util/errors.js';
import {
  assignRemoteNames,
  isDns1123Label,
  sanitizeDns1123Label,
  type NameCandidate,
} from '../util/names.js';

const STAGE = 'credentials';
export const PRIMARY_NAME = 'primary';

export interface CredentialsInput {
  /** The primary's kubeconfig, YAML or base64; its current context is used. */
  readonly primaryKubeconfig?: string;
  /** The remotes' kubeconfigs: YAML documents separated by `---` lines, or one base64 per line. */
  readonly remoteKubeconfigs?: string;
  /** One merged kubeconfig holding every cluster, used with primaryContext and remoteContexts. */
  readonly kubeconfig?: string;
  readonly primaryContext?: string;
  readonly remoteContexts?: readonly string[];
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

/** Splits a list input on commas and line breaks, trimming, dropping empty items. */
export function splitListInput(text: string | undefined): readonly string[] {
  return (text ?? '')
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

// ---------------------------------------------------------------------------------------------
// Which inputs were given.

type InputMode =
  | { readonly kind: 'separate'; readonly primary: string; readonly remotes: string }
  | {
      readonly kind: 'merged';
      readonly kubeconfig: string;
      readonly primaryContext: string;
      readonly remoteContexts: readonly string[];
    };

const BOTH_WAYS =
  'either primary-kubeconfig + remote-kubeconfigs (one kubeconfig per cluster), ' +
  'or kubeconfig + primary-context + remote-contexts (one merged kubeconfig)';

function isSet(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function separateModeProblems(input: CredentialsInput): string[] {
  const problems: string[] = [];
  if (!isSet(input.primaryKubeconfig)) {
    problems.push(
      'primary-kubeconfig is empty. Fix: set it to the primary cluster kubeconfig (YAML or base64).',
    );
  }
  if (!isSet(input.remoteKubeconfigs)) {
    problems.push(
      'remote-kubeconfigs is empty. Fix: set it to the remote kubeconfigs, YAML separated by --- lines ' +
        'or one base64 kubeconfig per line.',
    );
  }
  if (isSet(input.primaryContext) || (input.remoteContexts ?? []).length > 0) {
    problems.push(
      'primary-context and remote-contexts select contexts of the merged kubeconfig input; with ' +
        "primary-kubeconfig and remote-kubeconfigs each kubeconfig's current-context is used. " +
        'Fix: remove them, or pass one merged kubeconfig instead.',
    );
  }
  return problems;
}

function mergedModeProblems(input: CredentialsInput): string[] {
  const problems: string[] = [];
  const remoteContexts = input.remoteContexts ?? [];
  if (!isSet(input.primaryContext)) {
    problems.push(
      'primary-context is empty. Fix: name the context of kubeconfig that reaches the primary cluster.',
    );
  }
  if (remoteContexts.length === 0) {
    problems.push(
      'remote-contexts is empty. Fix: list the contexts of the remote clusters (e.g. kind-east, kind-west).',
    );
  }
  remoteContexts.forEach((context, index) => {
    const first = remoteContexts.indexOf(context);
    if (first !== index)
      problems.push(`remote-contexts[${index}] "${context}" repeats remote-contexts[${first}].`);
    if (context === input.primaryContext?.trim()) {
      problems.push(
        `remote-contexts[${index}] "${context}" is also the primary-context: a cluster is primary or remote.`,
      );
    }
  });
  return problems;
}

function resolveMode(input: CredentialsInput): InputMode {
  const separate = isSet(input.primaryKubeconfig) || isSet(input.remoteKubeconfigs);
  const merged = isSet(input.kubeconfig);
  if (separate && merged) {
    throw new ProblemsError(STAGE, [`both kinds of kubeconfig inputs are set. Fix: use ${BOTH_WAYS}.`]);
  }
  if (!separate && !merged)
    throw new ProblemsError(STAGE, [`no kubeconfig is given. Fix: set ${BOTH_WAYS}.`]);
  const problems = separate ? separateModeProblems(input) : mergedModeProblems(input);
  if (problems.length > 0) throw new ProblemsError(STAGE, problems);
  return separate
    ? { kind: 'separate', primary: input.primaryKubeconfig ?? '', remotes: input.remoteKubeconfigs ?? '' }
    : {
        kind: 'merged',
        kubeconfig: input.kubeconfig ?? '',
        primaryContext: (input.primaryContext ?? '').trim(),
        remoteContexts: input.remoteContexts ?? [],
      };
}

// ---------------------------------------------------------------------------------------------
// Loading: each cluster's context, validated then extracted.

interface LoadedCluster {
  /** The input it comes from, for messages: `remote-kubeconfigs[1]`, `remote-contexts[0] "kind-east"`. */
  readonly label: string;
  /** The whole kubeconfig it was read from (its secrets are masked too). */
  readonly source: Kubeconfig;
  /** Only the cluster's context, cluster and user. */
  readonly config: Kubeconfig;
  readonly clusterName: string;
  readonly server: string;
}

interface LoadedClusters {
  readonly primary: LoadedCluster | undefined;
  /** One entry per remote input, undefined where it could not be loaded. */
  readonly remotes: readonly (LoadedCluster | undefined)[];
  readonly problems: readonly string[];
}

function kubeconfigProblems(label: string, error: unknown): string[] {
  if (error instanceof KubeconfigError) return error.problems.map((problem) => `${label}: ${problem}`);
  throw error;
}

function parseInput(label: string, text: string, problems: string[]): Kubeconfig | undefined {
  try {
    return parseKubeconfig(decodeKubeconfigInput(text).text);
  } catch (error: unknown) {
    problems.push(...kubeconfigProblems(label, error));
    return undefined;
  }
}

function loadContext(
  label: string,
  source: Kubeconfig,
  contextName: string,
  problems: string[],
): LoadedCluster | undefined {
  const found = validateKubeconfig(source, { context: contextName }).map((problem) => `${label}: ${problem}`);
  if (found.length > 0) {
    problems.push(...found);
    return undefined;
  }
  const config = extractContext(source, contextName);
  return { label, source, config, clusterName: clusterNameOf(config), server: serverOf(config) };
}

function policyProblems(clusters: readonly LoadedCluster[], policy: TransportPolicy): string[] {
  return clusters.flatMap((cluster) =>
    transportProblems(cluster.config, policy).map((problem) => `${cluster.label}: ${problem}`),
  );
}

function execNotices(clusters: readonly LoadedCluster[]): string[] {
  return clusters.flatMap((cluster) =>
    execPlugins(cluster.config).map(
      (plugin) => `${cluster.label} authenticates with the exec credential plugin "${plugin.command}"`,
    ),
  );
}

function loadCurrentContext(
  label: string,
  source: Kubeconfig,
  problems: string[],
): LoadedCluster | undefined {
  try {
    return loadContext(label, source, currentContextName(source), problems);
  } catch (error: unknown) {
    problems.push(...kubeconfigProblems(label, error));
    return undefined;
  }
}

function loadSeparate(primaryText: string, remotesText: string): LoadedClusters {
  const problems: string[] = [];
  const primarySource = parseInput('primary-kubeconfig', primaryText, problems);
  const primary = primarySource && loadCurrentContext('primary-kubeconfig', primarySource, problems);
  let remoteTexts: readonly string[] = [];
  try {
    remoteTexts = splitKubeconfigs(remotesText);
  } catch (error: unknown) {
    problems.push(...kubeconfigProblems('remote-kubeconfigs', error));
  }
  const remotes = remoteTexts.map((text, index) => {
    const label = `remote-kubeconfigs[${index}]`;
    const source = parseInput(label, text, problems);
    return source && loadCurrentContext(label, source, problems);
  });
  return { primary, remotes, problems };
}

function loadMerged(mode: Extract<InputMode, { kind: 'merged' }>): LoadedClusters {
  const problems: string[] = [];
  const source = parseInput('kubeconfig', mode.kubeconfig, problems);
  if (source === undefined)
    return { primary: undefined, remotes: mode.remoteContexts.map(() => undefined), problems };
  const primary = loadContext(
    `primary-context "${mode.primaryContext}"`,
    source,
    mode.primaryContext,
    problems,
  );
  const remotes = mode.remoteContexts.map((context, index) =>
    loadContext(`remote-contexts[${index}] "${context}"`, source, context, problems),
  );
  return { primary, remotes, problems };
}

// ---------------------------------------------------------------------------------------------
// Naming and cross-cluster checks.

function explicitNameProblems(names: readonly string[], remoteCount: number, remotesInput: string): string[] {
  const problems: string[] = [];
  if (names.length !== remoteCount) {
    problems.push(
      `remote-names has ${names.length} name(s) but ${remotesInput} has ${remoteCount} remote(s). ` +
        'Fix: give one name per remote, in the same order.',
    );
  }
  names.forEach((name, index) => {
    if (isDns1123Label(name)) return;
    problems.push(
      `remote-names[${index}] "${name}" is not a DNS-1123 label. Fix: use e.g. "${suggestedName(name)}".`,
    );
  });
  return problems;
}

function suggestedName(name: string): string {
  try {
    return sanitizeDns1123Label(name);
  } catch (error: unknown) {
    if (error instanceof Error) return 'east-1';
    throw error;
  }
}

function remoteCandidate(remote: LoadedCluster, index: number, explicit: readonly string[]): NameCandidate {
  const name = explicit[index];
  if (name !== undefined) return { source: `remote-names[${index}] "${name}" (for ${remote.label})`, name };
  return { source: `${remote.label} (cluster "${remote.clusterName}")`, name: remote.clusterName };
}

interface NamedRemote {
  readonly name: string;
  readonly cluster: LoadedCluster;
}

function nameRemotes(
  primaryName: string,
  remotes: readonly LoadedCluster[],
  indexes: readonly number[],
  explicit: readonly string[],
  problems: string[],
): readonly NamedRemote[] {
  const candidates: NameCandidate[] = [
    { source: `the primary (named "${primaryName}")`, name: primaryName },
    ...remotes.map((remote, position) => remoteCandidate(remote, indexes[position] ?? position, explicit)),
  ];
  const assignment = assignRemoteNames(candidates);
  if (!assignment.ok) {
    problems.push(...assignment.error.problems);
    return [];
  }
  return remotes.map((cluster, position) => ({ name: assignment.names[position + 1] ?? '', cluster }));
}

function serverKey(cluster: LoadedCluster): string {
  const tlsServerName = cluster.config.clusters[0]?.cluster?.['tls-server-name'] ?? '';
  return `${cluster.server.toLowerCase().replace(/\/+$/, '')} ${tlsServerName}`;
}

function sharedServerProblems(clusters: readonly LoadedCluster[]): string[] {
  const firstByServer = new Map<string, LoadedCluster>();
  const problems: string[] = [];
  for (const cluster of clusters) {
    const first = firstByServer.get(serverKey(cluster));
    if (first === undefined) firstByServer.set(serverKey(cluster), cluster);
    else {
      problems.push(
        `${first.label} and ${cluster.label} use the same API server ${shownServer(cluster.server)}: a cluster joins the mesh ` +
          'once. Fix: remove the duplicate, or point it at the right cluster.',
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Warnings, secrets, files.

function fileWarnings(cluster: LoadedCluster): string[] {
  const references = fileReferences(cluster.config);
  if (references.length === 0) return [];
  return [
    `${cluster.label} points at files (${references.join('; ')}): they must exist at those absolute paths on ` +
      'the runner. Prefer the inline *-data fields (kubectl config view --flatten --minify).',
  ];
}

function collectSecrets(configs: readonly Kubeconfig[]): readonly string[] {
  const secrets = configs.flatMap((config) => [
    ...kubeconfigSecrets(config),
    ...kubeconfigUrlSecrets(config),
  ]);
  return secretMaskForms([...new Set(secrets)]);
}

interface PlannedFile {
  readonly fileName: string;
  readonly content: string;
}

function plannedFile(name: string, cluster: LoadedCluster): PlannedFile {
  return {
    fileName: `${name}.kubeconfig`,
    content: serializeKubeconfig(renameKubeconfigEntries(cluster.config, name)),
  };
}

/** Writes every file or none: after a failure the files already written are removed. */
function writeAll(outputDir: string, files: readonly PlannedFile[]): readonly string[] {
  const written: string[] = [];
  try {
    for (const file of files) written.push(writeCredentialFile(outputDir, file.fileName, file.content));
  } catch (error: unknown) {
    removeCredentialFiles(written);
    throw error;
  }
  return written;
}

// ---------------------------------------------------------------------------------------------
// The stage.

function loadClusters(mode: InputMode): LoadedClusters {
  switch (mode.kind) {
    case 'separate':
      return loadSeparate(mode.primary, mode.remotes);
    case 'merged':
      return loadMerged(mode);
  }
}

function loadedOnly(remotes: readonly (LoadedCluster | undefined)[]): {
  clusters: LoadedCluster[];
  indexes: number[];
} {
  const clusters: LoadedCluster[] = [];
  const indexes: number[] = [];
  remotes.forEach((remote, index) => {
    if (remote === undefined) return;
    clusters.push(remote);
    indexes.push(index);
  });
  return { clusters, indexes };
}

/**
 * Reads, validates and names every cluster, then writes `primary.kubeconfig` and
 * `<remote>.kubeconfig` (0600) into `input.outputDir`. Throws one ProblemsError listing every
 * problem, naming the input each comes from, before writing anything.
 */
export function prepareCredentials(input: CredentialsInput): CredentialsResult {
  const mode = resolveMode(input);
  const loaded = loadClusters(mode);
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
  if (!isDns1123Label(primaryName)) {
    problems.push(
      `primary-name "${primaryName}" is not a DNS-1123 label. Fix: use lower case letters, digits and '-', e.g. "${safeSuggestion(primaryName)}".`,
    );
  }
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
    secretsToMask: collectSecrets([primary.source, ...clusters.map((cluster) => cluster.source)]),
    warnings: [primary, ...clusters].flatMap(fileWarnings),
    notices: execNotices([primary, ...clusters]),
  };
}

/**
 * Best effort, never throws: the secrets of every kubeconfig input that can be read, so the step can
 * mask them before anything is logged, even when prepareCredentials then fails. Inputs that cannot
 * be read yield nothing here; prepareCredentials reports them.
 */
export function credentialSecrets(input: Omit<CredentialsInput, 'outputDir'>): readonly string[] {
  const texts: string[] = [];
  for (const text of [input.primaryKubeconfig, input.kubeconfig]) if (isSet(text)) texts.push(text);
  if (isSet(input.remoteKubeconfigs))
    texts.push(...readableOrNothing(() => splitKubeconfigs(input.remoteKubeconfigs ?? '')));
  const configs = texts.flatMap((text) =>
    readableOrNothing(() => [parseKubeconfig(decodeKubeconfigInput(text).text)]),
  );
  return collectSecrets(configs);
}

function readableOrNothing<T>(read: () => readonly T[]): readonly T[] {
  try {
    return read();
  } catch (error: unknown) {
    if (error instanceof KubeconfigError) return []; // reported with its input by prepareCredentials
    throw error;
  }
}

function safeSuggestion(name: string): string {
  try {
    return sanitizeDns1123Label(name);
  } catch {
    return 'primary';
  }
}
