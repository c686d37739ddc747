import type * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { recreateSecret } from '../../../src/stages/register/recreate-secret.js';

/** An in-memory Secret store standing in for the primary's API: creates and deletes, dry runs write nothing. */
class FakeSecrets {
  readonly secrets = new Map<string, k8s.V1Secret>();
  readonly calls: string[] = [];
  failCreate: ((body: k8s.V1Secret, dryRun: boolean) => boolean) | undefined;
  private version = 1;

  put(secret: k8s.V1Secret): void {
    const name = secret.metadata?.name ?? '';
    this.secrets.set(name, {
      ...secret,
      metadata: { ...secret.metadata, resourceVersion: String(this.version++) },
    });
  }

  createNamespacedSecret = (request: { body: k8s.V1Secret; dryRun?: string }): Promise<k8s.V1Secret> => {
    const dryRun = request.dryRun === 'All';
    const name = request.body.metadata?.name ?? '';
    this.calls.push(`create ${name}${dryRun ? ' (dry run)' : ''}`);
    if (this.failCreate?.(request.body, dryRun)) return Promise.reject(new Error('admission webhook denied'));
    if (this.secrets.has(name)) return Promise.reject(new Error(`secrets "${name}" already exists`));
    if (!dryRun) this.put(request.body);
    return Promise.resolve(request.body);
  };

  deleteNamespacedSecret = (request: {
    name: string;
    dryRun?: string;
    body?: k8s.V1DeleteOptions;
  }): Promise<k8s.V1Status> => {
    this.calls.push(`delete ${request.name}${request.dryRun === 'All' ? ' (dry run)' : ''}`);
    const current = this.secrets.get(request.name);
    if (!current) return Promise.reject(new Error('not found'));
    const wanted = request.body?.preconditions?.resourceVersion;
    if (wanted !== undefined && wanted !== current.metadata?.resourceVersion)
      return Promise.reject(new Error('Precondition failed: resourceVersion'));
    if (request.dryRun !== 'All') this.secrets.delete(request.name);
    return Promise.resolve({});
  };
}

const secret = (kubeconfig: string): k8s.V1Secret => ({
  apiVersion: 'v1',
  kind: 'Secret',
  type: 'Opaque',
  metadata: { name: 'east', namespace: 'istio-system', labels: { 'istio/multiCluster': 'true' } },
  data: { east: Buffer.from(kubeconfig).toString('base64') },
});

function setup(): { api: FakeSecrets; existing: k8s.V1Secret; desired: k8s.V1Secret } {
  const api = new FakeSecrets();
  api.put(secret('old kubeconfig'));
  const existing = api.secrets.get('east') as k8s.V1Secret;
  return { api, existing, desired: secret('new kubeconfig') };
}

const job = (api: FakeSecrets, existing: k8s.V1Secret, desired: k8s.V1Secret) => ({
  api: api as unknown as k8s.CoreV1Api,
  namespace: 'istio-system',
  existing,
  desired,
  stage: 'register',
  cluster: 'primary',
  remote: 'east',
});

const dataOf = (api: FakeSecrets): string =>
  Buffer.from(api.secrets.get('east')?.data?.east ?? '', 'base64').toString('utf8');

describe('istio-1.0 re-registration (delete and create) never leaves the remote unregistered', () => {
  it('dry-runs the create and the delete, then deletes (on the read resourceVersion) and creates', async () => {
    const { api, existing, desired } = setup();
    await recreateSecret(job(api, existing, desired));
    expect(api.calls.map((c) => c.replace(/-dry-run-[0-9a-f]{8}/, '-dry-run-*'))).toEqual([
      'create east-dry-run-* (dry run)',
      'delete east (dry run)',
      'delete east',
      'create east',
    ]);
    expect(dataOf(api)).toBe('new kubeconfig');
  });

  it('a create the dry run refuses leaves the old registration untouched', async () => {
    const { api, existing, desired } = setup();
    api.failCreate = () => true;
    await expect(recreateSecret(job(api, existing, desired))).rejects.toThrow(
      /^\[register\] cluster "primary": re-registering remote "east" \(Secret istio-system\/east\): its replacement would be refused \(dry run: admission webhook denied\); it was left as it is\. Fix: the primary kubeconfig needs create and delete on secrets in istio-system/,
    );
    expect(api.calls.filter((c) => !c.includes('dry run'))).toEqual([]);
    expect(dataOf(api)).toBe('old kubeconfig');
  });

  it('a create failing after the delete re-creates the old Secret', async () => {
    const { api, existing, desired } = setup();
    api.failCreate = (body, dryRun) =>
      !dryRun && Buffer.from(body.data?.east ?? '', 'base64').toString() === 'new kubeconfig';
    await expect(recreateSecret(job(api, existing, desired))).rejects.toThrow(
      /creating its replacement failed \(admission webhook denied\); the previous Secret was created again, so the remote keeps its old registration\. Fix:/,
    );
    expect(dataOf(api)).toBe('old kubeconfig');
    // Created from the old content, without the server-set fields of the Secret that was read.
    expect(api.secrets.get('east')?.metadata?.labels).toEqual({ 'istio/multiCluster': 'true' });
    expect(api.secrets.get('east')?.metadata?.resourceVersion).not.toBe(existing.metadata?.resourceVersion);
  });

  it('when the restore fails too, the error says the remote is not registered and how to recover', async () => {
    const { api, existing, desired } = setup();
    api.failCreate = (_body, dryRun) => !dryRun;
    await expect(recreateSecret(job(api, existing, desired))).rejects.toThrow(
      /restoring the previous Secret failed too \(admission webhook denied\): remote "east" is NOT registered now\. Run the action again/,
    );
    expect(api.secrets.has('east')).toBe(false);
  });

  it('a Secret changed since it was read is not deleted', async () => {
    const { api, existing, desired } = setup();
    api.put(secret('changed by someone else'));
    await expect(recreateSecret(job(api, existing, desired))).rejects.toThrow(
      /its replacement would be refused \(dry run: Precondition failed: resourceVersion\)/,
    );
    expect(dataOf(api)).toBe('changed by someone else');
  });
});
