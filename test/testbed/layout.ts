import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the testbed keeps things. Repository paths are computed from this file, never hard-coded. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const testbedDir = join(repoRoot, '.testbed');
export const stateFile = join(testbedDir, 'state.json');
export const buildScript = join(repoRoot, 'test', 'testbed', 'build.sh');
export const versionsFile = join(repoRoot, 'test', 'testbed', 'versions.env');
export const chartDir = join(repoRoot, 'test', 'fixtures', 'charts', 'istio');

/** Cache root shared with build.sh: `$TESTBED_CACHE`, else ~/.cache/istio-multicluster-testbed. */
export function cacheRoot(): string {
  return process.env.TESTBED_CACHE || join(homedir(), '.cache', 'istio-multicluster-testbed');
}

/** KWOK_WORKDIR: outside the repository, so cluster data and logs never show up in git. */
export function kwokWorkdir(): string {
  return join(cacheRoot(), 'kwok');
}

export function clusterWorkdir(name: string): string {
  return join(kwokWorkdir(), 'clusters', name);
}

export function clusterLogsDir(name: string): string {
  return join(clusterWorkdir(name), 'logs');
}

export function kubeconfigPath(name: string): string {
  return join(testbedDir, `${name}.kubeconfig`);
}

export interface Versions {
  readonly kubernetes: string;
  readonly etcd: string;
  readonly kwok: string;
  readonly helm: string;
  /** The Helm 4 the helm-using flow tests also run with. */
  readonly helm4: string;
  readonly toxiproxy: string;
}

/** Parses versions.env (KEY=VALUE lines), the single source of the pinned versions. */
export function parseVersions(text: string): Versions {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z0-9_]+)=(\S+)\s*$/.exec(line);
    if (match?.[1] && match[2]) values.set(match[1], match[2]);
  }
  const need = (key: string): string => {
    const value = values.get(key);
    if (!value) throw new Error(`${versionsFile} has no ${key}=<version> line`);
    return value;
  };
  return {
    kubernetes: need('KUBERNETES_VERSION'),
    etcd: need('ETCD_VERSION'),
    kwok: need('KWOK_VERSION'),
    helm: need('HELM_VERSION'),
    helm4: need('HELM4_VERSION'),
    toxiproxy: need('TOXIPROXY_VERSION'),
  };
}

export interface Binaries {
  readonly kubeApiserver: string;
  readonly kubeControllerManager: string;
  readonly kubeScheduler: string;
  readonly kubectl: string;
  readonly etcd: string;
  readonly kwok: string;
  readonly kwokctl: string;
  readonly helm: string;
  readonly helm4: string;
  readonly toxiproxyServer: string;
}

/** Paths of the binaries build.sh produces: `<cache>/bin/<name>-<version>`. */
export function binaries(versions: Versions = parseVersions(readFileSync(versionsFile, 'utf8'))): Binaries {
  const bin = (name: string, version: string): string => join(cacheRoot(), 'bin', `${name}-${version}`);
  return {
    kubeApiserver: bin('kube-apiserver', versions.kubernetes),
    kubeControllerManager: bin('kube-controller-manager', versions.kubernetes),
    kubeScheduler: bin('kube-scheduler', versions.kubernetes),
    kubectl: bin('kubectl', versions.kubernetes),
    etcd: bin('etcd', versions.etcd),
    kwok: bin('kwok', versions.kwok),
    kwokctl: bin('kwokctl', versions.kwok),
    helm: bin('helm', versions.helm),
    helm4: bin('helm', versions.helm4),
    toxiproxyServer: bin('toxiproxy-server', versions.toxiproxy),
  };
}

/** A directory of unversioned symlinks (kubectl, ...) that goes first on PATH for kwokctl. */
export function pathDir(): string {
  return join(cacheRoot(), 'path');
}
