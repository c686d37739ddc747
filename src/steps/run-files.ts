/**
 * This run's own files and directories under RUNNER_TEMP, and the checks that a path an earlier step
 * output is one of them. Knows nothing of Kubernetes, so steps that only clean up load no client.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseJsonRecord } from '../util/parse.js';
import { InputError } from '../util/errors.js';
import { shownValue } from '../util/input-names.js';
import { isInside, realPathOf } from './paths.js';

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
export function readRunPaths(input: string, value: string): Record<string, string> {
  let paths: Record<string, string>;
  try {
    paths = parseJsonRecord(input, value);
  } catch {
    throw new InputError({
      input,
      message: 'is not a JSON object of names to paths.',
      fix: `pass the output of this action's earlier step unchanged (action.yml maps it).`,
    });
  }
  return Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, readRunPath(input, path)]));
}
