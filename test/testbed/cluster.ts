import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { clusterProblem, ensureNode, loadKubeConfig, waitApiReady } from './cluster-api.js';
import { hasPodDeleteDelay, withPodDeleteDelay } from './kwok-stages.js';
import type { Kwokctl } from './kwokctl.js';
import { clusterLogsDir, clusterWorkdir, kubeconfigPath, kwokWorkdir, type Binaries } from './layout.js';
import { progress, withHeartbeat } from './log.js';
import { processesUnder, stopProcesses } from './processes.js';
import type { ClusterState } from './state.js';
import { apiServerUrl, kwokctlConfig, type ClusterPorts, type ClusterSpec } from './topology.js';
import { waitFor } from './wait.js';

/** The processes kwokctl starts for a binary-runtime cluster, named like their log files. */
export const COMPONENTS = [
  'etcd',
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kwok-controller',
];

const READY_TIMEOUT_MS = 120_000;
const NODE_TIMEOUT_MS = 60_000;

export interface Tools {
  readonly bin: Binaries;
  readonly kwokctl: Kwokctl;
}

const configFile = (name: string) => join(kwokWorkdir(), 'configs', `${name}.yaml`);
const savedKwokConfig = (name: string) => join(clusterWorkdir(name), 'kwok.yaml');

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function clusterState(spec: ClusterSpec): ClusterState {
  return {
    name: spec.name,
    kubeconfigPath: kubeconfigPath(spec.name),
    apiServer: apiServerUrl(spec),
    podCidr: spec.podCidr,
    serviceCidr: spec.serviceCidr,
    nodeName: spec.nodeName,
  };
}

function missingComponents(name: string): string[] {
  const running = new Set(processesUnder(clusterWorkdir(name)).map((p) => p.component));
  return COMPONENTS.filter((component) => !running.has(component));
}

/**
 * Components kwokctl started (their log file exists) that are no longer running: waiting for the
 * cluster is then pointless. Undefined when none.
 */
function deadComponents(name: string): string | undefined {
  const dead = missingComponents(name).filter((c) => existsSync(join(clusterLogsDir(name), `${c}.log`)));
  return dead.length > 0 ? `${dead.join(', ')} exited` : undefined;
}

/** Runs kwokctl create, cut short when a started component dies (kwokctl would wait ~2 min for it). */
async function kwokctlCreate(name: string, tools: Tools): Promise<void> {
  const abort = new AbortController();
  let strikes = 0;
  const watchdog = setInterval(() => {
    const dead = deadComponents(name);
    strikes = dead ? strikes + 1 : 0;
    if (dead && strikes >= 2) abort.abort(new Error(dead));
  }, 1_000);
  try {
    await withHeartbeat(
      `${name}: running kwokctl create cluster`,
      tools.kwokctl.createCluster(name, configFile(name), abort.signal),
    );
  } finally {
    clearInterval(watchdog);
  }
}

/** Where to look when a cluster fails: its logs directory and the tail of each dead component's log. */
function diagnosis(name: string): string {
  const lines = [`logs: ${clusterLogsDir(name)}/`];
  for (const component of missingComponents(name)) {
    const log = readIfExists(join(clusterLogsDir(name), `${component}.log`)) ?? '';
    const tail = log.trim().split('\n').slice(-8).join('\n    ');
    lines.push(`${component} is not running; end of ${component}.log:\n    ${tail || '(empty)'}`);
  }
  return lines.join('\n');
}

async function writeKubeconfig(name: string, kwokctl: Kwokctl): Promise<string> {
  const path = kubeconfigPath(name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, await kwokctl.kubeconfig(name), { mode: 0o600 });
  return path;
}

/** Why an existing cluster cannot be reused as it is, or undefined when it is healthy. */
async function reuseProblem(spec: ClusterSpec, config: string, tools: Tools): Promise<string | undefined> {
  const saved = readIfExists(savedKwokConfig(spec.name));
  if (saved === undefined) return 'not created yet';
  if (readIfExists(configFile(spec.name)) !== config) return 'its configuration changed';
  if (!hasPodDeleteDelay(saved)) return 'its pod-delete stage lacks the testbed delay';
  const missing = missingComponents(spec.name);
  if (missing.length > 0) return `${missing.join(', ')} not running`;
  return clusterProblem(loadKubeConfig(await writeKubeconfig(spec.name, tools.kwokctl)), spec);
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise(true)));
  });
}

