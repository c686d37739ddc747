// The primary-remote examples of examples/, run as written (their `with:` blocks, read from the
// files) against the testbed, one after another as a user would over a mesh's life: install, the
// scheduled resync, the resync that moves to expiring tokens, uninstall. Only what exists nowhere
// here is put in place: the secrets (the testbed's kubeconfigs), Istio's public chart repository
// (the module's charts, read in place) and the examples' 10.0.x.y API addresses (the testbed's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import { core, kubeConfig, startHarness, type ActionHarness } from '../support/action.js';
import { exampleInputs, testbedSubstitutes } from '../support/examples.js';
import { withoutWrites } from '../support/cluster-state.js';
import { NS, setUpRealIstio, tearDownRealIstio, waitSynced } from '../support/real-istio.js';
import { clusterz } from '../../testbed/istiod.js';
import { istioModuleDir } from '../../testbed/istio-module.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';

const REMOTES = ['remote-1', 'remote-2'];
const CLUSTERS = ['primary', ...REMOTES];
// The names the examples give the remotes (istiod's cluster IDs).
const MESH_REMOTES = ['east', 'west'];
const WORKLOAD_NAMESPACE = 'shop';

describe('the primary-remote examples, run as written (real charts, real istiod)', () => {
  let harness: ActionHarness;
  const run = (file: string) =>
    harness.run(exampleInputs(file, testbedSubstitutes(REMOTES)), { workspace: istioModuleDir() });

  beforeAll(async () => {
    await setUpRealIstio(REMOTES);
    // The examples label the user's namespaces default and shop for injection.
    for (const cluster of CLUSTERS)
      await core(cluster)
        .createNamespace({ body: { metadata: { name: WORKLOAD_NAMESPACE } } })
        .catch((error: unknown) => {
          if (!(error instanceof k8s.ApiException && error.code === 409)) throw error;
        });
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    // Gone before the next file takes its snapshots.
    for (const cluster of CLUSTERS) await deleteNamespaceAndWait(kubeConfig(cluster), WORKLOAD_NAMESPACE);
    await tearDownRealIstio(REMOTES);
  });

  it('install.yml connects both remotes: istiod syncs them under the names the mesh gives them', async () => {
    const installed = await run('install.yml');
    expect(installed.success, installed.log).toBe(true);
    expect(JSON.parse(installed.outputs['secret-names'] ?? '[]')).toEqual(
      MESH_REMOTES.map((name) => `istio-remote-secret-${name}`),
    );
    await waitSynced(MESH_REMOTES);
    for (const remote of REMOTES) {
      const shop = await core(remote).readNamespace({ name: WORKLOAD_NAMESPACE });
      expect(shop.metadata?.labels?.['istio-injection']).toBe('enabled');
    }
  });

  it('resync.yml, the scheduled repair, finds nothing to repair and writes nothing', async () => {
    const resynced = await withoutWrites(() => run('resync.yml'));
    expect(resynced.success, resynced.log).toBe(true);
    expect(resynced.outputs.changed).toBe('false');
    // The examples leave profile empty: read from istiod on the primary.
    expect(resynced.summary).toContain('profile istio-current, read from the primary: istiod');
  });

  it('expiring-credentials.yml moves the registrations to tokens that expire; istiod keeps both remotes synced', async () => {
    const renewed = await run('expiring-credentials.yml');
    expect(renewed.success, renewed.log).toBe(true);
    const expiries = JSON.parse(renewed.outputs['registration-expiry'] ?? '{}') as Record<string, string>;
    expect(Object.keys(expiries).sort()).toEqual(MESH_REMOTES);
    for (const expiry of Object.values(expiries)) {
      const hours = (Date.parse(expiry) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23);
      expect(hours).toBeLessThanOrEqual(24);
    }
    await waitSynced(MESH_REMOTES);
  });

  it('uninstall.yml removes the remotes from the mesh: no registration left, istiod lists no remote', async () => {
    const removed = await run('uninstall.yml');
    expect(removed.success, removed.log).toBe(true);
    expect(removed.summary).toMatch(
      /\| uninstall \| success \| profile istio-current, read from the primary: istiod/,
    );
    const registrations = await core('primary').listNamespacedSecret({
      namespace: NS,
      labelSelector: 'istio/multiCluster=true',
    });
    expect(registrations.items).toEqual([]);
    await waitSynced([]);
    expect(await clusterz()).toEqual([]);
    for (const remote of REMOTES) {
      const shop = await core(remote).readNamespace({ name: WORKLOAD_NAMESPACE });
      expect(shop.metadata?.labels?.['istio-injection']).toBeUndefined();
    }
  });
});
