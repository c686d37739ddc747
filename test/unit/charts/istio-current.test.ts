// Render tests of the modern (Istio 1.2x) stand-ins under test/fixtures/charts/istio-current: base,
// istiod (primary and profile=remote) and gateway, as the primary-remote model of istio.md §4 uses them.
import { describe, expect, it } from 'vitest';
import {
  KWOK_TOLERATION,
  configMapData,
  configMapYaml,
  field,
  find,
  findAll,
  kindNames,
  maybeFind,
  podSpec,
  render,
  renderError,
  servicePorts,
  type Manifest,
  type PolicyRule,
  type RenderOptions,
  type Webhook,
} from './helm.js';

const NS = 'istio-system';
const INJECTION_PATH = '/inject/cluster/remote-1/net/network-2';

function istiod(set: RenderOptions['set'] = {}): Manifest[] {
  return render('istio-current/istiod', { release: 'istiod', namespace: NS, set });
}

function remoteIstiod(address: string, set: RenderOptions['set'] = {}): Manifest[] {
  return istiod({
    profile: 'remote',
    'global.remotePilotAddress': address,
    'istiodRemote.injectionPath': INJECTION_PATH,
    'global.configCluster': true,
    'pilot.enabled': false,
    ...set,
  });
}

function webhooks(docs: Manifest[]): Webhook[] {
  return field<Webhook[]>(find(docs, 'MutatingWebhookConfiguration', 'istio-sidecar-injector'), 'webhooks');
}

function expectManagedLabels(docs: Manifest[], release: string): void {
  for (const d of docs) {
    expect(d.metadata.labels, `${d.kind}/${d.metadata.name}`).toMatchObject({
      'app.kubernetes.io/managed-by': 'Helm',
      release,
    });
  }
}

describe('base chart (modern stand-in)', () => {
  const docs = render('istio-current/base', { release: 'istio-base', namespace: NS });

  it('renders the reader account, its ClusterRole and binding', () => {
    expect(kindNames(docs)).toEqual([
      'ClusterRole/istio-reader-clusterrole-istio-system',
      'ClusterRoleBinding/istio-reader-clusterrole-istio-system',
      'ServiceAccount/istio-reader-service-account',
    ]);
    expect(find(docs, 'ServiceAccount', 'istio-reader-service-account').metadata.namespace).toBe(NS);
    expectManagedLabels(docs, 'istio-base');
  });

  it('grants read-only access to what the reader watches, and no secrets', () => {
    const rules = field<PolicyRule[]>(
      find(docs, 'ClusterRole', 'istio-reader-clusterrole-istio-system'),
      'rules',
    );
    expect(rules).toEqual([
      {
        apiGroups: [''],
        resources: ['nodes', 'pods', 'services', 'endpoints', 'namespaces'],
        verbs: ['get', 'list', 'watch'],
      },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
    ]);
  });

  it('binds the ClusterRole to the reader account', () => {
    const crb = find(docs, 'ClusterRoleBinding', 'istio-reader-clusterrole-istio-system');
    expect(field(crb, 'roleRef')).toMatchObject({
      kind: 'ClusterRole',
      name: 'istio-reader-clusterrole-istio-system',
    });
    expect(field(crb, 'subjects')).toEqual([
      { kind: 'ServiceAccount', name: 'istio-reader-service-account', namespace: NS },
    ]);
  });

  it('renders the same objects with profile=remote, in the release namespace', () => {
    const remote = render('istio-current/base', {
      release: 'istio-base',
      namespace: 'istio-remote',
      set: { profile: 'remote' },
    });
    expect(kindNames(remote)).toEqual([
      'ClusterRole/istio-reader-clusterrole-istio-remote',
      'ClusterRoleBinding/istio-reader-clusterrole-istio-remote',
      'ServiceAccount/istio-reader-service-account',
    ]);
  });
});

