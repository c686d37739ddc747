import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { existsSync } from 'node:fs';
import { chmod, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StageError, errorMessage } from '../util/errors.js';
import { checkDigest, recordDigest } from './cache-digest.js';
import { assertChecksum, parseChecksumFile, sha256File } from './checksum.js';
import { escapingEntryNames, escapingLinks, listArchiveEntries } from './archive-check.js';
import type { ReleaseArch } from './platform.js';
import type { DownloadSource } from './sources.js';
import { takeFromPath } from './path-tool.js';

const stage = 'setup-tools';

/**
 * How a download becomes a tool directory: a bare binary cached under `fileName`, or an archive whose
 * `root` directory ('' for the whole archive) is cached and whose `target` ('' for the directory itself)
 * is the path returned.
 */
export type ToolLayout =
  | { readonly kind: 'binary'; readonly fileName: string }
  | { readonly kind: 'archive'; readonly root: string; readonly target: string };

export interface ToolSpec {
  /** Tool-cache name, also used in messages. */
  readonly name: string;
  /** Normalised release version, as in the download URL. */
  readonly version: string;
  readonly arch: ReleaseArch;
  readonly source: DownloadSource;
  readonly layout: ToolLayout;
  /** Action inputs named in the fix of a failed download. */
  readonly versionInput: string;
  readonly mirrorInput: string;
  /** The SHA-256 built into the action for this file (pins.ts); it wins over the published checksum file. */
  readonly pinnedSha256?: string;
  /** The input that gave pinnedSha256, when a user pinned it rather than the action. */
  readonly pinnedBy?: string;
  /** Set for tools a runner may already have on PATH: the executable's pin and `<os>-<arch>`. */
  readonly onPath?: { readonly binarySha256: string | undefined; readonly platformName: string };
}

export interface InstalledTool {
  /** Absolute path of the binary (or of the release directory for a directory target). */
  readonly path: string;
  readonly version: string;
  readonly fromCache: boolean;
  /** Where on PATH it was found, when that executable (matching its pin) was used instead of a download. */
  readonly fromPath?: string;
}

/**
 * Returns the tool from the runner's tool cache, or from PATH when its executable matches its pin, or downloads it, verifies its published SHA-256
 * checksum before anything is extracted, and caches it. The download is deleted in every case.
 */
export async function installTool(spec: ToolSpec): Promise<InstalledTool> {
  const cached = await findCached(spec);
  if (cached !== undefined) {
    core.info(`${spec.name} ${spec.version}: found in the tool cache (${cached})`);
    return { path: cached, version: spec.version, fromCache: true };
  }
  const onPath =
    spec.onPath && (await takeFromPath({ ...spec, ...spec.onPath, executable: targetOf(spec.layout) }));
  if (onPath) return { path: onPath.path, version: spec.version, fromCache: false, fromPath: onPath.from };
  core.info(`${spec.name} ${spec.version}: downloading ${spec.source.url}`);
  const file = await download(spec, spec.source.url);
  try {
    await verifyDownload(spec, file);
    const { dir, path } = await cacheDownload(spec, file);
    await recordDigest(dir);
    core.info(`${spec.name} ${spec.version}: checksum verified, installed at ${path}`);
    return { path, version: spec.version, fromCache: false };
  } finally {
    await rm(file, { force: true });
  }
}

function targetOf(layout: ToolLayout): string {
  return layout.kind === 'binary' ? layout.fileName : layout.target;
}

/** The cached tool, if its entry is complete and still matches the digest recorded when it was cached. */
async function findCached(spec: ToolSpec): Promise<string | undefined> {
  const dir = tc.find(spec.name, spec.version, spec.arch);
  if (dir === '') return undefined;
  const path = join(dir, targetOf(spec.layout));
  if (!existsSync(path)) {
    core.info(
      `${spec.name} ${spec.version}: the tool cache entry ${dir} lacks ${targetOf(spec.layout)}; reinstalling`,
    );
    return undefined;
  }
  const check = await checkDigest(dir);
  if (check.ok) return path;
  core.warning(
    `${spec.name} ${spec.version}: the tool cache entry ${dir} is not used: ${check.reason}. Downloading and verifying it again.`,
  );
  return undefined;
}

async function download(spec: ToolSpec, url: string): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (error: unknown) {
    throw downloadError(spec, url, error);
  }
}

