// Ambient multicluster with the real charts of the istio.io/istio module (read in place from the Go
// module cache): the plan the action gives a multi-primary remote with dataplane ambient, rendered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ambientEastWestGateway } from '../../../src/istio/ambient.js';
import { ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import { remotePlanner } from '../../../src/istio/remote-plan.js';
import { istioModuleDir, realCharts, realChartsDir } from '../../testbed/istio-module.js';
import { field, find, podSpec, render } from './helm.js';

const NS = 'istio-system';

const plan = remotePlanner({
  profile: ISTIO_CURRENT,
  helmPath: 'helm',
  namespace: NS,
  release: 'istio-remote',
  source: {
    kind: 'directory',
    charts: {
      base: realCharts.base,
      istiod: realCharts.istiod,
      'istio-cni': join(realChartsDir(), 'istio-cni'),
      ztunnel: join(realChartsDir(), 'ztunnel'),
    },
  },
  addresses: {},
  extraValues: [],
  sidecarInjector: true,
  security: { mtls: false, controlPlaneSecurity: false, selfSigned: true },
  meshId: 'mesh1',
  network: () => 'network2',
  primaryName: 'primary',
  topology: 'multi-primary',
  dataplane: 'ambient',
  eastWest: [{ cluster: 'remote-1', network: 'network2', exposeIstiod: false }],
})('remote-1');
const docs = plan.charts.flatMap((chart) =>
  render(chart.chart, { release: chart.release, namespace: NS, set: Object.fromEntries(chart.values) }),
);

describe('dataplane ambient on a multi-primary remote', () => {
  it('installs base, istiod, istio-cni and ztunnel, in that order, and no gateway chart', () => {
    expect(plan.charts.map((c) => c.release)).toEqual(['istio-base', 'istiod', 'istio-cni', 'ztunnel']);
  });

  it('istiod runs ambient with multi-network on', () => {
    const [container] = podSpec(find(docs, 'Deployment', 'istiod')).containers;
    expect(container?.env).toEqual(
      expect.arrayContaining([
        { name: 'PILOT_ENABLE_AMBIENT', value: 'true' },
        { name: 'AMBIENT_ENABLE_MULTI_NETWORK', value: 'true' },
      ]),
    );
  });

  it('ztunnel knows its cluster and network; istio-cni runs in ambient mode', () => {
    const [ztunnel] = podSpec(find(docs, 'DaemonSet', 'ztunnel')).containers;
    expect(ztunnel?.env).toEqual(
      expect.arrayContaining([
        { name: 'ISTIO_META_CLUSTER_ID', value: 'remote-1' },
        { name: 'NETWORK', value: 'network2' },
      ]),
    );
    const config = field<Record<string, string>>(find(docs, 'ConfigMap', 'istio-cni-config'), 'data');
    expect(config.AMBIENT_ENABLED).toBe('true');
  });

  it('the east-west Gateway is the one the module sample generates for an ambient network', () => {
    const script = readFileSync(
      join(istioModuleDir(), 'samples', 'multicluster', 'gen-eastwest-gateway.sh'),
      'utf8',
    );
    const sample =
      /GW=\$\(cat <<EOF\n([\s\S]*?)\nEOF/.exec(script)?.[1]?.replace('${NETWORK}', 'network2') ?? '';
    expect(plan.extraObjects?.istiod).toEqual([ambientEastWestGateway(NS, 'network2')]);
    expect(ambientEastWestGateway(NS, 'network2')).toEqual(yaml.load(sample));
  });
});
