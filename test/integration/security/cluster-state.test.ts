// Cluster state is input: the registration Secret on the primary (the action's marker kept) edited by
// someone allowed to write Secrets there, so that its kubeconfig would run a program on the runner
// (exec plugin, auth-provider command) or read a runner file (tokenFile, client-key). With the real
// charts and a real istiod: render names the Secret and writes nothing, resync replaces the
// registration with a clean one and istiod syncs the remote again, uninstall removes it; no program
// ever runs, no runner file is read, and no request goes to the address the edited kubeconfig names.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClusterKubeconfig } from '../../../src/kube/cluster-kubeconfig.js';
import { core, startHarness, type ActionHarness, type ActionRun } from '../support/action.js';
import { withoutWrites } from '../support/cluster-state.js';
import { NS, realChartRuns, setUpRealIstio, tearDownRealIstio, waitSynced } from '../support/real-istio.js';

const REMOTE = 'remote-1';
const REMOTES = [REMOTE];
const SECRET = `istio-remote-secret-${REMOTE}`;
const OBJECT = `Secret ${NS}/${SECRET} on cluster primary holds a kubeconfig the action refuses to use`;

type User = Record<string, unknown>;

/** A TCP listener standing in for the attacker's API server: it counts every connection it gets. */
async function listen(): Promise<{ server: Server; url: string; connections: () => number }> {
  let count = 0;
  const server = createServer((socket) => {
    count += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `https://127.0.0.1:${port}`, connections: () => count };
}

async function registeredText(): Promise<string> {
  const secret = await core('primary').readNamespacedSecret({ namespace: NS, name: SECRET });
  return Buffer.from(secret.data?.[REMOTE] ?? '', 'base64').toString('utf8');
}

/** Rewrites the registration's user (and its server, to the listener), keeping the Secret's labels. */
async function makeHostile(user: User, server: string): Promise<void> {
  const secret = await core('primary').readNamespacedSecret({ namespace: NS, name: SECRET });
  const config = yaml.load(Buffer.from(secret.data?.[REMOTE] ?? '', 'base64').toString('utf8')) as {
    clusters: { cluster: Record<string, unknown> }[];
    users: { user: User }[];
  };
  for (const entry of config.clusters) entry.cluster.server = server;
  for (const entry of config.users) entry.user = user;
  await core('primary').replaceNamespacedSecret({
    namespace: NS,
    name: SECRET,
    body: { ...secret, data: { [REMOTE]: Buffer.from(yaml.dump(config)).toString('base64') } },
  });
}

describe('a registration edited on the primary to run or read something on the runner', () => {
  let harness: ActionHarness;
  let listener: Awaited<ReturnType<typeof listen>>;
  const dir = mkdtempSync(join(tmpdir(), 'cluster-state-'));
  const marker = join(dir, 'pwned');
  const runnerSecret = `runner-secret-${randomBytes(8).toString('hex')}`;
  const runnerFile = join(dir, 'runner-file');
  const timings: Record<string, number> = {};
  const run = realChartRuns(
    () => harness,
    REMOTES,
    () => ({}),
    timings,
  );

  const variants: readonly [string, () => User, RegExp][] = [
    [
      'an exec plugin',
      () => ({
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1',
          command: '/bin/sh',
          args: ['-c', `touch ${marker}`],
          interactiveMode: 'Never',
        },
      }),
      /users\[0\]\.user\.exec runs a program on the runner/,
    ],
    [
      'an auth-provider command',
      () => ({
        'auth-provider': {
          name: 'gcp',
          config: { 'cmd-path': '/bin/sh', 'cmd-args': `-c "touch ${marker}"` },
        },
      }),
      /users\[0\]\.user\.auth-provider runs an auth-provider/,
    ],
    [
      'a tokenFile on the runner',
      () => ({ tokenFile: runnerFile }),
      /users\[0\]\.user\.tokenFile reads a file on the runner/,
    ],
    [
      'a client-key path on the runner',
      () => ({ 'client-certificate': runnerFile, 'client-key': runnerFile }),
      /users\[0\]\.user\.client-key reads a file on the runner/,
    ],
  ];

  /** Nothing ran, nothing was read and sent, and the run names the Secret and the refused field. */
  function expectNothingUsed(result: ActionRun, reason: RegExp): void {
    expect(existsSync(marker), 'the edited kubeconfig ran a program on the runner').toBe(false);
    expect(listener.connections(), 'something connected to the address the edited kubeconfig names').toBe(0);
    // The job summary carries each registration's outcome and why (the render plan, resync's repairs).
    expect(result.summary, result.log).toContain(OBJECT);
    expect(result.summary).toMatch(reason);
    expect(result.log).not.toContain(runnerSecret);
    expect(result.summary).not.toContain(runnerSecret);
  }

  beforeAll(async () => {
    writeFileSync(runnerFile, `${runnerSecret}\n`, { mode: 0o600 });
    listener = await listen();
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
  });

  afterAll(async () => {
    console.log(`cluster-state timings (s): ${JSON.stringify(timings)}`);
    await harness?.close();
    await new Promise((resolve) => listener?.server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
    await tearDownRealIstio(REMOTES);
  });

  it('install registers the remote and istiod syncs it', async () => {
    const installed = await run('install');
    expect(installed.success, installed.log).toBe(true);
    await waitSynced(REMOTES);
  });

  it.each(variants)(
    'render with %s: names the Secret, plans its replacement, runs and writes nothing',
    async (name, user, reason) => {
      await makeHostile(user(), listener.url);
      const rendered = await withoutWrites(() => run(`render with ${name}`, { mode: 'render' }));
      expect(rendered.success, rendered.log).toBe(true);
      expectNothingUsed(rendered, reason);
      const plan = JSON.parse(rendered.outputs.plan ?? '{}') as Record<string, { registration?: string }>;
      expect(plan[REMOTE]?.registration).toBe('would-replace');
    },
  );

  it('render with credential-mode token-request reads the edited registration the same way', async () => {
    const [, user, reason] = variants[0]!;
    await makeHostile(user(), listener.url);
    const rendered = await withoutWrites(() =>
      run('render-token-request', { mode: 'render', 'credential-mode': 'token-request' }),
    );
    expect(rendered.success, rendered.log).toBe(true);
    expectNothingUsed(rendered, reason);
  });

  it('resync replaces the edited registration with a clean one, and istiod syncs the remote again', async () => {
    const [, user, reason] = variants[0]!;
    await makeHostile(user(), listener.url);
    const resynced = await run('resync', { mode: 'resync' });
    expect(resynced.success, resynced.log).toBe(true);
    expectNothingUsed(resynced, reason);
    const drifted = JSON.parse(resynced.outputs['drifted-remotes'] ?? '[]') as {
      remote: string;
      reasons: string[];
    }[];
    expect(drifted.find((d) => d.remote === REMOTE)?.reasons.join(' ')).toContain(OBJECT);
    const clean = readClusterKubeconfig(await registeredText(), SECRET);
    expect(clean.server).not.toBe(listener.url);
    await waitSynced(REMOTES);
  });

  it('uninstall removes an edited registration without running it', async () => {
    const [, user] = variants[0]!;
    await makeHostile(user(), listener.url);
    const removed = await run('uninstall', { mode: 'uninstall' });
    expect(removed.success, removed.log).toBe(true);
    expect(existsSync(marker)).toBe(false);
    expect(listener.connections()).toBe(0);
    const left = await core('primary').listNamespacedSecret({
      namespace: NS,
      labelSelector: 'istio/multiCluster=true',
    });
    expect(left.items.map((s) => s.metadata?.name)).not.toContain(SECRET);
  });
});
