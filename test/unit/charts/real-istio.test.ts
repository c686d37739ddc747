// The real charts of the istio.io/istio module (read in place from the Go module cache), rendered with
// the values the action's own plan gives a remote: what the action assumes about them is checked
// against them, not against stand-ins.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_LAYOUTS } from '../../../src/istio/charts.js';
import { currentRemoteCharts } from '../../../src/istio/profiles.js';
import { readerRights } from '../../../src/istio/reader-rights.js';
import {
  checksToAsk,
  excessChecks,
  excessNamespaces,
  grantedClusterWide,
} from '../../../src/istio/reader-excess.js';
import { istioModuleDir, realCharts, realChartsDir } from '../../testbed/istio-module.js';
import { allows, field, find, render, type Manifest, type PolicyRule, type Webhook } from './helm.js';

const NS = 'istio-system';
const ADDRESS = '10.10.0.7';

function remoteRender(): Manifest[] {
  const charts = currentRemoteCharts({
    helmPath: 'helm',
    namespace: NS,
    release: 'istio-remote',
    source: { kind: 'directory', charts: { base: realCharts.base, istiod: realCharts.istiod } },
    values: [],
    remote: 'remote-1',
    network: 'network-2',
    meshId: 'mesh1',
    discoveryAddress: ADDRESS,
  });
  return charts.flatMap((chart) =>
    render(chart.chart, {
      release: chart.release,
      namespace: NS,
      set: Object.fromEntries(chart.values),
    }),
  );
}

describe('the real Istio charts with the action remote plan', () => {
  const docs = remoteRender();
  const readerRules = field<PolicyRule[]>(
    find(docs, 'ClusterRole', `istio-reader-clusterrole-${NS}`),
    'rules',
  );

  it('CURRENT_LAYOUTS - the module charts directory and its root are both found', () => {
    const found = (dir: string) =>
      CURRENT_LAYOUTS.some(
        (l) => existsSync(join(dir, l.base, 'Chart.yaml')) && existsSync(join(dir, l.istiod, 'Chart.yaml')),
      );
    expect(found(realChartsDir())).toBe(true);
    expect(found(istioModuleDir())).toBe(true);
  });

  it('readerRights(istio-current) - every required access is granted by the real reader ClusterRole, no forbidden one', () => {
    const rights = readerRights('istio-current');
    expect(rights.required.filter((a) => !allows(readerRules, a))).toEqual([]);
    expect(rights.forbidden.filter((a) => allows(readerRules, a))).toEqual([]);
  });

  it('reader excess - the real reader ClusterRole leaves no excess access to ask in any namespace the check covers', () => {
    const namespaces = excessNamespaces(NS, 'imc-probe-test');
    const reviews = namespaces.map((namespace) => ({ namespace, rules: readerRules, incomplete: false }));
    const checks = excessChecks(readerRights('istio-current').forbidden, namespaces);
    expect(checks.length).toBeGreaterThan(40);
    expect(checksToAsk(checks, reviews)).toEqual([]);
  });

  it('reader rights - the rules review of the made-up namespace shows every required right of the real reader ClusterRole: none needs an access review', () => {
    const required = readerRights('istio-current').required;
    const probe = { namespace: 'imc-probe-test', rules: readerRules, incomplete: false };
    expect(grantedClusterWide(required, probe)).toEqual(required);
  });

  it('remote profile - a selector-less istiod Service whose EndpointSlice holds the discovery address, and no istiod Deployment', () => {
    expect(docs.filter((d) => d.kind === 'Deployment')).toEqual([]);
    const service = find(docs, 'Service', 'istiod');
    expect(field<unknown>(service, 'spec')).not.toHaveProperty('selector');
    const slice = find(docs, 'EndpointSlice', 'istiod');
    expect(field<{ addresses: string[] }[]>(slice, 'endpoints').flatMap((e) => e.addresses)).toEqual([
      ADDRESS,
    ]);
  });

  it('remote profile - the injector webhook calls the selector-less istiod Service with the cluster and network path', () => {
    const hooks = field<Webhook[]>(
      find(docs, 'MutatingWebhookConfiguration', 'istio-sidecar-injector'),
      'webhooks',
    );
    expect(hooks.length).toBeGreaterThan(0);
    for (const hook of hooks) {
      expect(hook.clientConfig.service).toEqual({
        name: 'istiod',
        namespace: NS,
        path: '/inject/cluster/remote-1/net/network-2',
        port: 443,
      });
    }
    const ports = field<{ ports: { port: number; targetPort?: number }[] }>(
      find(docs, 'Service', 'istiod'),
      'spec',
    ).ports;
    expect(ports).toEqual(
      expect.arrayContaining([expect.objectContaining({ port: 443, targetPort: 15017 })]),
    );
  });

  it('base chart - the reader ServiceAccount the action builds kubeconfigs from, and CRDs with int-or-string schemas', () => {
    expect(find(docs, 'ServiceAccount', 'istio-reader-service-account').metadata.namespace).toBe(NS);
    const crd = find(docs, 'CustomResourceDefinition', 'trafficextensions.extensions.istio.io');
    expect(JSON.stringify(crd)).toContain('"x-kubernetes-int-or-string":true');
  });
});
