// An in-memory GatewayCluster (src/stages/east-west/gateway-cluster.ts) for east-west stage tests:
// the in-memory remote's deploy (fakes/remote-target.ts), Secrets by name with their labels, and the
// removal of a release's objects: what the action created goes, what it adopted stays.
import type { InstallIdentity } from '../../../src/kube/ownership.js';
import type { GatewayCluster, ReleaseRemoved } from '../../../src/stages/east-west/gateway-cluster.js';
import type { ManifestObject } from '../../../src/util/manifest.js';
import { FakeRemoteTarget } from './remote-target.js';

export class FakeGatewayCluster extends FakeRemoteTarget implements GatewayCluster {
  /** Secrets by `namespace/name`, with their labels. */
  readonly secrets = new Map<string, Record<string, string>>();
  /** Keys of live objects that existed before the action (adopted): never deleted. */
  readonly adopted = new Set<string>();
  /** Namespaces whose action-set fields were given back. */
  readonly namespacesReleased: string[] = [];

  secretNames(namespace: string, selector: string): Promise<string[]> {
    const [key, value] = selector.split('=');
    return Promise.resolve(
      [...this.secrets]
        .filter(([at, labels]) => at.startsWith(`${namespace}/`) && labels[key ?? ''] === value)
        .map(([at]) => at.slice(namespace.length + 1)),
    );
  }

  removeRelease(identity: InstallIdentity, objects: readonly ManifestObject[]): Promise<ReleaseRemoved> {
    const kinds = new Set(objects.map((o) => o.kind));
    const deleted: string[] = [];
    let adopted = 0;
    for (const [key, live] of [...this.objects]) {
      if (live.release !== identity.release || !kinds.has(key.split(' ')[0] ?? '')) continue;
      if (this.adopted.has(key)) {
        adopted++;
        continue;
      }
      this.objects.delete(key);
      this.writes.push(`delete ${key}`);
      deleted.push(key);
    }
    this.namespacesReleased.push(identity.namespace);
    return Promise.resolve({ deleted, absent: [], adopted });
  }
}
