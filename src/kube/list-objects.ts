import { apiMessage, type ClusterHandle } from './client.js';
import type { ManifestObject } from '../util/manifest.js';
import { objectApi, type ObjectApi } from './object-api.js';

/** A kind as the API serves it, e.g. `{ apiVersion: 'apps/v1', kind: 'Deployment' }`. */
export interface KindRef {
  readonly apiVersion: string;
  readonly kind: string;
}

async function listKind(
  api: ObjectApi,
  kind: KindRef,
  namespace: string | undefined,
  selector: string,
): Promise<ManifestObject[]> {
  const objects: ManifestObject[] = [];
  let continueToken: string | undefined;
  do {
    const page = await api.list(
      kind.apiVersion,
      kind.kind,
      namespace,
      undefined,
      undefined,
      undefined,
      undefined,
      selector,
      500,
      continueToken,
    );
    for (const item of page.items) {
      const metadata = item.metadata ?? {};
      if (!metadata.name) continue;
      objects.push({
        ...item,
        apiVersion: kind.apiVersion,
        kind: kind.kind,
        metadata: { ...metadata, name: metadata.name },
      });
    }
    continueToken = page.metadata?._continue || undefined;
  } while (continueToken);
  return objects;
}

/**
 * Every object matching a label selector among the given kinds: namespaced kinds in `namespace`,
 * cluster-scoped kinds cluster-wide. Kinds the cluster does not serve are skipped and returned.
 */
export async function listObjectsByLabel(
  cluster: ClusterHandle,
  kinds: readonly KindRef[],
  selector: string,
  namespace: string,
): Promise<{ objects: ManifestObject[]; unserved: KindRef[] }> {
  const api = objectApi(cluster);
  // Every kind at once: a fleet resync lists about 15 kinds on each remote.
  const found = await Promise.all(
    kinds.map(async (kind) => {
      const resource = await api.findResource(kind.apiVersion, kind.kind);
      if (!resource) return undefined;
      try {
        return await listKind(api, kind, resource.namespaced ? namespace : undefined, selector);
      } catch (error: unknown) {
        throw new Error(`listing ${kind.kind} (${kind.apiVersion}) failed: ${apiMessage(error)}`, {
          cause: error,
        });
      }
    }),
  );
  return {
    objects: found.flatMap((listed) => listed ?? []),
    unserved: kinds.filter((_, index) => found[index] === undefined),
  };
}
