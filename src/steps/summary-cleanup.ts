import { existsSync, readdirSync, rmSync } from 'node:fs';
import { errorMessage } from '../util/errors.js';
import { readRunDirectory, readRunPath } from './run-files.js';

/** The listed paths `check` accepts as this run's own; any other is left alone and noted in `refused`. */
function ownPaths(
  listed: readonly [string, string][],
  check: (input: string, path: string) => string,
  refused: string[],
): string[] {
  const accepted: string[] = [];
  for (const [input, path] of listed) {
    if (path === '') continue;
    try {
      accepted.push(check(input, path));
    } catch (error: unknown) {
      refused.push(errorMessage(error));
    }
  }
  return accepted;
}

/** Files below `dir` (0 when it is missing). */
function filesIn(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).length;
}

/**
 * Removes exactly what earlier steps output: the listed files, then the listed directories the steps
 * own (each checked to be one of this run's directories). Nothing is recomputed here.
 */
export function removeListed(
  files: readonly [string, string][],
  dirs: readonly [string, string][],
  refused: string[],
): number {
  let removed = 0;
  for (const path of ownPaths(files, readRunPath, refused)) {
    if (existsSync(path)) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  for (const dir of ownPaths(dirs, readRunDirectory, refused)) {
    removed += filesIn(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  return removed;
}
