/**
 * A real network between the action and the testbed's API servers: one toxiproxy-server
 * (github.com/Shopify/toxiproxy/v2, built into the binary cache by build.sh) with one TCP proxy in
 * front of every cluster's kube-apiserver, started lazily by the first call below.
 *
 *   import { setNetwork, proxiedKubeconfigPath, resetNetwork } from './network.js';
 *   const kubeconfig = await proxiedKubeconfigPath('remote-1'); // same CA and credentials, server = the proxy
 *   await setNetwork('remote-1', { latencyMs: 50 });            // 50 ms added to every request/response exchange
 *   await setNetwork('all', { fault: 'refuse' });               // new connections refused, open ones closed
 *   await resetNetwork();                                        // every proxy clean again
 *
 * Semantics (per cluster; each setNetwork replaces that cluster's conditions, unset = none):
 * - latencyMs is ROUND TRIP: half is added to each direction (client to API server, and back), so
 *   one request/response exchange on an open connection takes latencyMs longer. A new connection
 *   pays it again for each TLS handshake round trip. jitterMs (±, round trip) is split the same way.
 *   Toxiproxy delays each chunk from its arrival, so a long response is not delayed per chunk.
 * - bandwidthKbps limits each direction to that many kilobits per second (toxiproxy takes whole
 *   kilobytes per second: kbps/8, rounded, at least 1).
 * - fault refuse: the proxy stops listening (connection refused) and closes open connections;
 *   reset: every connection is reset (RST) on its first data; stall: data in both directions is
 *   dropped and connections stay open, so requests hang until the client gives up; none: no fault.
 * Clients that keep using the clusters' own kubeconfigs (.testbed/<name>.kubeconfig) bypass the proxy.
 * `npm run testbed -- net ...` is the same from the command line; `testbed down` stops the server.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kubeconfigPath, testbedDir } from './layout.js';
import { readState, type ClusterState } from './state.js';
import { proxiedKubeconfig, proxiedKubeconfigFile } from './network-kubeconfig.js';
import {
  createProxy,
  freePort,
  listProxies,
  replaceToxics,
  setProxyEnabled,
  startToxiproxy,
  stopToxiproxy,
  type Toxic,
  type ToxiproxyServer,
} from './toxiproxy.js';

export type NetworkFault = 'refuse' | 'reset' | 'stall' | 'none';

export interface NetworkConditions {
  /** Added to every request/response exchange (round trip; half each way). */
  readonly latencyMs?: number;
  /** ± variation of latencyMs (round trip). */
  readonly jitterMs?: number;
  /** Kilobits per second, each direction. */
  readonly bandwidthKbps?: number;
  readonly fault?: NetworkFault;
}

export interface ClusterNetwork {
  readonly cluster: string;
  /** host:port of the proxy (what proxied kubeconfigs point at). */
  readonly proxy: string;
  readonly apiServer: string;
  readonly kubeconfigPath: string;
  readonly conditions: NetworkConditions;
}

/** Proxy addresses and conditions, kept so a restarted toxiproxy-server gets the same ports back. */
const networkFile = join(testbedDir, 'network.json');
type Recorded = Record<string, { listen: string; conditions: NetworkConditions }>;

function recorded(): Recorded {
  return existsSync(networkFile) ? (JSON.parse(readFileSync(networkFile, 'utf8')) as Recorded) : {};
}

function record(update: Recorded): void {
  writeFileSync(networkFile, JSON.stringify({ ...recorded(), ...update }, null, 2) + '\n');
}

function clusters(): readonly ClusterState[] {
  const state = readState();
  if (!state) throw new Error('the testbed is not up; run `npm run testbed -- up`');
  return state.clusters;
}

function clusterNamed(name: string): ClusterState {
  const found = clusters().find((c) => c.name === name);
  if (!found) {
    throw new Error(
      `no testbed cluster "${name}"; clusters: ${clusters()
        .map((c) => c.name)
        .join(', ')}, or all`,
    );
  }
  return found;
}

function hostPort(server: string): string {
  const url = new URL(server);
  return `${url.hostname}:${url.port || '443'}`;
}

/** The server and a proxy for `cluster` (created, or re-created on its recorded port, when missing). */
async function ensureProxy(cluster: ClusterState): Promise<{ server: ToxiproxyServer; listen: string }> {
  const server = await startToxiproxy();
  const existing = (await listProxies(server))[cluster.name];
  if (existing) return { server, listen: existing.listen };
  const wanted = recorded()[cluster.name];
  const upstream = hostPort(cluster.apiServer);
  let proxy;
  try {
    proxy = await createProxy(server, {
      name: cluster.name,
      listen: wanted?.listen ?? `127.0.0.1:${await freePort()}`,
      upstream,
    });
  } catch {
    // The recorded port was taken meanwhile: a new one (the kubeconfig is rewritten below).
    proxy = await createProxy(server, {
      name: cluster.name,
      listen: `127.0.0.1:${await freePort()}`,
      upstream,
    });
  }
  await proxiedKubeconfig(cluster, proxy.listen);
  record({ [cluster.name]: { listen: proxy.listen, conditions: wanted?.conditions ?? {} } });
  if (wanted?.conditions) await apply(server, cluster.name, wanted.conditions);
  return { server, listen: proxy.listen };
}

