import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import yaml from 'js-yaml';
import {
  core,
  kubeConfig,
  startHarness,
  testbedInputs,
  testbedState,
  type ActionHarness,
  type ActionRun,
} from '../support/action.js';
import {
  diffSnapshots,
  installControlPlane,
  resetPrimaryRegistrations,
  resetRemote,
  snapshotClusters,
} from '../support/cluster-state.js';
import { ipInCidr } from '../../../src/util/cidr.js';

const REMOTES = ['remote-1', 'remote-2'];
const NS = 'istio-system';

async function podIp(selector: string): Promise<string> {
  const pods = await core('primary').listNamespacedPod({ namespace: NS, labelSelector: selector });
  const running = pods.items.filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp);
  return running.map((p) => p.status?.podIP ?? '').sort()[0] ?? '';
}

describe('install flow on the testbed (1 primary + 2 remotes, Istio 1.0.0 control plane)', () => {
  let harness: ActionHarness;
  let first: ActionRun;

  beforeAll(async () => {
    await installControlPlane();
    await Promise.all(REMOTES.map((r) => resetRemote(r)));
    await resetPrimaryRegistrations();
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('mode: render, profile left empty, reads istio-1.0 from the pilot on the primary, computes everything and changes nothing in any cluster', async () => {
    const before = await snapshotClusters();
    const run = await harness.run(testbedInputs(REMOTES, { mode: 'render', profile: '' }));
    expect(run.success, run.log).toBe(true);
    expect(run.summary).toContain(
      "profile istio-1.0, read from the primary: Istio 1.0's pilot (a Deployment labelled istio=pilot, no istiod) runs in istio-system",
    );
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
    expect(run.outputs['pilot-pod-ip']).toBe(await podIp('istio=pilot'));
    expect(run.outputs['manifest-path']).toMatch(/istio-remote\.yaml$/);
    expect(JSON.parse(run.outputs['secret-names'] ?? '[]')).toEqual(REMOTES);
  });

  it('mode: install wires both remotes to the primary with the captured pod IPs', async () => {
    first = await harness.run(testbedInputs(REMOTES));
    expect(first.success, first.log).toBe(true);
    const out = first.outputs;
    const expected = {
      'pilot-pod-ip': await podIp('istio=pilot'),
      'policy-pod-ip': await podIp('istio-mixer-type=policy'),
      'telemetry-pod-ip': await podIp('istio-mixer-type=telemetry'),
      'statsd-pod-ip': await podIp('istio=statsd-prom-bridge'),
      'zipkin-pod-ip': await podIp('app=jaeger'),
    };
    const primaryPods = testbedState().clusters.find((c) => c.name === 'primary')?.podCidr ?? '';
    for (const [name, ip] of Object.entries(expected)) {
      expect(out[name], name).toBe(ip);
      expect(ipInCidr(ip, primaryPods), `${name} ${ip} in ${primaryPods}`).toBe(true);
    }
    expect(JSON.parse(out['remote-names'] ?? '[]')).toEqual(REMOTES);
    expect(JSON.parse(out['secret-names'] ?? '[]')).toEqual(REMOTES);
    expect(first.summary).toContain('| remote-install | success |');

    for (const remote of REMOTES) {
      const mesh =
        (await core(remote).readNamespacedConfigMap({ namespace: NS, name: 'istio' })).data?.mesh ?? '';
      expect(mesh).toContain(`discoveryAddress: ${expected['pilot-pod-ip']}:15007`);
      expect(mesh).toContain(`mixerCheckServer: ${expected['policy-pod-ip']}:15004`);
      expect(mesh).toContain(`mixerReportServer: ${expected['telemetry-pod-ip']}:15004`);
      expect(mesh).toContain(`zipkinAddress: ${expected['zipkin-pod-ip']}:9411`);
      expect(mesh).toContain(`statsdUdpAddress: ${expected['statsd-pod-ip']}:9125`);
      const defaultNs = await core(remote).readNamespace({ name: 'default' });
      expect(defaultNs.metadata?.labels?.['istio-injection']).toBe('enabled');
      await core(remote).readNamespacedServiceAccount({ namespace: NS, name: 'istio-multi' });
    }
  });

  it('each registration secret holds a kubeconfig that works against its remote with reader rights only', async () => {
    for (const remote of REMOTES) {
      const secret = await core('primary').readNamespacedSecret({ namespace: NS, name: remote });
      expect(secret.metadata?.labels?.['istio/multiCluster']).toBe('true');
      expect(Object.keys(secret.data ?? {})).toEqual([remote]);
      const kubeconfigText = Buffer.from(secret.data?.[remote] ?? '', 'base64').toString('utf8');
      const parsed = yaml.load(kubeconfigText) as {
        clusters: { name: string }[];
        users: { name: string; user: { token?: string } }[];
      };
      expect(parsed.clusters.map((c) => c.name)).toEqual([remote]);
      expect(parsed.users[0]?.user.token).toBeTruthy();

      const config = new k8s.KubeConfig();
      config.loadFromString(kubeconfigText);
      const reader = config.makeApiClient(k8s.CoreV1Api);
      const pods = await reader.listPodForAllNamespaces({ limit: 5 });
      expect(Array.isArray(pods.items)).toBe(true);
      await expect(reader.listNamespacedSecret({ namespace: NS })).rejects.toMatchObject({ code: 403 });
      expect(config.getCurrentCluster()?.server).toBe(kubeConfig(remote).getCurrentCluster()?.server);
    }
  });

  it('a second install succeeds and moves no resourceVersion', async () => {
    const before = await snapshotClusters();
    const second = await harness.run(testbedInputs(REMOTES));
    expect(second.success, second.log).toBe(true);
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
    expect(second.summary).toMatch(/0 created or changed/);
    expect(second.summary).toMatch(/unchanged/);
  });

  it('the log of a full run holds no token, key or password involved', async () => {
    const secrets: string[] = [];
    for (const remote of REMOTES) {
      const registered = await core('primary').readNamespacedSecret({ namespace: NS, name: remote });
      const text = Buffer.from(registered.data?.[remote] ?? '', 'base64').toString('utf8');
      const token = (yaml.load(text) as { users: { user: { token: string } }[] }).users[0]?.user.token ?? '';
      secrets.push(token, Buffer.from(token).toString('base64'));
    }
    for (const cluster of ['primary', ...REMOTES]) {
      const user = kubeConfig(cluster).getCurrentUser();
      for (const value of [user?.keyData, user?.token, user?.password]) {
        if (!value) continue;
        secrets.push(value);
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        secrets.push(...decoded.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----')));
      }
    }
    expect(secrets.length).toBeGreaterThan(4);
    for (const run of [first]) {
      const everything = `${run.log}\n${run.summary}\n${JSON.stringify(run.outputs)}`;
      for (const secret of secrets)
        expect(everything.includes(secret), `a secret of ${secret.length} chars leaked`).toBe(false);
    }
  });

  it('the run removed every credential file it wrote', async () => {
    const { readdirSync } = await import('node:fs');
    const leftovers = readdirSync(first.runnerTemp, { recursive: true })
      .map(String)
      .filter((f) => f.includes('credentials'));
    expect(leftovers).toEqual([]);
  });
});
