import * as tc from '@actions/tool-cache';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/steps/setup-tools.js';
import {
  installIstioctl,
  installIstioRelease,
  setupTools,
  type SetupToolsInput,
} from '../../../src/tools/index.js';
import { istioPlatformName } from '../../../src/tools/sources.js';
import { releasePlatform } from '../../../src/tools/platform.js';
import { ProblemsError, StageError } from '../../../src/util/errors.js';

/** The testbed's binaries run on this machine, so the served files are named for it (linux-amd64 here). */
const host = releasePlatform();
const osArch = `${host.os}-${host.arch}`;
// The testbed's own builds, served under versions without a pin (the defaults are pinned to the
// published binaries, which these are not).
const helmArchive = `helm-v3.22.0-testbed-${osArch}.tar.gz`;
const pinnedHelmArchive = `helm-v3.22.0-${osArch}.tar.gz`;
const kubectlPath = `release/v1.36.3-testbed/bin/${host.os}/${host.arch}/kubectl`;
const istioOsArch = istioPlatformName(host);
const istioctlScript = '#!/bin/sh\necho 1.28.2\n';
/** A release whose archive is corrupted after its checksum was published. */
const corruptHelmArchive = `helm-v3.21.9-${osArch}.tar.gz`;

interface Fixtures {
  readonly root: string;
  readonly served: string;
  readonly kubectlIsReal: boolean;
  readonly kubectlSha256: string;
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

function testbedDir(): string {
  return execFileSync('bash', ['test/testbed/build.sh', '--print-dir'], { encoding: 'utf8' }).trim();
}

/** Release-shaped files built from the testbed's real binaries: helm archive, kubectl binary, checksums. */
async function buildFixtures(): Promise<Fixtures> {
  const bin = testbedDir();
  const helm = join(bin, 'helm-v3.22.0');
  if (!existsSync(helm)) throw new Error(`${helm} is missing: run bash test/testbed/build.sh first`);
  const realKubectl = join(bin, 'kubectl-v1.36.3');
  const kubectlIsReal = existsSync(realKubectl);

  const root = await mkdtemp(join(tmpdir(), 'setup-tools-fixtures-'));
  const served = join(root, 'served');
  await mkdir(join(root, 'stage', osArch), { recursive: true });
  await copyFile(helm, join(root, 'stage', osArch, 'helm'));
  await mkdir(served, { recursive: true });
  execFileSync('tar', ['-czf', join(served, helmArchive), '-C', join(root, 'stage'), osArch]);
  await writeFile(
    join(served, `${helmArchive}.sha256sum`),
    `${await sha256(join(served, helmArchive))}  ${helmArchive}\n`,
  );
  // The same local build under the default (pinned) version, with a checksum file that matches it.
  await copyFile(join(served, helmArchive), join(served, pinnedHelmArchive));
  await writeFile(
    join(served, `${pinnedHelmArchive}.sha256sum`),
    `${await sha256(join(served, pinnedHelmArchive))}  ${pinnedHelmArchive}\n`,
  );

  const kubectl = join(served, kubectlPath);
  await mkdir(dirname(kubectl), { recursive: true });
  await copyFile(kubectlIsReal ? realKubectl : helm, kubectl);
  const kubectlSha256 = await sha256(kubectl);
  await writeFile(`${kubectl}.sha256`, kubectlSha256);

  await buildCorruptArchive(root, served);
  await buildIstioRelease(root, served);
  return { root, served, kubectlIsReal, kubectlSha256 };
}

async function buildCorruptArchive(root: string, served: string): Promise<void> {
  const stage = join(root, 'corrupt', osArch);
  await mkdir(stage, { recursive: true });
  await writeFile(join(stage, 'helm'), '#!/bin/sh\necho v3.21.9\n', { mode: 0o755 });
  const archive = join(served, corruptHelmArchive);
  execFileSync('tar', ['-czf', archive, '-C', dirname(stage), osArch]);
  await writeFile(`${archive}.sha256sum`, `${await sha256(archive)}  ${corruptHelmArchive}\n`);
  const bytes = await readFile(archive);
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
  await writeFile(archive, bytes);
}

/** A small release-shaped Istio archive and istioctl asset (Istio's own binaries are not in the testbed). */
async function buildIstioRelease(root: string, served: string): Promise<void> {
  const release = join(root, 'istio', 'istio-1.28.2');
  await mkdir(join(release, 'manifests', 'charts', 'istio-remote'), { recursive: true });
  await mkdir(join(release, 'bin'), { recursive: true });
  await writeFile(join(release, 'manifests', 'charts', 'istio-remote', 'Chart.yaml'), 'name: istio-remote\n');
  await writeFile(join(release, 'bin', 'istioctl'), istioctlScript, { mode: 0o755 });
  const dir = join(served, 'istio', '1.28.2');
  await mkdir(dir, { recursive: true });
  await tarWithChecksum(join(dir, `istio-1.28.2-${istioOsArch}.tar.gz`), dirname(release), 'istio-1.28.2');
  await tarWithChecksum(join(dir, `istioctl-1.28.2-${istioOsArch}.tar.gz`), join(release, 'bin'), 'istioctl');
}

async function tarWithChecksum(archive: string, from: string, entry: string): Promise<void> {
  execFileSync('tar', ['-czf', archive, '-C', from, entry]);
  const name = archive.slice(dirname(archive).length + 1);
  await writeFile(`${archive}.sha256`, `${await sha256(archive)}  ${name}\n`);
}

/** Serves `served` over loopback http, recording every request path. */
async function startServer(served: string, requests: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://loopback').pathname);
    requests.push(path);
    const file = resolve(served, `.${path}`);
    if (!file.startsWith(served + sep) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/** Parses the `name<<delimiter` blocks that core.setOutput appends to $GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(block)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

describe('setup-tools download (loopback server)', () => {
  const requests: string[] = [];
  const savedEnv = { ...process.env };
  let fixtures: Fixtures;
  let server: Server;
  let mirror: string;
  let runnerDir: string;
  let toolCache: string;
  let runnerTemp: string;

  beforeAll(async () => {
    fixtures = await buildFixtures();
    server = await startServer(fixtures.served, requests);
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    await rm(fixtures.root, { recursive: true, force: true });
  });

  beforeEach(async () => {
    requests.length = 0;
    runnerDir = await mkdtemp(join(tmpdir(), 'setup-tools-runner-'));
    toolCache = join(runnerDir, 'tool-cache');
    runnerTemp = join(runnerDir, 'temp');
    await mkdir(toolCache);
    await mkdir(runnerTemp);
    process.env['RUNNER_TOOL_CACHE'] = toolCache;
    process.env['RUNNER_TEMP'] = runnerTemp;
  });

  afterEach(async () => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    process.exitCode = undefined;
    await rm(runnerDir, { recursive: true, force: true });
  });

  const input = (overrides: Partial<SetupToolsInput> = {}): SetupToolsInput => ({
    helmVersion: '3.22.0-testbed',
    kubectlVersion: 'v1.36.3-testbed',
    mirror,
    platform: process.platform,
    arch: process.arch,
    ...overrides,
  });

  it('setupTools() - downloads, verifies and caches helm and kubectl; the second run uses the tool cache', async () => {
    const first = await setupTools(input());

    expect(first.helmPath).toBe(join(toolCache, 'helm', '3.22.0-testbed', host.arch, 'helm'));
    expect(first.kubectlPath).toBe(join(toolCache, 'kubectl', '1.36.3-testbed', host.arch, 'kubectl'));
    expect(first.helm).toMatchObject({ version: 'v3.22.0-testbed', fromCache: false });
    expect(execFileSync(first.helmPath, ['version', '--short'], { encoding: 'utf8' })).toMatch(/^v3\.22\.0/);
    expect(await sha256(first.kubectlPath)).toBe(fixtures.kubectlSha256);
    if (fixtures.kubectlIsReal) {
      expect(execFileSync(first.kubectlPath, ['version', '--client'], { encoding: 'utf8' })).toContain(
        'v1.36.3',
      );
    }
    expect([...requests].sort()).toEqual(
      [`/${helmArchive}`, `/${helmArchive}.sha256sum`, `/${kubectlPath}`, `/${kubectlPath}.sha256`].sort(),
    );
    expect(await readdir(runnerTemp)).toEqual([]);
    expect(first.report).toEqual([
      `helm v3.22.0-testbed (downloaded, checksum verified): ${first.helmPath}`,
      `kubectl v1.36.3-testbed (downloaded, checksum verified): ${first.kubectlPath}`,
    ]);

    const seen = requests.length;
    const second = await setupTools(
      input({ helmVersion: 'v3.22.0-testbed', kubectlVersion: '1.36.3-testbed' }),
    );
    expect(requests.length).toBe(seen);
    expect(second.helm).toEqual({ path: first.helmPath, version: 'v3.22.0-testbed', fromCache: true });
    expect(second.kubectl).toEqual({ path: first.kubectlPath, version: 'v1.36.3-testbed', fromCache: true });
    expect(second.report[0]).toContain('from the tool cache');
  }, 60_000);

  it('setupTools() - the default helm version is pinned: a mirror serving another binary with a matching checksum file is refused', async () => {
    const error = await setupTools(input({ helmVersion: 'v3.22.0' })).catch((e: unknown) => e);
    expect(String(error)).toMatch(/helm v3\.22\.0/);
    expect(String(error)).toContain('the SHA-256 pinned in the action');
    expect(String(error)).toContain('1e4ab49e429626cf6c6958d914248b78c9730803c2751b87627e171dc800e7bb');
    expect(requests).not.toContain(`/${pinnedHelmArchive}.sha256sum`);
    expect(existsSync(join(toolCache, 'helm', '3.22.0'))).toBe(false);
  }, 60_000);

  it('setupTools() - refuses an archive whose checksum does not match, deletes it and caches nothing', async () => {
    const error = await setupTools(input({ helmVersion: 'v3.21.9' })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StageError);
    const expected = (await readFile(join(fixtures.served, `${corruptHelmArchive}.sha256sum`), 'utf8')).split(
      ' ',
    )[0];
    const actual = await sha256(join(fixtures.served, corruptHelmArchive));
    const message = (error as StageError).message;
    expect(message).toContain(`helm v3.21.9: checksum mismatch for ${mirror}/${corruptHelmArchive}`);
    expect(message).toContain(`expected sha256 ${expected}`);
    expect(message).toContain(`got ${actual}`);
    expect(message).toContain('Fix: retry the job');
    expect(tc.find('helm', 'v3.21.9', host.arch)).toBe('');
    expect(existsSync(join(toolCache, 'helm'))).toBe(false);
    expect(await readdir(runnerTemp)).toEqual([]);
  }, 60_000);

  it('setupTools() - a release missing from the mirror fails with HTTP 404 and the fix', async () => {
    const error = await setupTools(input({ helmVersion: 'v3.99.0' })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).message).toBe(
      `[setup-tools] helm v3.99.0: ${mirror}/helm-v3.99.0-${osArch}.tar.gz answered HTTP 404 (not found). ` +
        'Fix: check that helm-version names a published release and, if tools-mirror is set, that the mirror ' +
        'serves it (and its checksum file) under the same path as upstream.',
    );
    expect(existsSync(join(toolCache, 'helm'))).toBe(false);
  }, 60_000);

  it('setupTools() - when both downloads fail, both failures are reported', async () => {
    const error = await setupTools(input({ helmVersion: 'v3.99.0', kubectlVersion: 'v1.99.0' })).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ProblemsError);
    const problems = (error as ProblemsError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('helm v3.99.0');
    expect(problems[1]).toContain(`kubectl v1.99.0: ${mirror}/release/v1.99.0/bin/`);
  }, 60_000);

  it('setupTools() - reports every invalid input at once, before any download', async () => {
    const error = await setupTools(
      input({ helmVersion: 'latest', kubectlVersion: '1.36', mirror: 'http://mirror.example.com' }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemsError);
    const problems = (error as ProblemsError).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('helm-version "latest" is not an exact version');
    expect(problems[1]).toContain('kubectl-version "1.36" is not an exact version');
    expect(problems[2]).toContain('tools-mirror "http://mirror.example.com" must use https');
    expect(requests).toEqual([]);
  });

  it('installIstioRelease() - returns the cached release directory; installIstioctl() the binary', async () => {
    const istioMirror = `${mirror}/istio/`;
    const releaseDir = await installIstioRelease('v1.28.2', istioMirror);

    expect(releaseDir).toBe(join(toolCache, 'istio', '1.28.2', host.arch));
    expect(existsSync(join(releaseDir, 'manifests', 'charts', 'istio-remote', 'Chart.yaml'))).toBe(true);
    expect(execFileSync(join(releaseDir, 'bin', 'istioctl'), { encoding: 'utf8' })).toBe('1.28.2\n');
    const istioctl = await installIstioctl('1.28.2', istioMirror);
    expect(istioctl).toBe(join(toolCache, 'istioctl', '1.28.2', host.arch, 'istioctl'));
    expect(execFileSync(istioctl, { encoding: 'utf8' })).toBe('1.28.2\n');

    const seen = requests.length;
    expect(await installIstioRelease('1.28.2', istioMirror)).toBe(releaseDir);
    expect(requests.length).toBe(seen);
    expect(await readdir(runnerTemp)).toEqual([]);
  }, 60_000);

  it('run() - reads the INPUT_* variables of a composite step, writes outputs and PATH', async () => {
    const outputFile = join(runnerDir, 'github-output');
    const pathFile = join(runnerDir, 'github-path');
    await writeFile(outputFile, '');
    await writeFile(pathFile, '');
    Object.assign(process.env, {
      'INPUT_HELM-VERSION': 'v3.22.0-testbed',
      'INPUT_KUBECTL-VERSION': '1.36.3-testbed',
      'INPUT_TOOLS-MIRROR': mirror,
      GITHUB_OUTPUT: outputFile,
      GITHUB_PATH: pathFile,
    });

    await run();

    expect(process.exitCode).toBeUndefined();
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    const helmPath = join(toolCache, 'helm', '3.22.0-testbed', host.arch, 'helm');
    const kubectlInstalled = join(toolCache, 'kubectl', '1.36.3-testbed', host.arch, 'kubectl');
    expect(outputs).toMatchObject({ 'helm-path': helmPath, 'kubectl-path': kubectlInstalled });
    expect(JSON.parse(outputs['report'] ?? '{}')).toEqual({
      did: [
        expect.stringContaining('helm v3.22.0-testbed'),
        expect.stringContaining('kubectl v1.36.3-testbed'),
      ],
    });
    const pathLines = (await readFile(pathFile, 'utf8')).trim().split('\n');
    expect(pathLines).toEqual([dirname(helmPath), dirname(kubectlInstalled)]);
    expect(process.env['PATH']?.split(':').slice(0, 2)).toEqual([
      dirname(kubectlInstalled),
      dirname(helmPath),
    ]);
  }, 60_000);

  it('run() - a refused input fails the step with the problem in the report output', async () => {
    const outputFile = join(runnerDir, 'github-output');
    await writeFile(outputFile, '');
    Object.assign(process.env, {
      'INPUT_HELM-VERSION': 'latest',
      'INPUT_TOOLS-MIRROR': mirror,
      GITHUB_OUTPUT: outputFile,
    });

    await run();

    expect(process.exitCode).toBe(1);
    const report = JSON.parse(parseOutputFile(await readFile(outputFile, 'utf8'))['report'] ?? '{}') as {
      error?: string;
    };
    expect(report.error).toContain('helm-version "latest" is not an exact version');
    expect(requests).toEqual([]);
  });
});
