import { describe, expect, it } from 'vitest';
import { remotePlanner } from '../../../src/istio/remote-plan.js';
import { ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import { readerRights } from '../../../src/istio/reader-rights.js';
import { sameMinor } from '../../../src/istio/support-matrix.js';
import { multiPrimaryInputProblems } from '../../../src/stages/preflight/multi-primary-checks.js';
import { remoteOutcomes } from '../../../src/stages/summary/summary.js';

const settings = {
  profile: ISTIO_CURRENT,
  helmPath: 'helm',
  namespace: 'istio-system',
  release: 'istio-remote',
  source: { kind: 'directory', charts: { base: '/charts/base', istiod: '/charts/istiod' } },
  addresses: {},
  extraValues: [['pilot.resources.requests.cpu', '100m']],
  sidecarInjector: true,
  security: { mtls: false, controlPlaneSecurity: false, selfSigned: true },
  meshId: 'mesh1',
  network: (remote: string) => (remote === 'west' ? 'network2' : 'network1'),
  primaryName: 'central',
} as const;

describe('multi-primary plan', () => {
  it('gives each cluster base and a full istiod of its own name and network, no discovery address needed', () => {
    const plan = remotePlanner({ ...settings, topology: 'multi-primary' })('west');
    expect(plan.charts.map((c) => [c.release, c.chart])).toEqual([
      ['istio-base', '/charts/base'],
      ['istiod', '/charts/istiod'],
    ]);
    const istiod = plan.charts[1]?.values ?? [];
    expect(istiod).toEqual([
      ['global.istioNamespace', 'istio-system'],
      ['global.multiCluster.clusterName', 'west'],
      ['global.network', 'network2'],
      ['global.meshID', 'mesh1'],
      ['pilot.resources.requests.cpu', '100m'],
    ]);
    expect(plan.charts.flatMap((c) => c.values).some(([k]) => k === 'profile')).toBe(false);
    expect(plan.namespaceAnnotations).toEqual({});
    expect(plan.namespaceLabels).toEqual({ 'topology.istio.io/network': 'network2' });
  });

  it('primary-remote still needs the discovery address and labels the network too', () => {
    expect(() => remotePlanner({ ...settings, topology: 'primary-remote' })).toThrow(/no discovery address/);
    const plan = remotePlanner({ ...settings, topology: 'primary-remote', addresses: { pilot: '10.0.0.1' } })(
      'east',
    );
    expect(plan.namespaceAnnotations).toEqual({ 'topology.istio.io/controlPlaneClusters': 'central' });
    expect(plan.namespaceLabels).toEqual({ 'topology.istio.io/network': 'network1' });
  });

  it('the other control planes only read a cluster: no ConfigMap or webhook writes are required', () => {
    const verbs = (multi: boolean) =>
      readerRights('istio-current', multi).required.map((a) => `${a.verb} ${a.resource}`);
    expect(verbs(false)).toContain('create configmaps');
    expect(verbs(true)).not.toContain('create configmaps');
    expect(verbs(true)).not.toContain('patch mutatingwebhookconfigurations');
    expect(verbs(true)).toContain('watch endpointslices');
    expect(readerRights('istio-current', true).forbidden).toEqual(readerRights('istio-current').forbidden);
  });
});

describe('multi-primary preflight', () => {
  it('refuses the 1.0 profile and a mesh without one root CA, each with its fix', () => {
    expect(
      multiPrimaryInputProblems({ profile: 'istio-current', caProvided: true, installPrimary: false }),
    ).toEqual([]);
    const problems = multiPrimaryInputProblems({
      profile: 'istio-1.0',
      caProvided: false,
      installPrimary: false,
    });
    expect(problems.map((p) => p.cluster)).toEqual([undefined, undefined]);
    expect(problems[0]?.text).toContain(
      'needs profile istio-current (got istio-1.0). Fix: set profile: istio-current',
    );
    expect(problems[1]?.text).toContain('Fix: set ca-cert, ca-key, root-cert and cert-chain');
  });

  it('compares control planes by minor', () => {
    expect(sameMinor('1.30.3', '1.30.0')).toBe(true);
    expect(sameMinor('1.30.3', '1.29.9')).toBe(false);
    expect(sameMinor('2.30.0', '1.30.0')).toBe(false);
    expect(sameMinor('dev', '1.30.0')).toBeUndefined();
  });
});

describe('summary of a multi-primary run', () => {
  it('reports a failure of a cluster that is not a remote (the primary) and its token expiry', () => {
    const outcomes = remoteOutcomes(
      ['east'],
      [{ remote: 'central', stage: 'remote-kubeconfig', message: 'boom' }],
      new Set(['east']),
      { east: '2026-12-02T00:00:00Z' },
    );
    expect(outcomes).toEqual([
      { remote: 'east', outcome: 'changed', stage: undefined, detail: '', expires: '2026-12-02T00:00:00Z' },
      {
        remote: 'central',
        outcome: 'failed',
        stage: 'remote-kubeconfig',
        detail: 'boom',
        expires: undefined,
      },
    ]);
  });
});