describe('istiod chart (modern stand-in), primary', () => {
  const docs = istiod({
    'global.meshID': 'mesh1',
    'global.multiCluster.clusterName': 'primary',
    'global.network': 'network-1',
    'global.externalIstiod': true,
  });

  it('renders istiod, its config and the injector webhook', () => {
    expect(kindNames(docs)).toEqual([
      'ConfigMap/istio',
      'ConfigMap/istio-sidecar-injector',
      'Deployment/istiod',
      'MutatingWebhookConfiguration/istio-sidecar-injector',
      'Service/istiod',
      'ServiceAccount/istiod',
    ]);
    expectManagedLabels(docs, 'istiod');
  });

  it('labels istiod app=istiod, istio=pilot and schedules it on kwok nodes', () => {
    const deploy = find(docs, 'Deployment', 'istiod');
    expect(deploy.metadata.labels).toMatchObject({ app: 'istiod', istio: 'pilot' });
    const spec = podSpec(deploy);
    expect(spec.tolerations).toContainEqual(KWOK_TOLERATION);
    const env = Object.fromEntries((spec.containers[0]?.env ?? []).map((e) => [e.name, e.value]));
    expect(env).toMatchObject({ CLUSTER_ID: 'primary', EXTERNAL_ISTIOD: 'true' });
  });

  it('exposes 15010, 15012, 443->15017 and 15014', () => {
    const ports = servicePorts(find(docs, 'Service', 'istiod')).map((p) => [p.port, p.targetPort]);
    expect(ports).toEqual([
      [15010, 15010],
      [15012, 15012],
      [443, 15017],
      [15014, 15014],
    ]);
  });

  it('points sidecars at istiod:15012 and carries the mesh ID', () => {
    const mesh = configMapYaml<{
      meshId: string;
      defaultConfig: { discoveryAddress: string; meshId: string };
    }>(find(docs, 'ConfigMap', 'istio'), 'mesh');
    expect(mesh.defaultConfig.discoveryAddress).toBe('istiod.istio-system.svc:15012');
    expect(mesh.meshId).toBe('mesh1');
    expect(mesh.defaultConfig.meshId).toBe('mesh1');
  });

  it('calls the local istiod service for injection, without blocking pod creation', () => {
    const hooks = webhooks(docs);
    expect(hooks.map((h) => h.name)).toEqual([
      'namespace.sidecar-injector.istio.io',
      'object.sidecar-injector.istio.io',
    ]);
    for (const h of hooks) {
      expect(h.clientConfig).toEqual({
        service: { name: 'istiod', namespace: NS, path: '/inject', port: 443 },
      });
      expect(h.failurePolicy).toBe('Ignore');
      expect(h.timeoutSeconds).toBeLessThanOrEqual(5);
    }
    expect(hooks[0]?.namespaceSelector).toEqual({ matchLabels: { 'istio-injection': 'enabled' } });
  });

  it('ships injector config and values', () => {
    const cm = find(docs, 'ConfigMap', 'istio-sidecar-injector');
    expect(Object.keys(configMapData(cm)).sort()).toEqual(['config', 'values']);
    const values = JSON.parse(configMapData(cm).values ?? '') as {
      global: { network: string; multiCluster: { clusterName: string } };
    };
    expect(values.global.network).toBe('network-1');
    expect(values.global.multiCluster.clusterName).toBe('primary');
    const config = configMapYaml<{ policy: string; templates: { sidecar: string } }>(cm, 'config');
    expect(config.policy).toBe('enabled');
    expect(config.templates.sidecar).toContain('- name: istio-init');
    expect(config.templates.sidecar).toContain('- name: istio-proxy');
    // Stored verbatim for istiod, not expanded by Helm.
    expect(config.templates.sidecar).toContain('{{ .ProxyImage }}');
  });

  it('pilot.enabled=false drops istiod but keeps config and webhook', () => {
    expect(kindNames(istiod({ 'pilot.enabled': false }))).toEqual([
      'ConfigMap/istio',
      'ConfigMap/istio-sidecar-injector',
      'MutatingWebhookConfiguration/istio-sidecar-injector',
    ]);
  });
});

