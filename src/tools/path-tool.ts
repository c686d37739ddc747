import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { randomUUID } from 'node:crypto';
import { constants, statSync } from 'node:fs';
import { access, chmod, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { recordDigest } from './cache-digest.js';
import { sha256File } from './checksum.js';
import type { ReleaseArch } from './platform.js';

export interface PathToolRequest {
  /** Tool-cache name, also used in messages. */
  readonly name: string;
  readonly version: string;
  readonly arch: ReleaseArch;
  /** The executable's file name, looked up on PATH and kept under in the tool cache. */
  readonly executable: string;
  /** The pinned SHA-256 of the executable for this version and platform (pins.ts), if any. */
  readonly binarySha256: string | undefined;
  /** `<os>-<arch>`, named in the log. */
  readonly platformName: string;
}

export interface PathToolFound {
  /** The executable in the tool cache: the bytes that were hashed, copied from `from`. */
  readonly path: string;
  /** Where it was found on PATH. */
  readonly from: string;
}

/** The first executable file named `name` in the PATH directories (absolute ones only). */
export async function findOnPath(
  name: string,
  pathVariable = process.env.PATH ?? '',
): Promise<string | undefined> {
  for (const dir of pathVariable.split(delimiter)) {
    if (dir === '' || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    if (!isFile(candidate)) continue;
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not executable by this user: keep looking.
    }
  }
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Uses the tool on PATH instead of downloading it, but only when the executable's SHA-256 is the one
 * pinned for the requested version and platform: without a pin nothing on PATH can be trusted to be
 * that version (its own `version` output proves nothing, and running it unverified is what the pin
 * prevents). The file is copied first and the copy hashed and cached, so what runs is what was checked.
 */
export async function takeFromPath(request: PathToolRequest): Promise<PathToolFound | undefined> {
  const what = `${request.name} ${request.version}`;
  const found = await findOnPath(request.executable);
  if (found === undefined) return undefined;
  const pin = request.binarySha256?.toLowerCase();
  if (pin === undefined) {
    core.info(
      `${what}: ${found} on PATH is not used: the action pins no SHA-256 of the ${request.name} ` +
        `${request.version} executable for ${request.platformName}, so it cannot be verified; downloading instead.`,
    );
    return undefined;
  }
  const copy = join(process.env.RUNNER_TEMP || tmpdir(), `path-tool-${randomUUID()}`);
  await copyFile(found, copy);
  try {
    const actual = await sha256File(copy);
    if (actual !== pin) {
      core.info(
        `${what}: ${found} on PATH is not used: its SHA-256 ${actual} is not the pinned ${pin} ` +
          `(another version or build); downloading instead.`,
      );
      return undefined;
    }
    const dir = await tc.cacheFile(copy, request.executable, request.name, request.version, request.arch);
    const path = join(dir, request.executable);
    await chmod(path, 0o755);
    await recordDigest(dir);
    core.info(`${what}: ${found} on PATH has the pinned SHA-256; cached at ${path}, nothing downloaded.`);
    return { path, from: found };
  } finally {
    await rm(copy, { force: true });
  }
}
