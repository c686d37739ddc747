// The remote-install stage through its port (src/stages/remote-install/remote-target.ts) with
// in-memory remotes and a chart renderer: each distinct chart rendered once, every remote deployed in
// the mode's way and its injection namespaces labelled after the charts, a rerun and an in-sync
// resync writing nothing, render writing nothing, one failing remote never stopping the others, a
// foreign istiod kept (multi-primary), and Istio policy objects the remote does not serve left out
// (kubectl) or refused (helm).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RemotePlan } from '../../../src/istio/remote-plan.js';
import type { ChartRenderer } from '../../../src/stages/deploy/deploy-chart.js';
import {
  installRemotes,
  type RemoteInstallInput,
} from '../../../src/stages/remote-install/remote-install.js';
import type { HelmChartRef } from '../../../src/tools/helm-cli.js';
import type { ManifestObject } from '../../../src/util/manifest.js';
import { FakeRemoteTarget } from '../fakes/remote-target.js';

const NS = 'istio-system';
const directories: string[] = [];
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const chart = (release: string, values: [string, string][] = []): HelmChartRef => ({
  helmPath: '/tools/helm',
  release,
  chart: `/charts/${release}`,
  namespace: NS,
  values,
});

/** base renders a CRD and the reader account; istiod a ConfigMap carrying its values, and (mtls) a DestinationRule. */
function renderer(options: { mtls?: boolean } = {}) {
  const calls: string[] = [];
  const render: ChartRenderer = (ref) => {
    calls.push(`${ref.release} ${ref.values.map(([k, v]) => `${k}=${v}`).join(',')}`);
    const documents =
      ref.release === 'base'
        ? [
            'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: gateways.networking.istio.io }\nspec: { group: networking.istio.io, names: { kind: Gateway }, versions: [{ name: v1 }] }',
            'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: istio-reader-service-account }',
          ]
        : [
            `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: values }\ndata: { values: "${ref.values.map(([k, v]) => `${k}=${v}`).join(',')}" }`,
            ...(options.mtls
              ? [
                  'apiVersion: networking.istio.io/v1alpha3\nkind: DestinationRule\nmetadata: { name: default }',
                ]
              : []),
          ];
    return Promise.resolve(documents.join('\n---\n'));
  };
  return { render, calls };
}

function planOf(remote: string, extraObjects?: RemotePlan['extraObjects']): RemotePlan {
  return {
    charts: [chart('base'), chart('istiod', [['global.multiCluster.clusterName', remote]])],
    marks: { valuesHash: remote, addresses: {} },
    namespaceAnnotations: {},
    namespaceLabels: {},
    ...(extraObjects ? { extraObjects } : {}),
  };
}

function setUp(overrides: Partial<RemoteInstallInput> = {}, options: { mtls?: boolean } = {}) {
  const manifestDir = mkdtempSync(join(tmpdir(), 'remote-install-stage-'));
  directories.push(manifestDir);
  const east = new FakeRemoteTarget('east');
  const west = new FakeRemoteTarget('west');
  const { render, calls } = renderer(options);
  const input: RemoteInstallInput = {
    remotes: [east, west],
    plan: (remote) => planOf(remote),
    render,
    method: 'kubectl',
    kubectlPath: '/tools/kubectl',
    injectionNamespaces: ['default'],
    parallelism: 2,
    dryRun: false,
    resync: false,
    manifestDir,
    adopt: false,
    ...overrides,
  };
  return { input, east, west, renders: calls };
}

