import * as exec from '@actions/exec';
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/*
 * A release archive must stay inside itself: no entry whose path leaves it, no symlink or hard link
 * whose target lies outside the cached directory. Helm follows symlinks in a chart directory, so a
 * link to /etc or to the runner's kubeconfigs would end up in rendered objects.
 */

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Entry names (quoted) that are absolute or climb out with `..`, as tar lists them. */
export function escapingEntryNames(names: readonly string[]): string[] {
  return names
    .filter(
      (name) => name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name) || name.split(/[\\/]/).includes('..'),
    )
    .map((name) => `${JSON.stringify(name)}: a path outside the archive`);
}

/** The archive's entry names as stored (-P keeps a leading `/` that tar would otherwise strip). */
export async function listArchiveEntries(file: string): Promise<string[]> {
  const result = await exec.getExecOutput('tar', ['-tzPf', file], { silent: true, ignoreReturnCode: true });
  if (result.exitCode !== 0)
    throw new Error(`tar could not list the archive (exit ${result.exitCode}): ${result.stderr.trim()}`);
  return result.stdout.split('\n').filter((line) => line !== '');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? [path, ...walk(path)] : [path];
  });
}

/** Why a symlink leaves `root`, or undefined: by its target as written and, when it exists, as resolved. */
function symlinkProblem(root: string, path: string): string | undefined {
  const target = readlinkSync(path);
  const leaves =
    !inside(root, resolve(dirname(path), target)) ||
    (existsSync(path) && !inside(realpathSync(root), realpathSync(path)));
  return leaves ? `a symlink to ${JSON.stringify(target)}, outside the archive` : undefined;
}

/**
 * Links in an extracted directory whose target lies outside it, as `<entry>: <why>` (entries relative to
 * `root`). A file with more hard links than the tree holds shares its data with a file outside it.
 */
export function escapingLinks(root: string): string[] {
  const problems: string[] = [];
  const files = new Map<string, { path: string; links: number; seen: number }>();
  for (const path of walk(root)) {
    const stat = lstatSync(path);
    const entry = JSON.stringify(relative(root, path));
    if (stat.isSymbolicLink()) {
      const problem = symlinkProblem(root, path);
      if (problem) problems.push(`${entry}: ${problem}`);
    } else if (stat.isFile() && stat.nlink > 1) {
      const key = `${stat.dev}:${stat.ino}`;
      const known = files.get(key) ?? { path: entry, links: stat.nlink, seen: 0 };
      files.set(key, { ...known, seen: known.seen + 1 });
    }
  }
  for (const file of files.values())
    if (file.seen < file.links) problems.push(`${file.path}: a hard link to a file outside the archive`);
  return problems;
}
