// Network faults between the action and the clusters (issue 18): every kubeconfig the action gets
// points at a Toxiproxy in front of its API server (test/testbed/network.ts), so the registrations
// it writes send the real istiod through the same proxies. The test watches each cluster directly
// (unproxied) to time the faults, and asserts what istiod reports afterwards.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  core,
  kubeConfig,
  kubeconfigText,
  startHarness,
  testbedInputs,
  type ActionHarness,
  type ActionRun,
} from '../support/action.js';
import { localMesh } from '../support/examples.js';
import { runExampleJob, type JobContext, type JobResult } from '../support/workflow-job.js';
import { pathDir } from '../../testbed/layout.js';
import { resetPrimaryRegistrations, resetRemote, snapshot } from '../support/cluster-state.js';
import { NS, setUpRealIstio, tearDownRealIstio, waitSynced } from '../support/real-istio.js';
import { istioModuleDir } from '../../testbed/istio-module.js';
import { clusterz } from '../../testbed/istiod.js';
import { proxiedKubeconfigText, resetNetwork, setNetwork } from '../../testbed/network.js';
import { waitFor } from '../../testbed/wait.js';
import { up } from '../../testbed/up.js';
import { loadTestbed } from '../support/testbed.js';

const REMOTES = ['remote-1', 'remote-2'];
const MANAGED_BY = 'app.kubernetes.io/managed-by=istio-multicluster-action';

interface Failure {
  remote: string;
  stage: string;
  message: string;
}

const failures = (run: ActionRun): Failure[] =>
  JSON.parse(run.outputs['failed-remotes'] ?? '[]') as Failure[];

/** The inputs of a run whose every kubeconfig goes through the proxies. */
async function proxiedInputs(remotes: readonly string[], extra: Record<string, string>) {
  return {
    ...testbedInputs(remotes, {
      profile: 'istio-current',
      chart: 'manifests/charts',
      verify: 'false',
      ...extra,
    }),
    'primary-kubeconfig': await proxiedKubeconfigText('primary'),
    'remote-kubeconfigs': (await Promise.all(remotes.map(proxiedKubeconfigText))).join('\n---\n'),
  };
}

/** Polls (directly, not through the proxy) until `probe` is true, then runs `then`. */
async function when(
  what: string,
  probe: () => Promise<boolean>,
  then: () => Promise<void>,
  timeoutMs = 120_000,
): Promise<number> {
  await waitFor(what, async () => ((await probe()) ? true : undefined), {
    timeoutMs,
    intervalMs: 50,
  });
  await then();
  return Date.now();
}

const exists = async (read: () => Promise<unknown>): Promise<boolean> => {
  try {
    await read();
    return true;
  } catch {
    return false;
  }
};

/** The action's registration Secrets on the primary, by name, as read directly. */
async function registrations(): Promise<Map<string, k8s.V1Secret>> {
  const list = await core('primary').listNamespacedSecret({
    namespace: NS,
    labelSelector: 'istio/multiCluster=true',
  });
  return new Map(list.items.map((s) => [s.metadata?.name ?? '', s]));
}

/** The reader token Secrets the action made on a remote. */
async function tokenSecrets(remote: string): Promise<k8s.V1Secret[]> {
  const list = await core(remote).listNamespacedSecret({
    namespace: NS,
    fieldSelector: 'type=kubernetes.io/service-account-token',
    labelSelector: MANAGED_BY,
  });
  return list.items;
}

