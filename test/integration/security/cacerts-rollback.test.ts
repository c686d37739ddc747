// cacerts is all-or-nothing on the testbed: the second cluster (remote-1) is reached with an identity
// that may read but not write Secrets, so its write fails after the primary's succeeded; the primary
// must be back to its prior state.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCluster, type ClusterHandle } from '../../../src/kube/client.js';
import { installCaCerts } from '../../../src/stages/cacerts/cacerts.js';
import { secretClusterOf } from '../../../src/kube/secret-port.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';
import { waitFor } from '../../testbed/wait.js';
import { makeMaterial } from '../../unit/security/fixtures.js';
import { clusterByName, kubeConfigFor } from '../support/testbed.js';

const CLUSTERS = ['primary', 'remote-1', 'remote-2'];
const READER = 'cacerts-reader';

const core = (cluster: string): k8s.CoreV1Api => kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);

async function readCacerts(cluster: string, namespace: string): Promise<k8s.V1Secret | undefined> {
  try {
    return await core(cluster).readNamespacedSecret({ name: 'cacerts', namespace });
  } catch (error: unknown) {
    if (error instanceof k8s.ApiException && error.code === 404) return undefined;
    throw error;
  }
}

/** A ServiceAccount of remote-1 that may get Secrets and its namespace in `namespace`, nothing else. */
async function readOnlyKubeconfig(namespace: string, dir: string): Promise<string> {
  const admin = kubeConfigFor('remote-1');
  await core('remote-1').createNamespacedServiceAccount({ namespace, body: { metadata: { name: READER } } });
  const rbac = admin.makeApiClient(k8s.RbacAuthorizationV1Api);
  await rbac.createNamespacedRole({
    namespace,
    body: {
      metadata: { name: READER },
      rules: [
        { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] },
        { apiGroups: [''], resources: ['namespaces'], verbs: ['get'] },
      ],
    },
  });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: READER },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: READER },
      subjects: [{ kind: 'ServiceAccount', name: READER, namespace }],
    },
  });
  await core('remote-1').createNamespacedSecret({
    namespace,
    body: {
      metadata: { name: `${READER}-token`, annotations: { 'kubernetes.io/service-account.name': READER } },
      type: 'kubernetes.io/service-account-token',
    },
  });
  const token = await waitFor(
    'the reader token',
    async () => {
      const secret = await core('remote-1').readNamespacedSecret({ namespace, name: `${READER}-token` });
      const data = secret.data?.token;
      return data === undefined ? undefined : Buffer.from(data, 'base64').toString('utf8');
    },
    { timeoutMs: 60_000 },
  );
  const cluster = admin.getCurrentCluster();
  const config = new k8s.KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: 'remote-1', server: cluster?.server ?? '', caData: cluster?.caData }],
    users: [{ name: READER, token }],
    contexts: [{ name: READER, cluster: 'remote-1', user: READER }],
    currentContext: READER,
  });
  const path = join(dir, 'remote-1-reader.kubeconfig');
  writeFileSync(path, config.exportConfig(), { mode: 0o600 });
  return path;
}

describe('cacerts all-or-nothing on the testbed', () => {
  const namespace = `cacerts-rb-${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'cacerts-rollback-'));
  let clusters: ClusterHandle[];

  beforeAll(async () => {
    for (const cluster of CLUSTERS)
      await core(cluster).createNamespace({ body: { metadata: { name: namespace } } });
    const reader = await readOnlyKubeconfig(namespace, dir);
    clusters = [
      openCluster('primary', clusterByName('primary').kubeconfigPath),
      openCluster('remote-1', reader),
      openCluster('remote-2', clusterByName('remote-2').kubeconfigPath),
    ];
  });

  afterAll(async () => {
    for (const cluster of CLUSTERS) await deleteNamespaceAndWait(kubeConfigFor(cluster), namespace);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a created cacerts is deleted again when the second cluster refuses the write', async () => {
    const { material } = await makeMaterial({ family: 'rsa', encoding: 'pkcs1' });
    await expect(
      installCaCerts({
        clusters: clusters.map(secretClusterOf),
        namespace,
        source: { kind: 'shared', material },
        dryRun: false,
      }),
    ).rejects.toThrow(
      new RegExp(
        `^\\[cacerts\\] cluster "remote-1": writing secret ${namespace}/cacerts failed: .*forbidden.*; rolled back on "primary"\\. Every cluster has the cacerts secret it had before the run\\. Fix: give the kubeconfig of the failing cluster create and update on secrets`,
        's',
      ),
    );
    for (const cluster of CLUSTERS) expect(await readCacerts(cluster, namespace), cluster).toBeUndefined();
  });

  it('a replaced cacerts gets its previous content back when the second cluster refuses the write', async () => {
    const first = await makeMaterial({ family: 'rsa', encoding: 'pkcs1' });
    // The primary already carries a CA from an earlier run (written with full rights).
    const admin = [openCluster('primary', clusterByName('primary').kubeconfigPath)];
    await installCaCerts({
      clusters: admin.map(secretClusterOf),
      namespace,
      source: { kind: 'shared', material: first.material },
      dryRun: false,
    });
    const before = await readCacerts('primary', namespace);
    const second = await makeMaterial({ family: 'rsa', encoding: 'pkcs1' });
    await expect(
      installCaCerts({
        clusters: clusters.map(secretClusterOf),
        namespace,
        source: { kind: 'shared', material: second.material },
        dryRun: false,
      }),
    ).rejects.toThrow(
      /cluster "remote-1": writing secret .* failed: .*; rolled back on "primary"\. Every cluster has the cacerts secret it had/s,
    );
    const after = await readCacerts('primary', namespace);
    expect(after?.data).toEqual(before?.data);
    expect(after?.metadata?.labels).toEqual(before?.metadata?.labels);
    expect(after?.metadata?.uid).toBe(before?.metadata?.uid);
    expect(await readCacerts('remote-1', namespace)).toBeUndefined();
    expect(await readCacerts('remote-2', namespace)).toBeUndefined();
  });
});
