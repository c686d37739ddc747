import { readFileSync } from 'node:fs';
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
 * Every cluster behind its toxiproxy proxy (test/testbed/network.ts) with `rttMs` added to each
 * request/response exchange (0: the proxy alone); close() takes the latency away again.
 */
export async function networkAt(
  rttMs: number,
  clusters: readonly string[],
): Promise<{ access: ClusterAccess; close(): Promise<void> }> {
  const paths = new Map<string, string>();
  for (const cluster of clusters) paths.set(cluster, await proxiedKubeconfigPath(cluster));
  await setNetwork('all', { latencyMs: rttMs });
  const path = (cluster: string): string => {
    const found = paths.get(cluster);
    if (!found) throw new Error(`the bench set up no proxy for ${cluster}`);
    return found;
  };
  return {
    access: { kubeconfigPath: path, kubeconfigText: (cluster) => readFileSync(path(cluster), 'utf8') },
    close: () => resetNetwork(),
  };
}
