import { existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './exec.js';
import { kwokWorkdir, pathDir, type Binaries } from './layout.js';

/**
 * Puts unversioned symlinks (kubectl, helm, kwokctl) into pathDir(): kwokctl runs `kubectl`
 * from PATH while it waits for a cluster, and this must be the pinned one.
 */
export function preparePathDir(bin: Binaries): void {
  const dir = pathDir();
  mkdirSync(dir, { recursive: true });
  for (const [name, target] of [
    ['kubectl', bin.kubectl],
    ['helm', bin.helm],
    ['kwokctl', bin.kwokctl],
  ] as const) {
    const link = join(dir, name);
    if (isSymlink(link) && readlinkSync(link) === target) continue;
    rmSync(link, { force: true });
    symlinkSync(target, link);
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** kwokctl with the testbed's work directory and PATH; never touches ~/.kube/config. */
export class Kwokctl {
  private readonly bin: Binaries;

  constructor(bin: Binaries) {
    this.bin = bin;
  }

  private run(args: readonly string[], timeoutMs = 120_000, signal?: AbortSignal): Promise<string> {
    const env = {
      ...process.env,
      KWOK_WORKDIR: kwokWorkdir(),
      PATH: `${pathDir()}:${process.env.PATH ?? ''}`,
    };
    return run(this.bin.kwokctl, args, { env, timeoutMs, signal });
  }

  /** kwokctl may wait minutes for a component that already died: pass a signal to cut that short. */
  async createCluster(name: string, configFile: string, signal?: AbortSignal): Promise<void> {
    await this.run(
      [
        'create',
        'cluster',
        '--name',
        name,
        '--runtime',
        'binary',
        '--config',
        configFile,
        '--kubeconfig',
        '',
      ],
      120_000,
      signal,
    );
  }

  /** Starts the cluster's components that are not running. */
  async startCluster(name: string): Promise<void> {
    await this.run(['start', 'cluster', '--name', name]);
  }

  async deleteCluster(name: string): Promise<void> {
    // `delete` refuses an empty --kubeconfig; point it at a file that never exists instead.
    await this.run([
      'delete',
      'cluster',
      '--name',
      name,
      '--kubeconfig',
      join(kwokWorkdir(), 'no.kubeconfig'),
    ]);
  }

  /** A self-contained kubeconfig (certificates inline) for the cluster's admin. */
  kubeconfig(name: string): Promise<string> {
    return this.run(['get', 'kubeconfig', '--name', name]);
  }

  async clusterNames(): Promise<string[]> {
    if (!existsSync(join(kwokWorkdir(), 'clusters'))) return [];
    const out = await this.run(['get', 'clusters']);
    return out
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
  }
}
