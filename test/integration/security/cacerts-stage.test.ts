// The cacerts stage against the testbed clusters (primary, remote-1, remote-2), called directly.
// Every test works in its own namespace, deleted afterwards on every cluster.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import { openCluster, type ClusterHandle } from '../../../src/kube/client.js';
import { checkCaMaterial, secretKeyNames, type CaMaterial } from '../../../src/istio/ca.js';
import { installCaCerts, type CaCertsInput } from '../../../src/stages/cacerts/cacerts.js';
import { secretClusterOf } from '../../../src/kube/secret-port.js';
import { ProblemsError } from '../../../src/util/errors.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';
import { clusterByName, kubeConfigFor } from '../support/testbed.js';
import { diffSnapshots, snapshotClusters } from '../support/cluster-state.js';
import { keyLines, makeCert, makeMaterial } from '../../unit/security/fixtures.js';

const CLUSTERS = ['primary', 'remote-1', 'remote-2'];
const DAY = 24 * 60 * 60 * 1000;
const used = new Set<string>();

function handles(): ClusterHandle[] {
  return CLUSTERS.map((name) => openCluster(name, clusterByName(name).kubeconfigPath));
}

function freshNamespace(): string {
  const name = `cacerts-${randomBytes(3).toString('hex')}`;
  used.add(name);
  return name;
}

function api(cluster: string): k8s.CoreV1Api {
  return kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);
}

async function readSecret(cluster: string, namespace: string): Promise<k8s.V1Secret> {
  return api(cluster).readNamespacedSecret({ name: 'cacerts', namespace });
}

function materialOf(secret: k8s.V1Secret): CaMaterial {
  const get = (key: string): string => Buffer.from(secret.data?.[key] ?? '', 'base64').toString('utf8');
  return {
    caCert: get('ca-cert.pem'),
    caKey: get('ca-key.pem'),
    rootCert: get('root-cert.pem'),
    certChain: get('cert-chain.pem'),
  };
}

function input(
  namespace: string,
  source: CaCertsInput['source'],
  extra: Partial<CaCertsInput> = {},
): CaCertsInput {
  return { clusters: handles().map(secretClusterOf), namespace, source, dryRun: false, ...extra };
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof ProblemsError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the stage to refuse');
}

