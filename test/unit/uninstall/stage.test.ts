import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from '../../../src/kube/client.js';
import type { ManifestObject } from '../../../src/kube/objects.js';

/** Everything the stage did, in order, as "<cluster>: <what>". */
const events: string[] = [];
/** Secrets per cluster, keyed "namespace/name", valued by their labels. */
const secrets = new Map<string, Map<string, Record<string, string>>>();
/** Release-labelled objects per cluster. */
const labelled = new Map<string, ManifestObject[]>();
const helmReleases = new Map<string, Set<string>>();
const failing = new Set<string>();
/** Namespaces per cluster, valued by their labels; the injection label counts as applied by the action. */
const namespaces = new Map<string, Map<string, Record<string, string>>>();

function injectionOwner(labels: Record<string, string>): k8s.V1ManagedFieldsEntry[] {
  if (labels['istio-injection'] === undefined || labels.owner === 'kubectl') return [];
  return [
    {
      manager: 'istio-multicluster-action-injection',
      operation: 'Apply',
      fieldsV1: { 'f:metadata': { 'f:labels': { 'f:istio-injection': {} } } },
    },
  ];
}
/** Concurrency of listObjectsByLabel calls (one per remote and release). */
let listDelayMs = 0;
let listing = 0;
let peakListing = 0;

function notFound(): k8s.ApiException<string> {
  return new k8s.ApiException(404, 'not found', '{"message":"not found"}', {});
}

function fakeCore(cluster: string) {
  const store = () => secrets.get(cluster) ?? new Map<string, Record<string, string>>();
  return {
    readNamespacedSecret: async ({ namespace, name }: { namespace: string; name: string }) => {
      if (failing.has(cluster)) throw new Error(`${cluster} unreachable`);
      const labels = store().get(`${namespace}/${name}`);
      if (!labels) throw notFound();
      return { metadata: { name, namespace, labels } };
    },
    deleteNamespacedSecret: async ({ namespace, name }: { namespace: string; name: string }) => {
      events.push(`${cluster}: delete Secret ${namespace}/${name}`);
      store().delete(`${namespace}/${name}`);
      return {};
    },
    readNamespace: async ({ name }: { name: string }) => {
      const labels = namespaces.get(cluster)?.get(name);
      if (!labels) throw notFound();
      return { metadata: { name, labels, managedFields: injectionOwner(labels) } };
    },
  };
}

vi.mock('../../../src/kube/client.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/kube/client.js')>()),
  coreApi: (cluster: ClusterHandle) => fakeCore(cluster.name),
}));
vi.mock('../../../src/kube/apply.js', () => ({
  FIELD_MANAGER: 'istio-multicluster-action',
  listObjectsByLabel: async (cluster: ClusterHandle, _kinds: unknown, selector: string) => {
    events.push(`${cluster.name}: list ${selector}`);
    listing++;
    peakListing = Math.max(peakListing, listing);
    await new Promise((resolve) => setTimeout(resolve, listDelayMs));
    listing--;
    return { objects: labelled.get(cluster.name) ?? [], unserved: [] };
  },
  deleteObjects: async (cluster: ClusterHandle, objects: ManifestObject[]) => {
    events.push(`${cluster.name}: delete ${objects.map((o) => o.kind).join(',')}`);
    labelled.delete(cluster.name);
    return { deleted: objects.map((o) => `${o.kind} ${o.metadata.name}`), absent: [] };
  },
}));
vi.mock('../../../src/kube/namespaces.js', () => ({
  disableInjection: async (cluster: ClusterHandle, name: string) => {
    events.push(`${cluster.name}: disableInjection ${name}`);
    const labels = namespaces.get(cluster.name)?.get(name);
    if (labels) delete labels['istio-injection'];
    return 'unlabelled';
  },
  deleteNamespaceIfCreated: async (cluster: ClusterHandle, name: string) => {
    events.push(`${cluster.name}: delete namespace ${name}`);
    return 'deleted';
  },
}));
vi.mock('../../../src/tools/helm-cli.js', () => ({
  helmTemplate: async () => '',
  helmGetManifest: async (_helm: string, release: string, _ns: string, kubeconfig: string) =>
    helmReleases.get(kubeconfig)?.has(release) ? 'kind: ConfigMap' : undefined,
  helmUninstall: async (_helm: string, release: string, _ns: string, kubeconfig: string) => {
    events.push(`${kubeconfig}: helm uninstall ${release}`);
    return helmReleases.get(kubeconfig)?.delete(release) ? 'uninstalled' : 'absent';
  },
}));

