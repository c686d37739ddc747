import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sha256File } from './checksum.js';

/**
 * The SHA-256 of a tool-cache entry, recorded when a verified download is cached and compared on every
 * cache hit, so a cached binary changed afterwards (by another job on a shared runner, a bad disk) is
 * never run.
 */
export const DIGEST_FILE = '.istio-multicluster-action.sha256';

function entries(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...entries(path));
    else found.push(path);
  }
  return found;
}

/**
 * SHA-256 over every file of the directory (sorted relative paths, each file's own SHA-256, symlinks
 * by their target, the digest file itself left out), so any changed, added or removed file changes it.
 */
export async function directoryDigest(dir: string): Promise<string> {
  const lines: string[] = [];
  const paths = entries(dir)
    .map((path) => relative(dir, path).split(sep).join('/'))
    .filter((path) => path !== DIGEST_FILE)
    .sort();
  for (const path of paths) {
    const full = join(dir, path);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) lines.push(`link ${readlinkSync(full)}  ${path}`);
    else lines.push(`${await sha256File(full)} ${(stat.mode & 0o111) !== 0 ? 'x' : '-'} ${path}`);
  }
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Records the digest of a freshly cached (verified) entry. */
export async function recordDigest(dir: string): Promise<void> {
  writeFileSync(join(dir, DIGEST_FILE), `${await directoryDigest(dir)}\n`, { mode: 0o644 });
}

export type CacheCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Whether a cache entry still matches the digest recorded when it was cached. */
export async function checkDigest(dir: string): Promise<CacheCheck> {
  const file = join(dir, DIGEST_FILE);
  if (!existsSync(file))
    return { ok: false, reason: 'it has no recorded checksum (cached by something else)' };
  const recorded = readFileSync(file, 'utf8').trim();
  const actual = await directoryDigest(dir);
  if (recorded === actual) return { ok: true };
  return {
    ok: false,
    reason: `its files no longer match the checksum recorded when it was cached (sha256 ${recorded}, now ${actual})`,
  };
}
