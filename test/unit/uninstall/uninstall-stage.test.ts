// The uninstall stage through its port (src/stages/uninstall/uninstall-cluster.ts) with in-memory
// clusters: registrations first, then per remote only what the action created (adopted objects and
// CRDs still in use kept and named), its token Secret, its injection label, the Istio namespace when
// the action created it (waited for) or the fields it set; helm releases only when the action
// installed them; a second run deletes nothing; a primary that refuses stops the run before any
// remote is touched.
import * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { HELM_OWNER_LABEL } from '../../../src/stages/deploy/ownership-claims.js';
import { tokenSecretName } from '../../../src/stages/secrets/token-secret.js';
import { uninstall, type UninstallInput } from '../../../src/stages/uninstall/uninstall.js';
import type { ManifestObject } from '../../../src/util/manifest.js';
import { FakeUninstallCluster } from '../fakes/uninstall-cluster.js';

const NS = 'istio-system';
const MANAGED = { 'app.kubernetes.io/managed-by': 'istio-multicluster-action' };
const object = (kind: string, name: string, apiVersion = 'v1'): ManifestObject =>
  ({ apiVersion, kind, metadata: { name, namespace: NS } }) as ManifestObject;

/** A remote as install left it: base (CRD, reader account) and istiod objects, token Secret, labels, namespace. */
function installed(name: string): FakeUninstallCluster {
  const remote = new FakeUninstallCluster(name);
  remote.objects.push(
    {
      object: object('CustomResourceDefinition', 'gateways.networking.istio.io', 'apiextensions.k8s.io/v1'),
      release: 'base',
    },
    { object: object('ServiceAccount', 'istio-reader-service-account'), release: 'base' },
    { object: object('ConfigMap', 'istio-sidecar-injector'), release: 'istiod' },
  );
  remote.secrets.put(NS, {
    metadata: { name: tokenSecretName('istio-reader-service-account'), labels: MANAGED },
  });
  remote.namespaces.set(NS, { createdByAction: true, actionFields: true });
  remote.namespaces.set('default', { createdByAction: false, actionFields: false, injection: 'action' });
  return remote;
}

