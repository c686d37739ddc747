// Multi-network primary-remote with the real charts and the real istiod: primary on network1, the
// remotes on network2. The action installs east-west gateways from the real gateway chart (the
// primary's exposes istiod too), the remotes reach istiod through the primary's gateway address
// (endpoint-mode gateway), and istiod lists every cluster's gateway as a cross-network gateway.
// The gateway Services get their LoadBalancer addresses from the test, as a cloud controller would.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { core, kubeConfig, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import { istioModuleDir } from '../../testbed/istio-module.js';
import { withoutWrites } from '../support/cluster-state.js';
import {
  NS,
  discoveryEndpoint,
  setUpRealIstio,
  tearDownRealIstio,
  waitSynced,
  realChartRuns,
} from '../support/real-istio.js';
import { networkz } from '../../testbed/istiod.js';
import { waitFor } from '../../testbed/wait.js';

const REMOTES = ['remote-1', 'remote-2'];
const GATEWAY = 'istio-eastwestgateway';
const ADDRESS = { primary: '172.18.255.1', 'remote-1': '172.18.255.11', 'remote-2': '172.18.255.12' };

/** Writes the LoadBalancer address of the cluster's east-west gateway Service once it exists. */
async function assignAddress(cluster: string, ip: string): Promise<void> {
  const api = core(cluster);
  await waitFor(
    `Service ${NS}/${GATEWAY} on ${cluster}`,
    async () => {
      try {
        return await api.readNamespacedService({ namespace: NS, name: GATEWAY });
      } catch {
        return undefined;
      }
    },
    { timeoutMs: 90_000, intervalMs: 200 },
  );
  await api.patchNamespacedServiceStatus(
    { namespace: NS, name: GATEWAY, body: { status: { loadBalancer: { ingress: [{ ip }] } } } },
    k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
  );
}

async function istioObjects(cluster: string, plural: string): Promise<string[]> {
  const api = kubeConfig(cluster).makeApiClient(k8s.CustomObjectsApi);
  const list = (await api.listNamespacedCustomObject({
    group: 'networking.istio.io',
    version: 'v1',
    namespace: NS,
    plural,
  })) as { items: { metadata: { name: string } }[] };
  return list.items.map((i) => i.metadata.name).sort();
}