describe('cacerts stage on the testbed', () => {
  afterEach(async () => {
    for (const namespace of used) {
      for (const cluster of CLUSTERS) await deleteNamespaceAndWait(kubeConfigFor(cluster), namespace);
    }
    used.clear();
  });
  afterAll(() => used.clear());

  it('installCaCerts() - puts one cacerts secret with the same root on every cluster, then changes nothing', async () => {
    const namespace = freshNamespace();
    const { material, root } = await makeMaterial({ family: 'rsa', encoding: 'pkcs1' });
    const first = await installCaCerts(input(namespace, { kind: 'shared', material }));
    expect(first.clusters.map((c) => `${c.cluster}:${c.outcome}`)).toEqual([
      'primary:created',
      'remote-1:created',
      'remote-2:created',
    ]);
    expect(first.root.subject).toBe(root.cert.subject);
    const versions: string[] = [];
    for (const cluster of CLUSTERS) {
      const secret = await readSecret(cluster, namespace);
      expect(secret.type).toBe('Opaque');
      expect(secret.metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('istio-multicluster-action');
      expect(Object.keys(secret.data ?? {}).sort()).toEqual([
        'ca-cert.pem',
        'ca-key.pem',
        'cert-chain.pem',
        'root-cert.pem',
      ]);
      expect(materialOf(secret).rootCert.trim()).toBe(material.rootCert.trim());
      versions.push(secret.metadata?.resourceVersion ?? '');
    }
    const before = await snapshotClusters(namespace);
    const second = await installCaCerts(input(namespace, { kind: 'shared', material }));
    expect(second.clusters.every((c) => c.outcome === 'unchanged')).toBe(true);
    expect(diffSnapshots(before, await snapshotClusters(namespace))).toEqual([]);
    for (const [index, cluster] of CLUSTERS.entries()) {
      expect((await readSecret(cluster, namespace)).metadata?.resourceVersion).toBe(versions[index]);
    }
  });

  it('installCaCerts() - every bad CA is refused before anything is written, without key material', async () => {
    const namespace = freshNamespace();
    const { material } = await makeMaterial();
    const other = await makeCert({ name: 'Other Root' });
    const expiredRoot = await makeCert({
      notBefore: new Date(Date.now() - 10 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const leaf = await makeCert({ issuer: other, ca: false, name: 'leaf' });
    const strangerKey = await (await makeCert()).keyPem();
    const cases: [string, CaMaterial, RegExp][] = [
      ['mismatched root', { ...material, rootCert: other.pem }, /does not chain to/],
      [
        'expired root',
        { ...material, rootCert: expiredRoot.pem, certChain: `${material.caCert}${expiredRoot.pem}` },
        /expired on/,
      ],
      ['foreign key', { ...material, caKey: strangerKey }, /does not belong to/],
      [
        'non-CA cert',
        {
          caCert: leaf.pem,
          caKey: await leaf.keyPem(),
          rootCert: other.pem,
          certChain: `${leaf.pem}${other.pem}`,
        },
        /is not a CA certificate/,
      ],
    ];
    const before = await snapshotClusters(namespace);
    for (const [what, bad, expected] of cases) {
      const problems = await problemsOf(installCaCerts(input(namespace, { kind: 'shared', material: bad })));
      expect(problems.join('\n'), what).toMatch(expected);
      for (const line of keyLines(bad.caKey, material.caKey)) expect(problems.join('\n')).not.toContain(line);
    }
    expect(diffSnapshots(before, await snapshotClusters(namespace))).toEqual([]);
  });

  it('installCaCerts() - a cacerts the action did not create is never replaced, and nothing else is written', async () => {
    const namespace = freshNamespace();
    const { material } = await makeMaterial();
    const users = await makeMaterial();
    await api('remote-2').createNamespace({ body: { metadata: { name: namespace } } });
    await api('remote-2').createNamespacedSecret({
      namespace,
      body: {
        metadata: { name: 'cacerts' },
        stringData: {
          'ca-cert.pem': users.material.caCert,
          'ca-key.pem': users.material.caKey,
          'root-cert.pem': users.material.rootCert,
          'cert-chain.pem': users.material.certChain,
        },
      },
    });
    const before = await snapshotClusters(namespace);
    const problems = await problemsOf(installCaCerts(input(namespace, { kind: 'shared', material })));
    expect(problems).toEqual([
      expect.stringMatching(
        /cluster "remote-2": secret .*\/cacerts exists, was not created by this action .* Refusing to replace/,
      ),
    ]);
    expect(diffSnapshots(before, await snapshotClusters(namespace))).toEqual([]);
    // The same CA as the user's secret is fine: that secret stays as it is.
    const same = await installCaCerts(input(namespace, { kind: 'shared', material: users.material }));
    expect(same.clusters.find((c) => c.cluster === 'remote-2')?.outcome).toBe('unchanged');
  });

  it('installCaCerts() - generated intermediates chain to the root, differ per cluster, and are kept on a re-run', async () => {
    const namespace = freshNamespace();
    const root = await makeCert({ family: 'ec' });
    const rootKey = await root.keyPem('pkcs8');
    const masked: string[] = [];
    const source = { kind: 'generate', rootCert: root.pem, rootKey } as const;
    const first = await installCaCerts(input(namespace, source, { onSecret: (value) => masked.push(value) }));
    expect(first.clusters.map((c) => c.intermediate)).toEqual(['generated', 'generated', 'generated']);
    const secrets = await Promise.all(CLUSTERS.map((cluster) => readSecret(cluster, namespace)));
    const materials = secrets.map(materialOf);
    expect(new Set(materials.map((m) => m.caCert)).size).toBe(3);
    for (const [index, m] of materials.entries()) {
      const check = await checkCaMaterial(m, secretKeyNames(CLUSTERS[index] ?? ''));
      expect(check.problems).toEqual([]);
      expect(check.root?.subject).toBe(root.cert.subject);
      expect(masked).toContain(m.caKey.trim());
    }
    const second = await installCaCerts(input(namespace, source));
    expect(second.clusters.map((c) => `${c.intermediate}:${c.outcome}`)).toEqual([
      'kept:unchanged',
      'kept:unchanged',
      'kept:unchanged',
    ]);
    for (const [index, cluster] of CLUSTERS.entries()) {
      expect((await readSecret(cluster, namespace)).metadata?.resourceVersion).toBe(
        secrets[index]?.metadata?.resourceVersion,
      );
    }
    // A new root means new intermediates (the old ones no longer chain to it).
    const newRoot = await makeCert({ family: 'rsa' });
    const third = await installCaCerts(
      input(namespace, { kind: 'generate', rootCert: newRoot.pem, rootKey: await newRoot.keyPem('pkcs1') }),
    );
    expect(third.clusters.map((c) => `${c.intermediate}:${c.outcome}`)).toEqual([
      'generated:updated',
      'generated:updated',
      'generated:updated',
    ]);
  });

  it('installCaCerts() - mode render validates and plans, writing nothing', async () => {
    const namespace = freshNamespace();
    const { material } = await makeMaterial();
    const before = await snapshotClusters(namespace);
    const result = await installCaCerts(input(namespace, { kind: 'shared', material }, { dryRun: true }));
    expect(result.clusters.map((c) => c.outcome)).toEqual(['would-create', 'would-create', 'would-create']);
    expect(diffSnapshots(before, await snapshotClusters(namespace))).toEqual([]);
  });
});
