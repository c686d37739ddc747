// The cacerts stage through its port (SecretCluster, src/kube/secret-port.ts) with in-memory
// clusters: every cluster gets the CA or none (a failed write rolls back the ones written, in
// reverse), a CA the action did not create is never replaced, render writes nothing, and a second run
// writes nothing.
import { describe, expect, it } from 'vitest';
import { installCaCerts, type CaCertsInput } from '../../../src/stages/cacerts/cacerts.js';
import { CACERTS_SECRET } from '../../../src/stages/secrets/cacerts-write.js';
import { FakeSecretCluster } from '../fakes/secret-port.js';
import { makeMaterial } from '../security/fixtures.js';

const NS = 'istio-system';

function mesh(): FakeSecretCluster[] {
  return ['primary', 'east', 'west'].map((name) => new FakeSecretCluster(name));
}

const input = (
  clusters: FakeSecretCluster[],
  source: CaCertsInput['source'],
  dryRun = false,
): CaCertsInput => ({
  clusters,
  namespace: NS,
  source,
  dryRun,
});

const writes = (cluster: FakeSecretCluster): string[] =>
  cluster.secrets.calls.filter((c) => !c.startsWith('read '));
const cacertsOf = (cluster: FakeSecretCluster) => cluster.secrets.get(NS, CACERTS_SECRET);

describe('cacerts stage (in-memory clusters)', () => {
  it('creates the namespace and one cacerts per cluster; a second run and render write nothing', async () => {
    const clusters = mesh();
    const { material } = await makeMaterial();
    const first = await installCaCerts(input(clusters, { kind: 'shared', material }));
    expect(first.clusters.map((c) => `${c.cluster}:${c.outcome}`)).toEqual([
      'primary:created',
      'east:created',
      'west:created',
    ]);
    for (const cluster of clusters) {
      expect(writes(cluster)).toEqual([`create namespace ${NS}`, `create ${CACERTS_SECRET}`]);
      expect(Buffer.from(cacertsOf(cluster)?.data?.['ca-cert.pem'] ?? '', 'base64').toString()).toBe(
        material.caCert,
      );
      cluster.secrets.calls.length = 0;
    }
    const again = await installCaCerts(input(clusters, { kind: 'shared', material }));
    expect(again.clusters.map((c) => c.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const other = await makeMaterial();
    const render = await installCaCerts(input(clusters, { kind: 'shared', material: other.material }, true));
    expect(render.clusters.map((c) => c.outcome)).toEqual(['would-update', 'would-update', 'would-update']);
    for (const cluster of clusters) expect(writes(cluster)).toEqual([]);
  });

  it('a write refused on the third cluster rolls the first two back, newest first, namespaces included', async () => {
    const clusters = mesh();
    const [primary, east, west] = clusters as [FakeSecretCluster, FakeSecretCluster, FakeSecretCluster];
    const old = await makeMaterial();
    await installCaCerts(input([primary], { kind: 'shared', material: old.material }));
    const before = structuredClone(cacertsOf(primary));
    primary.secrets.calls.length = 0;
    west.secrets.fail = ({ verb }) => (verb === 'create' ? new Error('admission webhook denied') : undefined);
    const { material } = await makeMaterial();
    await expect(installCaCerts(input(clusters, { kind: 'shared', material }))).rejects.toThrow(
      /^\[cacerts\] cluster "west": writing secret istio-system\/cacerts failed: admission webhook denied; rolled back on "primary", "east"\. Every cluster has the cacerts secret it had before the run\./,
    );
    // The primary had a CA: it gets that content back; east had nothing: its Secret and namespace go.
    const restored = cacertsOf(primary);
    expect(restored?.data).toEqual(before?.data);
    expect(writes(primary)).toEqual([`replace ${CACERTS_SECRET}`, `replace ${CACERTS_SECRET}`]);
    expect(writes(east)).toEqual([
      `create namespace ${NS}`,
      `create ${CACERTS_SECRET}`,
      `remove ${CACERTS_SECRET}`,
      `delete namespace ${NS}`,
    ]);
    expect(east.namespaces.has(NS)).toBe(false);
    expect(cacertsOf(west)).toBeUndefined();
  });

  it('a rollback that fails too names the cluster left with the new CA and the command that restores it', async () => {
    const clusters = mesh();
    const [, east, west] = clusters as [FakeSecretCluster, FakeSecretCluster, FakeSecretCluster];
    west.secrets.fail = ({ verb }) => (verb === 'create' ? new Error('quota exceeded') : undefined);
    east.secrets.fail = ({ verb }) => (verb === 'remove' ? new Error('connection reset') : undefined);
    const { material } = await makeMaterial();
    await expect(installCaCerts(input(clusters, { kind: 'shared', material }))).rejects.toThrow(
      /Rolling back failed on cluster "east": connection reset: that cluster keeps the new CA\. Fix: restore it by hand \(kubectl -n istio-system delete secret cacerts, or re-apply the previous one\)/,
    );
    expect(cacertsOf(east)).toBeDefined();
  });

  it('a cacerts someone else created with another CA is refused before any cluster is written', async () => {
    const clusters = mesh();
    const [, east] = clusters as [FakeSecretCluster, FakeSecretCluster];
    const theirs = await makeMaterial();
    east.secrets.put(NS, {
      metadata: { name: CACERTS_SECRET },
      data: { 'ca-cert.pem': Buffer.from(theirs.material.caCert).toString('base64') },
    });
    const { material } = await makeMaterial();
    await expect(installCaCerts(input(clusters, { kind: 'shared', material }))).rejects.toThrow(
      /cluster "east": secret istio-system\/cacerts exists, was not created by this action .* Refusing to replace a CA managed elsewhere/,
    );
    for (const cluster of clusters) expect(writes(cluster)).toEqual([]);
  });
});