function setUp(overrides: Partial<UninstallInput> = {}) {
  const primary = new FakeUninstallCluster('primary');
  const east = installed('east');
  const west = installed('west');
  for (const remote of ['east', 'west'])
    primary.secrets.put(NS, {
      metadata: {
        name: `istio-remote-secret-${remote}`,
        labels: {
          ...MANAGED,
          'istio/multiCluster': 'true',
          'istio-multicluster-action/registration': remote,
        },
      },
    });
  const input: UninstallInput = {
    primary,
    remotes: [east, west],
    namespace: NS,
    profile: {
      secretName: (remote) => `istio-remote-secret-${remote}`,
      readerServiceAccount: 'istio-reader-service-account',
    },
    releases: ['istiod', 'base'],
    method: 'kubectl',
    kinds: [
      { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition' },
      { apiVersion: 'v1', kind: 'ServiceAccount' },
      { apiVersion: 'v1', kind: 'ConfigMap' },
    ],
    injectionNamespaces: ['default'],
    parallelism: 2,
    timeoutMs: 5_000,
    ...overrides,
  };
  return { input, primary, east, west };
}

describe('uninstall stage', () => {
  it('uninstall() - deletes the registrations, then on every remote what the action created, its token Secret, its label and its namespace', async () => {
    const { input, primary, east, west } = setUp();
    east.namespaceLingers = 2;
    const result = await uninstall(input);

    expect(result.failures).toEqual([]);
    expect(result.registrations.map((r) => [r.secret, r.outcome])).toEqual([
      ['istio-remote-secret-east', 'deleted'],
      ['istio-remote-secret-west', 'deleted'],
    ]);
    expect(primary.secrets.store.size).toBe(0);
    for (const remote of [east, west]) {
      expect(remote.objects).toEqual([]);
      expect(remote.secrets.store.size).toBe(0);
      expect(remote.namespaces.has(NS)).toBe(false);
      expect(remote.namespaces.get('default')?.injection).toBeUndefined();
    }
    const eastOutcome = result.remotes.find((r) => r.remote === 'east');
    expect(eastOutcome?.deleted).toEqual([
      'ConfigMap istio-system/istio-sidecar-injector',
      'ServiceAccount istio-system/istio-reader-service-account',
      'CustomResourceDefinition istio-system/gateways.networking.istio.io',
    ]);
    expect(eastOutcome?.namespace).toEqual({ name: NS, outcome: 'deleted' });
    expect(eastOutcome?.injection).toEqual([{ namespace: 'default', outcome: 'unlabelled' }]);
  });

  it('uninstall() - a second run deletes nothing', async () => {
    const { input, primary, east, west } = setUp();
    await uninstall(input);
    const writes = [...east.writes, ...west.writes].length;
    const calls = primary.secrets.calls.filter((c) => c.startsWith('remove')).length;

    const again = await uninstall(input);
    expect([...east.writes, ...west.writes]).toHaveLength(writes);
    expect(again.registrations.every((r) => r.outcome === 'absent')).toBe(true);
    expect(again.remotes.every((r) => r.deleted.length === 0)).toBe(true);
    expect(primary.secrets.calls.filter((c) => c.startsWith('remove') && !c.includes('absent')).length).toBe(
      calls,
    );
  });

  it('uninstall() - keeps adopted objects, a CRD whose resources exist and a namespace the action did not create, naming each', async () => {
    const { input, east } = setUp();
    east.objects.push({
      object: object('ConfigMap', 'istio-ca-root-cert'),
      release: 'istiod',
      adopted: true,
    });
    east.objects.splice(0, 1, {
      object: object('CustomResourceDefinition', 'gateways.networking.istio.io', 'apiextensions.k8s.io/v1'),
      release: 'base',
      inUse: true,
    });
    east.namespaces.set(NS, { createdByAction: false, actionFields: true });
    const result = await uninstall(input);

    const outcome = result.remotes.find((r) => r.remote === 'east');
    expect(outcome?.kept).toEqual(
      expect.arrayContaining([
        'ConfigMap istio-system/istio-ca-root-cert',
        'CustomResourceDefinition istio-system/gateways.networking.istio.io',
      ]),
    );
    expect(outcome?.namespace).toEqual({ name: NS, outcome: 'unannotated' });
    expect(east.namespaces.has(NS)).toBe(true);
    expect(result.warnings.join('\n')).toContain('existed before the action (adopted)');
    expect(result.warnings.join('\n')).toContain('resources of these kinds still exist');
  });

  it('uninstall() - helm method: uninstalls the releases the action installed and keeps one it did not', async () => {
    const { input, east, west } = setUp({ method: 'helm' });
    for (const remote of [east, west]) {
      remote.objects.length = 0;
      remote.helmReleases.set('base', { [HELM_OWNER_LABEL]: 'created' });
      remote.helmReleases.set('istiod', { [HELM_OWNER_LABEL]: 'created' });
    }
    west.helmReleases.set('istiod', {});
    const result = await uninstall(input);

    expect(east.writes.filter((w) => w.startsWith('helm'))).toEqual([
      'helm uninstall istiod',
      'helm uninstall base',
    ]);
    expect(west.writes.filter((w) => w.startsWith('helm'))).toEqual(['helm uninstall base']);
    expect(result.remotes.find((r) => r.remote === 'west')?.kept).toEqual(['helm release istiod']);
    expect(result.warnings.join('\n')).toContain('the action did not install it');
  });

  it('uninstall() - a primary whose registrations cannot be deleted stops the run before any remote is touched', async () => {
    const { input, primary, east, west } = setUp();
    primary.secrets.fail = (call) =>
      call.verb === 'remove' ? new k8s.ApiException(403, 'secrets is forbidden', '{}', {}) : undefined;
    await expect(uninstall(input)).rejects.toThrow(
      /\[uninstall\] cluster "primary": deleting the registration Secret .*HTTP 403.*no remote was touched/,
    );
    expect([...east.writes, ...west.writes]).toEqual([]);
  });

  it('uninstall() - token-request: a reader account left in place is named with how long its tokens stay valid', async () => {
    const { input, east } = setUp({ tokenRequestLifetimeSeconds: 3600 });
    east.objects.splice(1, 1);
    east.serviceAccounts.add(`${NS}/istio-reader-service-account`);
    const result = await uninstall(input);

    expect(result.warnings.join('\n')).toMatch(
      /east: ServiceAccount istio-system\/istio-reader-service-account was not created by this action.*registered as istio-remote-secret-east/,
    );
  });
});
