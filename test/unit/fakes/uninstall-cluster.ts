// An in-memory UninstallCluster (src/stages/uninstall/uninstall-cluster.ts) for uninstall stage tests:
// objects labelled for an install (created by the action, or adopted), CRDs with or without resources
// of their kind, helm releases with their storage labels, namespaces (created by the action or not,
// with the action's fields and injection label), service accounts, and the cluster's Secrets (fakes/
// secret-port.ts). Every write is logged in order.
import type { KindRef } from '../../../src/kube/apply.js';
import type { InstallIdentity } from '../../../src/kube/ownership.js';
import type { InjectionOutcome } from '../../../src/stages/uninstall/uninstall-report.js';
import type { UninstallCluster } from '../../../src/stages/uninstall/uninstall-cluster.js';
import { describeObject, type ManifestObject } from '../../../src/util/manifest.js';
import { FakeSecrets } from './secret-port.js';

interface LiveObject {
  readonly object: ManifestObject;
  readonly release: string;
  readonly adopted?: boolean;
  /** A CRD whose kind still has resources. */
  readonly inUse?: boolean;
}

interface LiveNamespace {
  createdByAction: boolean;
  actionFields: boolean;
  injection?: 'action' | 'other';
}

export class FakeUninstallCluster implements UninstallCluster {
  readonly name: string;
  readonly secrets: FakeSecrets;
  readonly objects: LiveObject[] = [];
  /** Helm releases by name, with their storage labels. */
  readonly helmReleases = new Map<string, Record<string, string>>();
  readonly namespaces = new Map<string, LiveNamespace>();
  readonly serviceAccounts = new Set<string>();
  readonly writes: string[] = [];
  /** Polls of a deleted namespace before it is gone (its finalizers). */
  namespaceLingers = 0;

  constructor(name: string) {
    this.name = name;
    this.secrets = new FakeSecrets(name);
  }

  installedObjects(identity: InstallIdentity, kinds: readonly KindRef[]) {
    const wanted = new Set(kinds.map((k) => k.kind));
    const mine = this.objects.filter((o) => o.release === identity.release && wanted.has(o.object.kind));
    return Promise.resolve({
      created: mine.filter((o) => !o.adopted).map((o) => o.object),
      adopted: mine.filter((o) => o.adopted).map((o) => o.object),
    });
  }

  hasCustomResources(crd: ManifestObject): Promise<boolean> {
    return Promise.resolve(this.objects.some((o) => o.object === crd && o.inUse === true));
  }

  deleteObjects(objects: readonly ManifestObject[]) {
    const deleted: string[] = [];
    const absent: string[] = [];
    for (const object of objects) {
      const at = this.objects.findIndex((o) => o.object === object);
      if (at < 0) absent.push(describeObject(object));
      else {
        this.objects.splice(at, 1);
        deleted.push(describeObject(object));
        this.writes.push(`delete ${describeObject(object)}`);
      }
    }
    return Promise.resolve({ deleted, absent });
  }

  helmReleaseLabels(identity: InstallIdentity) {
    return Promise.resolve(this.helmReleases.get(identity.release));
  }

  helmReleaseExists(identity: InstallIdentity) {
    return Promise.resolve(this.helmReleases.has(identity.release));
  }

  helmUninstall(identity: InstallIdentity): Promise<'uninstalled' | 'absent'> {
    if (!this.helmReleases.delete(identity.release)) return Promise.resolve('absent');
    this.writes.push(`helm uninstall ${identity.release}`);
    return Promise.resolve('uninstalled');
  }

  deleteNamespaceIfCreated(name: string): Promise<'deleted' | 'kept' | 'absent'> {
    const namespace = this.namespaces.get(name);
    if (!namespace) return Promise.resolve('absent');
    if (!namespace.createdByAction) return Promise.resolve('kept');
    this.writes.push(`delete namespace ${name}`);
    if (this.namespaceLingers === 0) this.namespaces.delete(name);
    return Promise.resolve('deleted');
  }

  namespaceExists(name: string): Promise<boolean> {
    if (this.namespaces.has(name) && this.namespaceLingers > 0 && --this.namespaceLingers === 0)
      this.namespaces.delete(name);
    return Promise.resolve(this.namespaces.has(name));
  }

  releaseNamespaceFields(name: string): Promise<boolean> {
    const namespace = this.namespaces.get(name);
    if (!namespace?.actionFields) return Promise.resolve(false);
    namespace.actionFields = false;
    this.writes.push(`release fields of namespace ${name}`);
    return Promise.resolve(true);
  }

  removeInjectionLabel(name: string): Promise<InjectionOutcome> {
    const namespace = this.namespaces.get(name);
    if (!namespace?.injection) return Promise.resolve('absent');
    if (namespace.injection === 'other') return Promise.resolve('kept');
    delete namespace.injection;
    this.writes.push(`unlabel namespace ${name}`);
    return Promise.resolve('unlabelled');
  }

  serviceAccountExists(namespace: string, name: string): Promise<boolean> {
    return Promise.resolve(this.serviceAccounts.has(`${namespace}/${name}`));
  }
}