/** Objects of each kind the install left in the Istio namespace and cluster-wide (snapshot keys). */
async function kindCounts(remote: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const key of (await snapshot(remote)).keys()) {
    const kind = key.split(' ')[0] ?? '';
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** What istiod writes into each namespace of a cluster it manages, a moment after it reports the cluster synced. */
const ISTIOD_CONFIG_MAPS = ['istio-ca-root-cert', 'istio-ca-crl'];

/** kindCounts once istiod has written its ConfigMaps into the remote's Istio namespace. */
async function settledKindCounts(remote: string): Promise<Record<string, number>> {
  await waitFor(
    `istiod's ConfigMaps (${ISTIOD_CONFIG_MAPS.join(', ')}) in ${NS} on ${remote}`,
    async () => {
      const names = (await core(remote).listNamespacedConfigMap({ namespace: NS })).items.map(
        (c) => c.metadata?.name,
      );
      return ISTIOD_CONFIG_MAPS.every((n) => names.includes(n)) ? true : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 100 },
  );
  return kindCounts(remote);
}

/** Whether the token in a registration authenticates against its remote (a complete registration). */
async function registrationWorks(secret: k8s.V1Secret, remote: string): Promise<boolean> {
  const encoded = secret.data?.[remote];
  if (!encoded) return false;
  const config = new k8s.KubeConfig();
  config.loadFromString(Buffer.from(encoded, 'base64').toString('utf8'));
  const review = await config
    .makeApiClient(k8s.AuthenticationV1Api)
    .createSelfSubjectReview({ body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' } });
  return (review.status?.userInfo?.username ?? '').startsWith('system:serviceaccount:');
}

describe('network faults between the action and the clusters (real charts, real istiod)', () => {
  let harness: ActionHarness;
  const run = async (extra: Record<string, string> = {}) =>
    harness.run(await proxiedInputs(REMOTES, extra), { workspace: istioModuleDir() });

  beforeAll(async () => {
    await resetNetwork();
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
  });

  afterAll(async () => {
    await resetNetwork();
    await harness?.close();
    await tearDownRealIstio(REMOTES);
  });

  it('(a) remote-2 refuses connections in the middle of remote-install: it is reported, remote-1 completes; a rerun completes it with no duplicates', async () => {
    await setNetwork('remote-2', { latencyMs: 100 });
    const installing = run({ 'wait-timeout': '10s' });
    // The Istio namespace is the install's first object: cut remote-2 off once it is there.
    await when(
      'the first object of the install on remote-2',
      () => exists(() => core('remote-2').readNamespace({ name: NS })),
      () => setNetwork('remote-2', { fault: 'refuse' }),
    );
    const cut = await installing;
    const partial = await kindCounts('remote-2');
    await resetNetwork();

    expect(cut.success, cut.log).toBe(false);
    const failed = failures(cut);
    expect(failed.map((f) => [f.remote, f.stage])).toEqual([['remote-2', 'remote-install']]);
    expect(failed[0]?.message).toMatch(/ECONNREFUSED|connection refused/);
    expect(failed[0]?.message).toMatch(/gave up after \d+ attempt\(s\) in \d+s/);
    await waitSynced(['remote-1']);
    expect((await clusterz()).map((v) => v.id)).toEqual(['remote-1']);
    // It was cut in the middle: some of the install's objects are there, not all.
    const full = await settledKindCounts('remote-1');
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(partial)).toBeGreaterThan(0);
    expect(total(partial)).toBeLessThan(total(full));

    const rerun = await run();
    expect(rerun.success, rerun.log).toBe(true);
    expect(failures(rerun)).toEqual([]);
    await waitSynced(REMOTES);
    expect(await settledKindCounts('remote-2')).toEqual(full);
    for (const remote of REMOTES) expect(await tokenSecrets(remote)).toHaveLength(1);
    expect([...(await registrations()).keys()].sort()).toEqual(
      REMOTES.map((r) => `istio-remote-secret-${r}`),
    );
  });

  it('(b) connections to remote-1 reset for 8 s: the requests are retried and the install completes once they stop', async () => {
    // Unregistered first: resetting a remote istiod still watches has held a CI run for 210 s.
    await resetPrimaryRegistrations();
    await waitSynced([]);
    await resetRemote('remote-1');
    await setNetwork('remote-1', { fault: 'reset' });
    const installing = run({ 'wait-timeout': '2m' });
    let lifted = 0;
    const lift = new Promise<void>((done) =>
      setTimeout(() => {
        lifted = Date.now();
        void resetNetwork().then(done);
      }, 8_000),
    );
    const installedAt = when(
      'the Istio namespace on remote-1',
      () => exists(() => core('remote-1').readNamespace({ name: NS })),
      async () => {},
    );
    const result = await installing;
    await lift;
    expect(result.success, result.log).toBe(true);
    expect(failures(result)).toEqual([]);
    // Nothing reached remote-1 while every connection was reset; everything did after.
    expect(await installedAt).toBeGreaterThanOrEqual(lifted);
    await waitSynced(REMOTES);
    expect(await settledKindCounts('remote-1')).toEqual(await settledKindCounts('remote-2'));
  });

  it('(b) remote-2 stalls for 15 s, longer than wait-timeout 8s: given up and reported, remote-1 untouched; a rerun after the stall completes', async () => {
    await setNetwork('remote-2', { fault: 'stall' });
    const stalled = run({ 'wait-timeout': '8s', mode: 'resync' });
    const stallEnds = new Promise<void>((done) => setTimeout(() => void resetNetwork().then(done), 15_000));
    const result = await stalled;
    expect(result.success, result.log).toBe(false);
    const failed = failures(result);
    expect(failed.map((f) => f.remote)).toEqual(['remote-2']);
    expect(failed[0]?.message).toMatch(
      /no answer \(the connection stalled\); gave up after \d+ attempt\(s\)/,
    );
    await stallEnds;
    const again = await run({ mode: 'resync' });
    expect(again.success, again.log).toBe(true);
    expect(failures(again)).toEqual([]);
    await waitSynced(REMOTES);
  });

  it('(c) the primary becomes unreachable while registering: each registration is the old one or a complete new one, never a broken one', async () => {
    const installed = await run();
    expect(installed.success, installed.log).toBe(true);
    await resetNetwork();
    const old = await registrations();
    expect(old.size).toBe(2);
    // New reader tokens make register replace both registrations.
    const oldTokens = new Set<string>();
    for (const remote of REMOTES)
      for (const secret of await tokenSecrets(remote)) {
        oldTokens.add(secret.metadata?.uid ?? '');
        await core(remote).deleteNamespacedSecret({ namespace: NS, name: secret.metadata?.name ?? '' });
      }
    const resync = run({ mode: 'resync', 'wait-timeout': '8s' });
    const newTokens = async () => {
      for (const remote of REMOTES) {
        const tokens = await tokenSecrets(remote);
        if (!tokens.some((t) => !oldTokens.has(t.metadata?.uid ?? '') && t.data?.token)) return false;
      }
      return true;
    };
    // Both new tokens are filled: remote-kubeconfig is ending and register (the next step) writes on
    // the primary. Cut the primary off now.
    await when('new reader tokens on both remotes', newTokens, () =>
      setNetwork('primary', { fault: 'refuse' }),
    );
    const result = await resync;
    await resetNetwork();
    expect(result.success, result.log).toBe(false);
    const after = await registrations();
    expect([...after.keys()].sort()).toEqual([...old.keys()].sort());
    const outcome: Record<string, string> = {};
    for (const remote of REMOTES) {
      const name = `istio-remote-secret-${remote}`;
      const now = after.get(name);
      if (!now) throw new Error(`${name} is gone`);
      if (JSON.stringify(now.data) === JSON.stringify(old.get(name)?.data)) outcome[remote] = 'old';
      else if (await registrationWorks(now, remote)) outcome[remote] = 'new, complete';
      else outcome[remote] = 'broken';
    }
    console.log(`(c) registrations after the cut: ${JSON.stringify(outcome)}`);
    expect(Object.values(outcome)).not.toContain('broken');
    // What failed, failed in register, on the refused primary, after its retries.
    const failed = failures(result);
    expect(failed.length, result.log).toBeGreaterThan(0);
    for (const failure of failed) {
      expect(failure.stage).toBe('register');
      expect(failure.message).toMatch(/ECONNREFUSED|connection refused/);
      expect(failure.message).toMatch(/gave up after \d+ attempt\(s\)/);
    }

    const again = await run({ mode: 'resync' });
    expect(again.success, again.log).toBe(true);
    await waitSynced(REMOTES);
    for (const [name, secret] of await registrations())
      expect(await registrationWorks(secret, name.replace('istio-remote-secret-', ''))).toBe(true);
  });
});

/**
 * One slow remote among many. 8 remotes at 100 ms need 9 clusters: the testbed is grown to that
 * for this suite and shrunk back after (13 s for 6 more clusters, which start 6 at a time; about
 * 0.3 GiB each). The fleet example, whose shards hold 8 remotes, runs on the same 9 clusters.
 */
const FLEET = Array.from({ length: 8 }, (_, i) => `remote-${i + 1}`);
const [SLOW = 'remote-1', ...FAST] = FLEET;

describe('one remote at 2 s among remotes at 100 ms (real charts, real istiod)', () => {
  let harness: ActionHarness;
  let clustersBefore = 0;

  beforeAll(async () => {
    clustersBefore = loadTestbed().clusters.length;
    if (clustersBefore < FLEET.length + 1) await up(FLEET.length + 1);
    await resetNetwork();
    await setUpRealIstio(FLEET);
    harness = await startHarness();
  });

  afterAll(async () => {
    await resetNetwork();
    await harness?.close();
    await tearDownRealIstio(FLEET);
    if (clustersBefore < FLEET.length + 1) await up(Math.max(clustersBefore, 3));
  });

  it('(d) the slow remote (listed first) holds no other remote past its own time in any stage; istiod syncs all', async () => {
    for (const remote of FAST) await setNetwork(remote, { latencyMs: 100 });
    await setNetwork(SLOW, { latencyMs: 2_000 });
    const done: Record<string, Record<string, number>> = { install: {}, token: {} };
    const watchers = FLEET.flatMap((remote) => [
      when(
        `the injector webhook on ${remote} (applied last)`,
        async () =>
          (
            await kubeConfig(remote)
              .makeApiClient(k8s.AdmissionregistrationV1Api)
              .listMutatingWebhookConfiguration()
          ).items.some((w) => w.metadata?.name?.startsWith('istio-sidecar-injector')),
        async () => {},
        600_000,
      ).then((at) => (done.install![remote] = at)),
      when(
        `a filled reader token on ${remote}`,
        async () => (await tokenSecrets(remote)).some((t) => t.data?.token),
        async () => {},
        600_000,
      ).then((at) => (done.token![remote] = at)),
    ]);
    const installing = harness.run(await proxiedInputs(FLEET, { 'wait-timeout': '5m' }), {
      workspace: istioModuleDir(),
    });
    const result = await installing;
    await Promise.all(watchers);
    await resetNetwork();
    expect(result.success, result.log).toBe(true);
    expect(failures(result)).toEqual([]);
    for (const stage of ['install', 'token'] as const) {
      const slowAt = done[stage]![SLOW]!;
      const lateFast = FAST.filter((remote) => done[stage]![remote]! > slowAt);
      expect(lateFast, `${stage}: remotes finished after the slow one`).toEqual([]);
    }
    await waitSynced(FLEET, 180_000);
    console.log(
      `(d) finish order (ms after the first): ${JSON.stringify(
        Object.fromEntries(
          Object.entries(done).map(([stage, at]) => {
            const first = Math.min(...Object.values(at));
            return [stage, Object.fromEntries(Object.entries(at).map(([r, t]) => [r, t - first]))];
          }),
        ),
      )}`,
    );
  }, 900_000);

  it('examples/fleet.yml as written: its three shard jobs at once on one primary, then its check job; the scheduled resync changes nothing', async () => {
    await resetNetwork();
    await Promise.all([resetPrimaryRegistrations(), ...FLEET.map((remote) => resetRemote(remote))]);
    // The example's shards (env SHARD_A..C) hold 3, 3 and 2 remotes: the testbed's 8, in order.
    const shards: Record<string, string[]> = {
      A: FLEET.slice(0, 3),
      B: FLEET.slice(3, 6),
      C: FLEET.slice(6),
    };
    const meshNames = ['east-1', 'east-2', 'east-3', 'west-1', 'west-2', 'west-3', 'south-1', 'south-2'];
    const context: Omit<JobContext, 'matrix' | 'dispatch'> = {
      secrets: {
        PRIMARY_KUBECONFIG: kubeconfigText('primary'),
        ...Object.fromEntries(
          Object.entries(shards).map(([shard, remotes]) => [
            `REMOTE_KUBECONFIGS_${shard}`,
            remotes.map(kubeconfigText).join('\n---\n'),
          ]),
        ),
      },
      path: [pathDir()],
      // The shard's step builds the description with Istio's public chart repository, out of reach here.
      runAction: (inputs) =>
        harness.run(
          {
            ...inputs,
            mesh: localMesh(inputs.mesh ?? '', { charts: { directory: 'manifests/charts' }, apiServers: [] }),
          },
          { workspace: istioModuleDir() },
        ),
    };
    const describeJob = (job: JobResult) =>
      job.steps.map((step) => `${step.name}: ${step.outcome}\n${step.log}`).join('\n');
    const shardJobs = (dispatch?: Record<string, string>) =>
      Promise.all(
        Object.keys(shards).map((shard) =>
          runExampleJob('fleet.yml', 'shard', {
            ...context,
            matrix: { shard },
            ...(dispatch ? { dispatch } : {}),
          }),
        ),
      );

    const installed = await shardJobs({ mode: 'install' });
    for (const job of installed) expect(job.success, describeJob(job)).toBe(true);
    const check = await runExampleJob('fleet.yml', 'check', context);
    expect(check.success, describeJob(check)).toBe(true);
    expect(check.steps[0]?.log).toContain('::notice::8 remotes registered, one registration each');
    await waitSynced(meshNames, 180_000);

    // The schedule runs with no dispatch inputs: the example's mode falls back to resync.
    const resynced = await shardJobs();
    for (const job of resynced) {
      expect(job.success, describeJob(job)).toBe(true);
      expect(job.action?.outputs.changed, describeJob(job)).toBe('false');
      expect(job.action?.summary).toContain('## Istio multicluster (resync)');
    }
  }, 900_000);
});
