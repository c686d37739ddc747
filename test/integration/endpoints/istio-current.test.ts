import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import { captureEndpoints, type EndpointsInput } from '../../../src/stages/endpoints/endpoints.js';
import { openCluster } from '../../../src/kube/client.js';
import { workloadReaderOf } from '../../../src/kube/workload-reader.js';
import { waitFor } from '../../../src/kube/wait.js';
import { StageError } from '../../../src/util/errors.js';
import { realCharts } from '../../testbed/istio-module.js';
import {
  binaries,
  clusterByName,
  kubeConfigFor,
  makeTestNamespace,
  type TestNamespace,
} from '../support/testbed.js';

const EASTWEST = 'istio-eastwestgateway';

/**
 * Renders the namespaced parts of the real istiod chart (its Deployment, Service and ServiceAccount)
 * and the real gateway chart as the east-west gateway into a test namespace, so nothing cluster-wide
 * is shared with other tests.
 */
function deployCurrentControlPlane(namespace: string): void {
  const kubeconfig = clusterByName('primary').kubeconfigPath;
  const render = (release: string, chart: string, extra: string[]) =>
    execFileSync(binaries.helm, ['template', release, chart, '-n', namespace, ...extra], {
      encoding: 'utf8',
    });
  const only = ['deployment', 'service', 'serviceaccount'].flatMap((t) => [
    '--show-only',
    `templates/${t}.yaml`,
  ]);
  const manifest = [
    render('istiod', realCharts.istiod, [...only, '--set', `global.istioNamespace=${namespace}`]),
    render(EASTWEST, realCharts.gateway, ['--set', 'labels.istio=eastwestgateway']),
  ].join('\n---\n');
  execFileSync(binaries.kubectl, ['apply', '-n', namespace, '--kubeconfig', kubeconfig, '-f', '-'], {
    input: manifest,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
}

async function runningIstiodIp(core: k8s.CoreV1Api, namespace: string): Promise<string> {
  return waitFor(
    'a Running istiod pod',
    async () => {
      const pods = await core.listNamespacedPod({ namespace, labelSelector: 'app=istiod' });
      return pods.items.find((p) => p.status?.phase === 'Running' && p.status.podIP)?.status?.podIP;
    },
    { timeoutMs: 120_000 },
  );
}

describe('endpoint modes with profile istio-current (the real istiod and gateway charts on the primary)', () => {
  let ns: TestNamespace;
  let core: k8s.CoreV1Api;
  let input: EndpointsInput;

  async function setIngress(ingress: k8s.V1LoadBalancerIngress[]): Promise<void> {
    await core.patchNamespacedServiceStatus(
      { namespace: ns.name, name: EASTWEST, body: { status: { loadBalancer: { ingress } } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
  }

  beforeAll(async () => {
    ns = await makeTestNamespace('primary', 'endpoints-current');
    core = kubeConfigFor('primary').makeApiClient(k8s.CoreV1Api);
    deployCurrentControlPlane(ns.name);
    input = {
      primary: workloadReaderOf(openCluster('primary', clusterByName('primary').kubeconfigPath)),
      namespace: ns.name,
      timeoutMs: 60_000,
      profile: 'istio-current',
    };
  });

  afterAll(async () => {
    await ns?.cleanup();
  });

  it('pod-ip - the Running app=istiod pod IP is the discovery address', async () => {
    const ip = await runningIstiodIp(core, ns.name);
    const result = await captureEndpoints({ ...input, mode: 'pod-ip' });
    expect(result.addresses).toEqual({ pilot: ip });
    expect(result.captured[0]).toMatchObject({ via: 'pod', component: 'pilot' });
  });

  it('load-balancer - without an ingress fails naming istio-eastwestgateway, the cluster and the fix', async () => {
    const error = await captureEndpoints({ ...input, mode: 'load-balancer', timeoutMs: 2000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).message).toContain(
      `[endpoints] cluster "primary": Service ${EASTWEST} in namespace ${ns.name} got no LoadBalancer address`,
    );
    expect((error as StageError).fix).toContain('load-balancer controller');
  });

  it('load-balancer - the east-west gateway LoadBalancer address, not istiod ClusterIP Service', async () => {
    await setIngress([{ ip: '203.0.113.90' }]);
    const result = await captureEndpoints({ ...input, mode: 'load-balancer' });
    expect(result.addresses).toEqual({ pilot: '203.0.113.90' });
    expect(result.captured[0]).toMatchObject({ via: 'service', service: EASTWEST });
  });

  it('gateway - the same address through gateway-service', async () => {
    await setIngress([{ hostname: 'eastwest.mesh.example.test' }]);
    const result = await captureEndpoints({ ...input, mode: 'gateway', gatewayService: EASTWEST });
    expect(result.addresses).toEqual({ pilot: 'eastwest.mesh.example.test' });
    expect(result.absent).toEqual([]);
  });

  it('explicit - pilot-address only; the Istio 1.0 addresses are refused', async () => {
    const result = await captureEndpoints({
      ...input,
      mode: 'explicit',
      explicit: { pilot: '198.51.100.7' },
    });
    expect(result.addresses).toEqual({ pilot: '198.51.100.7' });
    await expect(
      captureEndpoints({
        ...input,
        mode: 'explicit',
        explicit: { pilot: '198.51.100.7', zipkin: '198.51.100.8' },
      }),
    ).rejects.toThrow(/zipkin-address is set, but profile istio-current has no zipkin component/);
  });
});
