import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import { core, startHarness, testbedInputs, type ActionHarness, type ActionRun } from '../support/action.js';
import { installControlPlane, resetPrimaryRegistrations, resetRemote } from '../support/cluster-state.js';
import { installControlPlane as installWithValues } from '../../testbed/control-plane.js';

const NS = 'istio-system';
const REMOTE = 'remote-1';

/** What a cloud controller would write: one ingress entry per Service (documentation addresses). */
const LOAD_BALANCERS = {
  'istio-pilot': { ip: '203.0.113.11' },
  'istio-policy': { ip: '203.0.113.12' },
  'istio-telemetry': { ip: '203.0.113.13' },
  'istio-statsd-prom-bridge': { ip: '203.0.113.14' },
  zipkin: { hostname: 'zipkin-lb.mesh.example.test' },
} as const;
const GATEWAY = { 'istio-ingressgateway': { ip: '203.0.113.50' } } as const;
const TOUCHED = [...Object.keys(LOAD_BALANCERS), ...Object.keys(GATEWAY)];

async function setIngress(service: string, ingress: k8s.V1LoadBalancerIngress[]): Promise<void> {
  await core('primary').patchNamespacedServiceStatus(
    { namespace: NS, name: service, body: { status: { loadBalancer: { ingress } } } },
    k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
  );
}

async function mesh(): Promise<string> {
  return (await core(REMOTE).readNamespacedConfigMap({ namespace: NS, name: 'istio' })).data?.mesh ?? '';
}

function stepOutputs(run: ActionRun, id: string): Record<string, string> {
  return run.steps.find((s) => s.id === id)?.outputs ?? {};
}

function expectMeshAddresses(
  text: string,
  a: Record<'pilot' | 'policy' | 'telemetry' | 'statsd' | 'zipkin', string>,
) {
  expect(text).toContain(`discoveryAddress: ${a.pilot}:15007`);
  expect(text).toContain(`mixerCheckServer: ${a.policy}:15004`);
  expect(text).toContain(`mixerReportServer: ${a.telemetry}:15004`);
  expect(text).toContain(`statsdUdpAddress: ${a.statsd}:9125`);
  expect(text).toContain(`zipkinAddress: ${a.zipkin}:9411`);
}

describe('endpoint-mode on the testbed (Istio 1.0 stand-in with LoadBalancer Services)', () => {
  let harness: ActionHarness;

  beforeAll(async () => {
    await installWithValues({ values: { 'services.type': 'LoadBalancer' } });
    for (const service of TOUCHED) await setIngress(service, []);
    await resetRemote(REMOTE);
    await resetPrimaryRegistrations();
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    await resetRemote(REMOTE);
    await resetPrimaryRegistrations();
    for (const service of TOUCHED) await setIngress(service, []).catch(() => undefined);
    await installControlPlane();
  });

  it('load-balancer - with no ingress yet fails after wait-timeout naming the service, the cluster and the fix', async () => {
    const run = await harness.run(
      testbedInputs([REMOTE], { 'endpoint-mode': 'load-balancer', 'wait-timeout': '3s' }),
    );
    expect(run.success).toBe(false);
    expect(run.steps.find((s) => s.id === 'endpoints')?.outcome).toBe('failure');
    expect(run.steps.find((s) => s.id === 'remote-install')?.outcome).toBe('skipped');
    expect(run.log).toContain(
      '[endpoints] cluster "primary": Service istio-pilot in namespace istio-system got no LoadBalancer address (status.loadBalancer.ingress) within 3s.',
    );
    expect(run.log).toMatch(
      /Fix: check that a load-balancer controller .* raise wait-timeout, or use endpoint-mode explicit/,
    );
  });

  it('load-balancer - every component gets its Service LoadBalancer address, and the remote ConfigMap carries them', async () => {
    for (const [service, ingress] of Object.entries(LOAD_BALANCERS)) await setIngress(service, [ingress]);
    const run = await harness.run(testbedInputs([REMOTE], { 'endpoint-mode': 'load-balancer' }));
    expect(run.success, run.log).toBe(true);
    const expected = {
      pilot: '203.0.113.11',
      policy: '203.0.113.12',
      telemetry: '203.0.113.13',
      statsd: '203.0.113.14',
      zipkin: 'zipkin-lb.mesh.example.test',
    };
    for (const [name, address] of Object.entries(expected))
      expect(run.outputs[`${name}-pod-ip`], name).toBe(address);
    expect(stepOutputs(run, 'endpoints')['endpoint-mode']).toBe('load-balancer');
    expect(run.summary).toContain('endpoint mode load-balancer');
    expect(run.summary).toContain('pilot: 203.0.113.11 (LoadBalancer of Service istio-pilot)');
    expect(run.summary).not.toContain('pod IPs change');
    expectMeshAddresses(await mesh(), expected);
  });

  it('gateway - one ingress-gateway address for every deployed component', async () => {
    await setIngress('istio-ingressgateway', [GATEWAY['istio-ingressgateway']]);
    const run = await harness.run(testbedInputs([REMOTE], { 'endpoint-mode': 'gateway' }));
    expect(run.success, run.log).toBe(true);
    const gateway = '203.0.113.50';
    for (const name of ['pilot', 'policy', 'telemetry', 'statsd', 'zipkin'])
      expect(run.outputs[`${name}-pod-ip`], name).toBe(gateway);
    expect(stepOutputs(run, 'endpoints')['endpoint-mode']).toBe('gateway');
    expectMeshAddresses(await mesh(), {
      pilot: gateway,
      policy: gateway,
      telemetry: gateway,
      statsd: gateway,
      zipkin: gateway,
    });
  });

  it('explicit - the *-address inputs go to the remote as given', async () => {
    const given = {
      pilot: 'pilot.mesh.example.test',
      policy: '198.51.100.2',
      telemetry: '198.51.100.3',
      statsd: '198.51.100.4',
      zipkin: '198.51.100.5',
    };
    const run = await harness.run(
      testbedInputs([REMOTE], {
        'endpoint-mode': 'explicit',
        ...Object.fromEntries(Object.entries(given).map(([name, value]) => [`${name}-address`, value])),
      }),
    );
    expect(run.success, run.log).toBe(true);
    for (const [name, address] of Object.entries(given))
      expect(run.outputs[`${name}-pod-ip`], name).toBe(address);
    expect(stepOutputs(run, 'endpoints')['endpoint-mode']).toBe('explicit');
    expect(run.summary).toContain('pilot: pilot.mesh.example.test (input pilot-address)');
    expectMeshAddresses(await mesh(), given);
  });

  it('explicit - an address with a port is refused before anything changes', async () => {
    const before = await mesh();
    const run = await harness.run(
      testbedInputs([REMOTE], { 'endpoint-mode': 'explicit', 'pilot-address': '10.0.0.1:15007' }),
    );
    expect(run.success).toBe(false);
    expect(run.steps.find((s) => s.id === 'endpoints')?.outcome).toBe('failure');
    expect(run.log).toContain('pilot-address "10.0.0.1:15007" has a port: give the bare address "10.0.0.1"');
    expect(run.log).toContain('the chart appends the ports itself');
    expect(await mesh()).toBe(before);
  });
});
