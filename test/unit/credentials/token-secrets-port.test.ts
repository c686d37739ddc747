// The token Secrets of the remote-kubeconfig stage through the Secret port, with an in-memory remote:
// the binding Secret every TokenRequest token is bound to, and the retirement of what the other
// credential mode left. Only Secrets carrying the action's managed-by label are used or deleted.
import type * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../../src/kube/marks.js';
import {
  readRetiredSecret,
  retireTokenSecret,
} from '../../../src/stages/remote-kubeconfig/retire-token-secret.js';
import { tokenBinding } from '../../../src/stages/secrets/token-binding.js';
import { issuedForOtherAccount } from '../../../src/stages/secrets/token-secret.js';
import { FakeSecrets } from '../fakes/secret-port.js';

const NS = 'istio-system';
const ACCOUNT = 'istio-reader-service-account';
const BINDING = `${ACCOUNT}-token-binding`;
const LONG_LIVED = `${ACCOUNT}-token-istio-multicluster`;
const managed = { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE };
const writes = (remote: FakeSecrets): string[] => remote.calls.filter((c) => !c.startsWith('read '));

describe('token binding Secret (in-memory remote)', () => {
  it("is created once, labelled as the action's, and found again; render creates nothing", async () => {
    const remote = new FakeSecrets('east');
    expect(await tokenBinding(remote, NS, ACCOUNT, true)).toBeUndefined();
    expect(writes(remote)).toEqual([]);
    const first = await tokenBinding(remote, NS, ACCOUNT, false);
    expect(first?.name).toBe(BINDING);
    expect(remote.get(NS, BINDING)?.metadata?.labels).toEqual(managed);
    expect(await tokenBinding(remote, NS, ACCOUNT, false)).toEqual(first);
    expect(writes(remote)).toEqual([`create ${BINDING}`]);
  });

  it('a Secret of that name the action did not create is refused: no token is bound to it', async () => {
    const remote = new FakeSecrets('east');
    remote.put(NS, { metadata: { name: BINDING } });
    await expect(tokenBinding(remote, NS, ACCOUNT, false)).rejects.toThrow(
      `Secret ${NS}/${BINDING} exists and was not created by this action, so tokens cannot be bound to it; delete or rename it.`,
    );
  });

  it('one created by another run between the read and the create is used', async () => {
    const remote = new FakeSecrets('east');
    remote.beforeNextWrite = () => remote.put(NS, { metadata: { name: BINDING, labels: managed } });
    const binding = await tokenBinding(remote, NS, ACCOUNT, false);
    expect(binding?.name).toBe(BINDING);
    expect(remote.calls).toEqual([`read ${BINDING}`, `create ${BINDING}`, `read ${BINDING}`]);
  });
});

describe("retiring the other mode's Secret (in-memory remote)", () => {
  it('token-request deletes the long-lived token Secret the action created; render only plans it', async () => {
    const remote = new FakeSecrets('east');
    remote.put(NS, { metadata: { name: LONG_LIVED, labels: managed } });
    expect(await retireTokenSecret(remote, NS, ACCOUNT, true, true)).toEqual({
      kind: 'long-lived',
      namespace: NS,
      name: LONG_LIVED,
      outcome: 'would-delete',
    });
    expect(writes(remote)).toEqual([]);
    expect((await retireTokenSecret(remote, NS, ACCOUNT, false, true))?.outcome).toBe('deleted');
    expect(remote.get(NS, LONG_LIVED)).toBeUndefined();
    expect(await retireTokenSecret(remote, NS, ACCOUNT, false, true)).toBeUndefined();
  });

  it('read while the credentials are checked: a Secret changed since is read and judged again before its delete', async () => {
    const remote = new FakeSecrets('east');
    remote.put(NS, { metadata: { name: LONG_LIVED, labels: managed } });
    const found = readRetiredSecret(remote, NS, ACCOUNT, true);
    await found;
    remote.put(NS, { metadata: { name: LONG_LIVED, labels: managed } });
    expect((await retireTokenSecret(remote, NS, ACCOUNT, false, true, found))?.outcome).toBe('deleted');
    expect(remote.calls).toEqual([
      `read ${LONG_LIVED}`,
      `remove ${LONG_LIVED}`,
      `read ${LONG_LIVED}`,
      `remove ${LONG_LIVED}`,
    ]);
    expect(remote.get(NS, LONG_LIVED)).toBeUndefined();
  });

  it('read while the credentials are checked: one that turned unmanaged since is kept', async () => {
    const remote = new FakeSecrets('east');
    remote.put(NS, { metadata: { name: BINDING, labels: managed } });
    const found = readRetiredSecret(remote, NS, ACCOUNT, false);
    await found;
    remote.put(NS, { metadata: { name: BINDING } });
    expect((await retireTokenSecret(remote, NS, ACCOUNT, false, false, found))?.outcome).toBe(
      'kept-unmanaged',
    );
    expect(remote.get(NS, BINDING)).toBeDefined();
  });

  it('token-secret keeps a binding Secret it did not create', async () => {
    const remote = new FakeSecrets('east');
    remote.put(NS, { metadata: { name: BINDING } });
    expect((await retireTokenSecret(remote, NS, ACCOUNT, false, false))?.outcome).toBe('kept-unmanaged');
    expect(writes(remote)).toEqual([]);
  });

  it('a delete the remote refuses names the Secret and how to finish by hand', async () => {
    const remote = new FakeSecrets('east');
    remote.put(NS, { metadata: { name: BINDING, labels: managed } });
    remote.fail = ({ verb }) => (verb === 'remove' ? new Error('connection refused') : undefined);
    await expect(retireTokenSecret(remote, NS, ACCOUNT, false, false)).rejects.toThrow(
      `[remote-kubeconfig] cluster "east": the token binding Secret ${NS}/${BINDING} an earlier token-request run created could not be removed: connection refused. Fix: give the kubeconfig of east get and delete on secrets in ${NS}, or delete it yourself (kubectl -n ${NS} delete secret ${BINDING}), and run again.`,
    );
  });
});

describe('a token Secret of an earlier account of the same name', () => {
  it('issuedForOtherAccount() - a filled Secret whose account UID is not the current one; unknown UIDs are not judged', () => {
    const secret = (uid?: string): k8s.V1Secret => ({
      metadata: {
        name: LONG_LIVED,
        annotations: uid === undefined ? {} : { 'kubernetes.io/service-account.uid': uid },
      },
    });
    expect(issuedForOtherAccount(secret('old-uid'), 'new-uid')).toBe(true);
    expect(issuedForOtherAccount(secret('new-uid'), 'new-uid')).toBe(false);
    expect(issuedForOtherAccount(secret(), 'new-uid')).toBe(false);
    expect(issuedForOtherAccount(secret('old-uid'), undefined)).toBe(false);
  });
});
