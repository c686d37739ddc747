import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { proxiedKubeconfigPath, resetNetwork, setNetwork } from '../test/testbed/network.js';
import { testbedState } from '../test/integration/support/action.js';
import type { ClusterAccess } from './procedures.js';

/** The clusters reached directly on loopback, past the network (the warm-up run). */
export function loopbackAccess(): ClusterAccess {
  const path = (cluster: string): string => {
    const found = testbedState().clusters.find((c) => c.name === cluster);
    if (!found) throw new Error(`testbed has no cluster ${cluster}`);
    return found.kubeconfigPath;
  };
  return { kubeconfigPath: path, kubeconfigText: (cluster) => readFileSync(path(cluster), 'utf8') };
}

/**
 * The cluster's own kubeconfig with the server of its proxy: a proxied kubeconfig network.ts wrote
 * for an earlier incarnation of the cluster (testbed up recreates clusters) still has the old CA.
 */
async function throughProxy(cluster: string, dir: string): Promise<string> {
  const proxied = yaml.load(readFileSync(await proxiedKubeconfigPath(cluster), 'utf8')) as Kubeconfig;
  const server = proxied.clusters?.[0]?.cluster.server;
  if (!server) throw new Error(`the proxied kubeconfig of ${cluster} names no server`);
  const own = yaml.load(loopbackAccess().kubeconfigText(cluster)) as Kubeconfig;
  for (const entry of own.clusters ?? []) entry.cluster.server = server;
  const path = join(dir, `${cluster}.kubeconfig`);
  writeFileSync(path, yaml.dump(own, { lineWidth: -1 }), { mode: 0o600 });
  return path;
}

interface Kubeconfig {
  clusters?: { cluster: { server?: string } }[];
}

/**
 * Every cluster behind its toxiproxy proxy (test/testbed/network.ts) with `rttMs` added to each
 * request/response exchange (0: the proxy alone); close() takes the latency away again.
 */
export async function networkAt(
  rttMs: number,
  clusters: readonly string[],
): Promise<{ access: ClusterAccess; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-net-'));
  const paths = new Map<string, string>();
  for (const cluster of clusters) paths.set(cluster, await throughProxy(cluster, dir));
  await setNetwork('all', { latencyMs: rttMs });
  const path = (cluster: string): string => {
    const found = paths.get(cluster);
    if (!found) throw new Error(`the bench set up no proxy for ${cluster}`);
    return found;
  };
  return {
    access: { kubeconfigPath: path, kubeconfigText: (cluster) => readFileSync(path(cluster), 'utf8') },
    close: async () => {
      await resetNetwork();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
