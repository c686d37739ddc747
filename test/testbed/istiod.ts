import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureIstioBinary } from './istio-module.js';
import { testbedDir } from './layout.js';
import { progress } from './log.js';
import { readState } from './state.js';
import { forwardIstiodPods } from './istiod-forward.js';
import { waitFor } from './wait.js';
import { alive, freePort } from './local-process.js';

/** The real istiod (pilot-discovery) the testbed runs out of cluster against primary. */
export interface IstiodProcess {
  readonly pid: number;
  /** Base URL of its HTTP debug listener (loopback): /ready, /debug/clusterz, /debug/registryz. */
  readonly debugUrl: string;
  readonly logPath: string;
  readonly namespace: string;
  /** Its monitoring listener on loopback (15014 in a pod), where port-forwards to the istiod pods go. */
  readonly monitoringPort?: number;
}

/** One remote as istiod sees it (/debug/clusterz). */
export interface ClusterView {
  readonly id: string;
  readonly secretName?: string;
  readonly syncStatus?: string;
}

/** Each istiod's state file: primary's keeps its old name, one per other cluster (multi-primary). */
const stateFile = (cluster: string) =>
  join(testbedDir, cluster === 'primary' ? 'istiod.json' : `istiod-${cluster}.json`);

const CLUSTERS_WITH_ISTIOD = () => readState()?.clusters.map((c) => c.name) ?? ['primary'];

export function runningIstiod(cluster = 'primary'): IstiodProcess | undefined {
  if (!existsSync(stateFile(cluster))) return undefined;
  const recorded = JSON.parse(readFileSync(stateFile(cluster), 'utf8')) as IstiodProcess;
  return alive(recorded.pid) ? recorded : undefined;
}

async function isReady(debugUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${debugUrl}/ready`)).status === 200;
  } catch {
    return false;
  }
}

/**
 * Starts pilot-discovery against primary's admin kubeconfig with every listener on loopback, from an
 * empty working directory so it reads mesh and injector config from the ConfigMaps the real istiod
 * chart put on primary. Reuses a running one. Waits for /ready.
 */
export async function startIstiod(namespace = 'istio-system', cluster = 'primary'): Promise<IstiodProcess> {
  const running = runningIstiod(cluster);
  if (running?.monitoringPort !== undefined) {
    await forwardIstiodPods(cluster, running.namespace, running.monitoringPort);
    return running;
  }
  if (running) await stopOne(cluster); // started before port-forwards were set up
  const target = readState()?.clusters.find((c) => c.name === cluster);
  if (!target) throw new Error(`the testbed is not up (no ${cluster}); run \`npm run testbed -- up\``);
  const binary = ensureIstioBinary('pilot-discovery');
  const [http, grpc, secureGrpc, https, monitoring, ctrlz] = await Promise.all(
    Array.from({ length: 6 }, () => freePort()),
  );
  mkdirSync(testbedDir, { recursive: true });
  const cwd = mkdtempSync(join(testbedDir, 'istiod-'));
  const logPath = join(testbedDir, cluster === 'primary' ? 'istiod.log' : `istiod-${cluster}.log`);
  const log = openSync(logPath, 'w');
  const loopback = (port: number | undefined) => `127.0.0.1:${port ?? 0}`;
  const child = spawn(
    binary,
    [
      'discovery',
      '--kubeconfig',
      target.kubeconfigPath,
      '--clusterID',
      cluster,
      '--domain',
      'cluster.local',
      '--httpAddr',
      loopback(http),
      '--grpcAddr',
      loopback(grpc),
      '--secureGRPCAddr',
      loopback(secureGrpc),
      '--httpsAddr',
      loopback(https),
      '--monitoringAddr',
      loopback(monitoring),
      '--ctrlz_port',
      String(ctrlz),
      '--shutdownDuration',
      '1s',
    ],
    {
      cwd,
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        POD_NAMESPACE: namespace,
        POD_NAME: 'istiod-testbed',
        REVISION: 'default',
        CLUSTER_ID: cluster,
        PILOT_CERT_PROVIDER: 'istiod',
        EXTERNAL_ISTIOD: 'true',
        PILOT_ENABLE_ANALYSIS: 'false',
        // How long istiod waits for a registered remote before it reports ready without it (and the
        // remote's status `timeout`): 30 s by default, which every restart with a broken remote waited.
        PILOT_REMOTE_CLUSTER_TIMEOUT: '5s',
      },
    },
  );
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${binary}`);
  const started: IstiodProcess = {
    pid: child.pid,
    debugUrl: `http://${loopback(http)}`,
    logPath,
    namespace,
    monitoringPort: monitoring,
  };
  writeFileSync(stateFile(cluster), JSON.stringify(started, null, 2) + '\n');
  await waitFor(
    'the real istiod to be ready (/ready)',
    async () => ((await isReady(started.debugUrl)) ? true : undefined),
    {
      timeoutMs: 60_000,
      intervalMs: 200,
      giveUpIf: () => (alive(started.pid) ? undefined : `pilot-discovery exited; see ${logPath}`),
    },
  );
  await forwardIstiodPods(cluster, namespace, monitoring ?? 0);
  progress(`real istiod (pilot-discovery) ready, pid ${started.pid}, debug ${started.debugUrl}`);
  return started;
}

