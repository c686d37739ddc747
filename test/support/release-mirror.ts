import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { cacheRoot } from '../testbed/layout.js';

/**
 * The versions the loopback mirror serves the testbed's own helm and kubectl builds under. They are
 * not the published binaries, so they must not pass as the default versions, whose SHA-256 the action
 * pins (src/tools/pins.ts): the mirror's checksum file is what verifies them.
 */
export const TESTBED_HELM_VERSION = 'v3.22.0-testbed';
export const TESTBED_KUBECTL_VERSION = 'v1.36.3-testbed';
/** The testbed's Helm 4 build (test/testbed/versions.env HELM4_VERSION), served beside the Helm 3 one. */
export const TESTBED_HELM4_VERSION = 'v4.2.3-testbed';

/** The helm-version input of each major the helm-using flow tests run with. */
export const TESTBED_HELM_VERSIONS = { v3: TESTBED_HELM_VERSION, v4: TESTBED_HELM4_VERSION } as const;
export type HelmMajor = keyof typeof TESTBED_HELM_VERSIONS;

/** The release names this machine's runner would download (linux-amd64 here). */
export function osArch(): string {
  const os = process.platform === 'darwin' ? 'darwin' : 'linux';
  const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
  return `${os}-${arch}`;
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Lays out release-shaped files as get.helm.sh and dl.k8s.io publish them, built from local binaries:
 * `helm-<v>-<os>-<arch>.tar.gz` + `.sha256sum`, and `release/<v>/bin/<os>/<arch>/kubectl` + `.sha256`.
 */
export function buildReleaseMirror(options: {
  readonly root: string;
  readonly helmBinary: string;
  readonly helmVersion: string;
  readonly kubectlBinary: string;
  readonly kubectlVersion: string;
  /** More helm builds served the same way (another major), each under its own version. */
  readonly moreHelms?: readonly { readonly binary: string; readonly version: string }[];
}): string {
  const served = join(options.root, 'served');
  mkdirSync(served, { recursive: true });
  const helms = [{ binary: options.helmBinary, version: options.helmVersion }, ...(options.moreHelms ?? [])];
  for (const helm of helms) serveHelmArchive(join(options.root, 'stage', helm.version), served, helm);
  const platform = osArch();
  const kubectlDir = join(served, 'release', options.kubectlVersion, 'bin', ...platform.split('-'));
  mkdirSync(kubectlDir, { recursive: true });
  const kubectl = join(kubectlDir, 'kubectl');
  copyFileSync(options.kubectlBinary, kubectl);
  writeFileSync(`${kubectl}.sha256`, `${sha256File(kubectl)}\n`);
  return served;
}

/**
 * `helm-<v>-<os>-<arch>.tar.gz` (the binary under `<os>-<arch>/`) and its `.sha256sum`, linked from
 * a cache keyed by the binary (path, size, mtime) and version: compressing a 60 MB helm takes 4 s,
 * once per build instead of once per test file.
 */
function serveHelmArchive(
  stageRoot: string,
  served: string,
  helm: { binary: string; version: string },
): void {
  const platform = osArch();
  const archiveName = `helm-${helm.version}-${platform}.tar.gz`;
  const { size, mtimeMs } = statSync(helm.binary);
  const key = createHash('sha256')
    .update(JSON.stringify([helm.binary, size, mtimeMs, helm.version, platform]))
    .digest('hex')
    .slice(0, 16);
  const cached = join(cacheRoot(), 'mirror', key);
  if (!existsSync(join(cached, `${archiveName}.sha256sum`))) {
    const stage = join(stageRoot, platform);
    mkdirSync(stage, { recursive: true });
    copyFileSync(helm.binary, join(stage, 'helm'));
    chmodSync(join(stage, 'helm'), 0o755);
    mkdirSync(join(cacheRoot(), 'mirror'), { recursive: true });
    // Built aside and renamed into place, so a concurrent or interrupted build is never served.
    const building = mkdtempSync(`${cached}.building-`);
    const archive = join(building, archiveName);
    execFileSync('tar', ['-czf', archive, '-C', stageRoot, platform]);
    writeFileSync(`${archive}.sha256sum`, `${sha256File(archive)}  ${archiveName}\n`);
    try {
      renameSync(building, cached);
    } catch {
      rmSync(building, { recursive: true, force: true }); // built meanwhile by another run
    }
  }
  for (const file of [archiveName, `${archiveName}.sha256sum`])
    symlinkSync(join(cached, file), join(served, file));
}

export interface LoopbackServer {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves a directory on 127.0.0.1 (an ephemeral port), recording every request path. */
export async function serveDirectory(dir: string): Promise<LoopbackServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
