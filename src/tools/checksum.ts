import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { StageError } from '../util/errors.js';
import { parsedValue, parseProblem, type Parsed } from '../util/parsed.js';

interface ChecksumLine {
  readonly hex: string;
  readonly name: string | undefined;
}

const checksumLine = /^([0-9a-fA-F]{64})(?:\s+\*?(\S.*))?$/;

/**
 * Reads a published SHA-256 checksum file: either a bare hex digest (Kubernetes `.sha256`) or
 * `sha256sum` lines `<hex>  <file>` (helm `.sha256sum`, Istio `.sha256`), picking the line for
 * `fileName` when there are several. Returns the digest in lower case.
 */
export function parseChecksumFile(text: string, fileName: string): Parsed<string> {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const entries = lines.flatMap((line) => parseLine(line));
  if (entries.length === 0) return parseProblem('contains no SHA-256 digest (64 hexadecimal characters)');
  const named = entries.find((entry) => entry.name !== undefined && baseName(entry.name) === fileName);
  if (named) return parsedValue(named.hex);
  const only = entries.length === 1 ? entries[0] : undefined;
  if (only && only.name === undefined) return parsedValue(only.hex);
  const names = entries.map((entry) => entry.name ?? '(no file name)').join(', ');
  return parseProblem(`has no digest for ${fileName} (it lists ${names})`);
}

function parseLine(line: string): ChecksumLine[] {
  const match = checksumLine.exec(line);
  if (!match?.[1]) return [];
  return [{ hex: match[1].toLowerCase(), name: match[2]?.trim() }];
}

function baseName(name: string): string {
  return name.replace(/^.*\//, '');
}

/** SHA-256 of a file as lower-case hex, read as a stream (archives are tens of megabytes). */
/** Read size for hashing: tool binaries are ~60 MB, hashed on every cache hit (64 KiB reads took twice as long). */
const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: HASH_CHUNK_BYTES }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface ChecksumComparison {
  readonly tool: string;
  readonly version: string;
  readonly url: string;
  readonly checksumUrl: string;
  readonly expected: string;
  readonly actual: string;
  /** The fix when the default (retry, re-sync the mirror) is not the whole story. */
  readonly fix?: string;
}

/** Throws a StageError naming the tool, version, URL and both digests unless they are equal. */
export function assertChecksum(check: ChecksumComparison): void {
  if (check.actual.toLowerCase() === check.expected.toLowerCase()) return;
  throw new StageError({
    stage: 'setup-tools',
    message:
      `${check.tool} ${check.version}: checksum mismatch for ${check.url}: expected sha256 ${check.expected} ` +
      `(from ${check.checksumUrl}), got ${check.actual}. The download was deleted and nothing was cached.`,
    fix:
      check.fix ??
      'retry the job (the download may have been corrupted); if it fails again and you use tools-mirror or ' +
        'istio-mirror, re-sync the mirror so that it serves the upstream file together with its published checksum.',
  });
}
