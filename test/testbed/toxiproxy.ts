import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { binaries, buildScript, testbedDir } from './layout.js';
import { progress } from './log.js';
import { waitFor } from './wait.js';
export { freePort } from './local-process.js';
import { alive, freePort } from './local-process.js';

/** The testbed's toxiproxy server (toxiproxy-server, run out of any cluster), as .testbed/toxiproxy.json records it. */
export interface ToxiproxyServer {
  readonly pid: number;
  /** Base URL of its HTTP API (loopback). */
  readonly apiUrl: string;
  readonly logPath: string;
}

/** One toxic as toxiproxy's HTTP API takes it (toxics/*.go in github.com/Shopify/toxiproxy/v2). */
export interface Toxic {
  readonly name: string;
  readonly type: 'latency' | 'bandwidth' | 'timeout' | 'reset_peer' | 'limit_data' | 'slow_close';
  /** upstream: client to API server; downstream: API server to client. */
  readonly stream: 'upstream' | 'downstream';
  readonly attributes: Record<string, number>;
}

export interface ProxyView {
  readonly name: string;
  readonly listen: string;
  readonly upstream: string;
  readonly enabled: boolean;
  readonly toxics: readonly Toxic[];
}

const stateFile = join(testbedDir, 'toxiproxy.json');
const logPath = join(testbedDir, 'toxiproxy.log');

export function runningToxiproxy(): ToxiproxyServer | undefined {
  if (!existsSync(stateFile)) return undefined;
  const recorded = JSON.parse(readFileSync(stateFile, 'utf8')) as ToxiproxyServer;
  return alive(recorded.pid) ? recorded : undefined;
}

/** toxiproxy-server from the binary cache, built (niced, about 20 s) by build.sh when missing. */
function ensureBinary(): string {
  const path = binaries().toxiproxyServer;
  if (existsSync(path)) return path;
  progress(`building toxiproxy-server (bash ${buildScript} toxiproxy)`);
  execFileSync('bash', [buildScript, 'toxiproxy'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(path)) throw new Error(`toxiproxy-server not found at ${path} after build.sh toxiproxy`);
  return path;
}

/** Starts toxiproxy-server on a loopback port (reuses a running one) and waits for its API. */
export async function startToxiproxy(): Promise<ToxiproxyServer> {
  const running = runningToxiproxy();
  if (running) return running;
  const binary = ensureBinary();
  const port = await freePort();
  mkdirSync(testbedDir, { recursive: true });
  const log = openSync(logPath, 'a');
  const child = spawn(binary, ['-host', '127.0.0.1', '-port', String(port)], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' },
  });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${binary}`);
  const started: ToxiproxyServer = { pid: child.pid, apiUrl: `http://127.0.0.1:${port}`, logPath };
  writeFileSync(stateFile, JSON.stringify(started, null, 2) + '\n');
  await waitFor(
    'toxiproxy-server to answer /version',
    async () => ((await fetch(`${started.apiUrl}/version`)).ok ? true : undefined),
    {
      timeoutMs: 20_000,
      intervalMs: 100,
      giveUpIf: () => (alive(started.pid) ? undefined : `toxiproxy-server exited; see ${logPath}`),
    },
  );
  progress(`toxiproxy-server ready, pid ${started.pid}, API ${started.apiUrl}`);
  return started;
}

/** SIGTERM (SIGKILL after 5 s) to the toxiproxy-server the testbed started; forgets it. */
export async function stopToxiproxy(): Promise<void> {
  const running = runningToxiproxy();
  if (running) {
    process.kill(running.pid, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (alive(running.pid) && Date.now() < deadline) await sleep(50);
    if (alive(running.pid)) process.kill(running.pid, 'SIGKILL');
  }
  rmSync(stateFile, { force: true });
}

async function call<T>(server: ToxiproxyServer, method: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`toxiproxy ${method} ${path}: HTTP ${response.status} ${text.trim()}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The proxies the server has, by name. */
export async function listProxies(server: ToxiproxyServer): Promise<Record<string, ProxyView>> {
  return call<Record<string, ProxyView>>(server, 'GET', '/proxies');
}

export async function createProxy(
  server: ToxiproxyServer,
  proxy: { name: string; listen: string; upstream: string },
): Promise<ProxyView> {
  return call<ProxyView>(server, 'POST', '/proxies', { ...proxy, enabled: true });
}

/** enabled false closes the listener and every open connection: new connections are refused. */
export async function setProxyEnabled(
  server: ToxiproxyServer,
  name: string,
  enabled: boolean,
): Promise<void> {
  await call(server, 'POST', `/proxies/${encodeURIComponent(name)}`, { enabled });
}

/** Replaces every toxic of the proxy by `toxics` (removes the old ones first). */
export async function replaceToxics(
  server: ToxiproxyServer,
  name: string,
  toxics: readonly Toxic[],
): Promise<void> {
  const proxy = `/proxies/${encodeURIComponent(name)}/toxics`;
  for (const old of await call<Toxic[]>(server, 'GET', proxy)) {
    await call(server, 'DELETE', `${proxy}/${encodeURIComponent(old.name)}`);
  }
  for (const toxic of toxics) await call(server, 'POST', proxy, { ...toxic, toxicity: 1 });
}
