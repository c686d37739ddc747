// Render tests of the Istio 1.0 istio-remote stand-in (test/fixtures/charts/istio-remote) with the real
// helm binary: the values interface and resources of istio.md §1, in Helm 3 syntax.
import { describe, expect, it } from 'vitest';
import {
  KWOK_TOLERATION,
  configMapData,
  configMapYaml,
  field,
  find,
  findAll,
  helmBinary,
  kindNames,
  maybeFind,
  podSpec,
  render,
  servicePorts,
  type Manifest,
  type PolicyRule,
  type RenderOptions,
  type Webhook,
} from './helm.js';

const NS = 'istio-system';
const PILOT = '10.10.0.5';

interface MeshConfig {
  mixerCheckServer?: string;
  mixerReportServer?: string;
  authPolicy?: string;
  defaultConfig: {
    discoveryAddress: string;
    controlPlaneAuthPolicy: string;
    zipkinAddress?: string;
    statsdUdpAddress?: string;
  };
}

function remote(set: RenderOptions['set'] = {}, extra: Partial<RenderOptions> = {}): Manifest[] {
  return render('istio-remote', {
    release: 'istio-remote',
    namespace: NS,
    set: { 'global.remotePilotAddress': PILOT, ...set },
    ...extra,
  });
}

function mesh(docs: Manifest[]): MeshConfig {
  return configMapYaml<MeshConfig>(find(docs, 'ConfigMap', 'istio'), 'mesh');
}

const INJECTOR_OBJECTS = [
  'ClusterRole/istio-sidecar-injector-istio-system',
  'ClusterRoleBinding/istio-sidecar-injector-admin-role-binding-istio-system',
  'Deployment/istio-sidecar-injector',
  'MutatingWebhookConfiguration/istio-sidecar-injector',
  'Service/istio-sidecar-injector',
  'ServiceAccount/istio-sidecar-injector-service-account',
];

const DEFAULT_OBJECTS = [
  'ClusterRole/istio-citadel-istio-system',
  'ClusterRole/istio-reader',
  'ClusterRoleBinding/istio-citadel-istio-system',
  'ClusterRoleBinding/istio-multi',
  'ConfigMap/istio',
  'ConfigMap/istio-sidecar-injector',
  'Deployment/istio-citadel',
  'Service/istio-citadel',
  'ServiceAccount/istio-citadel-service-account',
  'ServiceAccount/istio-multi',
  ...INJECTOR_OBJECTS,
].sort();

const PILOT_PORTS: [string, number][] = [
  ['http-old-discovery', 15003],
  ['https-discovery', 15005],
  ['http-discovery', 15007],
  ['grpc-xds', 15010],
  ['https-xds', 15011],
  ['http-legacy-discovery', 8080],
  ['http-monitoring', 9093],
];

