// The endpoints stage through its port (WorkloadReader) with an in-memory primary: each endpoint mode
// of the seed's "capture the pod IPs" and its "Deployment considerations", the waits, and the errors.
import { describe, expect, it } from 'vitest';
import { captureEndpoints, type EndpointsInput } from '../../../src/stages/endpoints/endpoints.js';
import { FakeWorkloads } from '../fakes/workload-reader.js';
import { istio10Pods, pod, service } from './fixtures.js';

const NS = 'istio-system';

function input(primary: FakeWorkloads, overrides: Partial<EndpointsInput> = {}): EndpointsInput {
  return { primary, namespace: NS, timeoutMs: 5_000, ...overrides };
}

describe('endpoints stage (in-memory primary)', () => {
  it('pod-ip, istio-1.0: the five components from their Running pods; removed ones reported absent', async () => {
    const primary = new FakeWorkloads();
    primary.pods.push(...istio10Pods({ statsd: false, tracing: false }));
    const result = await captureEndpoints(input(primary));
    expect(result.addresses).toEqual({ pilot: '10.10.0.5', policy: '10.10.0.6', telemetry: '10.10.0.7' });
    expect(result.absent).toEqual([
      { component: 'statsd', reason: 'statsd-prom-bridge was removed in Istio 1.0.3' },
      { component: 'zipkin', reason: 'tracing is off by default' },
    ]);
  });

  it('pod-ip, istio-current: waits for istiod to run, then takes its pod IP', async () => {
    const primary = new FakeWorkloads();
    const starting = pod('istiod-a', { app: 'istiod' }, '', 'Pending');
    primary.pods.push(starting);
    primary.beforeRead = (read) => {
      if (read === 2) primary.pods.splice(0, 1, pod('istiod-a', { app: 'istiod' }, '10.20.0.4'));
    };
    const result = await captureEndpoints(input(primary, { profile: 'istio-current' }));
    expect(result.captured).toEqual([
      { component: 'pilot', address: '10.20.0.4', via: 'pod', pod: 'istiod-a' },
    ]);
    expect(primary.reads).toEqual(['pods app=istiod', 'pods app=istiod']);
  });

  it('a deployed component whose pods never run fails the stage, naming it and the fix', async () => {
    const primary = new FakeWorkloads();
    primary.pods.push(pod('istio-pilot-a', { istio: 'pilot' }, '', 'Pending'));
    await expect(captureEndpoints(input(primary, { timeoutMs: 1_200 }))).rejects.toThrow(
      /^\[endpoints\] cluster "primary": no pilot pod became ready in namespace istio-system: .*\. Fix: check that the Istio control plane runs in "istio-system" \(istio-namespace input\) and raise wait-timeout/,
    );
  });

  it('gateway: every deployed component gets the gateway Service address once it is assigned', async () => {
    const primary = new FakeWorkloads();
    primary.pods.push(...istio10Pods({ tracing: false }));
    primary.services.set('istio-ingressgateway', service('istio-ingressgateway'));
    primary.beforeRead = (read) => {
      if (read === 7)
        primary.services.set('istio-ingressgateway', service('istio-ingressgateway', { ip: '203.0.113.7' }));
    };
    const result = await captureEndpoints(input(primary, { mode: 'gateway' }));
    expect(result.addresses).toEqual({
      pilot: '203.0.113.7',
      policy: '203.0.113.7',
      telemetry: '203.0.113.7',
      statsd: '203.0.113.7',
    });
    expect(result.absent.map((a) => a.component)).toEqual(['zipkin']);
  });

  it("load-balancer: each component's own Service; an IPv6 address the chart cannot render is refused", async () => {
    const primary = new FakeWorkloads();
    primary.services.set('istio-eastwestgateway', service('istio-eastwestgateway', { ip: '2001:db8::7' }));
    await expect(
      captureEndpoints(input(primary, { mode: 'load-balancer', profile: 'istio-current' })),
    ).rejects.toThrow(
      /Fix: give the address with endpoint-mode explicit \(a DNS name for an IPv6 load balancer\)\.$/,
    );
    primary.services.set(
      'istio-eastwestgateway',
      service('istio-eastwestgateway', { hostname: 'ew.example.com' }),
    );
    const result = await captureEndpoints(
      input(primary, { mode: 'load-balancer', profile: 'istio-current' }),
    );
    expect(result.captured).toEqual([
      { component: 'pilot', address: 'ew.example.com', via: 'service', service: 'istio-eastwestgateway' },
    ]);
  });

  it('a Service of another type is refused at once, not waited for', async () => {
    const primary = new FakeWorkloads();
    primary.services.set('istio-eastwestgateway', service('istio-eastwestgateway', { type: 'ClusterIP' }));
    await expect(
      captureEndpoints(
        input(primary, { mode: 'load-balancer', profile: 'istio-current', timeoutMs: 60_000 }),
      ),
    ).rejects.toThrow(
      /Service istio-eastwestgateway in namespace istio-system is type ClusterIP, not LoadBalancer/,
    );
    expect(primary.reads).toEqual(['service istio-eastwestgateway']);
  });

  it('explicit: the addresses given, nothing read from the cluster', async () => {
    const primary = new FakeWorkloads();
    const result = await captureEndpoints(
      input(primary, { mode: 'explicit', profile: 'istio-current', explicit: { pilot: '198.51.100.2' } }),
    );
    expect(result.captured).toEqual([
      { component: 'pilot', address: '198.51.100.2', via: 'input', input: 'pilot-address' },
    ]);
    expect(primary.reads).toEqual([]);
  });
});
