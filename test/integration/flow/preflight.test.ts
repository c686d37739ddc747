import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import {
  core,
  kubeconfigText,
  kubeConfig,
  startHarness,
  testbedInputs,
  type ActionHarness,
} from '../support/action.js';
import {
  diffSnapshots,
  installControlPlane,
  resetPrimaryRegistrations,
  resetRemote,
  snapshotClusters,
} from '../support/cluster-state.js';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';

const NS = 'preflight-limited';

/** A kubeconfig for remote-1 whose identity may only read pods: preflight must list what it lacks. */
async function limitedKubeconfig(): Promise<string> {
  const api = core('remote-1');
  const rbac = kubeConfig('remote-1').makeApiClient(k8s.RbacAuthorizationV1Api);
  await api.createNamespace({ body: { metadata: { name: NS } } });
  await api.createNamespacedServiceAccount({ namespace: NS, body: { metadata: { name: 'limited' } } });
  await rbac.createClusterRole({
    body: {
      metadata: { name: 'preflight-limited' },
      rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['list'] }],
    },
  });
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: 'preflight-limited' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'preflight-limited' },
      subjects: [{ kind: 'ServiceAccount', name: 'limited', namespace: NS }],
    },
  });
  const token = await api.createNamespacedServiceAccountToken({
    namespace: NS,
    name: 'limited',
    body: { spec: { expirationSeconds: 3600, audiences: [] } },
  });
  const cluster = kubeConfig('remote-1').getCurrentCluster();
  return buildTokenKubeconfig({
    name: 'remote-1',
    server: cluster?.server ?? '',
    caData: cluster?.caData ?? '',
    token: token.status?.token ?? '',
  });
}

async function cleanupLimited(): Promise<void> {
  const rbac = kubeConfig('remote-1').makeApiClient(k8s.RbacAuthorizationV1Api);
  await Promise.allSettled([
    rbac.deleteClusterRole({ name: 'preflight-limited' }),
    rbac.deleteClusterRoleBinding({ name: 'preflight-limited' }),
  ]);
  // Waited for, so the next test file's snapshots never see it disappear.
  await deleteNamespaceAndWait(kubeConfig('remote-1'), NS);
}

describe('preflight on the testbed: every problem reported at once, nothing written', () => {
  let harness: ActionHarness;

  beforeAll(async () => {
    await installControlPlane();
    await cleanupLimited();
    await resetRemote('remote-1');
    await resetRemote('remote-2');
    await resetPrimaryRegistrations();
    harness = await startHarness();
  });

  afterAll(async () => {
    await cleanupLimited();
    await core('remote-2')
      .deleteNode({ name: 'preflight-overlap' })
      .catch(() => undefined);
    await harness?.close();
  });

  it('reports an unreachable remote and missing permissions together, before any write', async () => {
    const limited = await limitedKubeconfig();
    const unreachable = kubeconfigText('remote-2').replace(
      /server: https:\/\/127\.0\.0\.1:\d+/,
      'server: https://127.0.0.1:9',
    );
    const before = await snapshotClusters();
    const run = await harness.run({
      ...testbedInputs(['remote-1', 'remote-2']),
      'remote-kubeconfigs': `${limited}\n---\n${unreachable}`,
    });
    expect(run.success).toBe(false);
    const preflight = run.steps.find((s) => s.id === 'preflight');
    expect(preflight?.outcome).toBe('failure');
    expect(run.log).toMatch(/\[preflight\] \d+ problem\(s\)/);
    expect(run.log).toMatch(/cluster "remote-2" \(remote\) is not reachable/);
    expect(run.log).toMatch(/cluster "remote-1": the supplied credentials lack \d+ permission\(s\)/);
    expect(run.log).toMatch(/create namespaces \(cluster-wide\)/);
    expect(run.log).toMatch(/create clusterroles\.rbac\.authorization\.k8s\.io/);
    expect(run.steps.find((s) => s.id === 'remote-install')?.outcome).toBe('skipped');
    expect(run.steps.find((s) => s.id === 'summary')?.outcome).toBe('success');
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
  });

  it('refuses pod CIDRs that overlap across clusters (the only remote overlaps the primary: nothing to do)', async () => {
    // A node on remote-2 whose pod range lies inside the pod range of primary's node (10.10.0.0/24).
    await core('remote-2').createNode({
      body: {
        metadata: { name: 'preflight-overlap', annotations: { 'kwok.x-k8s.io/node': 'fake' } },
        spec: { podCIDR: '10.10.0.128/25', podCIDRs: ['10.10.0.128/25'] },
      },
    });
    const run = await harness.run(testbedInputs(['remote-2']));
    expect(run.success).toBe(false);
    expect(run.steps.find((s) => s.id === 'preflight')?.outcome).toBe('failure');
    expect(run.log).toMatch(
      /the pod CIDR 10\.10\.0\.0\/24 of "primary" overlaps the pod CIDR 10\.10\.0\.128\/25 of "remote-2"/,
    );
    expect(run.steps.find((s) => s.id === 'remote-install')?.outcome).toBe('skipped');
    await core('remote-2').deleteNode({ name: 'preflight-overlap' });
  });

  it('refuses Helm 2 before anything is downloaded or written', async () => {
    const requestsBefore = harness.mirror.requests.length;
    const run = await harness.run(testbedInputs(['remote-1'], { 'helm-version': 'v2.17.0' }));
    expect(run.success).toBe(false);
    expect(run.steps.find((s) => s.id === 'setup-tools')?.outcome).toBe('failure');
    expect(run.log).toMatch(/Helm 2|Tiller/);
    expect(harness.mirror.requests.length).toBe(requestsBefore);
  });
});
