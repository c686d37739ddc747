// The verify stage through its port (VerifyCluster) with in-memory clusters: how every istiod pod's
// answers, round after round, become each remote's status, its pods' verdicts, its likely cause and
// the run's failures. The real istiod behind a real port-forward is in test/integration/flow/verify*.
import { describe, expect, it } from 'vitest';
import { ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import type { ProbeOutcome } from '../../../src/kube/credential-probe.js';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import { registrationSecret } from '../../../src/stages/register/register.js';
import { verifyRemotes, type VerifyInput } from '../../../src/stages/verify/verify.js';
import { FakeVerifyCluster, podAnswer, unanswered } from '../fakes/verify-cluster.js';

const NS = 'istio-system';

function register(holder: FakeVerifyCluster, remote: string): void {
  const kubeconfig = buildTokenKubeconfig({
    name: remote,
    server: `https://${remote}.example:6443`,
    caData: Buffer.from('CA').toString('base64'),
    token: `token-of-${remote}`,
  });
  holder.secrets.put(NS, registrationSecret(NS, ISTIO_CURRENT, { remote, kubeconfig }));
}

function primaryRemote(): { primary: FakeVerifyCluster; east: FakeVerifyCluster; west: FakeVerifyCluster } {
  const [primary, east, west] = ['primary', 'east', 'west'].map((n) => new FakeVerifyCluster(n)) as [
    FakeVerifyCluster,
    FakeVerifyCluster,
    FakeVerifyCluster,
  ];
  register(primary, 'east');
  register(primary, 'west');
  return { primary, east, west };
}

function input(
  holders: FakeVerifyCluster[],
  registeredOn: (holder: FakeVerifyCluster) => FakeVerifyCluster[],
  overrides: Partial<VerifyInput> = {},
): VerifyInput {
  return {
    holders,
    registeredOn: (holder) => registeredOn(holder as FakeVerifyCluster),
    probeKubeconfig: () => Promise.resolve<ProbeOutcome>({ kind: 'accepted', server: 'https://x:6443' }),
    namespace: NS,
    profile: ISTIO_CURRENT,
    timeoutMs: 1_000,
    pollMs: 10,
    ...overrides,
  };
}

const statuses = (result: Awaited<ReturnType<typeof verifyRemotes>>) =>
  Object.fromEntries(result.remotes.map((r) => [r.remote, r.status]));

describe('verify stage (in-memory clusters)', () => {
  it('waits while a remote is syncing, and passes once every istiod pod reports both synced', async () => {
    const { primary, east, west } = primaryRemote();
    primary.rounds = [
      [podAnswer('istiod-a', { east: 'syncing', west: 'synced' })],
      [podAnswer('istiod-a', { east: 'synced', west: 'synced' })],
    ];
    const result = await verifyRemotes(input([primary], () => [east, west]));
    expect(statuses(result)).toEqual({ east: 'synced', west: 'synced' });
    expect(result.failures).toEqual([]);
    expect(primary.asked).toBe(2);
    expect(Object.keys(result.remotes[0]?.pods ?? {})).toEqual(['istiod-a']);
  });

  it('one istiod pod that does not answer is reported, not fatal, while another answers', async () => {
    const { primary, east, west } = primaryRemote();
    primary.rounds = [
      [
        unanswered('istiod-b', 'port-forward to istiod-b:15014 failed: connection reset'),
        podAnswer('istiod-a', { east: 'synced', west: 'synced' }),
      ],
    ];
    const result = await verifyRemotes(input([primary], () => [east, west]));
    expect(statuses(result)).toEqual({ east: 'synced', west: 'synced' });
    expect(result.unreachable).toEqual([
      {
        holder: 'primary',
        pod: 'istiod-b',
        problem: 'port-forward to istiod-b:15014 failed: connection reset',
      },
    ]);
    expect(result.remotes[0]?.pods['istiod-b']?.status).toBe('unreachable');
    expect(result.failures).toEqual([]);
  });

  it('a remote still timing out at the deadline fails with the cause its registered token shows', async () => {
    const { primary, east, west } = primaryRemote();
    primary.rounds = [[podAnswer('istiod-a', { east: 'timeout', west: 'synced' })]];
    const probed: string[] = [];
    const result = await verifyRemotes(
      input([primary], () => [east, west], {
        timeoutMs: 100,
        probeKubeconfig: (_text, object) => {
          probed.push(object);
          return Promise.resolve({ kind: 'rejected', server: 'https://east.example:6443' });
        },
      }),
    );
    expect(statuses(result)).toEqual({ east: 'timeout', west: 'synced' });
    expect(probed).toEqual([`Secret ${NS}/istio-remote-secret-east on cluster primary`]);
    expect(result.failures.map((f) => f.remote)).toEqual(['east']);
    expect(result.failures[0]?.message).toBe(
      '[verify] remote "east" is not synced by istiod on primary (timeout): istiod reports "east" timeout: token rejected, the API server https://east.example:6443 refuses the registered reader token (revoked, or its token Secret deleted). Fix: run the action with mode: resync to issue a new one.',
    );
  });

  it("a registration that is not there, or not the action's, is unregistered; nothing is asked of the remote", async () => {
    const { primary, east, west } = primaryRemote();
    primary.secrets.store.clear();
    primary.secrets.put(NS, { metadata: { name: 'istio-remote-secret-west' } });
    primary.rounds = [[podAnswer('istiod-a', {})]];
    const result = await verifyRemotes(input([primary], () => [east, west]));
    expect(statuses(result)).toEqual({ east: 'unregistered', west: 'unregistered' });
    expect(result.remotes[0]?.cause).toBe(
      `the action's registration ${NS}/istio-remote-secret-east is not on primary. Fix: run the action with mode: install (or resync).`,
    );
    expect(east.asked + west.asked).toBe(0);
  });

  it('synced without endpoints from a remote that has Services is drift', async () => {
    const { primary, east } = primaryRemote();
    primary.rounds = [[podAnswer('istiod-a', { east: 'synced' }, new Map([['east', 0]]))]];
    east.services = 4;
    const result = await verifyRemotes(input([primary], () => [east], { timeoutMs: 50 }));
    expect(statuses(result)).toMatchObject({ east: 'drift' });
    expect(result.remotes[0]?.cause).toMatch(
      /holds no endpoint from it while it has 4 Service\(s\) with endpoints/,
    );
  });

  it("multi-primary: a holder whose istiod never answers is that holder's failure, not its remotes'", async () => {
    const clusters = ['primary', 'east', 'west'].map((n) => new FakeVerifyCluster(n));
    for (const holder of clusters)
      for (const other of clusters) if (other !== holder) register(holder, other.name);
    const [primary, east, west] = clusters as [FakeVerifyCluster, FakeVerifyCluster, FakeVerifyCluster];
    primary.rounds = [[podAnswer('istiod-p', { east: 'synced', west: 'synced' })]];
    east.rounds = [[podAnswer('istiod-e', { primary: 'synced', west: 'synced' })]];
    west.rounds = [[unanswered('istiod-w', 'port-forward refused')]];
    const result = await verifyRemotes(
      input(clusters, (holder) => clusters.filter((c) => c !== holder), { timeoutMs: 50 }),
    );
    expect(result.remotes.filter((r) => r.holder === 'west').map((r) => r.status)).toEqual([
      'unanswered',
      'unanswered',
    ]);
    expect(result.failures.map((f) => [f.remote, f.message.slice(0, 40)])).toEqual([
      ['west', '[verify] the istiod of "west" could not '],
    ]);
  });
});
