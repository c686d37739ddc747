import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  core,
  repoRoot,
  startHarness,
  testbedInputs,
  testbedState,
  type ActionHarness,
} from '../support/action.js';
import {
  diffSnapshots,
  installControlPlane,
  resetPrimaryRegistrations,
  resetRemote,
  rolloutRestart,
  snapshotClusters,
} from '../support/cluster-state.js';
import { uninstallControlPlane } from '../../testbed/control-plane.js';

const NS = 'istio-system';
const REMOTES = ['remote-1', 'remote-2'];
const CHARTS = 'test/fixtures/charts/istio-current';

function helm(args: string[]): void {
  const state = testbedState();
  const primary = state.clusters.find((c) => c.name === 'primary')?.kubeconfigPath ?? '';
  execFileSync(state.binaries.helm, [...args, '--kubeconfig', primary], { cwd: repoRoot, stdio: 'pipe' });
}

/** A current primary: base + istiod (app=istiod) from the stand-in charts, in istio-system. */
function installCurrentPrimary(): void {
  helm(['upgrade', '--install', 'istio-base', `${CHARTS}/base`, '-n', NS, '--create-namespace']);
  helm([
    'upgrade',
    '--install',
    'istiod',
    `${CHARTS}/istiod`,
    '-n',
    NS,
    '--wait',
    '--timeout',
    '120s',
    '--set',
    'global.multiCluster.clusterName=primary',
    '--set',
    'global.meshID=mesh1',
    '--set',
    'global.network=network1',
    '--set',
    'global.externalIstiod=true',
  ]);
}

async function istiodIp(): Promise<{ name: string; ip: string } | undefined> {
  const pods = await core('primary').listNamespacedPod({ namespace: NS, labelSelector: 'app=istiod' });
  const pod = pods.items.find(
    (p) => p.status?.phase === 'Running' && p.status.podIP && !p.metadata?.deletionTimestamp,
  );
  return pod ? { name: pod.metadata?.name ?? '', ip: pod.status?.podIP ?? '' } : undefined;
}

async function waitForIstiod(): Promise<string> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const now = await istiodIp();
    if (now) return now.ip;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('istiod did not run within 120 s');
}

async function discoveryEndpoint(remote: string): Promise<string[]> {
  const api = (await import('../support/action.js')).kubeConfig(remote);
  const { DiscoveryV1Api } = await import('@kubernetes/client-node');
  const slices = await api.makeApiClient(DiscoveryV1Api).listNamespacedEndpointSlice({
    namespace: NS,
    labelSelector: 'kubernetes.io/service-name=istiod',
  });
  return slices.items.flatMap((s) => s.endpoints.flatMap((e) => e.addresses));
}

describe('profile istio-current: install, resync and uninstall on the testbed', () => {
  let harness: ActionHarness;
  const inputs = (extra: Record<string, string> = {}): Record<string, string> =>
    testbedInputs(REMOTES, { profile: 'istio-current', chart: CHARTS, ...extra });

  beforeAll(async () => {
    await uninstallControlPlane();
    for (const remote of REMOTES) await resetRemote(remote);
    await resetPrimaryRegistrations();
    installCurrentPrimary();
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    for (const remote of REMOTES) await resetRemote(remote);
    await resetPrimaryRegistrations();
    helm(['uninstall', 'istiod', '-n', NS]);
    helm(['uninstall', 'istio-base', '-n', NS]);
    installControlPlane();
  });

  it('install then uninstall leaves every cluster as it was, and a second uninstall succeeds', async () => {
    const before = await snapshotClusters();
    const pilot = await waitForIstiod();
    const run = await harness.run(inputs());
    expect(run.success, run.log).toBe(true);
    expect(run.outputs['pilot-pod-ip']).toBe(pilot);
    expect(JSON.parse(run.outputs['secret-names'] ?? '[]')).toEqual(
      REMOTES.map((r) => `istio-remote-secret-${r}`),
    );
    for (const remote of REMOTES) {
      expect(await discoveryEndpoint(remote)).toEqual([pilot]);
      const ns = await core(remote).readNamespace({ name: NS });
      expect(ns.metadata?.annotations?.['topology.istio.io/controlPlaneClusters']).toBe('primary');
      await core(remote).readNamespacedServiceAccount({
        namespace: NS,
        name: 'istio-reader-service-account',
      });
      const secret = await core('primary').readNamespacedSecret({
        namespace: NS,
        name: `istio-remote-secret-${remote}`,
      });
      expect(secret.metadata?.annotations?.['networking.istio.io/cluster']).toBe(remote);
      expect(Object.keys(secret.data ?? {})).toEqual([remote]);
    }

    const quiet = await snapshotClusters();
    const again = await harness.run(inputs());
    expect(again.success, again.log).toBe(true);
    expect(diffSnapshots(quiet, await snapshotClusters())).toEqual([]);

    const removed = await harness.run(inputs({ mode: 'uninstall' }));
    expect(removed.success, removed.log).toBe(true);
    expect(diffSnapshots(before, await snapshotClusters()).filter((d) => !d.startsWith('changed'))).toEqual(
      [],
    );
    const twice = await harness.run(inputs({ mode: 'uninstall' }));
    expect(twice.success, twice.log).toBe(true);
    expect(twice.outputs['deleted-secrets']).toBe('[]');
  });

  it('resync after an istiod restart re-points every remote, then reports changed=false', async () => {
    const first = await harness.run(inputs());
    expect(first.success, first.log).toBe(true);
    const { before, after: fresh } = await rolloutRestart('primary', NS, 'app=istiod');
    expect(fresh).not.toBe(before);

    const resync = await harness.run(inputs({ mode: 'resync' }));
    expect(resync.success, resync.log).toBe(true);
    expect(resync.outputs.changed).toBe('true');
    const drifted = JSON.parse(resync.outputs['drifted-remotes'] ?? '[]') as { remote: string }[];
    expect(drifted.map((d) => d.remote).sort()).toEqual(REMOTES);
    for (const remote of REMOTES) expect(await discoveryEndpoint(remote)).toEqual([fresh]);

    const quiet = await snapshotClusters();
    const again = await harness.run(inputs({ mode: 'resync' }));
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');
    expect(diffSnapshots(quiet, await snapshotClusters())).toEqual([]);
  });
});
