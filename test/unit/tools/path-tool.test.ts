import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupTools } from '../../../src/tools/index.js';
import { findOnPath, takeFromPath } from '../../../src/tools/path-tool.js';
import type { PinTable, ToolPins } from '../../../src/tools/pins.js';
import { releasePlatform } from '../../../src/tools/platform.js';
import { serveDirectory, type LoopbackServer } from '../../support/release-mirror.js';

const host = releasePlatform();
const osArch = `${host.os}-${host.arch}`;

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function testbedHelm(): string {
  const bin = execFileSync('bash', ['test/testbed/build.sh', '--print-dir'], { encoding: 'utf8' }).trim();
  const helm = join(bin, 'helm-v3.22.0');
  if (!existsSync(helm)) throw new Error(`${helm} is missing: run bash test/testbed/build.sh first`);
  return helm;
}

/** A pin table with one entry per tool for this machine's platform. */
function table(entries: Readonly<Record<string, readonly [string, string]>>): PinTable {
  return Object.fromEntries(
    Object.entries(entries).map(([tool, [version, hex]]) => [tool, { [version]: { [osArch]: hex } }]),
  );
}

describe('tools already on PATH', () => {
  let root: string;
  let pathDir: string;
  let mirror: LoopbackServer;
  let log: string;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    // An empty mirror: any download attempt is recorded (and answered 404).
    mirror = await serveDirectory(await mkdtemp(join(tmpdir(), 'path-tool-mirror-')));
  });
  afterAll(() => mirror.close());

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'path-tool-'));
    pathDir = join(root, 'path-bin');
    await mkdir(pathDir);
    await mkdir(join(root, 'tool-cache'));
    await mkdir(join(root, 'temp'));
    process.env.RUNNER_TOOL_CACHE = join(root, 'tool-cache');
    process.env.RUNNER_TEMP = join(root, 'temp');
    process.env.PATH = `${pathDir}${delimiter}${savedEnv.PATH ?? ''}`;
    mirror.requests.length = 0;
    log = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      log += String(chunk);
      return true;
    });
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    await rm(root, { recursive: true, force: true });
  });

  async function putOnPath(name: string, content: Buffer | string, mode = 0o755): Promise<string> {
    const file = join(pathDir, name);
    await writeFile(file, content);
    await chmod(file, mode);
    return file;
  }

  it('findOnPath() - the first executable file in an absolute PATH directory; directories, relative entries and non-executables are skipped', async () => {
    const second = join(root, 'second');
    await mkdir(second);
    await mkdir(join(pathDir, 'kubectl'));
    await writeFile(join(pathDir, 'helm'), 'not executable', { mode: 0o644 });
    await writeFile(join(second, 'helm'), '#!/bin/sh\n', { mode: 0o755 });
    await writeFile(join(second, 'kubectl'), '#!/bin/sh\n', { mode: 0o755 });
    const path = ['relative/dir', '', pathDir, second].join(delimiter);
    expect(await findOnPath('helm', path)).toBe(join(second, 'helm'));
    expect(await findOnPath('kubectl', path)).toBe(join(second, 'kubectl'));
    expect(await findOnPath('istioctl', path)).toBeUndefined();
  });

  it('setupTools() - a kubectl and helm on PATH whose SHA-256 are the pins are cached from there; nothing is downloaded', async () => {
    const kubectl = await putOnPath('kubectl', '#!/bin/sh\necho kubectl v1.99.0\n');
    const helm = await putOnPath('helm', '#!/bin/sh\necho v3.99.0\n');
    const pins: ToolPins = {
      download: {},
      binary: table({
        helm: ['v3.99.0', sha256(await readFile(helm))],
        kubectl: ['v1.99.0', sha256(await readFile(kubectl))],
      }),
    };
    const result = await setupTools({
      helmVersion: '3.99.0',
      kubectlVersion: 'v1.99.0',
      mirror: mirror.url,
      pins,
    });
    expect(mirror.requests).toEqual([]);
    expect(result.helm).toEqual({
      path: join(root, 'tool-cache', 'helm', '3.99.0', host.arch, 'helm'),
      version: 'v3.99.0',
      fromCache: false,
      fromPath: helm,
    });
    expect(result.kubectl.fromPath).toBe(kubectl);
    expect(await readFile(result.kubectlPath, 'utf8')).toBe(await readFile(kubectl, 'utf8'));
    expect(result.report).toEqual([
      `helm v3.99.0 (found on PATH at ${helm}, SHA-256 matches the pin): ${result.helmPath}`,
      `kubectl v1.99.0 (found on PATH at ${kubectl}, SHA-256 matches the pin): ${result.kubectlPath}`,
    ]);
    expect(log).toContain(`helm v3.99.0: ${helm} on PATH has the pinned SHA-256`);
    expect(await readdir(join(root, 'temp'))).toEqual([]);

    // The next run finds them in the tool cache, whose digest was recorded.
    const again = await setupTools({
      helmVersion: '3.99.0',
      kubectlVersion: '1.99.0',
      mirror: mirror.url,
      pins,
    });
    expect(again.helm.fromCache).toBe(true);
    expect(again.kubectl.fromCache).toBe(true);
    expect(mirror.requests).toEqual([]);
  });

  it("setupTools() - the testbed's real helm on PATH with a pin table naming its SHA-256 runs from the tool cache without a download", async () => {
    const helm = join(pathDir, 'helm');
    await copyFile(testbedHelm(), helm);
    const kubectl = await putOnPath('kubectl', '#!/bin/sh\n');
    const pins: ToolPins = {
      download: {},
      binary: table({
        helm: ['v3.22.0', sha256(await readFile(helm))],
        kubectl: ['v1.36.3', sha256(await readFile(kubectl))],
      }),
    };
    const result = await setupTools({
      helmVersion: 'v3.22.0',
      kubectlVersion: 'v1.36.3',
      mirror: mirror.url,
      pins,
    });
    expect(mirror.requests).toEqual([]);
    expect(result.helm.fromPath).toBe(helm);
    expect(execFileSync(result.helmPath, ['version', '--short'], { encoding: 'utf8' })).toMatch(/^v3\.22\.0/);
  }, 30_000);

  it('takeFromPath() - no pin for the executable: the tool on PATH is not used, and the log says why', async () => {
    const helm = await putOnPath('helm', '#!/bin/sh\n');
    const request = {
      name: 'helm',
      version: 'v4.2.3',
      arch: host.arch,
      executable: 'helm',
      platformName: osArch,
    };
    expect(await takeFromPath({ ...request, binarySha256: undefined })).toBeUndefined();
    expect(log).toContain(
      `helm v4.2.3: ${helm} on PATH is not used: the action pins no SHA-256 of the helm v4.2.3 executable for ${osArch}`,
    );
    expect(await readdir(join(root, 'tool-cache'))).toEqual([]);
  });

  it('takeFromPath() - another build on PATH (SHA-256 not the pin) is not used; both digests are logged; nothing is cached', async () => {
    const kubectl = await putOnPath('kubectl', '#!/bin/sh\necho another build\n');
    const pin = sha256('the published binary');
    const found = await takeFromPath({
      name: 'kubectl',
      version: 'v1.36.3',
      arch: host.arch,
      executable: 'kubectl',
      platformName: osArch,
      binarySha256: pin.toUpperCase(),
    });
    expect(found).toBeUndefined();
    expect(log).toContain(
      `${kubectl} on PATH is not used: its SHA-256 ${sha256(await readFile(kubectl))} is not the pinned ${pin}`,
    );
    expect(await readdir(join(root, 'tool-cache'))).toEqual([]);
    expect(await readdir(join(root, 'temp'))).toEqual([]);
  });

  it('setupTools() - with a tool on PATH that does not match, it is downloaded (the mirror is asked)', async () => {
    await putOnPath('kubectl', '#!/bin/sh\n');
    const pins: ToolPins = { download: {}, binary: table({ kubectl: ['v1.36.3', sha256('other')] }) };
    const error = await setupTools({ helmVersion: '', kubectlVersion: '', mirror: mirror.url, pins }).catch(
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/HTTP 404/);
    expect(mirror.requests).toContain(`/release/v1.36.3/bin/${host.os}/${host.arch}/kubectl`);
  });
});
