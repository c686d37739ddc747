import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { errorMessage } from './errors.js';

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/**
 * Writes a credential file readable by the owner only (0600), creating `dir` (0700) when missing.
 * The content goes to a fresh temporary file first (created exclusively, never through a symlink)
 * and is renamed into place, so an existing file of looser mode is replaced, not reused.
 */
export function writeCredentialFile(dir: string, fileName: string, content: string): string {
  if (fileName !== basename(fileName) || fileName === '' || fileName === '.' || fileName === '..') {
    throw new Error(
      `credential file name ${JSON.stringify(fileName)} must be a plain file name, without a path.`,
    );
  }
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  const path = join(dir, fileName);
  const temporary = join(dir, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: FILE_MODE, flag: 'wx' });
    renameSync(temporary, path);
  } catch (error: unknown) {
    rmSync(temporary, { force: true });
    throw new Error(`cannot write credential file ${path}`, { cause: error });
  }
  return path;
}

/** Removes credential files; missing ones are fine. Every failure is reported together, after trying all. */
export function removeCredentialFiles(paths: readonly string[]): void {
  const failures: string[] = [];
  for (const path of paths) {
    try {
      rmSync(path, { force: true });
    } catch (error: unknown) {
      failures.push(`${path}: ${errorMessage(error)}`);
    }
  }
  if (failures.length > 0) {
    throw new Error(`cannot remove credential file(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  }
}
