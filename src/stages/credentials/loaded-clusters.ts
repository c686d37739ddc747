/**
 * Each cluster's context out of the decoded kubeconfig inputs: validated, then extracted into a
 * document of its own; and the checks across the loaded clusters (transport policy, one API server
 * per cluster, file references, exec plugins).
 */
import { extractContext, clusterNameOf, currentContextName, serverOf } from '../../kube/kubeconfig-select.js';
import type { Kubeconfig } from '../../kube/kubeconfig-model.js';
import { fileReferences, validateKubeconfig } from '../../kube/kubeconfig-validate.js';
import {
  execPlugins,
  shownServer,
  transportProblems,
  type TransportPolicy,
} from '../../kube/transport-policy.js';
import { kubeconfigProblems, type DecodedInputs, type ParsedInput } from './decoded-inputs.js';

export interface LoadedCluster {
  /** The input it comes from, for messages: `remote-kubeconfigs[1]`, `remote-contexts[0] "kind-east"`. */
  readonly label: string;
  /** The whole kubeconfig it was read from (its secrets are masked too). */
  readonly source: Kubeconfig;
  /** Only the cluster's context, cluster and user. */
  readonly config: Kubeconfig;
  readonly clusterName: string;
  readonly server: string;
}

export interface LoadedClusters {
  readonly primary: LoadedCluster | undefined;
  /** One entry per remote input, undefined where it could not be loaded. */
  readonly remotes: readonly (LoadedCluster | undefined)[];
  readonly problems: readonly string[];
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

function loadCurrentContext(parsed: ParsedInput | undefined, problems: string[]): LoadedCluster | undefined {
  if (parsed === undefined) return undefined;
  problems.push(...parsed.problems);
  if (parsed.document === undefined) return undefined;
  try {
    return loadContext(parsed.label, parsed.document, currentContextName(parsed.document), problems);
  } catch (error: unknown) {
    problems.push(...kubeconfigProblems(parsed.label, error));
    return undefined;
  }
}

/** primary-kubeconfig and remote-kubeconfigs: the current context of each kubeconfig. */
export function loadSeparate(decoded: DecodedInputs): LoadedClusters {
  const problems: string[] = [];
  const primary = loadCurrentContext(decoded.primary, problems);
  problems.push(...(decoded.remotes?.problems ?? []));
  const remotes = (decoded.remotes?.items ?? []).map((parsed) => loadCurrentContext(parsed, problems));
  return { primary, remotes, problems };
}

/** kubeconfig with primary-context and remote-contexts. */
export function loadMerged(
  decoded: DecodedInputs,
  mode: { readonly primaryContext: string; readonly remoteContexts: readonly string[] },
): LoadedClusters {
  const problems = [...(decoded.merged?.problems ?? [])];
  const source = decoded.merged?.document;
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

export function policyProblems(clusters: readonly LoadedCluster[], policy: TransportPolicy): string[] {
  return clusters.flatMap((cluster) =>
    transportProblems(cluster.config, policy).map((problem) => `${cluster.label}: ${problem}`),
  );
}

export function execNotices(clusters: readonly LoadedCluster[]): string[] {
  return clusters.flatMap((cluster) =>
    execPlugins(cluster.config).map(
      (plugin) => `${cluster.label} authenticates with the exec credential plugin "${plugin.command}"`,
    ),
  );
}

function serverKey(cluster: LoadedCluster): string {
  const tlsServerName = cluster.config.clusters[0]?.cluster?.['tls-server-name'] ?? '';
  return `${cluster.server.toLowerCase().replace(/\/+$/, '')} ${tlsServerName}`;
}

export function sharedServerProblems(clusters: readonly LoadedCluster[]): string[] {
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

export function fileWarnings(cluster: LoadedCluster): string[] {
  const references = fileReferences(cluster.config);
  if (references.length === 0) return [];
  return [
    `${cluster.label} points at files (${references.join('; ')}): they must exist at those absolute paths on ` +
      'the runner. Prefer the inline *-data fields (kubectl config view --flatten --minify).',
  ];
}
