import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import {
  core,
  kubeConfig,
  kubeconfigText,
  startHarness,
  testbedInputs,
  type ActionHarness,
} from '../support/action.js';
import { installControlPlane, resetPrimaryRegistrations, resetRemote } from '../support/cluster-state.js';
import yaml from 'js-yaml';
import { execFileSync } from 'node:child_process';
import { binaries, clusterByName } from '../support/testbed.js';
import { withoutWrites } from '../support/cluster-state.js';
import { TESTBED_HELM_VERSIONS } from '../../support/release-mirror.js';

const NS = 'istio-system';

interface PlanEntry {
  create: string[];
  change: { object: string; fields: string[] }[];
  prune: string[];
  unchanged: number;
}

function kubectl(cluster: string, args: readonly string[]): string {
  return execFileSync(binaries.kubectl, [`--kubeconfig=${clusterByName(cluster).kubeconfigPath}`, ...args], {
    encoding: 'utf8',
  });
}

describe('install flow variants on the testbed', () => {
  let harness: ActionHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    await installControlPlane();
  });

  it('Istio 1.0.3+ primary (no statsd, no tracing): outputs empty, values left out, run succeeds', async () => {
    await installControlPlane(['--no-statsd', '--no-tracing']);
    await resetRemote('remote-1');
    await resetPrimaryRegistrations();
    const run = await harness.run(testbedInputs(['remote-1']));
    expect(run.success, run.log).toBe(true);
    expect(run.outputs['statsd-pod-ip']).toBe('');
    expect(run.outputs['zipkin-pod-ip']).toBe('');
    expect(run.outputs['pilot-pod-ip']).not.toBe('');
    expect(run.log).toMatch(/statsd not found on primary: statsd-prom-bridge was removed in Istio 1\.0\.3/);
    const mesh =
      (await core('remote-1').readNamespacedConfigMap({ namespace: NS, name: 'istio' })).data?.mesh ?? '';
    expect(mesh).not.toMatch(/statsdUdpAddress/);
    expect(mesh).not.toMatch(/zipkinAddress/);
    expect(mesh).toContain(`discoveryAddress: ${run.outputs['pilot-pod-ip']}:15007`);
    await installControlPlane();
  });

  it('remote names with underscores and upper case become DNS-1123 labels everywhere', async () => {
    type Kubeconfig = { clusters: { name: string }[]; contexts: { context: { cluster: string } }[] };
    const config = yaml.load(kubeconfigText('remote-1')) as Kubeconfig;
    for (const cluster of config.clusters) cluster.name = 'GKE_Proj_Zone_Remote_1';
    for (const context of config.contexts) context.context.cluster = 'GKE_Proj_Zone_Remote_1';
    const renamed = yaml.dump(config);
    await resetRemote('remote-1');
    await resetPrimaryRegistrations();
    const odd = await harness.run({
      ...testbedInputs(['remote-1']),
      'remote-kubeconfigs': renamed,
      'remote-names': '',
    });
    expect(odd.success, odd.log).toBe(true);
    expect(JSON.parse(odd.outputs['remote-names'] ?? '')).toEqual(['gke-proj-zone-remote-1']);
    expect(JSON.parse(odd.outputs['secret-names'] ?? '')).toEqual(['gke-proj-zone-remote-1']);
    const secret = await core('primary').readNamespacedSecret({
      namespace: NS,
      name: 'gke-proj-zone-remote-1',
    });
    expect(Object.keys(secret.data ?? {})).toEqual(['gke-proj-zone-remote-1']);
  });

  it('base64 kubeconfigs, one per line, work like raw ones', async () => {
    await resetRemote('remote-1');
    await resetRemote('remote-2');
    await resetPrimaryRegistrations();
    const b64 = (text: string): string => Buffer.from(text).toString('base64');
    const run = await harness.run({
      ...testbedInputs(['remote-1', 'remote-2']),
      'primary-kubeconfig': b64(kubeconfigText('primary')),
      'remote-kubeconfigs': `${b64(kubeconfigText('remote-1'))}\n${b64(kubeconfigText('remote-2'))}`,
    });
    expect(run.success, run.log).toBe(true);
    expect(JSON.parse(run.outputs['secret-names'] ?? '')).toEqual(['remote-1', 'remote-2']);
  });

  it('a merged kubeconfig with primary-context and remote-contexts works', async () => {
    await resetRemote('remote-1');
    await resetPrimaryRegistrations();
    type Config = {
      clusters: unknown[];
      users: unknown[];
      contexts: { name: string }[];
      'current-context': string;
    };
    const parts = ['primary', 'remote-1'].map((c) => yaml.load(kubeconfigText(c)) as Config);
    const merged = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: parts.flatMap((p) => p.clusters),
      users: parts.flatMap((p) => p.users),
      contexts: parts.flatMap((p) => p.contexts),
      'current-context': parts[0]?.['current-context'],
    };
    const run = await harness.run({
      profile: 'istio-1.0',
      chart: 'test/fixtures/charts/istio-remote',
      'wait-timeout': '120s',
      kubeconfig: yaml.dump(merged),
      'primary-context': parts[0]?.['current-context'] ?? '',
      'remote-contexts': parts[1]?.['current-context'] ?? '',
      'remote-names': 'remote-1',
    });
    expect(run.success, run.log).toBe(true);
    const secret = await core('primary').readNamespacedSecret({ namespace: NS, name: 'remote-1' });
    expect(secret.metadata?.labels?.['istio/multiCluster']).toBe('true');
  });

  // Helm 4 applies server-side (field managers, conflicts) where Helm 3 merged three ways: the same
  // flow runs with both majors.
  it.each(['v3', 'v4'] as const)(
    'install-method helm (Helm %s): installs a release, a second run keeps its revision, render plans each object, resync undoes a hand edit, a dropped injector is planned for deletion',
    async (major) => {
      await resetRemote('remote-2');
      await resetPrimaryRegistrations();
      const inputs = testbedInputs(['remote-2'], {
        'install-method': 'helm',
        'helm-version': TESTBED_HELM_VERSIONS[major],
      });
      const run = await harness.run(inputs);
      expect(run.success, run.log).toBe(true);
      const releases = async (): Promise<string[]> =>
        (
          await core('remote-2').listNamespacedSecret({
            namespace: NS,
            labelSelector: 'owner=helm,name=istio-remote',
          })
        ).items
          .map((s) => `${s.metadata?.name}@${s.metadata?.resourceVersion}`)
          .sort();
      const before = await releases();
      expect(before).toHaveLength(1);
      const mesh =
        (await core('remote-2').readNamespacedConfigMap({ namespace: NS, name: 'istio' })).data?.mesh ?? '';
      expect(mesh).toContain(`discoveryAddress: ${run.outputs['pilot-pod-ip']}:15007`);
      const again = await harness.run(inputs);
      expect(again.success, again.log).toBe(true);
      expect(await releases()).toEqual(before);

      // The plan is per object: render dry-runs the release's objects against the live ones.
      const plan = async (extra: Record<string, string>): Promise<PlanEntry | undefined> => {
        const render = await harness.run({ ...inputs, mode: 'render', ...extra });
        expect(render.success, render.log).toBe(true);
        return (JSON.parse(render.outputs.plan ?? '{}') as Record<string, PlanEntry>)['remote-2'];
      };
      const quiet = await withoutWrites(() => plan({}));
      expect(quiet?.change).toEqual([]);
      expect(quiet?.create).toEqual([]);
      expect(quiet?.prune).toEqual([]);
      expect(quiet?.unchanged).toBeGreaterThan(5);

      // Someone edits the istio ConfigMap of the helm release by hand.
      kubectl('remote-2', [
        'patch',
        'configmap/istio',
        `--namespace=${NS}`,
        '--type=merge',
        '--field-manager=someone',
        '--patch={"data":{"mesh":"edited: by hand"}}',
      ]);
      expect((await plan({}))?.change).toEqual([{ object: `ConfigMap ${NS}/istio`, fields: ['data.mesh'] }]);

      const dropped = await plan({ 'sidecar-injector': 'false' });
      expect(dropped?.prune).toContain('MutatingWebhookConfiguration istio-sidecar-injector');

      const resync = await harness.run({ ...inputs, mode: 'resync' });
      expect(resync.success, resync.log).toBe(true);
      expect(resync.outputs.changed).toBe('true');
      expect(JSON.parse(resync.outputs['drifted-remotes'] ?? '[]')).toEqual([
        { remote: 'remote-2', reasons: [`changed on the cluster: ConfigMap ${NS}/istio (data.mesh)`] },
      ]);
      const repaired =
        (await core('remote-2').readNamespacedConfigMap({ namespace: NS, name: 'istio' })).data?.mesh ?? '';
      expect(repaired).toContain(`discoveryAddress: ${run.outputs['pilot-pod-ip']}:15007`);
      const quietResync = await withoutWrites(() => harness.run({ ...inputs, mode: 'resync' }));
      expect(quietResync.success, quietResync.log).toBe(true);
      expect(quietResync.outputs.changed).toBe('false');
      await resetRemote('remote-2');
    },
  );

  it('a release Helm v3 installed, resynced by Helm v4 (the runner upgraded helm): the hand edit is repaired and the release moves to server-side apply', async () => {
    await resetRemote('remote-2');
    await resetPrimaryRegistrations();
    const v3 = testbedInputs(['remote-2'], {
      'install-method': 'helm',
      'helm-version': TESTBED_HELM_VERSIONS.v3,
    });
    const run = await harness.run(v3);
    expect(run.success, run.log).toBe(true);
    kubectl('remote-2', [
      'patch',
      'configmap/istio',
      `--namespace=${NS}`,
      '--type=merge',
      '--field-manager=someone',
      '--patch={"data":{"mesh":"edited: by hand"}}',
    ]);
    const resync = await harness.run({ ...v3, 'helm-version': TESTBED_HELM_VERSIONS.v4, mode: 'resync' });
    expect(resync.success, resync.log).toBe(true);
    expect(resync.outputs.changed).toBe('true');
    const map = await core('remote-2').readNamespacedConfigMap({ namespace: NS, name: 'istio' });
    expect(map.data?.mesh).toContain(`discoveryAddress: ${run.outputs['pilot-pod-ip']}:15007`);
    const managers = (map.metadata?.managedFields ?? []).map(
      (field) => `${field.manager}/${field.operation}`,
    );
    expect(managers).toContain('helm/Apply');
    expect(managers).not.toContain('someone/Update');
    await resetRemote('remote-2');
  });

  it('sidecar-injector: false renders without the injector', async () => {
    await resetRemote('remote-1');
    const run = await harness.run(testbedInputs(['remote-1'], { 'sidecar-injector': 'false' }));
    expect(run.success, run.log).toBe(true);
    const maps = await core('remote-1').listNamespacedConfigMap({ namespace: NS });
    const names = maps.items.map((m) => m.metadata?.name);
    expect(names).toContain('istio');
    const hooks = await kubeConfig('remote-1')
      .makeApiClient(k8s.AdmissionregistrationV1Api)
      .listMutatingWebhookConfiguration();
    expect(hooks.items.map((h) => h.metadata?.name)).not.toContain('istio-sidecar-injector');
  });
});
