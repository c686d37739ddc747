// Preflight of mode verify: the primary's credentials must list pods and create pods/portforward in
// the Istio namespace (verify port-forwards to istiod); a read-only identity is refused before verify.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { core, kubeConfig, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import { diffSnapshots, snapshotClusters } from '../support/cluster-state.js';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';

const NS = 'verify-limited';

/** A kubeconfig for primary whose identity may get, list and watch everything, and write nothing. */
async function readOnlyKubeconfig(): Promise<string> {
  const api = core('primary');
  const rbac = kubeConfig('primary').makeApiClient(k8s.RbacAuthorizationV1Api);
  await api.createNamespace({ body: { metadata: { name: NS } } });
  await api.createNamespacedServiceAccount({ namespace: NS, body: { metadata: { name: 'reader' } } });
  await rbac.createClusterRole({
    body: {
      metadata: { name: NS },
      rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list', 'watch'] }],
    },
  });
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: NS },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: NS },
      subjects: [{ kind: 'ServiceAccount', name: 'reader', namespace: NS }],
    },
  });
  const token = await api.createNamespacedServiceAccountToken({
    namespace: NS,
    name: 'reader',
    body: { spec: { expirationSeconds: 3600, audiences: [] } },
  });
  const cluster = kubeConfig('primary').getCurrentCluster();
  return buildTokenKubeconfig({
    name: 'primary',
    server: cluster?.server ?? '',
    caData: cluster?.caData ?? '',
    token: token.status?.token ?? '',
  });
}

async function cleanup(): Promise<void> {
  const rbac = kubeConfig('primary').makeApiClient(k8s.RbacAuthorizationV1Api);
  await Promise.allSettled([
    rbac.deleteClusterRole({ name: NS }),
    rbac.deleteClusterRoleBinding({ name: NS }),
  ]);
  await deleteNamespaceAndWait(kubeConfig('primary'), NS);
}

describe('preflight of mode verify', () => {
  let harness: ActionHarness;

  beforeAll(async () => {
    await cleanup();
    harness = await startHarness();
  });

  afterAll(async () => {
    await cleanup();
    await harness?.close();
  });

  it('a primary identity without pods/portforward is refused naming the right, and verify never runs', async () => {
    const readOnly = await readOnlyKubeconfig();
    const before = await snapshotClusters();
    const run = await harness.run({
      ...testbedInputs(['remote-1'], { profile: 'istio-current', mode: 'verify' }),
      'primary-kubeconfig': readOnly,
    });
    expect(run.success).toBe(false);
    expect(run.steps.find((s) => s.id === 'preflight')?.outcome).toBe('failure');
    expect(run.log).toContain(
      'cluster "primary": the supplied credentials lack 1 permission(s) this run needs: create pods/portforward in namespace istio-system.',
    );
    expect(run.steps.find((s) => s.id === 'verify')?.outcome).toBe('skipped');
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
  });
});
