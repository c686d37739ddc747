import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertChecksum, parseChecksumFile, sha256File } from '../../../src/tools/checksum.js';
import { StageError } from '../../../src/util/errors.js';

const hexA = 'a'.repeat(64);
const hexB = '0123456789abcdef'.repeat(4);
const archive = 'helm-v3.22.0-linux-amd64.tar.gz';

describe('parseChecksumFile()', () => {
  it('parseChecksumFile() - a bare digest (Kubernetes .sha256)', () => {
    expect(parseChecksumFile(`${hexA}\n`, 'kubectl')).toEqual({ ok: true, value: hexA });
    expect(parseChecksumFile(hexA, 'kubectl')).toEqual({ ok: true, value: hexA });
  });

  it('parseChecksumFile() - sha256sum format (helm .sha256sum, Istio .sha256), upper case and binary mode', () => {
    expect(parseChecksumFile(`${hexB}  ${archive}\n`, archive)).toEqual({ ok: true, value: hexB });
    expect(parseChecksumFile(`${hexB.toUpperCase()} *${archive}\r\n`, archive)).toEqual({
      ok: true,
      value: hexB,
    });
    expect(parseChecksumFile(`${hexB}  ./dist/${archive}`, archive)).toEqual({ ok: true, value: hexB });
  });

  it('parseChecksumFile() - picks the line for the file when several are listed', () => {
    const text = `# checksums\n${hexA}  helm-v3.22.0-darwin-arm64.tar.gz\n\n${hexB}  ${archive}\n`;
    expect(parseChecksumFile(text, archive)).toEqual({ ok: true, value: hexB });
  });

  it('parseChecksumFile() - refuses a file without a digest, or without one for this file', () => {
    expect(parseChecksumFile('<html>Not Found</html>', archive)).toEqual({
      ok: false,
      problem: expect.stringContaining('contains no SHA-256 digest'),
    });
    expect(parseChecksumFile(`${hexA}  other.tar.gz`, archive)).toEqual({
      ok: false,
      problem: `has no digest for ${archive} (it lists other.tar.gz)`,
    });
    expect(parseChecksumFile(`${hexA}\n${hexB}\n`, archive).ok).toBe(false);
    expect(parseChecksumFile('abc123  kubectl', 'kubectl').ok).toBe(false);
  });
});

describe('sha256File() and assertChecksum()', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checksum-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sha256File() - hashes the file contents', async () => {
    const content = Buffer.alloc(3 * 1024 * 1024, 7);
    const file = join(dir, 'blob');
    await writeFile(file, content);
    expect(await sha256File(file)).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('assertChecksum() - passes on equal digests, in any case', () => {
    const check = {
      tool: 'helm',
      version: 'v3.22.0',
      url: 'u',
      checksumUrl: 'c',
      expected: hexB.toUpperCase(),
      actual: hexB,
    };
    expect(() => assertChecksum(check)).not.toThrow();
  });

  it('assertChecksum() - a mismatch names tool, version, URL, both digests and the fix', () => {
    const check = {
      tool: 'helm',
      version: 'v3.22.0',
      url: `https://get.helm.sh/${archive}`,
      checksumUrl: `https://get.helm.sh/${archive}.sha256sum`,
      expected: hexA,
      actual: hexB,
    };
    expect(() => assertChecksum(check)).toThrow(StageError);
    expect(() => assertChecksum(check)).toThrow(
      new RegExp(
        `^\\[setup-tools\\] helm v3\\.22\\.0: checksum mismatch for https://get\\.helm\\.sh/${archive}.*${hexA}.*${hexB}.*Fix: retry`,
      ),
    );
  });
});