function downloadError(spec: ToolSpec, url: string, error: unknown): StageError {
  const what = `${spec.name} ${spec.version}`;
  if (error instanceof tc.HTTPError) {
    const notFound = error.httpStatusCode === 404 ? ' (not found)' : '';
    return new StageError({
      stage,
      message: `${what}: ${url} answered HTTP ${error.httpStatusCode}${notFound}.`,
      fix:
        `check that ${spec.versionInput} names a published release and, if ${spec.mirrorInput} is set, ` +
        `that the mirror serves it (and its checksum file) under the same path as upstream.`,
      cause: error,
    });
  }
  return new StageError({
    stage,
    message: `${what}: could not download ${url}: ${errorMessage(error)}.`,
    fix: `check that the runner can reach ${new URL(url).host}, or set ${spec.mirrorInput} to a mirror it can reach.`,
    cause: error,
  });
}

/** Against the pinned SHA-256 when the action carries one, else the published checksum file. */
async function verifyDownload(spec: ToolSpec, file: string): Promise<void> {
  const { url, checksumUrl, fileName } = spec.source;
  const pinned = spec.pinnedSha256;
  const expected = pinned ?? (await fetchChecksum(spec, checksumUrl, fileName));
  const actual = await sha256File(file);
  const from = pinned === undefined ? checksumUrl : (spec.pinnedBy ?? 'the SHA-256 pinned in the action');
  const fix =
    spec.pinnedBy === undefined
      ? undefined
      : `check ${spec.pinnedBy} against the .sha256 file the project publishes for ${spec.source.fileName}; if it is right, the download was changed: use the upstream release, or re-sync ${spec.mirrorInput}.`;
  assertChecksum({ tool: spec.name, version: spec.version, url, checksumUrl: from, expected, actual, fix });
}

async function fetchChecksum(spec: ToolSpec, checksumUrl: string, fileName: string): Promise<string> {
  const checksumFile = await download(spec, checksumUrl);
  let text: string;
  try {
    text = await readFile(checksumFile, 'utf8');
  } finally {
    await rm(checksumFile, { force: true });
  }
  const parsed = parseChecksumFile(text, fileName);
  if (parsed.ok) return parsed.value;
  throw new StageError({
    stage,
    message: `${spec.name} ${spec.version}: the checksum file ${checksumUrl} ${parsed.problem}.`,
    fix: `make sure ${spec.mirrorInput}, if set, serves the upstream checksum files unchanged.`,
  });
}

async function cacheDownload(spec: ToolSpec, file: string): Promise<{ dir: string; path: string }> {
  const { layout } = spec;
  switch (layout.kind) {
    case 'binary': {
      const dir = await tc.cacheFile(file, layout.fileName, spec.name, spec.version, spec.arch);
      const path = join(dir, layout.fileName);
      await chmod(path, 0o755);
      return { dir, path };
    }
    case 'archive':
      return cacheArchive(spec, file, layout);
  }
}

async function cacheArchive(
  spec: ToolSpec,
  file: string,
  layout: Extract<ToolLayout, { kind: 'archive' }>,
): Promise<{ dir: string; path: string }> {
  refuseEscapes(spec, escapingEntryNames(await listArchiveEntries(file)));
  const extracted = await tc.extractTar(file);
  try {
    const root = join(extracted, layout.root);
    refuseEscapes(spec, escapingLinks(root));
    if (!existsSync(join(root, layout.target))) {
      throw new StageError({
        stage,
        message: `${spec.name} ${spec.version}: the archive ${spec.source.url} has no ${join(layout.root, layout.target)}.`,
        fix: `make sure ${spec.mirrorInput}, if set, serves the original release archive.`,
      });
    }
    const dir = await tc.cacheDir(root, spec.name, spec.version, spec.arch);
    return { dir, path: join(dir, layout.target) };
  } finally {
    await rm(extracted, { recursive: true, force: true });
  }
}

/** Refuses an archive with entries or links leaving it, before anything of it is cached or used. */
function refuseEscapes(spec: ToolSpec, entries: readonly string[]): void {
  if (entries.length === 0) return;
  throw new StageError({
    stage,
    message:
      `${spec.name} ${spec.version}: the archive ${spec.source.url} has entries that leave it: ` +
      `${entries.slice(0, 5).join('; ')}. Nothing of it was cached or used.`,
    fix: `use the original release archive: if ${spec.mirrorInput} is set, re-sync the mirror from upstream.`,
  });
}
