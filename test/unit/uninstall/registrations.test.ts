// Uninstall's first part through the Secret port, with in-memory clusters: only the registrations
// the action wrote are deleted, one replaced meanwhile by someone else's is kept, and where a holder
// cannot delete, the error or failure says who and what was left.
import { describe, expect, it } from 'vitest';
import { ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import { registrationSecret } from '../../../src/stages/register/register.js';
import { deleteRegistrations } from '../../../src/stages/uninstall/uninstall-registrations.js';
import { FakeSecrets } from '../fakes/secret-port.js';

const NS = 'istio-system';

function registerOn(holder: FakeSecrets, remote: string): void {
  holder.put(NS, registrationSecret(NS, ISTIO_CURRENT, { remote, kubeconfig: `kubeconfig of ${remote}` }));
}

function clusters(): { primary: FakeSecrets; east: FakeSecrets; west: FakeSecrets } {
  return {
    primary: new FakeSecrets('primary'),
    east: new FakeSecrets('east'),
    west: new FakeSecrets('west'),
  };
}

const input = (primary: FakeSecrets, remotes: FakeSecrets[], multiPrimary = false) => ({
  primary,
  remotes,
  namespace: NS,
  profile: ISTIO_CURRENT,
  parallelism: 2,
  multiPrimary,
});

const outcomeLines = (result: Awaited<ReturnType<typeof deleteRegistrations>>): string[] =>
  result.outcomes.map((o) => `${o.on}:${o.secret}:${o.outcome}`);

describe('uninstall: the registrations (in-memory clusters)', () => {
  it('deletes the registrations it wrote, keeps a foreign Secret of that name; a second run finds nothing', async () => {
    const { primary, east, west } = clusters();
    registerOn(primary, 'east');
    primary.put(NS, {
      metadata: { name: 'istio-remote-secret-west', labels: { 'istio/multiCluster': 'true' } },
    });
    const first = await deleteRegistrations(input(primary, [east, west]));
    expect(outcomeLines(first)).toEqual([
      'primary:istio-remote-secret-east:deleted',
      'primary:istio-remote-secret-west:kept-unmanaged',
    ]);
    expect(primary.get(NS, 'istio-remote-secret-east')).toBeUndefined();
    expect(primary.get(NS, 'istio-remote-secret-west')).toBeDefined();
    const second = await deleteRegistrations(input(primary, [east, west]));
    expect(outcomeLines(second)).toEqual([
      'primary:istio-remote-secret-east:absent',
      'primary:istio-remote-secret-west:kept-unmanaged',
    ]);
    expect([...east.calls, ...west.calls]).toEqual([]);
  });

  it('a registration replaced by someone else between the read and the delete is judged again and kept', async () => {
    const { primary, east } = clusters();
    registerOn(primary, 'east');
    primary.beforeNextWrite = () => primary.put(NS, { metadata: { name: 'istio-remote-secret-east' } });
    const result = await deleteRegistrations(input(primary, [east]));
    expect(outcomeLines(result)).toEqual(['primary:istio-remote-secret-east:kept-unmanaged']);
    expect(primary.calls).toEqual([
      'read istio-remote-secret-east',
      'remove istio-remote-secret-east',
      'read istio-remote-secret-east',
    ]);
    expect(primary.get(NS, 'istio-remote-secret-east')).toBeDefined();
  });

  it('a primary that cannot delete stops uninstall before any remote is touched, and says so', async () => {
    const { primary, east } = clusters();
    registerOn(primary, 'east');
    primary.fail = () => new Error('connection refused');
    await expect(deleteRegistrations(input(primary, [east]))).rejects.toThrow(
      /^\[uninstall\] cluster "primary": deleting the registration Secret istio-system\/istio-remote-secret-east failed: connection refused\. Fix: the primary kubeconfig needs get and delete on secrets in istio-system; no remote was touched\.$/,
    );
    expect(east.calls).toEqual([]);
  });

  it('multi-primary: every cluster loses its registrations of the others; a remote that cannot is its own failure', async () => {
    const { primary, east, west } = clusters();
    for (const [holder, others] of [
      [primary, ['east', 'west']],
      [east, ['primary', 'west']],
      [west, ['primary', 'east']],
    ] as const)
      for (const other of others) registerOn(holder, other);
    west.fail = () => new Error('connection reset');
    const result = await deleteRegistrations(input(primary, [east, west], true));
    expect(outcomeLines(result)).toEqual([
      'primary:istio-remote-secret-east:deleted',
      'primary:istio-remote-secret-west:deleted',
      'east:istio-remote-secret-primary:deleted',
      'east:istio-remote-secret-west:deleted',
    ]);
    expect(result.failures.map((f) => [f.remote, f.stage])).toEqual([['west', 'uninstall']]);
    expect(result.failures[0]?.message).toMatch(
      /cluster "west": deleting the registration Secret istio-system\/istio-remote-secret-primary failed: connection reset\. Fix: the remote kubeconfig needs get and delete on secrets in istio-system\.$/,
    );
    expect(west.store.size).toBe(2);
  });
});
