// The east-west stage through its port (src/stages/east-west/gateway-cluster.ts) with an in-memory
// primary and a chart renderer: the gateway chart and its Gateway objects deployed in each mode's way
// (ambient: the Gateway alone, no chart), uninstall kept while other remotes' registrations still use
// the primary and removing only what the action created, and failures named with the stage and a fix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deployEastWest, type EastWestInput } from '../../../src/stages/east-west/east-west.js';
import type { ChartRenderer } from '../../../src/stages/deploy/deploy-chart.js';
import { FakeGatewayCluster } from '../fakes/gateway-cluster.js';

const NS = 'istio-system';
const directories: string[] = [];
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setUp(overrides: Partial<EastWestInput> = {}) {
  const work = mkdtempSync(join(tmpdir(), 'east-west-stage-'));
  directories.push(work);
  const primary = new FakeGatewayCluster('primary');
  primary.kinds.add('networking.istio.io/v1/Gateway');
  const renders: string[] = [];
  const render: ChartRenderer = (chart, path) => {
    renders.push(path);
    return Promise.resolve(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${chart.release} }\n---\napiVersion: v1\nkind: Service\nmetadata: { name: ${chart.release} }\n`,
    );
  };
  const input: EastWestInput = {
    primary,
    render,
    target: { cluster: 'primary', network: 'net-a', exposeIstiod: true },
    chart: {
      helmPath: '/tools/helm',
      release: 'istio-eastwestgateway',
      chart: '/charts/gateway',
      namespace: NS,
      values: [['networkGateway', 'net-a']],
    },
    kubectlPath: '/tools/kubectl',
    mode: 'install',
    manifestPath: join(work, 'east-west-gateway.yaml'),
    adopt: false,
    ...overrides,
  };
  return { input, primary, renders };
}

const applied = (primary: FakeGatewayCluster) =>
  primary.writes.filter((w) => w.startsWith('apply')).map((w) => w.slice('apply '.length));

describe('east-west stage', () => {
  it('deployEastWest() - install renders the gateway chart and applies it with its Gateway objects; a rerun writes nothing', async () => {
    const { input, primary, renders } = setUp();
    const result = await deployEastWest(input);

    expect(result.kind).toBe('deployed');
    expect(renders).toEqual([input.manifestPath]);
    expect(applied(primary)).toEqual(
      expect.arrayContaining([
        'Deployment istio-system/istio-eastwestgateway',
        'Service istio-system/istio-eastwestgateway',
      ]),
    );
    expect(applied(primary).filter((o) => o.startsWith('Gateway')).length).toBeGreaterThanOrEqual(2);
    const writes = primary.writes.length;
    const again = await deployEastWest(input);
    expect(again.kind === 'deployed' && again.objects.every((o) => o.outcome === 'unchanged')).toBe(true);
    expect(primary.writes).toHaveLength(writes);
  });

  it('deployEastWest() - ambient applies the istio-east-west Gateway alone, rendering no chart', async () => {
    const { input, primary, renders } = setUp({ ambient: true });
    primary.kinds.add('gateway.networking.k8s.io/v1/Gateway');
    await deployEastWest(input);

    expect(renders).toEqual([]);
    expect(applied(primary)).toHaveLength(1);
    expect(applied(primary)[0]).toMatch(/^Gateway istio-system\//);
  });

  it('deployEastWest() - render plans the objects and writes nothing', async () => {
    const { input, primary } = setUp({ mode: 'render' });
    const result = await deployEastWest(input);

    expect(primary.writes).toEqual([]);
    expect(result.kind === 'deployed' && result.planned.every((p) => p.action === 'create')).toBe(true);
  });

  it('deployEastWest() - uninstall keeps the gateway while another remote is still registered, then removes what the action created', async () => {
    const { input, primary } = setUp();
    await deployEastWest(input);
    primary.secrets.set(`${NS}/istio-remote-secret-east`, { 'istio/multiCluster': 'true' });
    primary.secrets.set(`${NS}/istio-remote-secret-west`, { 'istio/multiCluster': 'true' });
    const created = applied(primary);

    const kept = await deployEastWest({
      ...input,
      mode: 'uninstall',
      registrationsRemoved: ['istio-remote-secret-east'],
    });
    expect(kept).toEqual({
      kind: 'kept',
      why: 'registrations of other remotes still use the primary (istio-remote-secret-west); uninstall them too, in the same run or before',
    });
    expect(primary.writes.some((w) => w.startsWith('delete'))).toBe(false);

    const removed = await deployEastWest({
      ...input,
      mode: 'uninstall',
      registrationsRemoved: ['istio-remote-secret-east', 'istio-remote-secret-west'],
    });
    expect(removed.kind === 'removed' && [...removed.deleted].sort()).toEqual([...created].sort());
    expect(primary.objects.size).toBe(0);
    expect(primary.namespacesReleased).toEqual([NS]);
  });

  it('deployEastWest() - uninstall leaves a gateway that existed before the action (adopted), and works without a chart source', async () => {
    const { input, primary, renders } = setUp();
    await deployEastWest(input);
    for (const key of primary.objects.keys()) primary.adopted.add(key);
    renders.length = 0;

    const result = await deployEastWest({ ...input, mode: 'uninstall', chartUnavailable: true });
    expect(result).toEqual({
      kind: 'kept',
      why: 'it existed before the action (adopted), so the action does not delete it',
    });
    expect(renders).toEqual([]);
    expect(primary.objects.size).toBeGreaterThan(0);
  });

  it('deployEastWest() - a primary that refuses the apply fails the stage, naming it and what its kubeconfig needs', async () => {
    const { input, primary } = setUp();
    primary.failWith = 403;
    await expect(deployEastWest(input)).rejects.toThrow(
      /\[east-west\].*primary.*the east-west gateway: .*Fix: the primary kubeconfig needs to apply the gateway chart/,
    );
  });
});
