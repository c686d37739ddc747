import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CoreV1Api, type V1Pod } from '@kubernetes/client-node';
import { loadAll } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cidrContains } from '../../testbed/cidr.js';
import {
  DEFAULT_NAMESPACE,
  installControlPlane,
  uninstallControlPlane,
} from '../../testbed/control-plane.js';
import { chartDir } from '../../testbed/layout.js';
import { waitFor } from '../../testbed/wait.js';
import { binaries, clusterByName, kubeConfigFor } from '../support/testbed.js';

const namespace = DEFAULT_NAMESPACE;
const primary = clusterByName('primary');
const core = kubeConfigFor('primary').makeApiClient(CoreV1Api);

/** The label selectors the action uses to find each Istio 1.0 control-plane pod. */
const CONTROL_PLANE = {
  pilot: 'istio=pilot',
  policy: 'istio=mixer,istio-mixer-type=policy',
  telemetry: 'istio=mixer,istio-mixer-type=telemetry',
  statsd: 'istio=statsd-prom-bridge',
  tracing: 'app=jaeger',
} as const;

async function livePods(labelSelector: string): Promise<V1Pod[]> {
  const pods = await core.listNamespacedPod({ namespace, labelSelector });
  return pods.items.filter((pod) => !pod.metadata?.deletionTimestamp);
}

interface Manifest {
  kind: string;
  metadata: { name: string };
  spec?: {
    type?: string;
    template?: { spec?: { volumes?: { secret?: { secretName?: string } }[] } };
  };
}

async function render(...sets: string[]): Promise<Manifest[]> {
  const args = [
    'template',
    'istio',
    chartDir,
    '--namespace',
    namespace,
    ...sets.flatMap((s) => ['--set', s]),
  ];
  const { stdout } = await promisify(execFile)(binaries.helm, args);
  return loadAll(stdout).filter((doc): doc is Manifest => typeof doc === 'object' && doc !== null);
}

describe('stand-in Istio 1.0 control plane on the primary', () => {
  beforeAll(async () => {
    await installControlPlane();
  });

  afterAll(async () => {
    await uninstallControlPlane();
  });

  it('control-plane - runs the five control-plane pods, each with an IP in the primary pod range', async () => {
    for (const [component, selector] of Object.entries(CONTROL_PLANE)) {
      const pods = await livePods(selector);
      expect(pods, `${component} (${selector})`).toHaveLength(1);
      expect(pods[0]?.status?.phase, component).toBe('Running');
      const ip = pods[0]?.status?.podIP ?? '';
      expect(cidrContains(primary.podCidr, ip), `${component} IP ${ip} in ${primary.podCidr}`).toBe(true);
    }
  });

  it('control-plane - a replacement pilot pod gets a different IP', async () => {
    const [old] = await livePods(CONTROL_PLANE.pilot);
    const oldName = old?.metadata?.name ?? '';
    const oldIp = old?.status?.podIP ?? '';
    expect(oldIp).not.toBe('');
    await core.deleteNamespacedPod({ name: oldName, namespace });
    const replacement = await waitFor(
      'a replacement pilot pod Running with an IP',
      async () => {
        const pods = await livePods(CONTROL_PLANE.pilot);
        return pods.find(
          (p) => p.metadata?.name !== oldName && p.status?.phase === 'Running' && p.status.podIP,
        );
      },
      { timeoutMs: 60_000 },
    );
    const newIp = replacement.status?.podIP ?? '';
    expect(newIp).not.toBe(oldIp);
    expect(cidrContains(primary.podCidr, newIp)).toBe(true);
  });

  it('control-plane - without statsd and tracing there is no statsd-prom-bridge or jaeger pod', async () => {
    const pods = await installControlPlane({ statsd: false, tracing: false });
    expect(pods.map((p) => p.deployment).sort()).toEqual([
      'istio-citadel',
      'istio-ingressgateway',
      'istio-pilot',
      'istio-policy',
      'istio-telemetry',
    ]);
    await waitFor(
      'statsd-prom-bridge and jaeger pods to be gone',
      async () => {
        const left = [...(await livePods(CONTROL_PLANE.statsd)), ...(await livePods(CONTROL_PLANE.tracing))];
        return left.length === 0 ? true : undefined;
      },
      { timeoutMs: 60_000 },
    );
  });

  it('chart - services.type and security.selfSigned change what is rendered', async () => {
    const defaults = await render();
    const lb = await render('services.type=LoadBalancer', 'security.selfSigned=false');
    const serviceTypes = (docs: Manifest[]) =>
      Object.fromEntries(
        docs.filter((d) => d.kind === 'Service').map((d) => [d.metadata.name, d.spec?.type ?? 'ClusterIP']),
      );
    const fiveServices = [
      'istio-pilot',
      'istio-policy',
      'istio-telemetry',
      'istio-statsd-prom-bridge',
      'zipkin',
    ];
    for (const name of fiveServices) {
      expect(serviceTypes(defaults)[name], name).toBe('ClusterIP');
      expect(serviceTypes(lb)[name], name).toBe('LoadBalancer');
    }
    expect(serviceTypes(defaults)['istio-ingressgateway']).toBe('LoadBalancer');
    const citadelSecrets = (docs: Manifest[]) =>
      docs
        .find((d) => d.kind === 'Deployment' && d.metadata.name === 'istio-citadel')
        ?.spec?.template?.spec?.volumes?.map((v) => v.secret?.secretName) ?? [];
    expect(citadelSecrets(defaults)).toEqual([]);
    expect(citadelSecrets(lb)).toEqual(['cacerts']);
  });
});
