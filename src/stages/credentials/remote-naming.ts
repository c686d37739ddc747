/**
 * Naming the remotes: remote-names when given (one DNS-1123 label per remote, in order), else each
 * kubeconfig's cluster name sanitised; names that clash with each other or the primary are refused.
 */
import {
  assignRemoteNames,
  isDns1123Label,
  sanitizeDns1123Label,
  type NameCandidate,
} from '../../util/names.js';
import type { LoadedCluster } from './loaded-clusters.js';

export function explicitNameProblems(
  names: readonly string[],
  remoteCount: number,
  remotesInput: string,
): string[] {
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

export interface NamedRemote {
  readonly name: string;
  readonly cluster: LoadedCluster;
}

/** The remotes that could be loaded, with their positions in the input (for remote-names). */
export function loadedOnly(remotes: readonly (LoadedCluster | undefined)[]): {
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

export function nameRemotes(
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

/** Why primary-name cannot be used, if it cannot. */
export function primaryNameProblem(primaryName: string): string | undefined {
  if (isDns1123Label(primaryName)) return undefined;
  return `primary-name "${primaryName}" is not a DNS-1123 label. Fix: use lower case letters, digits and '-', e.g. "${safeSuggestion(primaryName)}".`;
}

function safeSuggestion(name: string): string {
  try {
    return sanitizeDns1123Label(name);
  } catch {
    return 'primary';
  }
}