describe('multi-network primary-remote with east-west gateways from the real gateway chart', () => {
  let harness: ActionHarness;
  const timings: Record<string, number> = {};
  const run = realChartRuns(
    () => harness,
    REMOTES,
    () => ({
      network: 'primary=network1\nremote-1=network2\nremote-2=network2',
      'endpoint-mode': 'gateway',
      'gateway-service': GATEWAY,
    }),
    timings,
  );

  beforeAll(async () => {
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
  });

  afterAll(async () => {
    console.log(`networks timings (s): ${JSON.stringify(timings)}`);
    await harness?.close();
    await tearDownRealIstio(REMOTES);
  });

  it('install: remotes reach istiod at the gateway address; istiod lists the gateway of every network', async () => {
    const [installed] = await Promise.all([run('install'), assignAddress('primary', ADDRESS.primary)]);
    expect(installed.success, installed.log).toBe(true);
    for (const remote of REMOTES) await assignAddress(remote, ADDRESS[remote as keyof typeof ADDRESS]);
    await waitSynced(REMOTES);
    for (const remote of REMOTES) {
      expect(await discoveryEndpoint(remote)).toEqual([ADDRESS.primary]);
      expect(await istioObjects(remote, 'gateways')).toEqual(['cross-network-gateway']);
      const namespace = await core(remote).readNamespace({ name: NS });
      expect(namespace.metadata?.labels?.['topology.istio.io/network']).toBe('network2');
    }
    expect(await istioObjects('primary', 'gateways')).toEqual(['cross-network-gateway', 'istiod-gateway']);
    expect(await istioObjects('primary', 'virtualservices')).toEqual(['istiod-vs']);
    const seen = await waitFor(
      'istiod to list a cross-network gateway for each cluster',
      async () => {
        const gateways = await networkz();
        return gateways.length >= 3 ? gateways : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(
      seen
        .filter((g) => g.Port === 15443)
        .map((g) => [g.Cluster, g.Network, g.Addr])
        .sort(),
    ).toEqual([
      ['primary', 'network1', ADDRESS.primary],
      ['remote-1', 'network2', ADDRESS['remote-1']],
      ['remote-2', 'network2', ADDRESS['remote-2']],
    ]);
  });

  it('a new gateway address is repaired on every remote by one resync; a second resync writes nothing', async () => {
    const moved = '172.18.255.2';
    await assignAddress('primary', moved);
    const repaired = await run('resync after the address moved', { mode: 'resync' });
    expect(repaired.success, repaired.log).toBe(true);
    const drifted = JSON.parse(repaired.outputs['drifted-remotes'] ?? '[]') as { remote: string }[];
    expect(drifted.map((d) => d.remote).sort()).toEqual(REMOTES);
    for (const remote of REMOTES) expect(await discoveryEndpoint(remote)).toEqual([moved]);
    await waitSynced(REMOTES);

    const idle = await withoutWrites(() => run('resync in sync', { mode: 'resync' }));
    expect(idle.success, idle.log).toBe(true);
    expect(idle.outputs.changed).toBe('false');
  });

  it('install-method helm with remote east-west gateways is refused before any write', async () => {
    const refused = await withoutWrites(() => run('refused: helm', { 'install-method': 'helm' }));
    expect(refused.success).toBe(false);
    expect(refused.log).toContain('[preflight] install-method helm cannot install the east-west gateways of');
  });

  it('uninstall of one remote keeps the primary gateway while the other remote is registered through it', async () => {
    const gatewayBefore = await core('primary').readNamespacedService({ namespace: NS, name: GATEWAY });
    const one = await harness.run(
      testbedInputs(['remote-1'], {
        profile: 'istio-current',
        chart: 'manifests/charts',
        network: 'primary=network1\nremote-1=network2',
        'endpoint-mode': 'gateway',
        'gateway-service': GATEWAY,
        mode: 'uninstall',
      }),
      { workspace: istioModuleDir() },
    );
    expect(one.success, one.log).toBe(true);
    expect(one.summary).toContain(
      `kept ${GATEWAY}: registrations of other remotes still use the primary (istio-remote-secret-remote-2)`,
    );
    const gatewayAfter = await core('primary').readNamespacedService({ namespace: NS, name: GATEWAY });
    expect(gatewayAfter.metadata?.resourceVersion).toBe(gatewayBefore.metadata?.resourceVersion);
    expect(await istioObjects('primary', 'gateways')).toEqual(['cross-network-gateway', 'istiod-gateway']);
    await waitSynced(['remote-2']);
  });

  it('uninstall, even without a chart input, removes the gateways on the primary and the remotes', async () => {
    const removed = await run('uninstall', { mode: 'uninstall', chart: '' });
    expect(removed.success, removed.log).toBe(true);
    const selector = `istio-multicluster-action/release=${GATEWAY}`;
    const autoscalers = await kubeConfig('primary')
      .makeApiClient(k8s.AutoscalingV2Api)
      .listNamespacedHorizontalPodAutoscaler({ namespace: NS, labelSelector: selector });
    const deployments = await kubeConfig('primary')
      .makeApiClient(k8s.AppsV1Api)
      .listNamespacedDeployment({ namespace: NS, labelSelector: selector });
    expect([...autoscalers.items, ...deployments.items]).toEqual([]);
    expect(await istioObjects('primary', 'gateways')).toEqual([]);
    expect(await istioObjects('primary', 'virtualservices')).toEqual([]);
    const services = await core('primary').listNamespacedService({ namespace: NS });
    expect(services.items.map((s) => s.metadata?.name)).not.toContain(GATEWAY);
    await waitSynced([]);
  });
});
