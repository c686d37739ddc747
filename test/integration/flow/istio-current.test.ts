// The istio-current profile against the real charts of the istio.io/istio module and a real istiod
// (pilot-discovery built from the same module, running out of cluster against primary): what istiod
// sees after install, resync and uninstall is the assertion, not what the action reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { core, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import { diffSnapshots, rolloutRestart, snapshotClusters } from '../support/cluster-state.js';
import {
  NS,
  discoveryEndpoint,
  expectServiceSeen,
  setUpRealIstio,
  tearDownRealIstio,
  waitSynced,
} from '../support/real-istio.js';
import { istioModuleDir } from '../../testbed/istio-module.js';
import { clusterz, type ClusterView } from '../../testbed/istiod.js';
import { waitFor } from '../../testbed/wait.js';

const REMOTES = ['remote-1', 'remote-2'];

async function namespaceMeta(cluster: string, name: string): Promise<unknown> {
  const ns = await core(cluster).readNamespace({ name });
  return { labels: ns.metadata?.labels ?? {}, annotations: ns.metadata?.annotations ?? {} };
}

function ids(views: readonly ClusterView[]): string[] {
  return views.map((v) => v.id).sort();
}

describe('profile istio-current with the real charts and a real istiod', () => {
  let harness: ActionHarness;
  let before: Map<string, string>;
  const defaultMeta: Record<string, unknown> = {};
  let pilot: string;
  const timings: Record<string, number> = {};
  const inputs = (extra: Record<string, string> = {}): Record<string, string> =>
    testbedInputs(REMOTES, { profile: 'istio-current', chart: 'manifests/charts', ...extra });
  const timed = async (name: string, extra: Record<string, string> = {}) => {
    const start = Date.now();
    const run = await harness.run(inputs(extra), { workspace: istioModuleDir() });
    timings[name] = (Date.now() - start) / 1000;
    return run;
  };

  beforeAll(async () => {
    pilot = await setUpRealIstio(REMOTES);
    harness = await startHarness();
    before = await snapshotClusters();
    for (const remote of REMOTES) defaultMeta[remote] = await namespaceMeta(remote, 'default');
  });

  afterAll(async () => {
    console.log(`istio-current timings (s): ${JSON.stringify(timings)}`);
    await harness?.close();
    await tearDownRealIstio(REMOTES);
  });

  it('install: istiod reports both remotes synced within 60 s and sees a Service created on remote-1', async () => {
    expect(await clusterz()).toEqual([]);
    const run = await timed('install');
    expect(run.success, run.log).toBe(true);
    expect(run.outputs['pilot-pod-ip']).toBe(pilot);
    timings['synced after install'] = await waitSynced(REMOTES);
    const views = await clusterz();
    expect(views.map((v) => [v.id, v.secretName])).toEqual(
      expect.arrayContaining(REMOTES.map((r) => [r, `${NS}/istio-remote-secret-${r}`])),
    );
    for (const remote of REMOTES) expect(await discoveryEndpoint(remote)).toEqual([pilot]);

    timings['remote-1 Service seen by istiod'] = await expectServiceSeen('remote-1');
  });

  it('a second install writes nothing and istiod stays synced', async () => {
    await waitSynced(REMOTES);
    const quiet = await snapshotClusters();
    const again = await timed('no-op install');
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');
    expect(diffSnapshots(quiet, await snapshotClusters())).toEqual([]);
    await waitSynced(REMOTES);
    // The older inputs still work, each with a warning naming the mesh field that replaces it.
    expect(again.log).toContain(
      '::warning::input remote-names is deprecated and will be removed in v2: describe the mesh with the mesh input (clusters[].name)',
    );
  });

  it('the same mesh as one description (mesh input), profile left empty, is the same install: the profile is read from istiod on the primary, a rerun writes nothing, nothing is deprecated', async () => {
    const { 'remote-names': _names, chart: _chart, profile: _profile, ...credentials } = inputs();
    const mesh = [
      'charts: { directory: manifests/charts }',
      'clusters:',
      '  - { name: primary, role: primary }',
      ...REMOTES.map((remote) => `  - { name: ${remote} }`),
    ].join('\n');
    const quiet = await snapshotClusters();
    const start = Date.now();
    const run = await harness.run({ ...credentials, mesh }, { workspace: istioModuleDir() });
    timings['no-op install described by mesh'] = (Date.now() - start) / 1000;
    expect(run.success, run.log).toBe(true);
    expect(run.outputs.changed).toBe('false');
    expect(run.log).not.toContain('is deprecated');
    expect(run.summary).toContain(
      'profile istio-current, read from the primary: istiod (a Deployment labelled app=istiod) runs in istio-system',
    );
    expect(diffSnapshots(quiet, await snapshotClusters())).toEqual([]);
    await waitSynced(REMOTES);
  });

  it('after an istiod restart (new pod IP) one resync re-points both remotes; a second resync writes nothing', async () => {
    const { before: old, after: fresh } = await rolloutRestart('primary', NS, 'app=istiod');
    expect(fresh).not.toBe(old);
    const resync = await timed('resync after restart', { mode: 'resync' });
    expect(resync.success, resync.log).toBe(true);
    expect(resync.outputs.changed).toBe('true');
    const drifted = JSON.parse(resync.outputs['drifted-remotes'] ?? '[]') as { remote: string }[];
    expect(drifted.map((d) => d.remote).sort()).toEqual(REMOTES);
    for (const remote of REMOTES) expect(await discoveryEndpoint(remote)).toEqual([fresh]);
    await waitSynced(REMOTES);

    const quiet = await snapshotClusters();
    const again = await timed('no-op resync', { mode: 'resync' });
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');
    expect(diffSnapshots(quiet, await snapshotClusters())).toEqual([]);
  });

  it('after the token Secret on remote-1 is deleted, one resync re-issues it and istiod syncs again', async () => {
    const tokens = await core('remote-1').listNamespacedSecret({
      namespace: NS,
      fieldSelector: 'type=kubernetes.io/service-account-token',
    });
    const ours = tokens.items.filter(
      (s) => s.metadata?.labels?.['app.kubernetes.io/managed-by'] === 'istio-multicluster-action',
    );
    expect(ours).toHaveLength(1);
    await core('remote-1').deleteNamespacedSecret({ namespace: NS, name: ours[0]?.metadata?.name ?? '' });
    const resync = await timed('resync after token loss', { mode: 'resync' });
    expect(resync.success, resync.log).toBe(true);
    expect(resync.outputs.changed).toBe('true');
    const drifted = JSON.parse(resync.outputs['drifted-remotes'] ?? '[]') as { remote: string }[];
    expect(drifted.map((d) => d.remote)).toEqual(['remote-1']);
    timings['synced after token re-issue'] = await waitSynced(REMOTES);
    // The re-issued credentials are live: istiod sees a Service created on remote-1 after the resync.
    timings['remote-1 Service seen after re-issue'] = await expectServiceSeen('remote-1');
  });

  it('uninstall: istiod lists no remote and every cluster has the objects it had before install', async () => {
    const removed = await timed('uninstall', { mode: 'uninstall' });
    expect(removed.success, removed.log).toBe(true);
    await waitFor(
      'istiod to drop every remote',
      async () => ((await clusterz()).length === 0 ? true : undefined),
      {
        timeoutMs: 30_000,
        intervalMs: 200,
      },
    );
    expect(ids(await clusterz())).toEqual([]);
    const diff = diffSnapshots(before, await snapshotClusters());
    // The test itself restarted istiod's Deployment above (a new generation), and the default
    // namespaces were labelled for injection and unlabelled again: their labels must be as before.
    const expected = (d: string) =>
      d.startsWith(`changed primary: Deployment ${NS}/istiod `) ||
      /^changed remote-\d: Namespace default /.test(d);
    expect(diff.filter((d) => !expected(d))).toEqual([]);
    for (const remote of REMOTES) expect(await namespaceMeta(remote, 'default')).toEqual(defaultMeta[remote]);
  });
});
