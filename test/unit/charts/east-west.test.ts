// The east-west gateway and the multi-primary istiod with the real charts of the istio.io/istio module
// (read in place from the Go module cache): what the action's plan gives them is checked against what
// they render, and the Gateway objects it writes against the module's own multicluster samples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { eastWestChart, eastWestObjects, eastWestTargets } from '../../../src/istio/east-west.js';
import { currentPrimaryCharts } from '../../../src/istio/profiles.js';
import { readerRights } from '../../../src/istio/reader-rights.js';
import { istioModuleDir, realCharts, realChartsDir } from '../../testbed/istio-module.js';
import { allows, field, find, podSpec, render, servicePorts, type PolicyRule } from './helm.js';

const NS = 'istio-system';

/** A sample's specs with protocol names upper-cased (the samples spell TLS both ways). */
function sampleSpecs(file: string): unknown[] {
  const text = readFileSync(join(istioModuleDir(), 'samples', 'multicluster', file), 'utf8');
  return (yaml.loadAll(text) as { kind: string; metadata: { name: string }; spec: unknown }[]).map((d) => ({
    kind: d.kind,
    name: d.metadata.name,
    spec: JSON.parse(JSON.stringify(d.spec).replace(/"protocol":"tls"/g, '"protocol":"TLS"')) as unknown,
  }));
}

const specs = (objects: ReturnType<typeof eastWestObjects>) =>
  objects.map((o) => ({ kind: o.kind, name: o.metadata.name, spec: (o as { spec?: unknown }).spec }));

describe('the east-west gateway with the real gateway chart', () => {
  const chart = eastWestChart({
    helmPath: 'helm',
    namespace: NS,
    source: { kind: 'directory', charts: { gateway: join(realChartsDir(), 'gateway') } },
    network: 'network2',
  });
  const docs = render(chart.chart, {
    release: chart.release,
    namespace: NS,
    set: Object.fromEntries(chart.values),
  });

  it('a LoadBalancer Service labelled with the network, with the status, mTLS, istiod and webhook ports', () => {
    const service = find(docs, 'Service', 'istio-eastwestgateway');
    expect(service.metadata.labels?.['topology.istio.io/network']).toBe('network2');
    const spec = field<{ type: string; selector: Record<string, string> }>(service, 'spec');
    expect(spec.type).toBe('LoadBalancer');
    expect(servicePorts(service).map((p) => p.port)).toEqual([15021, 15443, 15012, 15017]);
    expect(spec.selector).toMatchObject({ istio: 'eastwestgateway' });
  });

  it('the gateway keeps traffic for its network inside it (ISTIO_META_REQUESTED_NETWORK_VIEW)', () => {
    const deployment = find(docs, 'Deployment', 'istio-eastwestgateway');
    const [container] = podSpec(deployment).containers;
    expect(container?.env).toEqual(
      expect.arrayContaining([{ name: 'ISTIO_META_REQUESTED_NETWORK_VIEW', value: 'network2' }]),
    );
  });

  it('the Gateway objects say what the module samples expose-services.yaml and expose-istiod.yaml say', () => {
    expect(specs(eastWestObjects(NS, false))).toEqual(sampleSpecs('expose-services.yaml'));
    expect(specs(eastWestObjects(NS, true)).slice(1)).toEqual(sampleSpecs('expose-istiod.yaml'));
  });

  it('targets: none on one network with auto; every cluster on two; istiod only on a primary-remote primary', () => {
    const base = { primary: 'p', remotes: ['a', 'b'], topology: 'primary-remote' as const };
    expect(eastWestTargets({ ...base, choice: 'auto', network: () => 'n1' })).toEqual([]);
    expect(eastWestTargets({ ...base, choice: 'false', network: (c) => c })).toEqual([]);
    expect(eastWestTargets({ ...base, choice: 'auto', network: (c) => (c === 'p' ? 'n1' : 'n2') })).toEqual([
      { cluster: 'p', network: 'n1', exposeIstiod: true },
      { cluster: 'a', network: 'n2', exposeIstiod: false },
      { cluster: 'b', network: 'n2', exposeIstiod: false },
    ]);
    const multi = eastWestTargets({
      ...base,
      topology: 'multi-primary',
      choice: 'true',
      network: () => 'n1',
    });
    expect(multi.map((t) => t.exposeIstiod)).toEqual([false, false, false]);
  });
});

describe('multi-primary istiod with the real istiod chart', () => {
  const charts = currentPrimaryCharts({
    helmPath: 'helm',
    namespace: NS,
    release: 'istio-remote',
    source: { kind: 'directory', charts: { base: realCharts.base, istiod: realCharts.istiod } },
    values: [],
    remote: 'remote-1',
    network: 'network2',
    meshId: 'mesh1',
  });
  const docs = charts.flatMap((chart) =>
    render(chart.chart, { release: chart.release, namespace: NS, set: Object.fromEntries(chart.values) }),
  );

  it('runs istiod of its own, named after the cluster, on its network and mesh', () => {
    const [container] = podSpec(find(docs, 'Deployment', 'istiod')).containers;
    expect(container?.env).toEqual(expect.arrayContaining([{ name: 'CLUSTER_ID', value: 'remote-1' }]));
    const injector = field<Record<string, string>>(find(docs, 'ConfigMap', 'istio-sidecar-injector'), 'data');
    const values = JSON.parse(injector.values ?? '{}') as { global: { network: string; meshID: string } };
    expect([values.global.network, values.global.meshID]).toEqual(['network2', 'mesh1']);
  });

  it('readerRights(multi-primary) - the real reader ClusterRole grants every required access and no forbidden one', () => {
    const rules = field<PolicyRule[]>(find(docs, 'ClusterRole', `istio-reader-clusterrole-${NS}`), 'rules');
    const rights = readerRights('istio-current', true);
    expect(rights.required.filter((a) => !allows(rules, a))).toEqual([]);
    expect(rights.forbidden.filter((a) => a.verb !== '*' && allows(rules, a))).toEqual([]);
  });
});
