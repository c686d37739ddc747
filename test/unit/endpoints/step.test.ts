import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { istio10Pods, startFakeApi, type FakeApi } from './fake-api.js';

const calls: { readonly fn: string; readonly args: readonly unknown[] }[] = [];
const inputs = new Map<string, string>();

vi.mock('@actions/core', () => {
  const record =
    (fn: string) =>
    (...args: unknown[]) => {
      calls.push({ fn, args });
    };
  return {
    getInput: (name: string) => inputs.get(name) ?? '',
    setOutput: record('setOutput'),
    setFailed: record('setFailed'),
    info: record('info'),
    warning: record('warning'),
    group: (_name: string, fn: () => Promise<unknown>) => fn(),
  };
});

const { run } = await import('../../../src/steps/endpoints.js');

function outputs(): Record<string, string> {
  return Object.fromEntries(
    calls.filter((c) => c.fn === 'setOutput').map((c) => [String(c.args[0]), String(c.args[1])]),
  );
}

function report(): { did: string[]; error?: string } {
  return JSON.parse(outputs().report ?? '{}') as { did: string[]; error?: string };
}

function failure(): string | undefined {
  const failed = calls.find((c) => c.fn === 'setFailed');
  return failed ? String(failed.args[0]) : undefined;
}

describe('endpoints step', () => {
  let api: FakeApi;

  beforeEach(async () => {
    api = await startFakeApi('primary');
    api.objects.pods.push(...istio10Pods());
    calls.length = 0;
    inputs.clear();
    inputs.set('primary-kubeconfig-path', api.cluster.kubeconfigPath);
    inputs.set('primary-name', 'primary');
    inputs.set('wait-timeout', '3s');
  });

  afterEach(async () => {
    await api.close();
  });

  it('run() - default pod-ip: the five outputs, endpoint-mode, and the resync reminder', async () => {
    await run();
    expect(failure()).toBeUndefined();
    const out = outputs();
    expect(out['pilot-pod-ip']).toBe('10.10.0.5');
    expect(out['zipkin-pod-ip']).toBe('10.10.0.9');
    expect(out['endpoint-mode']).toBe('pod-ip');
    expect(JSON.parse(out.addresses ?? '{}')).toMatchObject({ pilot: '10.10.0.5', statsd: '10.10.0.8' });
    const did = report().did;
    expect(did[0]).toBe('endpoint mode pod-ip (Running pod IPs, found by label), profile istio-1.0');
    expect(did).toContain('pilot: 10.10.0.5 (pod istio-pilot-a)');
    expect(did).toContain(
      'endpoint mode pod-ip: pod IPs change when control-plane pods restart; schedule mode: resync to repair remotes.',
    );
  });

  it('run() - explicit: addresses from the *-address inputs, no resync reminder, absent ones warned', async () => {
    inputs.set('endpoint-mode', 'explicit');
    inputs.set('pilot-address', ' pilot.mesh.example.com ');
    inputs.set('telemetry-address', '10.0.0.3');
    await run();
    expect(failure()).toBeUndefined();
    const out = outputs();
    expect(out['pilot-pod-ip']).toBe('pilot.mesh.example.com');
    expect(out['telemetry-pod-ip']).toBe('10.0.0.3');
    expect(out['policy-pod-ip']).toBe('');
    expect(out['endpoint-mode']).toBe('explicit');
    const did = report().did;
    expect(did[0]).toBe('endpoint mode explicit (the *-address inputs), profile istio-1.0');
    expect(did).toContain('pilot: pilot.mesh.example.com (input pilot-address)');
    expect(did.join('\n')).not.toContain('resync');
    const warnings = calls.filter((c) => c.fn === 'warning').map((c) => String(c.args[0]));
    expect(warnings).toContain(
      'policy not found on primary: policy-address is not set; its value is left out.',
    );
    expect(api.requests).toEqual([]);
  });

  it('run() - explicit: refuses an address with a port and says the chart appends it', async () => {
    inputs.set('endpoint-mode', 'explicit');
    inputs.set('pilot-address', '10.0.0.1:15007');
    await run();
    expect(failure()).toMatch(/\[endpoints\] cluster "primary": endpoint settings are not usable/);
    expect(failure()).toContain(
      'pilot-address "10.0.0.1:15007" has a port: give the bare address "10.0.0.1"; the chart appends the ports itself',
    );
    expect(report().error).toBe(failure());
  });

  it('run() - istio-current explicit: the discovery address goes to pilot-pod-ip, the others stay empty', async () => {
    inputs.set('profile', 'istio-current');
    inputs.set('endpoint-mode', 'explicit');
    inputs.set('pilot-address', '203.0.113.9');
    await run();
    expect(failure()).toBeUndefined();
    const out = outputs();
    expect(out['pilot-pod-ip']).toBe('203.0.113.9');
    for (const name of ['policy', 'telemetry', 'statsd', 'zipkin']) expect(out[`${name}-pod-ip`]).toBe('');
    expect(report().did[0]).toContain('profile istio-current');
  });

  it('run() - an unknown endpoint-mode fails with the valid choices', async () => {
    inputs.set('endpoint-mode', 'nodeport');
    await run();
    expect(failure()).toBe(
      'input endpoint-mode must be one of pod-ip, load-balancer, gateway, explicit, got "nodeport"',
    );
  });

  it('run() - mode uninstall skips the step', async () => {
    inputs.set('mode', 'uninstall');
    await run();
    expect(failure()).toBeUndefined();
    expect(outputs()['pilot-pod-ip']).toBeUndefined();
    expect(api.requests).toEqual([]);
  });
});
