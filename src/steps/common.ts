import * as core from '@actions/core';
import { join } from 'node:path';
import { openCluster, type ClusterHandle } from '../kube/client.js';
import { parseChoice, parseDuration, parseJsonRecord } from '../util/parse.js';
import { PROFILES, profileByName, type Profile } from '../istio/profiles.js';

/** Inputs shared by several steps; read only by step entry points. */
export const MODES = ['install', 'render', 'resync', 'uninstall', 'inject'] as const;
export type Mode = (typeof MODES)[number];

export function readMode(): Mode {
  return parseChoice('mode', core.getInput('mode'), MODES, 'install');
}

/** The modes that capture endpoints and (re)wire remotes; uninstall and inject skip those steps. */
export function wiresRemotes(mode: Mode): boolean {
  return mode === 'install' || mode === 'render' || mode === 'resync';
}

export function readProfile(): Profile {
  return profileByName(parseChoice('profile', core.getInput('profile'), PROFILES, 'istio-1.0'));
}

export function skippedFor(mode: Mode): {
  outputs: Record<string, string>;
  report: { did: string[]; skipped: string };
} {
  return { outputs: {}, report: { did: [], skipped: `not used in mode ${mode}` } };
}

export function readNamespace(): string {
  return core.getInput('istio-namespace') || 'istio-system';
}

export function readTimeoutMs(): number {
  return parseDuration('wait-timeout', core.getInput('wait-timeout'), 300_000);
}

export interface Clusters {
  readonly primary: ClusterHandle;
  readonly remotes: readonly ClusterHandle[];
}

/** The clusters as the credentials step wrote them (its outputs mapped in action.yml). */
export function readClusters(): Clusters {
  const primaryPath = core.getInput('primary-kubeconfig-path', { required: true });
  const primaryName = core.getInput('primary-name') || 'primary';
  const remotePaths = parseJsonRecord('remote-kubeconfig-paths', core.getInput('remote-kubeconfig-paths'));
  return {
    primary: openCluster(primaryName, primaryPath),
    remotes: Object.entries(remotePaths).map(([name, path]) => openCluster(name, path)),
  };
}

/** A per-run working directory under RUNNER_TEMP, the same for every step of one run. */
export function runDirectory(purpose: string): string {
  const temp = process.env.RUNNER_TEMP;
  if (!temp)
    throw new Error(
      'RUNNER_TEMP is not set: run this action on a GitHub runner, or set RUNNER_TEMP to a private directory.',
    );
  const run = process.env.GITHUB_RUN_ID ?? 'local';
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
  const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_.-]/g, '-');
  return join(temp, `istio-multicluster-${run}-${attempt}-${job}-${purpose}`);
}
