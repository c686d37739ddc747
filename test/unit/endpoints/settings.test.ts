import { describe, expect, it } from 'vitest';
import {
  addressProblem,
  COMPONENTS,
  componentsFor,
  describeMode,
  ENDPOINT_MODES,
  settingsProblems,
  type ComponentSpec,
  type EndpointSettings,
} from '../../../src/istio/components.js';

const pilot = COMPONENTS.find((c) => c.name === 'pilot') as ComponentSpec;

function settings(overrides: Partial<EndpointSettings>): EndpointSettings {
  return {
    mode: 'explicit',
    profile: 'istio-1.0',
    explicit: {},
    gatewayService: 'istio-ingressgateway',
    ...overrides,
  };
}

describe('endpoint addresses and settings', () => {
  it('addressProblem() - accepts bare IPv4 addresses and DNS names', () => {
    for (const value of [
      '10.0.0.1',
      '203.0.113.7',
      'istio-pilot',
      'pilot.mesh.example.com',
      'LB-1.Example.COM',
    ])
      expect(addressProblem('pilot-address', pilot, value), value).toBeUndefined();
  });

  it('addressProblem() - refuses 10.0.0.1:15007, saying the chart appends the port and what to give', () => {
    const problem = addressProblem('pilot-address', pilot, '10.0.0.1:15007');
    expect(problem).toContain('pilot-address "10.0.0.1:15007" has a port');
    expect(problem).toContain('give the bare address "10.0.0.1"');
    expect(problem).toContain('the chart appends the ports itself (pilot: 15007');
  });

  it('addressProblem() - refuses a port on a host name too', () => {
    expect(addressProblem('pilot-address', pilot, 'pilot.example.com:15005')).toMatch(
      /has a port: give the bare address "pilot\.example\.com"/,
    );
  });

  it('addressProblem() - refuses schemes and paths, suggesting the bare host', () => {
    expect(addressProblem('pilot-address', pilot, 'https://10.0.0.1:15007')).toMatch(
      /has a scheme: give the bare address "10\.0\.0\.1"/,
    );
    expect(addressProblem('pilot-address', pilot, 'tcp://pilot.example.com')).toMatch(
      /has a scheme: give the bare address "pilot\.example\.com"/,
    );
    expect(addressProblem('pilot-address', pilot, 'pilot.example.com/discovery')).toMatch(/has a path/);
  });

  it('addressProblem() - refuses IPv6 (the chart writes address:port without brackets)', () => {
    expect(addressProblem('pilot-address', pilot, 'fd00::1')).toMatch(/IPv6.*DNS name/);
    expect(addressProblem('pilot-address', pilot, '[fd00::1]:15007')).toMatch(/IPv6/);
  });

  it('addressProblem() - refuses malformed IPv4 and names that are neither', () => {
    expect(addressProblem('pilot-address', pilot, '10.0.0.256')).toMatch(/not a valid IPv4 address/);
    expect(addressProblem('pilot-address', pilot, '10.0.1')).toMatch(/not a valid IPv4 address/);
    expect(addressProblem('pilot-address', pilot, 'pilot_1.example')).toMatch(
      /neither an IPv4 address nor a DNS name/,
    );
    expect(addressProblem('pilot-address', pilot, 'a b')).toMatch(/neither/);
  });

  it('componentsFor() - istio-1.0 has the five seed components; istio-current only the discovery address', () => {
    expect(componentsFor('istio-1.0').map((c) => [c.name, c.selector, c.service, c.required])).toEqual([
      ['pilot', 'istio=pilot', 'istio-pilot', true],
      ['policy', 'istio-mixer-type=policy', 'istio-policy', false],
      ['telemetry', 'istio-mixer-type=telemetry', 'istio-telemetry', false],
      ['statsd', 'istio=statsd-prom-bridge', 'istio-statsd-prom-bridge', false],
      ['zipkin', 'app=jaeger', 'zipkin', false],
    ]);
    expect(componentsFor('istio-current').map((c) => [c.name, c.selector, c.service, c.required])).toEqual([
      ['pilot', 'app=istiod', 'istio-eastwestgateway', true],
    ]);
  });

  it('describeMode() - describes every endpoint mode', () => {
    expect(ENDPOINT_MODES).toEqual(['pod-ip', 'load-balancer', 'gateway', 'explicit']);
    for (const mode of ENDPOINT_MODES) expect(describeMode(mode)).not.toBe('');
  });

  it('settingsProblems() - explicit: pilot-address is required', () => {
    expect(settingsProblems(settings({ explicit: { policy: '10.0.0.2' } }))).toEqual([
      'pilot-address is required with endpoint-mode explicit (example: pilot-address: 10.0.0.1).',
    ]);
  });

  it('settingsProblems() - explicit: collects every bad address at once', () => {
    const problems = settingsProblems(
      settings({
        explicit: { pilot: '10.0.0.1:15007', telemetry: 'http://t.example.com', zipkin: '10.0.0.9' },
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^pilot-address "10\.0\.0\.1:15007" has a port/);
    expect(problems[1]).toMatch(/^telemetry-address "http:\/\/t\.example\.com" has a scheme/);
  });

  it('settingsProblems() - explicit with istio-current refuses the Istio 1.0-only addresses', () => {
    const problems = settingsProblems(
      settings({ profile: 'istio-current', explicit: { pilot: 'istiod.example.com', policy: '10.0.0.2' } }),
    );
    expect(problems).toEqual([
      'policy-address is set, but profile istio-current has no policy component: give only pilot-address.',
    ]);
    expect(settingsProblems(settings({ profile: 'istio-current', explicit: { pilot: '10.0.0.1' } }))).toEqual(
      [],
    );
  });

  it('settingsProblems() - other modes refuse *-address inputs instead of ignoring them', () => {
    for (const mode of ['pod-ip', 'load-balancer', 'gateway'] as const) {
      expect(settingsProblems(settings({ mode }))).toEqual([]);
      expect(settingsProblems(settings({ mode, explicit: { pilot: '10.0.0.1' } }))).toEqual([
        `pilot-address is set, but endpoint-mode is ${mode}: the *-address inputs are read only with endpoint-mode explicit.`,
      ]);
    }
  });

  it('settingsProblems() - gateway: gateway-service must be a Service name', () => {
    expect(settingsProblems(settings({ mode: 'gateway', gatewayService: 'Istio_Ingress' }))).toEqual([
      'gateway-service "Istio_Ingress" is not a Service name (example: istio-ingressgateway).',
    ]);
  });
});