describe('remote-install stage', () => {
  it('installRemotes() - renders base once and istiod once per remote, installs both, then labels the injection namespace', async () => {
    const { input, east, west, renders } = setUp();
    const result = await installRemotes(input);

    expect(renders.sort()).toEqual([
      'base ',
      'istiod global.multiCluster.clusterName=east',
      'istiod global.multiCluster.clusterName=west',
    ]);
    expect(result.failures).toEqual([]);
    expect(result.remotes.map((r) => [r.remote, r.changed])).toEqual([
      ['east', true],
      ['west', true],
    ]);
    for (const remote of [east, west]) {
      expect(remote.deploys).toEqual(['install']);
      expect(remote.writes.at(-1)).toBe('label default istio-injection=enabled');
      expect(remote.writes.filter((w) => w.startsWith('apply'))).toHaveLength(3);
    }
    const eastOutcome = result.remotes[0];
    expect(eastOutcome?.injection).toEqual([{ namespace: 'default', outcome: 'labelled' }]);
    expect(eastOutcome?.objects.every((o) => o.outcome === 'created')).toBe(true);
    // The remote's own manifest is istiod's.
    expect(eastOutcome?.manifestPath).not.toBe(join(input.manifestDir, 'istio-remote.yaml'));
  });

  it('installRemotes() - install (kubectl) labels the injection namespace beside the apply, once claimed; resync after a repair', async () => {
    const { input, east } = setUp();
    await installRemotes(input);
    expect(east.besideRuns).toBe(1);
    expect(east.writes.filter((w) => w.startsWith('label'))).toEqual([
      'label default istio-injection=enabled',
    ]);

    east.namespaceLabels.set('default', {});
    const key = [...east.objects.keys()].find((k) => k.startsWith('ConfigMap')) ?? '';
    east.objects.set(key, { json: '{"edited":true}', release: 'istiod' });
    const repaired = await installRemotes({ ...input, resync: true });
    expect(east.besideRuns).toBe(1);
    expect(repaired.remotes[0]?.injection).toEqual([{ namespace: 'default', outcome: 'labelled' }]);

    const helm = setUp({ method: 'helm' });
    const viaHelm = await installRemotes(helm.input);
    expect(helm.east.besideRuns).toBe(0);
    expect(viaHelm.remotes[0]?.injection).toEqual([{ namespace: 'default', outcome: 'labelled' }]);
  });

  it('installRemotes() - a second install writes nothing and reports no change', async () => {
    const { input, east, west } = setUp();
    await installRemotes(input);
    const writes = [...east.writes, ...west.writes].length;
    const second = await installRemotes(input);

    expect([...east.writes, ...west.writes]).toHaveLength(writes);
    expect(second.remotes.map((r) => r.changed)).toEqual([false, false]);
    expect(second.remotes[0]?.injection).toEqual([{ namespace: 'default', outcome: 'already-labelled' }]);
  });

  it('installRemotes() - render plans every object and writes nothing, not even the injection label', async () => {
    const { input, east } = setUp({ dryRun: true });
    const result = await installRemotes(input);

    expect(east.deploys).toEqual(['render']);
    expect(east.writes).toEqual([]);
    expect(result.remotes[0]?.planned.map((p) => p.action)).toEqual(['create', 'create', 'create']);
    expect(result.remotes[0]?.injection).toEqual([{ namespace: 'default', outcome: 'would-label' }]);
    expect(result.remotes[0]?.changed).toBe(false);
  });

  it('installRemotes() - resync of remotes in sync writes nothing; an object edited on one is re-applied with the reason', async () => {
    const { input, east, west } = setUp();
    await installRemotes(input);
    const resync = { ...input, resync: true };
    const writes = east.writes.length;

    const inSync = await installRemotes(resync);
    expect(inSync.remotes.map((r) => [r.drift, r.changed])).toEqual([
      [[], false],
      [[], false],
    ]);
    expect(east.writes).toHaveLength(writes);

    const key = [...west.objects.keys()].find((k) => k.startsWith('ConfigMap')) ?? '';
    west.objects.set(key, { json: '{"edited":true}', release: 'istiod' });
    const repaired = await installRemotes(resync);
    expect(repaired.remotes[1]?.drift).toEqual([`${key}: change`]);
    expect(repaired.remotes[1]?.changed).toBe(true);
    expect(repaired.remotes[0]?.changed).toBe(false);
    expect(west.writes.at(-1)).toBe(`apply ${key}`);
  });

  it('installRemotes() - one remote that fails is reported with the stage, its name and a fix; the other is installed', async () => {
    const { input, east, west } = setUp();
    east.failWith = 503;
    const result = await installRemotes(input);

    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.remote).toBe('east');
    expect(result.failures[0]?.message).toContain('unreachable');
    expect(result.failures[0]?.message).toContain('Fix:');
    expect(east.writes).toEqual([]);
    expect(result.remotes.map((r) => r.remote)).toEqual(['west']);
    expect(west.deploys).toEqual(['install']);
  });

  it('installRemotes() - multi-primary: a remote running an istiod the action did not install keeps it, untouched', async () => {
    const { input, east, west } = setUp({ keepOwnControlPlanes: true });
    east.foreignIstiods.set(NS, 'istiod-1-30');
    const result = await installRemotes(input);

    expect(east.deploys).toEqual([]);
    expect(east.writes).toEqual([]);
    expect(result.remotes[0]?.warnings[0]).toContain(
      'runs its own istiod (Deployment istio-system/istiod-1-30',
    );
    expect(west.deploys).toEqual(['install']);
  });

  it('installRemotes() - Istio policy objects the remote does not serve are left out with a warning (kubectl) and refuse the remote with helm', async () => {
    const kubectl = setUp({}, { mtls: true });
    const result = await installRemotes(kubectl.input);
    expect(result.failures).toEqual([]);
    expect(result.remotes[0]?.warnings.join(' ')).toContain('DestinationRule');
    expect(kubectl.east.writes.some((w) => w.includes('DestinationRule'))).toBe(false);

    const helm = setUp({ method: 'helm' }, { mtls: true });
    const refused = await installRemotes(helm.input);
    expect(refused.failures.map((f) => f.remote)).toEqual(['east', 'west']);
    expect(refused.failures[0]?.message).toContain('helm installs the whole release');
    expect(helm.east.deploys).toEqual([]);
  });

  it('installRemotes() - a plan leaves out extra objects whose CRDs the remote does not serve yet; install applies them after base', async () => {
    const gateway = {
      apiVersion: 'networking.istio.io/v1',
      kind: 'Gateway',
      metadata: { name: 'cross-network-gateway' },
    } as ManifestObject;
    const plan = (remote: string) => planOf(remote, { istiod: [gateway] });
    const render = setUp({ plan, dryRun: true });
    const planned = await installRemotes(render.input);
    expect(planned.remotes[0]?.warnings.join(' ')).toContain(
      'Gateway cross-network-gateway left out of this plan',
    );
    expect(planned.remotes[0]?.planned.some((p) => p.object.startsWith('Gateway'))).toBe(false);

    const install = setUp({ plan });
    await installRemotes(install.input);
    expect(install.east.writes).toContain('apply Gateway istio-system/cross-network-gateway');
  });
});