function whole(what: string, value: number | undefined, min = 0): number {
  if (value === undefined) return 0;
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${what} must be a whole number >= ${min}; got ${value}`);
  return value;
}

/** The toxics that make `conditions` (see the semantics at the top of this file). */
export function toxicsFor(conditions: NetworkConditions): Toxic[] {
  const latency = whole('latencyMs', conditions.latencyMs);
  const jitter = whole('jitterMs', conditions.jitterMs);
  const kbps = whole('bandwidthKbps', conditions.bandwidthKbps);
  const toxics: Toxic[] = [];
  if (latency > 0 || jitter > 0) {
    const up = { latency: Math.floor(latency / 2), jitter: Math.floor(jitter / 2) };
    const down = { latency: latency - up.latency, jitter: jitter - up.jitter };
    toxics.push({ name: 'latency-up', type: 'latency', stream: 'upstream', attributes: up });
    toxics.push({ name: 'latency-down', type: 'latency', stream: 'downstream', attributes: down });
  }
  if (kbps > 0) {
    const rate = Math.max(1, Math.round(kbps / 8));
    toxics.push({ name: 'bandwidth-up', type: 'bandwidth', stream: 'upstream', attributes: { rate } });
    toxics.push({ name: 'bandwidth-down', type: 'bandwidth', stream: 'downstream', attributes: { rate } });
  }
  if (conditions.fault === 'reset') {
    toxics.push({ name: 'reset', type: 'reset_peer', stream: 'upstream', attributes: { timeout: 0 } });
  }
  if (conditions.fault === 'stall') {
    toxics.push({ name: 'stall-up', type: 'timeout', stream: 'upstream', attributes: { timeout: 0 } });
    toxics.push({ name: 'stall-down', type: 'timeout', stream: 'downstream', attributes: { timeout: 0 } });
  }
  return toxics;
}

async function apply(server: ToxiproxyServer, name: string, conditions: NetworkConditions): Promise<void> {
  const fault = conditions.fault ?? 'none';
  if (!['refuse', 'reset', 'stall', 'none'].includes(fault)) {
    throw new Error(`fault must be refuse, reset, stall or none; got "${fault}"`);
  }
  const toxics = toxicsFor(conditions);
  if (fault !== 'refuse') await setProxyEnabled(server, name, true);
  await replaceToxics(server, name, toxics);
  if (fault === 'refuse') await setProxyEnabled(server, name, false);
}

/** Sets the conditions of one cluster's proxy (or every cluster's), replacing earlier ones. */
export async function setNetwork(cluster: string, conditions: NetworkConditions): Promise<void> {
  const targets = cluster === 'all' ? clusters() : [clusterNamed(cluster)];
  toxicsFor(conditions); // refuses bad numbers before anything changes
  for (const target of targets) {
    const { server, listen } = await ensureProxy(target);
    await apply(server, target.name, conditions);
    record({ [target.name]: { listen, conditions } });
  }
}

/** Every cluster's proxy enabled and without toxics. */
export async function resetNetwork(): Promise<void> {
  await setNetwork('all', {});
}

/**
 * A kubeconfig for `cluster` whose server is its proxy (same CA, same credentials; the API server
 * certificate's SANs are checked to cover the proxy address). Starts the proxy when needed.
 */
export async function proxiedKubeconfigPath(cluster: string): Promise<string> {
  await ensureProxy(clusterNamed(cluster));
  return proxiedKubeconfigFile(cluster);
}

/** The content of proxiedKubeconfigPath(cluster) (what the action's kubeconfig inputs take). */
export async function proxiedKubeconfigText(cluster: string): Promise<string> {
  return readFileSync(await proxiedKubeconfigPath(cluster), 'utf8');
}

/** Each cluster's proxy, API server, proxied kubeconfig and conditions (starts proxies when needed). */
export async function networkStatus(): Promise<ClusterNetwork[]> {
  const result: ClusterNetwork[] = [];
  for (const cluster of clusters()) {
    const { listen } = await ensureProxy(cluster);
    result.push({
      cluster: cluster.name,
      proxy: listen,
      apiServer: cluster.apiServer,
      kubeconfigPath: proxiedKubeconfigFile(cluster.name),
      conditions: recorded()[cluster.name]?.conditions ?? {},
    });
  }
  return result;
}

/** Stops toxiproxy-server and removes the proxied kubeconfigs (testbed down). */
export async function stopNetwork(): Promise<void> {
  await stopToxiproxy();
  for (const name of Object.keys(recorded())) rmSync(proxiedKubeconfigFile(name), { force: true });
  rmSync(networkFile, { force: true });
}

/** The unproxied kubeconfig of `cluster`, for checks that must not go through the network. */
export const directKubeconfigPath = (cluster: string): string => kubeconfigPath(cluster);
