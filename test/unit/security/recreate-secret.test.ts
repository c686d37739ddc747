import type * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { recreateSecret } from '../../../src/stages/register/recreate-secret.js';
import { FakeSecrets, type Call } from '../fakes/secret-port.js';

const NS = 'istio-system';
const denied = new Error('admission webhook denied');
/** Refuses the creates `when` picks, as an admission webhook would. */
const refuseCreates =
  (when: (call: Call) => boolean) =>
  (call: Call): Error | undefined =>
    call.verb === 'create' && when(call) ? denied : undefined;

const secret = (kubeconfig: string): k8s.V1Secret => ({
  apiVersion: 'v1',
  kind: 'Secret',
  type: 'Opaque',
  metadata: { name: 'east', namespace: NS, labels: { 'istio/multiCluster': 'true' } },
  data: { east: Buffer.from(kubeconfig).toString('base64') },
});

function setup(): { api: FakeSecrets; existing: k8s.V1Secret; desired: k8s.V1Secret } {
  const api = new FakeSecrets();
  const existing = api.put(NS, secret('old kubeconfig'));
  return { api, existing, desired: secret('new kubeconfig') };
}

const job = (api: FakeSecrets, existing: k8s.V1Secret, desired: k8s.V1Secret) => ({
  secrets: api,
  namespace: NS,
  existing,
  desired,
  stage: 'register',
  remote: 'east',
});

const dataOf = (api: FakeSecrets): string =>
  Buffer.from(api.get(NS, 'east')?.data?.east ?? '', 'base64').toString('utf8');

describe('istio-1.0 re-registration (delete and create) never leaves the remote unregistered', () => {
  it('dry-runs the create and the delete, then deletes (on the read resourceVersion) and creates', async () => {
    const { api, existing, desired } = setup();
    await recreateSecret(job(api, existing, desired));
    expect(api.calls.map((c) => c.replace(/-dry-run-[0-9a-f]{8}/, '-dry-run-*'))).toEqual([
      'create east-dry-run-* (dry run)',
      'remove east (dry run)',
      'remove east',
      'create east',
    ]);
    expect(dataOf(api)).toBe('new kubeconfig');
  });

  it('a create the dry run refuses leaves the old registration untouched', async () => {
    const { api, existing, desired } = setup();
    api.fail = refuseCreates(() => true);
    await expect(recreateSecret(job(api, existing, desired))).rejects.toThrow(
      /^\[register\] cluster "primary": re-registering remote "east" \(Secret istio-system\/east\): its replacement would be refused \(dry run: admission webhook denied\); it was left as it is\. Fix: the primary kubeconfig needs create and delete on secrets in istio-system/,
    );
    expect(api.calls.filter((c) => !c.includes('dry run'))).toEqual([]);
    expect(dataOf(api)).toBe('old kubeconfig');
  });

  it('a create failing after the delete re-creates the old Secret', async () => {
    const { api, existing, desired } = setup();
    api.fail = refuseCreates(
      ({ body, dryRun }) =>
        !dryRun && Buffer.from(body?.data?.east ?? '', 'base64').toString() === 'new kubeconfig',
    );
    await expect(recreateSecret(job(api, existing, desired))).rejects.toThrow(
      /creating its replacement failed \(admission webhook denied\); the previous Secret was created again, so the remote keeps its old registration\. Fix:/,
    );
    expect(dataOf(api)).toBe('old kubeconfig');
    // Created from the old content, without the server-set fields of the Secret that was read.
    expect(api.get(NS, 'east')?.metadata?.labels).toEqual({ 'istio/multiCluster': 'true' });
    expect(api.get(NS, 'east')?.metadata?.resourceVersion).not.toBe(existing.metadata?.resourceVersion);
  });

  it('when the restore fails too, the error says the remote is not registered and how to recover', async () => {
    const { api, existing, desired } = setup();
    api.fail = refuseCreates(({ dryRun }) => !dryRun);
    await expect(recreateSecret(job(api, existing, desired))).rejects.toThrow(
      /restoring the previous Secret failed too \(admission webhook denied\): remote "east" is NOT registered now\. Run the action again/,
    );
    expect(api.get(NS, 'east')).toBeUndefined();
  });

  it('a Secret changed since it was read is not deleted', async () => {
    const { api, existing, desired } = setup();
    api.put(NS, secret('changed by someone else'));
    await expect(recreateSecret(job(api, existing, desired))).rejects.toThrow(
      /its replacement would be refused \(dry run: Precondition failed: resourceVersion \d+ \(HTTP 409\)\)/,
    );
    expect(dataOf(api)).toBe('changed by someone else');
  });
});
