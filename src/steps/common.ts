import * as core from '@actions/core';
import { readFailedRemotes } from './failed-remotes.js';
import { readRunPath, readRunPaths } from './run-files.js';
import { openCluster, type ClusterHandle } from '../kube/client.js';
import { parseBoolean, parseChoice, parseIntInRange, parsePositiveDuration } from '../util/parse.js';
import { PROFILES, profileByName, type Profile } from '../istio/profiles.js';
import { InputError } from '../util/errors.js';
import { checkName, parseNameList, parseNetworkInput } from '../util/input-names.js';

export { readRunDirectory, readRunPath, readRunPaths, runDirectory } from './run-files.js';

/** Inputs shared by several steps; read only by step entry points. */
export const MODES = ['install', 'render', 'resync', 'uninstall', 'inject', 'verify'] as const;
export type Mode = (typeof MODES)[number];

export function readMode(): Mode {
  return parseChoice('mode', core.getInput('mode'), MODES, 'install');
}

/** The modes that capture endpoints and (re)wire remotes; uninstall and inject skip those steps. */
export function wiresRemotes(mode: Mode): boolean {
  return mode === 'install' || mode === 'render' || mode === 'resync';
}

export function readProfile(): Profile {
  return profileByName(parseChoice('profile', core.getInput('profile'), PROFILES, 'istio-current'));
}

export function skippedFor(mode: Mode): {
  outputs: Record<string, string>;
  report: { did: string[]; skipped: string };
} {
  return { outputs: {}, report: { did: [], skipped: `not used in mode ${mode}` } };
}

/** `install-method`: kubectl (server-side apply, the default) or helm. */
export function readInstallMethod(): 'kubectl' | 'helm' {
  return parseChoice(
    'install-method',
    core.getInput('install-method'),
    ['kubectl', 'helm'] as const,
    'kubectl',
  );
}

/** The kubectl setup-tools installed (its kubectl-path output), else the one on PATH. */
export function readKubectlPath(): string {
  return core.getInput('kubectl-path') || 'kubectl';
}

/**
 * Runs an input reader; a refusal names `step` when given. Without it, the InputError reaches
 * runAsStep, which reports it as an error of the running step.
 */
function validated<T>(step: string | undefined, read: () => T): T {
  try {
    return read();
  } catch (error: unknown) {
    if (step !== undefined && error instanceof InputError) throw error.inStage(step);
    throw error;
  }
}

/** istio-namespace: a DNS-1123 label (default istio-system). */
export function readNamespace(step?: string): string {
  const value = core.getInput('istio-namespace').trim() || 'istio-system';
  return validated(step, () => checkName('istio-namespace', value, 'dns-label', 'istio-system'));
}

/** release-name of istio-remote: a helm release name of at most 53 characters (default istio-remote). */
export function readReleaseName(step: string): string {
  const value = core.getInput('release-name').trim() || 'istio-remote';
  return validated(step, () => checkName('release-name', value, 'helm-release', 'istio-remote'));
}

/** primary-release: a helm release name of at most 53 characters (default istio). */
export function readPrimaryRelease(step: string): string {
  const value = core.getInput('primary-release').trim() || 'istio';
  return validated(step, () => checkName('primary-release', value, 'helm-release', 'istio'));
}

/** injection-namespaces: DNS-1123 labels, comma or newline separated (default default). */
export function readInjectionNamespaces(step: string): string[] {
  const text = core.getInput('injection-namespaces') || 'default';
  return validated(step, () => parseNameList('injection-namespaces', text, 'dns-label', 'default'));
}

/** primary-name: a DNS-1123 label (default primary); it names the primary's files and cluster ID. */
export function readPrimaryName(step?: string): string {
  const value = core.getInput('primary-name').trim() || 'primary';
  return validated(step, () => checkName('primary-name', value, 'dns-label', 'primary'));
}

/** mesh-id (istio-current global.meshID): no '/', spaces or '..' (default mesh1). */
export function readMeshId(step: string): string {
  const value = core.getInput('mesh-id').trim() || 'mesh1';
  return validated(step, () => checkName('mesh-id', value, 'mesh-name', 'mesh1'));
}

/** network: one network for every remote, or remote=network pairs; each name checked (default network1). */
export function readNetworks(step: string): (remote: string) => string {
  return validated(step, () => parseNetworkInput(core.getInput('network')));
}

/** parallelism: 1 to 64 remotes at once (default 8). */
export function readParallelism(step?: string): number {
  return validated(step, () => parseIntInRange('parallelism', core.getInput('parallelism'), 8, 1, 64));
}

/** wait-timeout: more than zero, at most 24h (default 5m). */
export function readTimeoutMs(step?: string): number {
  return validated(step, () => parsePositiveDuration('wait-timeout', core.getInput('wait-timeout'), 300_000));
}

/** verify-timeout: how long verify waits for every istiod to sync every remote (default 120s, at most 24h). */
export function readVerifyTimeoutMs(step?: string): number {
  return validated(step, () =>
    parsePositiveDuration('verify-timeout', core.getInput('verify-timeout'), 120_000),
  );
}

/** Whether verify runs in this mode: alone in mode verify; after install and resync unless verify: false (istio-current). */
export function verifies(mode: Mode, profile: Profile): boolean {
  if (mode === 'verify') return true;
  const wanted = parseBoolean('verify', core.getInput('verify'), true);
  return wanted && profile.name === 'istio-current' && (mode === 'install' || mode === 'resync');
}

export interface Clusters {
  readonly primary: ClusterHandle;
  /** The remotes this step works on: every remote not recorded as failed by an earlier step. */
  readonly remotes: readonly ClusterHandle[];
  /** Remotes an earlier step recorded as failed (failed-remotes), left out of this step. */
  readonly excluded: readonly string[];
}

/** The primary, from the kubeconfig file the credentials step wrote. */
export function readPrimary(): ClusterHandle {
  const primaryPath = readRunPath(
    'primary-kubeconfig-path',
    core.getInput('primary-kubeconfig-path', { required: true }),
  );
  return openCluster(readPrimaryName(), primaryPath);
}

/** The clusters as the credentials step wrote them (its outputs, read from the run state). */
export function readClusters(): Clusters {
  const remotePaths = readRunPaths('remote-kubeconfig-paths', core.getInput('remote-kubeconfig-paths'));
  const failed = new Set(readFailedRemotes().map((f) => f.remote));
  const names = Object.keys(remotePaths);
  return {
    primary: readPrimary(),
    remotes: Object.entries(remotePaths)
      .filter(([name]) => !failed.has(name))
      .map(([name, path]) => openCluster(name, path)),
    excluded: names.filter((name) => failed.has(name)),
  };
}

/** adopt: whether objects (and helm releases) that existed before the action may be taken over. */
export function readAdopt(): boolean {
  return parseBoolean('adopt', core.getInput('adopt'), false);
}
