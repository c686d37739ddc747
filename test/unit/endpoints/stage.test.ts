import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureEndpoints, type EndpointsInput } from '../../../src/stages/endpoints.js';
import { StageError } from '../../../src/util/errors.js';
import { istio10Pods, pod, service, startFakeApi, type FakeApi } from './fake-api.js';

const LB = {
  pilot: ['istio-pilot', '203.0.113.1'],
  policy: ['istio-policy', '203.0.113.2'],
  telemetry: ['istio-telemetry', '203.0.113.3'],
  statsd: ['istio-statsd-prom-bridge', '203.0.113.4'],
  zipkin: ['zipkin', 'zipkin-lb.example.com'],
} as const;

describe('captureEndpoints() against a fake API server', () => {
  let api: FakeApi;
  let input: EndpointsInput;

  beforeEach(async () => {
    api = await startFakeApi('primary');
    api.objects.pods.push(...istio10Pods());
    input = { primary: api.cluster, namespace: 'istio-system', timeoutMs: 3000 };
  });

  afterEach(async () => {
    await api.close();
  });

  it('captureEndpoints() - without mode or profile keeps the pod-IP behaviour of existing callers', async () => {
    const result = await captureEndpoints(input);
    expect(result.mode).toBe('pod-ip');
    expect(result.profile).toBe('istio-1.0');
    expect(result.addresses).toEqual({
      pilot: '10.10.0.5',
      policy: '10.10.0.6',
      telemetry: '10.10.0.7',
      statsd: '10.10.0.8',
      zipkin: '10.10.0.9',
    });
    expect(result.captured[0]).toEqual({
      component: 'pilot',
      address: '10.10.0.5',
      via: 'pod',
      pod: 'istio-pilot-a',
    });
  });

  it('captureEndpoints() - load-balancer: each Service ingress ip or hostname', async () => {
    for (const [name, address] of Object.values(LB))
      api.objects.services.push(
        service(name, address.includes('example') ? { hostname: address } : { ip: address }),
      );
    const result = await captureEndpoints({ ...input, mode: 'load-balancer' });
    expect(result.addresses).toEqual({
      pilot: '203.0.113.1',
      policy: '203.0.113.2',
      telemetry: '203.0.113.3',
      statsd: '203.0.113.4',
      zipkin: 'zipkin-lb.example.com',
    });
    expect(result.captured.map((c) => (c.via === 'service' ? c.service : ''))).toEqual(
      Object.values(LB).map(([name]) => name),
    );
    expect(result.absent).toEqual([]);
  });

  it('captureEndpoints() - load-balancer: a component without its Service is absent, like a missing pod', async () => {
    api.objects.services.push(service('istio-pilot', { ip: '203.0.113.1' }));
    api.objects.services.push(service('istio-policy', { ip: '203.0.113.2' }));
    api.objects.services.push(service('istio-telemetry', { ip: '203.0.113.3' }));
    const result = await captureEndpoints({ ...input, mode: 'load-balancer' });
    expect(Object.keys(result.addresses)).toEqual(['pilot', 'policy', 'telemetry']);
    expect(result.absent.map((a) => a.component)).toEqual(['statsd', 'zipkin']);
    expect(result.absent[0]?.reason).toBe(
      'no Service istio-statsd-prom-bridge (statsd-prom-bridge was removed in Istio 1.0.3)',
    );
  });

  it('captureEndpoints() - load-balancer: waits for an ingress that arrives later', async () => {
    const pilot = service('istio-pilot');
    api.objects.services.push(pilot);
    setTimeout(() => (pilot.status = { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } }), 300);
    const result = await captureEndpoints({ ...input, mode: 'load-balancer' });
    expect(result.addresses).toEqual({ pilot: '203.0.113.10' });
  });

  it('captureEndpoints() - load-balancer: no ingress fails after wait-timeout naming service, cluster and fix', async () => {
    api.objects.services.push(service('istio-pilot'));
    const error = await captureEndpoints({ ...input, timeoutMs: 1200, mode: 'load-balancer' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StageError);
    const message = (error as StageError).message;
    expect(message).toContain('[endpoints] cluster "primary": Service istio-pilot in namespace istio-system');
    expect(message).toContain('got no LoadBalancer address (status.loadBalancer.ingress) within 1s');
    expect((error as StageError).fix).toMatch(
      /load-balancer controller.*raise wait-timeout.*endpoint-mode explicit/,
    );
  });

  it('captureEndpoints() - load-balancer: a ClusterIP Service fails at once instead of waiting', async () => {
    api.objects.services.push(service('istio-pilot', { type: 'ClusterIP' }));
    const started = Date.now();
    const error = await captureEndpoints({ ...input, timeoutMs: 10_000, mode: 'load-balancer' }).catch(
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect((error as StageError).message).toContain(
      'Service istio-pilot in namespace istio-system is type ClusterIP',
    );
    expect((error as StageError).fix).toMatch(/make istio-pilot type LoadBalancer/);
  });

  it('captureEndpoints() - load-balancer: a missing pilot Service is named in the error', async () => {
    const error = await captureEndpoints({ ...input, timeoutMs: 1000, mode: 'load-balancer' }).catch(
      (e: unknown) => e,
    );
    expect((error as StageError).message).toContain(
      'Service istio-pilot does not exist in namespace istio-system',
    );
  });

  it('captureEndpoints() - load-balancer: refuses an IPv6 ingress the chart cannot render', async () => {
    api.objects.services.push(service('istio-pilot', { ip: 'fd00::5' }));
    await expect(captureEndpoints({ ...input, mode: 'load-balancer' })).rejects.toThrow(
      /LoadBalancer address of Service istio-pilot "fd00::5" is an IPv6 address/,
    );
  });

  it('captureEndpoints() - gateway: one address for every deployed component', async () => {
    api.objects.pods = istio10Pods({ statsd: false });
    api.objects.services.push(service('istio-ingressgateway', { ip: '203.0.113.50' }));
    const result = await captureEndpoints({ ...input, mode: 'gateway' });
    expect(result.addresses).toEqual({
      pilot: '203.0.113.50',
      policy: '203.0.113.50',
      telemetry: '203.0.113.50',
      zipkin: '203.0.113.50',
    });
    expect(result.absent.map((a) => a.component)).toEqual(['statsd']);
  });

  it('captureEndpoints() - gateway: gatewayService names the Service to use', async () => {
    api.objects.services.push(service('mc-gateway', { hostname: 'gw.example.com' }));
    const result = await captureEndpoints({ ...input, mode: 'gateway', gatewayService: 'mc-gateway' });
    expect(new Set(Object.values(result.addresses))).toEqual(new Set(['gw.example.com']));
  });

  it('captureEndpoints() - gateway: a gateway-service that is not a LoadBalancer fails at once', async () => {
    api.objects.services.push(service('istiod', { type: 'ClusterIP' }));
    const error = await captureEndpoints({ ...input, mode: 'gateway', gatewayService: 'istiod' }).catch(
      (e: unknown) => e,
    );
    expect((error as StageError).message).toContain(
      'Service istiod in namespace istio-system is type ClusterIP',
    );
    expect((error as StageError).fix).toMatch(
      /^set gateway-service to the ingress gateway's LoadBalancer Service/,
    );
  });

  it('captureEndpoints() - explicit: takes the inputs and reads nothing from the cluster', async () => {
    const result = await captureEndpoints({
      ...input,
      mode: 'explicit',
      explicit: { pilot: 'pilot.mesh.example.com', policy: '10.0.0.2' },
    });
    expect(result.addresses).toEqual({ pilot: 'pilot.mesh.example.com', policy: '10.0.0.2' });
    expect(result.captured[0]).toEqual({
      component: 'pilot',
      address: 'pilot.mesh.example.com',
      via: 'input',
      input: 'pilot-address',
    });
    expect(result.absent.map((a) => [a.component, a.reason])).toEqual([
      ['telemetry', 'telemetry-address is not set'],
      ['statsd', 'statsd-address is not set'],
      ['zipkin', 'zipkin-address is not set'],
    ]);
    expect(api.requests).toEqual([]);
  });

  it('captureEndpoints() - explicit: bad inputs fail before any cluster read, all listed', async () => {
    const error = await captureEndpoints({
      ...input,
      mode: 'explicit',
      explicit: { pilot: '10.0.0.1:15007', zipkin: 'https://z' },
    }).catch((e: unknown) => e);
    const message = (error as StageError).message;
    expect(message).toContain('pilot-address "10.0.0.1:15007" has a port: give the bare address "10.0.0.1"');
    expect(message).toContain('zipkin-address "https://z" has a scheme');
    expect(api.requests).toEqual([]);
  });

  it('captureEndpoints() - istio-current pod-ip: the Running app=istiod pod', async () => {
    api.objects.pods = [pod('istiod-abc', { app: 'istiod', istio: 'pilot' }, '10.10.1.4')];
    const result = await captureEndpoints({ ...input, profile: 'istio-current' });
    expect(result.addresses).toEqual({ pilot: '10.10.1.4' });
    expect(result.absent).toEqual([]);
  });

  it('captureEndpoints() - istio-current load-balancer and gateway: the east-west gateway / gateway-service', async () => {
    api.objects.services.push(service('istio-eastwestgateway', { ip: '203.0.113.77' }));
    api.objects.services.push(service('istio-pilot', { ip: '203.0.113.1' }));
    const lb = await captureEndpoints({ ...input, profile: 'istio-current', mode: 'load-balancer' });
    expect(lb.addresses).toEqual({ pilot: '203.0.113.77' });
    const gw = await captureEndpoints({
      ...input,
      profile: 'istio-current',
      mode: 'gateway',
      gatewayService: 'istio-eastwestgateway',
    });
    expect(gw.addresses).toEqual({ pilot: '203.0.113.77' });
  });
});
