import type * as k8s from '@kubernetes/client-node';
import { apiMessage, type ClusterHandle } from './client.js';
import type { ManifestObject } from '../util/manifest.js';
import { objectApi, type ObjectApi } from './object-api.js';

/** A kind as the API serves it, e.g. `{ apiVersion: 'apps/v1', kind: 'Deployment' }`. */
export interface KindRef {
  readonly apiVersion: string;
  readonly kind: string;
}

/** Objects listed with their metadata only (see ListOptions.metadataOnly). */
const metadataOnlyObjects = new WeakSet<object>();

/** Whether a listed object holds only its metadata: what needs its other fields reads it again. */
export function isMetadataOnly(object: object | undefined): boolean {
  return object !== undefined && metadataOnlyObjects.has(object);
}

export interface ListOptions {
  /**
   * Each object's metadata only (labels, annotations, managed fields: what ownership and the applied
   * digest read), not its spec: a CRD list is then kilobytes, not its schemas.
   */
  readonly metadataOnly?: boolean;
}

async function listPage(
  api: ObjectApi,
  kind: KindRef,
  namespace: string | undefined,
  selector: string,
  continueToken: string | undefined,
  { metadataOnly = false }: ListOptions,
): Promise<{ page: k8s.KubernetesListObject<k8s.KubernetesObject>; metadataOnly: boolean }> {
  if (metadataOnly) return api.listMetadata(kind, namespace, selector, 500, continueToken);
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
  return { page, metadataOnly: false };
}

async function listKind(
  api: ObjectApi,
  kind: KindRef,
  namespace: string | undefined,
  selector: string,
  options: ListOptions,
): Promise<ManifestObject[]> {
  const objects: ManifestObject[] = [];
  let continueToken: string | undefined;
  do {
    const { page, metadataOnly } = await listPage(api, kind, namespace, selector, continueToken, options);
    // An empty PartialObjectMetadataList has "items": null.
    for (const item of page.items ?? []) {
      const metadata = item.metadata ?? {};
      if (!metadata.name) continue;
      const object: ManifestObject = {
        ...item,
        apiVersion: kind.apiVersion,
        kind: kind.kind,
        metadata: { ...metadata, name: metadata.name },
      };
      if (metadataOnly) metadataOnlyObjects.add(object);
      objects.push(object);
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
  options: ListOptions = {},
): Promise<{ objects: ManifestObject[]; unserved: KindRef[] }> {
  const api = objectApi(cluster);
  // Every kind at once: a fleet resync lists about 15 kinds on each remote.
  const found = await Promise.all(
    kinds.map(async (kind) => {
      const resource = await api.findResource(kind.apiVersion, kind.kind);
      if (!resource) return undefined;
      try {
        return await listKind(api, kind, resource.namespaced ? namespace : undefined, selector, options);
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