describe('istiod chart (modern stand-in), profile=remote', () => {
  it('with an IP: selector-less istiod Service plus EndpointSlice, webhook URL on the primary', () => {
    const docs = remoteIstiod('172.18.0.10');
    expect(kindNames(docs)).toEqual([
      'ConfigMap/istio',
      'EndpointSlice/istiod',
      'MutatingWebhookConfiguration/istio-sidecar-injector',
      'Service/istiod',
    ]);
    expectManagedLabels(docs, 'istiod');

    const svc = find(docs, 'Service', 'istiod');
    const spec = field<{ selector?: unknown; type?: string }>(svc, 'spec');
    expect(spec.selector).toBeUndefined();
    expect(spec.type).toBeUndefined();
    expect(servicePorts(svc).map((p) => [p.name, p.port])).toEqual([
      ['grpc-xds', 15012],
      ['https-webhook', 15017],
    ]);

    const slice = find(docs, 'EndpointSlice', 'istiod');
    expect(slice.apiVersion).toBe('discovery.k8s.io/v1');
    expect(slice.metadata.namespace).toBe(NS);
    expect(slice.metadata.labels?.['kubernetes.io/service-name']).toBe('istiod');
    expect(field(slice, 'addressType')).toBe('IPv4');
    expect(field<{ addresses: string[] }[]>(slice, 'endpoints').map((e) => e.addresses)).toEqual([
      ['172.18.0.10'],
    ]);
    expect(field<{ name: string; port: number }[]>(slice, 'ports').map((p) => [p.name, p.port])).toEqual([
      ['grpc-xds', 15012],
      ['https-webhook', 15017],
    ]);

    for (const h of webhooks(docs)) {
      expect(h.clientConfig).toEqual({ url: `https://172.18.0.10:15017${INJECTION_PATH}` });
      expect(h.failurePolicy).toBe('Ignore');
    }
    const mesh = configMapYaml<{ defaultConfig: { discoveryAddress: string } }>(
      find(docs, 'ConfigMap', 'istio'),
      'mesh',
    );
    expect(mesh.defaultConfig.discoveryAddress).toBe('istiod.istio-system.svc:15012');
  });

  it('with a host name: an ExternalName istiod Service and no EndpointSlice', () => {
    const docs = remoteIstiod('istiod.primary.example.com');
    expect(findAll(docs, 'EndpointSlice')).toEqual([]);
    const spec = field<{ type: string; externalName: string }>(find(docs, 'Service', 'istiod'), 'spec');
    expect(spec).toMatchObject({ type: 'ExternalName', externalName: 'istiod.primary.example.com' });
    for (const h of webhooks(docs)) {
      expect(h.clientConfig.url).toBe(`https://istiod.primary.example.com:15017${INJECTION_PATH}`);
    }
  });

  it('with an IPv6 address: an IPv6 EndpointSlice and a bracketed URL', () => {
    const docs = remoteIstiod('fd00:10::5');
    expect(field(find(docs, 'EndpointSlice', 'istiod'), 'addressType')).toBe('IPv6');
    expect(webhooks(docs)[0]?.clientConfig.url).toBe(`https://[fd00:10::5]:15017${INJECTION_PATH}`);
  });

  it('never renders istiod itself, even with pilot.enabled=true', () => {
    const docs = remoteIstiod('172.18.0.10', { 'pilot.enabled': true });
    expect(findAll(docs, 'Deployment')).toEqual([]);
    expect(maybeFind(docs, 'ServiceAccount', 'istiod')).toBeUndefined();
  });

  it('omits the injector ConfigMap like upstream (istio#24438) unless forced', () => {
    expect(maybeFind(remoteIstiod('172.18.0.10'), 'ConfigMap', 'istio-sidecar-injector')).toBeUndefined();
    const forced = remoteIstiod('172.18.0.10', { 'global.omitSidecarInjectorConfigMap': false });
    const cm = find(forced, 'ConfigMap', 'istio-sidecar-injector');
    expect(Object.keys(configMapData(cm)).sort()).toEqual(['config', 'values']);
  });

  it('fails without a remote pilot address', () => {
    expect(
      renderError('istio-current/istiod', { release: 'istiod', namespace: NS, set: { profile: 'remote' } }),
    ).toMatch(/global\.remotePilotAddress/);
  });
});

describe('gateway chart (modern stand-in)', () => {
  const docs = render('istio-current/gateway', {
    release: 'istio-eastwestgateway',
    namespace: NS,
    set: { networkGateway: 'network-1' },
  });

  it('renders a Deployment, a LoadBalancer Service and an account', () => {
    expect(kindNames(docs)).toEqual([
      'Deployment/istio-eastwestgateway',
      'Service/istio-eastwestgateway',
      'ServiceAccount/istio-eastwestgateway',
    ]);
    expectManagedLabels(docs, 'istio-eastwestgateway');
    const svc = find(docs, 'Service', 'istio-eastwestgateway');
    expect(field<{ type: string }>(svc, 'spec').type).toBe('LoadBalancer');
    expect(servicePorts(svc).map((p) => p.port)).toEqual([15021, 15443, 15012, 15017]);
  });

  it('labels the pods istio=eastwestgateway, app=istio-eastwestgateway on the gateway network', () => {
    const deploy = find(docs, 'Deployment', 'istio-eastwestgateway');
    const template = field<{ template: { metadata: { labels: Record<string, string> } } }>(
      deploy,
      'spec',
    ).template;
    expect(template.metadata.labels).toMatchObject({
      istio: 'eastwestgateway',
      app: 'istio-eastwestgateway',
      'topology.istio.io/network': 'network-1',
    });
    const svc = find(docs, 'Service', 'istio-eastwestgateway');
    expect(field<{ selector: Record<string, string> }>(svc, 'spec').selector).toEqual({
      app: 'istio-eastwestgateway',
      istio: 'eastwestgateway',
    });
    const spec = podSpec(deploy);
    expect(spec.tolerations).toContainEqual(KWOK_TOLERATION);
    expect(spec.containers[0]?.env).toContainEqual({
      name: 'ISTIO_META_REQUESTED_NETWORK_VIEW',
      value: 'network-1',
    });
  });

  it('honours name, service.type and global.nodeSelector', () => {
    const other = render('istio-current/gateway', {
      release: 'gw',
      namespace: NS,
      set: { name: 'istio-eastwestgateway', 'service.type': 'NodePort', 'global.nodeSelector.type': 'kwok' },
    });
    const svc = find(other, 'Service', 'istio-eastwestgateway');
    expect(field<{ type: string }>(svc, 'spec').type).toBe('NodePort');
    expect(podSpec(find(other, 'Deployment', 'istio-eastwestgateway')).nodeSelector).toEqual({
      type: 'kwok',
    });
    expect(svc.metadata.labels).not.toHaveProperty('topology.istio.io/network');
  });
});