const { uninstall } = await import('../../../src/stages/uninstall.js');
type Input = Parameters<typeof uninstall>[0];

function cluster(name: string): ClusterHandle {
  return { name, kubeconfigPath: name, config: new k8s.KubeConfig() };
}

const MANAGED = { 'app.kubernetes.io/managed-by': 'istio-multicluster-action' };

function input(overrides: Partial<Input> = {}): Input {
  return {
    primary: cluster('primary'),
    remotes: [cluster('remote-1'), cluster('remote-2')],
    namespace: 'istio-system',
    profile: { secretName: (remote) => remote, readerServiceAccount: 'istio-multi' },
    releases: ['istio-remote'],
    method: 'kubectl',
    helmPath: 'helm',
    kinds: [],
    injectionNamespaces: ['default'],
    parallelism: 4,
    timeoutMs: 1000,
    ...overrides,
  };
}

function object(kind: string, name: string): ManifestObject {
  return { apiVersion: 'v1', kind, metadata: { name } };
}

describe('uninstall stage (fake clusters)', () => {
  beforeEach(() => {
    events.length = 0;
    secrets.clear();
    labelled.clear();
    helmReleases.clear();
    failing.clear();
    namespaces.clear();
    listDelayMs = 0;
    peakListing = 0;
    secrets.set(
      'primary',
      new Map([
        ['istio-system/remote-1', MANAGED],
        ['istio-system/remote-2', MANAGED],
      ]),
    );
    for (const remote of ['remote-1', 'remote-2']) {
      secrets.set(remote, new Map([['istio-system/istio-multi-token-istio-multicluster', MANAGED]]));
      labelled.set(remote, [object('ServiceAccount', 'istio-multi'), object('ConfigMap', 'istio')]);
      namespaces.set(remote, new Map([['default', { 'istio-injection': 'enabled' }]]));
    }
  });

  it('uninstall() - deletes every registration on the primary before touching any remote', async () => {
    const result = await uninstall(input());
    const firstRemote = events.findIndex((e) => e.startsWith('remote-'));
    expect(events.slice(0, firstRemote)).toEqual([
      'primary: delete Secret istio-system/remote-1',
      'primary: delete Secret istio-system/remote-2',
    ]);
    expect(result.registrations.map((r) => r.outcome)).toEqual(['deleted', 'deleted']);
  });

  it('uninstall() - on each remote: release objects, token Secret, injection label, then the namespace', async () => {
    const result = await uninstall(input({ remotes: [cluster('remote-1')] }));
    expect(events.filter((e) => e.startsWith('remote-1'))).toEqual([
      'remote-1: list istio-multicluster-action/release=istio-remote',
      'remote-1: delete ServiceAccount,ConfigMap',
      'remote-1: delete Secret istio-system/istio-multi-token-istio-multicluster',
      'remote-1: disableInjection default',
      'remote-1: delete namespace istio-system',
    ]);
    expect(result.remotes[0]).toMatchObject({
      deleted: ['ServiceAccount istio-multi', 'ConfigMap istio'],
      tokenSecret: { outcome: 'deleted' },
      injection: [{ namespace: 'default', outcome: 'unlabelled' }],
      namespace: { name: 'istio-system', outcome: 'deleted' },
    });
  });

  it('uninstall() - leaves an injection label another manager set; reports absent when there is none', async () => {
    namespaces.get('remote-1')?.set('default', { 'istio-injection': 'enabled', owner: 'kubectl' });
    namespaces.get('remote-1')?.set('shop', {});
    const result = await uninstall(
      input({ remotes: [cluster('remote-1')], injectionNamespaces: ['default', 'shop', 'missing'] }),
    );
    expect(events).not.toContain('remote-1: disableInjection default');
    expect(result.remotes[0]?.injection).toEqual([
      { namespace: 'default', outcome: 'kept' },
      { namespace: 'shop', outcome: 'absent' },
      { namespace: 'missing', outcome: 'absent' },
    ]);
  });

  it('uninstall() - leaves an unmanaged registration Secret alone, with a warning', async () => {
    secrets.get('primary')?.set('istio-system/remote-1', { team: 'someone-else' });
    const result = await uninstall(input());
    expect(events).not.toContain('primary: delete Secret istio-system/remote-1');
    expect(result.registrations[0]).toEqual({
      remote: 'remote-1',
      secret: 'remote-1',
      outcome: 'kept-unmanaged',
    });
    expect(result.warnings.join('\n')).toMatch(/istio-system\/remote-1 was not created by this action/);
  });

  it('uninstall() - names registration secrets after the profile', async () => {
    secrets.set('primary', new Map([['istio-system/istio-remote-secret-remote-1', MANAGED]]));
    const result = await uninstall(
      input({
        remotes: [cluster('remote-1')],
        profile: {
          secretName: (r) => `istio-remote-secret-${r}`,
          readerServiceAccount: 'istio-reader-service-account',
        },
      }),
    );
    expect(result.registrations).toEqual([
      { remote: 'remote-1', secret: 'istio-remote-secret-remote-1', outcome: 'deleted' },
    ]);
    expect(result.remotes[0]?.tokenSecret.name).toBe('istio-reader-service-account-token-istio-multicluster');
  });

  it('uninstall() - touches no remote when the primary fails', async () => {
    failing.add('primary');
    await expect(uninstall(input())).rejects.toThrow(
      /\[uninstall\] cluster "primary".*no remote was touched/,
    );
    expect(events.filter((e) => e.startsWith('remote-'))).toEqual([]);
  });

  it('uninstall() - removes releases in the given order with helm', async () => {
    helmReleases.set('remote-1', new Set(['istiod', 'istio-base']));
    const result = await uninstall(
      input({ remotes: [cluster('remote-1')], method: 'helm', releases: ['istiod', 'istio-base'] }),
    );
    expect(events.filter((e) => e.includes('helm'))).toEqual([
      'remote-1: helm uninstall istiod',
      'remote-1: helm uninstall istio-base',
    ]);
    expect(result.remotes[0]?.deleted).toEqual(['helm release istiod', 'helm release istio-base']);
  });

  it('uninstall() - warns when the method does not match the install', async () => {
    const helm = await uninstall(input({ remotes: [cluster('remote-1')], method: 'helm' }));
    expect(helm.remotes[0]?.absent).toEqual(['helm release istio-remote']);
    expect(helm.warnings.join('\n')).toMatch(/installed with install-method: kubectl/);

    labelled.clear();
    helmReleases.set('remote-2', new Set(['istio-remote']));
    const kubectl = await uninstall(input({ remotes: [cluster('remote-2')] }));
    expect(kubectl.warnings.join('\n')).toMatch(/installed with install-method: helm/);
  });

  it('uninstall() - keeps CRDs labelled with the release and says so', async () => {
    labelled.set('remote-1', [
      object('CustomResourceDefinition', 'gateways.networking.istio.io'),
      object('ServiceAccount', 'istio-reader-service-account'),
    ]);
    const result = await uninstall(input({ remotes: [cluster('remote-1')] }));
    expect(events).toContain('remote-1: delete ServiceAccount');
    expect(result.remotes[0]?.kept).toEqual(['CustomResourceDefinition gateways.networking.istio.io']);
    expect(result.warnings.join('\n')).toMatch(
      /kept CustomResourceDefinition gateways\.networking\.istio\.io/,
    );
  });

  it('uninstall() - a failing remote does not stop the others; both are reported', async () => {
    failing.add('remote-1');
    const error = await uninstall(input()).catch((e: unknown) => e);
    expect(String(error)).toMatch(/cluster "remote-1": remote-1 unreachable/);
    expect(String(error)).toMatch(/uninstalled despite this: remote-2/);
    expect(events).toContain('remote-2: delete namespace istio-system');
  });

  it('uninstall() - works on at most `parallelism` remotes at once', async () => {
    listDelayMs = 10;
    await uninstall(input({ remotes: ['a', 'b', 'c', 'd', 'e'].map(cluster), parallelism: 2 }));
    expect(peakListing).toBe(2);
  });
});