async function assertPortsFree(spec: ClusterSpec): Promise<void> {
  const busy: string[] = [];
  for (const [component, port] of Object.entries(spec.ports) as [keyof ClusterPorts, number][]) {
    if (!(await portFree(port))) busy.push(`${port} (${component})`);
  }
  if (busy.length > 0) {
    throw new Error(
      `${spec.name}: 127.0.0.1 port(s) ${busy.join(', ')} already in use by a process the testbed did not start. ` +
        'Stop it, or run `npm run testbed -- down` if it is an old testbed.',
    );
  }
}

/**
 * Restarts kwok-controller with the pod-delete delay (see kwok-stages.ts) written into the
 * cluster's saved config. Runs right after creation, before any pod exists.
 */
async function applyPodDeleteDelay(name: string, kwokctl: Kwokctl): Promise<void> {
  const path = savedKwokConfig(name);
  writeFileSync(path, withPodDeleteDelay(readFileSync(path, 'utf8')));
  const kwok = () => processesUnder(clusterWorkdir(name)).filter((p) => p.component === 'kwok-controller');
  await stopProcesses(kwok());
  // A stopped process may linger as a zombie, which kwokctl counts as running: drop its pid file.
  rmSync(join(clusterWorkdir(name), 'pids', 'kwok-controller.pid'), { force: true });
  await kwokctl.startCluster(name);
  await waitFor(`${name}: kwok-controller to run again`, async () => (kwok().length > 0 ? true : undefined), {
    timeoutMs: 30_000,
  });
}

async function createCluster(spec: ClusterSpec, config: string, tools: Tools): Promise<void> {
  const { name } = spec;
  progress(
    `${name}: creating (API ${apiServerUrl(spec)}, pods ${spec.podCidr}, services ${spec.serviceCidr})`,
  );
  await assertPortsFree(spec);
  mkdirSync(join(configFile(name), '..'), { recursive: true });
  writeFileSync(configFile(name), config);
  try {
    await kwokctlCreate(name, tools);
    const kc = loadKubeConfig(await writeKubeconfig(name, tools.kwokctl));
    progress(`${name}: processes started; waiting for the API server and controllers`);
    const giveUpIf = () => deadComponents(name);
    await waitApiReady(kc, spec, { timeoutMs: READY_TIMEOUT_MS, giveUpIf });
    await applyPodDeleteDelay(name, tools.kwokctl);
    progress(`${name}: API ready; creating node ${spec.nodeName}`);
    const podCidr = await ensureNode(kc, spec, { timeoutMs: NODE_TIMEOUT_MS, giveUpIf });
    progress(`${name}: ready (node ${spec.nodeName}, podCIDR ${podCidr})`);
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`cluster "${name}" did not come up: ${message}\n${diagnosis(name)}`, { cause: error });
  }
}

/** Deletes a cluster with kwokctl, then stops anything of it still running and removes its files. */
export async function removeCluster(name: string, kwokctl: Kwokctl | undefined): Promise<void> {
  progress(`${name}: deleting`);
  if (kwokctl) {
    try {
      await kwokctl.deleteCluster(name);
    } catch (error: unknown) {
      progress(
        `${name}: kwokctl delete failed (${error instanceof Error ? error.message : String(error)}); cleaning up`,
      );
    }
  }
  await stopProcesses(processesUnder(clusterWorkdir(name)));
  rmSync(clusterWorkdir(name), { recursive: true, force: true });
  rmSync(configFile(name), { force: true });
  rmSync(kubeconfigPath(name), { force: true });
}

/** Reuses the cluster when it is up and healthy; otherwise (re)creates it. */
export async function ensureCluster(spec: ClusterSpec, tools: Tools): Promise<ClusterState> {
  const config = kwokctlConfig(spec, tools.bin);
  const problem = await reuseProblem(spec, config, tools);
  if (problem === undefined) {
    progress(`${spec.name}: already up and healthy, reusing it`);
  } else {
    if (existsSync(clusterWorkdir(spec.name))) {
      progress(`${spec.name}: ${problem}; recreating it`);
      await removeCluster(spec.name, tools.kwokctl);
    }
    await createCluster(spec, config, tools);
  }
  return clusterState(spec);
}
