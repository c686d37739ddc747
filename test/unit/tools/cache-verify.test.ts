import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIGEST_FILE } from '../../../src/tools/cache-digest.js';
import { installTool, type ToolSpec } from '../../../src/tools/install.js';
import { PINNED_SHA256, pinnedSha256 } from '../../../src/tools/pins.js';

const BINARY = '#!/bin/sh\necho fake-tool 0.0.1\n';
const TAMPERED = '#!/bin/sh\necho tampered\n';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Serves /good (BINARY), /evil (TAMPERED) and their checksum files; records every request. */
function serve(requests: string[]): Promise<Server> {
  const files: Record<string, string> = {
    '/good/fake': BINARY,
    '/good/fake.sha256': sha256(BINARY),
    // A mirror serving a changed binary with a checksum file that matches it.
    '/evil/fake': TAMPERED,
    '/evil/fake.sha256': sha256(TAMPERED),
  };
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    const body = files[path];
    if (body === undefined) response.writeHead(404).end('not found');
    else response.writeHead(200).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

describe('tool cache hits re-verified, pinned checksums', () => {
  const requests: string[] = [];
  let server: Server;
  let base: string;
  let root: string;
  let output: string;

  const spec = (where: 'good' | 'evil', extra: Partial<ToolSpec> = {}): ToolSpec => ({
    name: 'fake',
    version: '0.0.1',
    arch: 'amd64',
    source: { url: `${base}/${where}/fake`, checksumUrl: `${base}/${where}/fake.sha256`, fileName: 'fake' },
    layout: { kind: 'binary', fileName: 'fake' },
    versionInput: 'fake-version',
    mirrorInput: 'tools-mirror',
    ...extra,
  });
  const cachedBinary = (): string => join(root, 'cache', 'fake', '0.0.1', 'amd64', 'fake');

  beforeAll(async () => {
    server = await serve(requests);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
  });

  beforeEach(() => {
    requests.length = 0;
    output = '';
    root = mkdtempSync(join(tmpdir(), 'cache-verify-'));
    mkdirSync(join(root, 'cache'));
    mkdirSync(join(root, 'temp'));
    vi.stubEnv('RUNNER_TOOL_CACHE', join(root, 'cache'));
    vi.stubEnv('RUNNER_TEMP', join(root, 'temp'));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output += String(chunk);
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('records the digest of a verified download and uses the cache entry while it matches', async () => {
    const first = await installTool(spec('good'));
    expect(first).toEqual({ path: cachedBinary(), version: '0.0.1', fromCache: false });
    expect(existsSync(join(cachedBinary(), '..', DIGEST_FILE))).toBe(true);
    requests.length = 0;
    const second = await installTool(spec('good'));
    expect(second.fromCache).toBe(true);
    expect(requests).toEqual([]);
  });

  it('a cached binary changed after it was cached is not run: warned, downloaded and verified again', async () => {
    await installTool(spec('good'));
    writeFileSync(cachedBinary(), TAMPERED);
    requests.length = 0;
    const again = await installTool(spec('good'));
    expect(again.fromCache).toBe(false);
    expect(readFileSync(cachedBinary(), 'utf8')).toBe(BINARY);
    expect(requests).toEqual(['/good/fake', '/good/fake.sha256']);
    expect(output).toMatch(
      /::warning::fake 0\.0\.1: the tool cache entry .* is not used: its files no longer match the checksum recorded when it was cached \(sha256 [0-9a-f]{64}, now [0-9a-f]{64}\)\. Downloading and verifying it again\./,
    );
    expect((await installTool(spec('good'))).fromCache).toBe(true);
  });

  it('a cache entry without a recorded checksum (cached by something else) is downloaded again', async () => {
    await installTool(spec('good'));
    rmSync(join(cachedBinary(), '..', DIGEST_FILE));
    const again = await installTool(spec('good'));
    expect(again.fromCache).toBe(false);
    expect(output).toMatch(/is not used: it has no recorded checksum \(cached by something else\)/);
  });

  it('a pin wins over the checksum file: a changed binary with a matching checksum file is refused', async () => {
    await expect(installTool(spec('evil', { pinnedSha256: sha256(BINARY) }))).rejects.toThrow(
      new RegExp(
        `^\\[setup-tools\\] fake 0\\.0\\.1: checksum mismatch for ${base}/evil/fake: expected sha256 ${sha256(BINARY)} \\(from the SHA-256 pinned in the action\\), got ${sha256(TAMPERED)}\\. .*Fix: `,
      ),
    );
    expect(existsSync(cachedBinary())).toBe(false);
    // Without the pin the same mirror's own checksum file would have let it through.
    expect((await installTool(spec('evil'))).fromCache).toBe(false);
  });

  it('with a pin the checksum file is not consulted', async () => {
    const installed = await installTool(spec('good', { pinnedSha256: sha256(BINARY).toUpperCase() }));
    expect(installed.fromCache).toBe(false);
    expect(requests).toEqual(['/good/fake']);
  });

  it('pinnedSha256() - finds a pin by tool, version and platform, in lower case; none for others', () => {
    const table = { helm: { 'v0.0.0-test': { 'linux-amd64': 'AB'.repeat(32) } } };
    expect(pinnedSha256('helm', 'v0.0.0-test', { os: 'linux', arch: 'amd64' }, table)).toBe('ab'.repeat(32));
    expect(pinnedSha256('helm', 'v0.0.0-test', { os: 'darwin', arch: 'arm64' }, table)).toBeUndefined();
    expect(pinnedSha256('kubectl', 'v0.0.0-test', { os: 'linux', arch: 'amd64' }, table)).toBeUndefined();
    // Every pin the action carries is a SHA-256 digest.
    for (const versions of Object.values(PINNED_SHA256))
      for (const platforms of Object.values(versions))
        for (const pin of Object.values(platforms)) expect(pin).toMatch(/^[0-9a-f]{64}$/);
  });
});