describe('istio-remote chart (Istio 1.0 stand-in)', () => {
  it('uses the helm binary the testbed builds', () => {
    expect(helmBinary()).toMatch(/\/helm-v3\.22\.0$/);
  });

  describe('defaults', () => {
    const docs = remote();

    it('renders exactly the documented objects', () => {
      expect(kindNames(docs)).toEqual(DEFAULT_OBJECTS);
    });

    it('uses only API versions current Kubernetes serves', () => {
      const versions = new Set(docs.map((d) => d.apiVersion));
      expect([...versions].sort()).toEqual([
        'admissionregistration.k8s.io/v1',
        'apps/v1',
        'rbac.authorization.k8s.io/v1',
        'v1',
      ]);
    });

    it('labels every object with the managing tool and the release', () => {
      for (const d of docs) {
        expect(d.metadata.labels, `${d.kind}/${d.metadata.name}`).toMatchObject({
          'app.kubernetes.io/managed-by': 'Helm',
          release: 'istio-remote',
        });
      }
    });

    it('puts every namespaced object in the release namespace', () => {
      const clusterScoped = new Set(['ClusterRole', 'ClusterRoleBinding', 'MutatingWebhookConfiguration']);
      for (const d of docs) {
        if (clusterScoped.has(d.kind)) expect(d.metadata.namespace).toBeUndefined();
        else expect(d.metadata.namespace, `${d.kind}/${d.metadata.name}`).toBe(NS);
      }
    });

    it('gives istio-reader exactly one rule: core nodes/pods/services/endpoints, get/watch/list', () => {
      const rules = field<PolicyRule[]>(find(docs, 'ClusterRole', 'istio-reader'), 'rules');
      expect(rules).toEqual([
        {
          apiGroups: [''],
          resources: ['nodes', 'pods', 'services', 'endpoints'],
          verbs: ['get', 'watch', 'list'],
        },
      ]);
    });

    it('binds istio-reader to the istio-multi account', () => {
      const crb = find(docs, 'ClusterRoleBinding', 'istio-multi');
      expect(field(crb, 'roleRef')).toEqual({
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'istio-reader',
      });
      expect(field(crb, 'subjects')).toEqual([
        { kind: 'ServiceAccount', name: 'istio-multi', namespace: NS },
      ]);
    });

    it('appends the discovery port to the bare pilot address (15007, NONE)', () => {
      const m = mesh(docs);
      expect(m.defaultConfig.discoveryAddress).toBe('10.10.0.5:15007');
      expect(m.defaultConfig.controlPlaneAuthPolicy).toBe('NONE');
      expect(configMapData(find(docs, 'ConfigMap', 'istio')).mesh).toContain(
        'discoveryAddress: 10.10.0.5:15007',
      );
    });

    it('leaves statsd, zipkin and mixer out and mTLS off', () => {
      const m = mesh(docs);
      expect(m.defaultConfig.statsdUdpAddress).toBeUndefined();
      expect(m.defaultConfig.zipkinAddress).toBeUndefined();
      expect(m.mixerCheckServer).toBeUndefined();
      expect(m.mixerReportServer).toBeUndefined();
      expect(m.authPolicy).toBe('NONE');
    });

    it('renders neither the istio-pilot service/endpoints nor the mTLS policy objects', () => {
      expect(maybeFind(docs, 'Service', 'istio-pilot')).toBeUndefined();
      expect(findAll(docs, 'Endpoints')).toEqual([]);
      expect(findAll(docs, 'MeshPolicy')).toEqual([]);
      expect(findAll(docs, 'DestinationRule')).toEqual([]);
    });

    it('pins every image to the fixed hub and tag', () => {
      for (const d of findAll(docs, 'Deployment')) {
        for (const c of podSpec(d).containers)
          expect(c.image).toMatch(/^docker\.io\/istio\/[a-z_]+:1\.0\.6$/);
      }
    });

    it('lets every pod tolerate kwok nodes and sets no nodeSelector by default', () => {
      for (const d of findAll(docs, 'Deployment')) {
        const spec = podSpec(d);
        expect(spec.tolerations, d.metadata.name).toContainEqual(KWOK_TOLERATION);
        expect(spec.nodeSelector).toBeUndefined();
      }
    });

    it('runs Citadel self-signed without the cacerts secret', () => {
      const spec = podSpec(find(docs, 'Deployment', 'istio-citadel'));
      expect(spec.serviceAccountName).toBe('istio-citadel-service-account');
      expect(spec.containers[0]?.args).toContain('--self-signed-ca=true');
      expect(spec.volumes ?? []).toEqual([]);
    });

    it('exposes Citadel on 8060 and 9093 and the injector on 443', () => {
      expect(servicePorts(find(docs, 'Service', 'istio-citadel')).map((p) => p.port)).toEqual([8060, 9093]);
      expect(servicePorts(find(docs, 'Service', 'istio-sidecar-injector')).map((p) => p.port)).toEqual([443]);
    });

    it('gives Citadel secret CRUD and read access to accounts and services', () => {
      const rules = field<PolicyRule[]>(find(docs, 'ClusterRole', 'istio-citadel-istio-system'), 'rules');
      expect(rules).toEqual([
        {
          apiGroups: [''],
          resources: ['secrets'],
          verbs: ['create', 'get', 'watch', 'list', 'update', 'delete'],
        },
        { apiGroups: [''], resources: ['serviceaccounts', 'services'], verbs: ['get', 'watch', 'list'] },
      ]);
    });

    it('gives the injector read access to configmaps and patch access to its webhook', () => {
      const rules = field<PolicyRule[]>(
        find(docs, 'ClusterRole', 'istio-sidecar-injector-istio-system'),
        'rules',
      );
      expect(rules).toEqual([
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] },
        {
          apiGroups: ['admissionregistration.k8s.io'],
          resources: ['mutatingwebhookconfigurations'],
          verbs: ['get', 'list', 'watch', 'patch'],
        },
      ]);
    });

    it('selects istio-injection=enabled namespaces and never blocks pod creation', () => {
      const mwc = find(docs, 'MutatingWebhookConfiguration', 'istio-sidecar-injector');
      const [hook, ...more] = field<Webhook[]>(mwc, 'webhooks');
      expect(more).toEqual([]);
      expect(hook?.namespaceSelector).toEqual({ matchLabels: { 'istio-injection': 'enabled' } });
      expect(hook?.clientConfig.service).toMatchObject({ name: 'istio-sidecar-injector', namespace: NS });
      expect(hook?.failurePolicy).toBe('Ignore');
      expect(hook?.timeoutSeconds).toBeGreaterThanOrEqual(1);
      expect(hook?.timeoutSeconds).toBeLessThanOrEqual(5);
      expect(hook?.sideEffects).toBe('None');
    });

    it('ships an injector config kube-inject can use (istio-init + istio-proxy)', () => {
      const cm = find(docs, 'ConfigMap', 'istio-sidecar-injector');
      expect(cm.metadata.labels?.istio).toBe('sidecar-injector');
      expect(Object.keys(configMapData(cm))).toEqual(['config']);
      const config = configMapYaml<{ policy: string; template: string }>(cm, 'config');
      expect(config.policy).toBe('enabled');
      expect(config.template).toContain('initContainers:\n- name: istio-init');
      expect(config.template).toContain('containers:\n- name: istio-proxy');
      expect(config.template).toContain('image: "docker.io/istio/proxy_init:1.0.6"');
      expect(config.template).toContain('docker.io/istio/proxyv2:1.0.6');
      // Evaluated by the injector per pod, with Istio 1.0's delimiters.
      expect(config.template).toContain('[[ .ProxyConfig.DiscoveryAddress ]]');
    });
  });

  it('appends the Mixer, zipkin and statsd ports to bare addresses', () => {
    const m = mesh(
      remote({
        'global.remotePolicyAddress': '10.10.0.6',
        'global.remoteTelemetryAddress': 'istio-telemetry.example.com',
        'global.remoteZipkinAddress': '10.10.0.8',
        'global.proxy.envoyStatsd.enabled': true,
        'global.proxy.envoyStatsd.host': '10.10.0.9',
        'global.proxy.envoyStatsd.port': 9125,
      }),
    );
    expect(m.mixerCheckServer).toBe('10.10.0.6:15004');
    expect(m.mixerReportServer).toBe('istio-telemetry.example.com:15004');
    expect(m.defaultConfig.zipkinAddress).toBe('10.10.0.8:9411');
    expect(m.defaultConfig.statsdUdpAddress).toBe('10.10.0.9:9125');
  });

  it('renders a broken statsd address when enabled with a host only (the 1.0.3+ pitfall)', () => {
    const docs = remote({
      'global.proxy.envoyStatsd.enabled': true,
      'global.proxy.envoyStatsd.host': '10.10.0.9',
    });
    const text = configMapData(find(docs, 'ConfigMap', 'istio')).mesh ?? '';
    // The port is blank from 1.0.3: the address is "host:", which does not even parse as mesh config.
    expect(text).toMatch(/^ {2}statsdUdpAddress: 10\.10\.0\.9:$/m);
    expect(() => mesh(docs)).toThrow(/bad indentation/);
  });

  it('sidecarInjectorWebhook.enabled=false removes the injector objects but keeps its ConfigMap', () => {
    const docs = remote({ 'sidecarInjectorWebhook.enabled': false });
    expect(kindNames(docs)).toEqual(DEFAULT_OBJECTS.filter((n) => !INJECTOR_OBJECTS.includes(n)));
    // Manual injection (istioctl kube-inject --injectConfigMapName istio-sidecar-injector) still works.
    expect(maybeFind(docs, 'ConfigMap', 'istio-sidecar-injector')).toBeDefined();
  });

  it('remotePilotCreateSvcEndpoint renders a selector-less istio-pilot Service and Endpoints', () => {
    const docs = remote({ 'global.remotePilotCreateSvcEndpoint': true });
    const svc = find(docs, 'Service', 'istio-pilot');
    const svcSpec = field<{ selector?: unknown; ports: unknown }>(svc, 'spec');
    expect(svcSpec.selector).toBeUndefined();
    expect(servicePorts(svc).map((p) => [p.name, p.port])).toEqual(PILOT_PORTS);

    const ep = find(docs, 'Endpoints', 'istio-pilot');
    expect(ep.metadata.namespace).toBe(NS);
    const subsets = field<{ addresses: { ip: string }[]; ports: { name: string; port: number }[] }[]>(
      ep,
      'subsets',
    );
    expect(subsets).toHaveLength(1);
    expect(subsets[0]?.addresses).toEqual([{ ip: PILOT }]);
    // Endpoints ports are matched to the Service's by name.
    expect(subsets[0]?.ports.map((p) => [p.name, p.port])).toEqual(PILOT_PORTS);

    expect(mesh(docs).defaultConfig.discoveryAddress).toBe('istio-pilot.istio-system:15007');
  });

  it('controlPlaneSecurityEnabled switches discovery to 15005 with MUTUAL_TLS', () => {
    const m = mesh(remote({ 'global.controlPlaneSecurityEnabled': true }));
    expect(m.defaultConfig.discoveryAddress).toBe('10.10.0.5:15005');
    expect(m.defaultConfig.controlPlaneAuthPolicy).toBe('MUTUAL_TLS');

    const viaSvc = mesh(
      remote({ 'global.controlPlaneSecurityEnabled': true, 'global.remotePilotCreateSvcEndpoint': true }),
    );
    expect(viaSvc.defaultConfig.discoveryAddress).toBe('istio-pilot.istio-system:15005');
  });

  it('security.selfSigned=false makes Citadel sign with the mounted cacerts secret', () => {
    const spec = podSpec(find(remote({ 'security.selfSigned': false }), 'Deployment', 'istio-citadel'));
    const volume = spec.volumes?.find((v) => v.name === 'cacerts');
    expect(volume?.secret?.secretName).toBe('cacerts');
    expect(volume?.secret?.items?.map((i) => i.key).sort()).toEqual([
      'ca-cert.pem',
      'ca-key.pem',
      'cert-chain.pem',
      'root-cert.pem',
    ]);
    const citadel = spec.containers[0];
    expect(citadel?.volumeMounts).toContainEqual({
      name: 'cacerts',
      mountPath: '/etc/cacerts',
      readOnly: true,
    });
    expect(citadel?.args).toEqual(
      expect.arrayContaining([
        '--self-signed-ca=false',
        '--signing-cert=/etc/cacerts/ca-cert.pem',
        '--signing-key=/etc/cacerts/ca-key.pem',
        '--root-cert=/etc/cacerts/root-cert.pem',
        '--cert-chain=/etc/cacerts/cert-chain.pem',
      ]),
    );
    expect(citadel?.args).not.toContain('--self-signed-ca=true');
  });

  it('global.mtls.enabled renders the MeshPolicy and DestinationRules (Istio CRD kinds)', () => {
    const docs = remote({ 'global.mtls.enabled': true });
    expect(mesh(docs).authPolicy).toBe('MUTUAL_TLS');
    const policy = find(docs, 'MeshPolicy', 'default');
    expect(policy.apiVersion).toBe('authentication.istio.io/v1alpha1');
    const rules = findAll(docs, 'DestinationRule');
    expect(rules.map((r) => r.metadata.name).sort()).toEqual(['api-server', 'default']);
    for (const r of rules) expect(r.apiVersion).toBe('networking.istio.io/v1alpha3');
    expect(field<{ host: string }>(find(docs, 'DestinationRule', 'default'), 'spec').host).toBe('*.local');
  });

  it('renders the post-delete cleanup Job only without --no-hooks', () => {
    expect(findAll(remote(), 'Job')).toEqual([]);

    const withHooks = remote({}, { hooks: true });
    const job = find(withHooks, 'Job', 'cleanup-secrets');
    expect(job.apiVersion).toBe('batch/v1');
    expect(job.metadata.annotations?.['helm.sh/hook']).toBe('post-delete');
    expect(podSpec(job).tolerations).toContainEqual(KWOK_TOLERATION);
    // Everything beyond the defaults is a post-delete hook.
    for (const d of withHooks.filter((x) => !DEFAULT_OBJECTS.includes(`${x.kind}/${x.metadata.name}`))) {
      expect(d.metadata.annotations?.['helm.sh/hook'], `${d.kind}/${d.metadata.name}`).toBe('post-delete');
    }
  });

  it('global.nodeSelector reaches every pod', () => {
    const docs = remote({ 'global.nodeSelector.type': 'kwok' }, { hooks: true });
    const workloads = [...findAll(docs, 'Deployment'), ...findAll(docs, 'Job')];
    expect(workloads).toHaveLength(3);
    for (const w of workloads) expect(podSpec(w).nodeSelector, w.metadata.name).toEqual({ type: 'kwok' });
  });

  it('follows the release namespace', () => {
    const docs = render('istio-remote', {
      release: 'remote',
      namespace: 'mesh-remote',
      set: { 'global.remotePilotAddress': PILOT, 'global.remotePilotCreateSvcEndpoint': true },
    });
    expect(find(docs, 'ServiceAccount', 'istio-multi').metadata.namespace).toBe('mesh-remote');
    expect(field(find(docs, 'ClusterRoleBinding', 'istio-multi'), 'subjects')).toEqual([
      { kind: 'ServiceAccount', name: 'istio-multi', namespace: 'mesh-remote' },
    ]);
    expect(mesh(docs).defaultConfig.discoveryAddress).toBe('istio-pilot.mesh-remote:15007');
    expect(find(docs, 'ClusterRole', 'istio-citadel-mesh-remote').metadata.labels?.release).toBe('remote');
  });
});