async function stopOne(cluster: string): Promise<void> {
  const running = runningIstiod(cluster);
  if (running) {
    process.kill(running.pid, 'SIGTERM');
    const deadline = Date.now() + 10_000;
    while (alive(running.pid) && Date.now() < deadline) await sleep(100);
    if (alive(running.pid)) process.kill(running.pid, 'SIGKILL');
    while (alive(running.pid)) await sleep(50);
  }
  rmSync(stateFile(cluster), { force: true });
}

/**
 * SIGTERM, then SIGKILL after 10 s (istiod can hang after losing its leader lock): the istiod of
 * `cluster`, or every istiod the testbed started.
 */
export async function stopIstiod(cluster?: string): Promise<void> {
  for (const name of cluster === undefined ? CLUSTERS_WITH_ISTIOD() : [cluster]) await stopOne(name);
  if (cluster === undefined) await stopOne('primary');
}

async function debugJson<T>(path: string, cluster = 'primary'): Promise<T> {
  const running = runningIstiod(cluster);
  if (!running)
    throw new Error(
      `the real istiod of ${cluster} is not running; start it with \`npm run testbed -- istiod\``,
    );
  const response = await fetch(`${running.debugUrl}${path}`);
  if (!response.ok) throw new Error(`istiod ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The view of the istiod of `cluster` of the other clusters (/debug/clusterz); its own cluster is left out. */
export async function clusterz(cluster = 'primary'): Promise<ClusterView[]> {
  const views = await debugJson<ClusterView[] | null>('/debug/clusterz', cluster);
  return (views ?? []).filter((view) => view.id !== cluster);
}

/** Services of istiod's registry (/debug/registryz) with the clusters that have each. */
export async function registryz(cluster = 'primary'): Promise<{ hostname: string; clusters: string[] }[]> {
  const services = await debugJson<
    { hostname: string; clusterVIPs?: { Addresses?: Record<string, string[]> } }[] | null
  >('/debug/registryz', cluster);
  return (services ?? []).map((s) => ({
    hostname: s.hostname,
    clusters: Object.keys(s.clusterVIPs?.Addresses ?? {}),
  }));
}

/** One cross-network gateway as istiod sees it (/debug/networkz). */
export interface NetworkGatewayView {
  readonly Network: string;
  readonly Cluster: string;
  readonly Addr: string;
  readonly Port: number;
}

/** The cross-network gateways the istiod of `cluster` knows (/debug/networkz). */
export async function networkz(cluster = 'primary'): Promise<NetworkGatewayView[]> {
  return (await debugJson<NetworkGatewayView[] | null>('/debug/networkz', cluster)) ?? [];
}
