import * as core from '@actions/core';
import { readFailedRemotes } from './failed-remotes.js';
import { basename, dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { openCluster, type ClusterHandle } from '../kube/client.js';
import { parseChoice, parseIntInRange, parseJsonRecord, parsePositiveDuration } from '../util/parse.js';
import { PROFILES, profileByName, type Profile } from '../istio/profiles.js';
import { InputError } from '../util/errors.js';
import { checkName, parseNameList, parseNetworkInput, shownValue } from '../util/input-names.js';
import { isInside, realPathOf } from './paths.js';

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

/** parallelism: 1 to 64 remotes at once (default 4). */
export function readParallelism(step?: string): number {
  return validated(step, () => parseIntInRange('parallelism', core.getInput('parallelism'), 4, 1, 64));
}

/** wait-timeout: more than zero, at most 24h (default 5m). */
export function readTimeoutMs(step?: string): number {
  return validated(step, () => parsePositiveDuration('wait-timeout', core.getInput('wait-timeout'), 300_000));
}

export interface Clusters {
  readonly primary: ClusterHandle;
  /** The remotes this step works on: every remote not recorded as failed by an earlier step. */
  readonly remotes: readonly ClusterHandle[];
  /** Remotes an earlier step recorded as failed (failed-remotes), left out of this step. */
  readonly excluded: readonly string[];
}

/** The clusters as the credentials step wrote them (its outputs mapped in action.yml). */
export function readClusters(): Clusters {
  const primaryPath = readRunPath(
    'primary-kubeconfig-path',
    core.getInput('primary-kubeconfig-path', { required: true }),
  );
  const primaryName = readPrimaryName();
  const remotePaths = readRunPaths('remote-kubeconfig-paths');
  const failed = new Set(readFailedRemotes().map((f) => f.remote));
  const names = Object.keys(remotePaths);
  return {
    primary: openCluster(primaryName, primaryPath),
    remotes: Object.entries(remotePaths)
      .filter(([name]) => !failed.has(name))
      .map(([name, path]) => openCluster(name, path)),
    excluded: names.filter((name) => failed.has(name)),
  };
}

function runTemp(): string {
  const temp = process.env.RUNNER_TEMP;
  if (!temp)
    throw new Error(
      'RUNNER_TEMP is not set: run this action on a GitHub runner, or set RUNNER_TEMP to a private directory.',
    );
  return resolve(temp);
}

/** The name every directory of this run starts with (`istio-multicluster-<run>-<attempt>-<job>-`). */
function runPrefix(): string {
  const run = process.env.GITHUB_RUN_ID ?? 'local';
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
  const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_.-]/g, '-');
  return `istio-multicluster-${run}-${attempt}-${job}-`;
}

/** A per-run working directory under RUNNER_TEMP, the same for every step of one run. */
export function runDirectory(purpose: string): string {
  return join(runTemp(), `${runPrefix()}${purpose}`);
}

/** True when `path` lies inside one of this run's own directories under RUNNER_TEMP. */
function inRunDirectory(temp: string, path: string): boolean {
  if (!isInside(temp, path) || path === temp) return false;
  let top = path;
  while (dirname(top) !== temp) top = dirname(top);
  return basename(top).startsWith(runPrefix()) && top !== path;
}

/**
 * A path an earlier step of this run output (a kubeconfig, a manifest), refused unless it lies in the
 * run's own directories under RUNNER_TEMP, as written and with symlinks followed: a step never reads
 * or removes a file elsewhere on the runner because an input said so.
 */
export function readRunPath(input: string, path: string): string {
  const temp = runTemp();
  const resolved = resolve(temp, path);
  if (inRunDirectory(temp, resolved) && inRunDirectory(realPathOf(temp), realPathOf(resolved)))
    return resolved;
  throw new InputError({
    input,
    message: `${shownValue(path)} is not a file of this run: step paths must lie in the run's own directories, ${join(temp, `${runPrefix()}*`)}.`,
    fix: `pass the output of this action's earlier step unchanged (action.yml maps it); do not point ${input} at other files.`,
  });
}

/** Whether `path` is one of this run's own directories (`<RUNNER_TEMP>/<run prefix>*`) itself. */
function isRunDirectory(temp: string, path: string): boolean {
  return dirname(path) === temp && basename(path).startsWith(runPrefix());
}

/** A directory an earlier step output as its own: refused unless it is one of this run's directories. */
export function readRunDirectory(input: string, path: string): string {
  const temp = runTemp();
  const resolved = resolve(temp, path);
  if (
    isRunDirectory(temp, resolved) &&
    (!existsSync(resolved) || isRunDirectory(realPathOf(temp), realPathOf(resolved)))
  )
    return resolved;
  throw new InputError({
    input,
    message: `${shownValue(path)} is not a directory of this run: it must be one of ${join(temp, `${runPrefix()}*`)}.`,
    fix: `pass the output of this action's earlier step unchanged (action.yml maps it); do not point ${input} at other directories.`,
  });
}

/** A JSON object name -> path output of an earlier step, every path checked by readRunPath. */
export function readRunPaths(input: string): Record<string, string> {
  let paths: Record<string, string>;
  try {
    paths = parseJsonRecord(input, core.getInput(input));
  } catch {
    throw new InputError({
      input,
      message: 'is not a JSON object of names to paths.',
      fix: `pass the output of this action's earlier step unchanged (action.yml maps it).`,
    });
  }
  return Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, readRunPath(input, path)]));
}
