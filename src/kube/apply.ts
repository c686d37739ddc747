import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from './client.js';
import { apiMessage, isNotFound } from './client.js';
import {
  describeObject,
  objectKey,
  sortForApply,
  sortForDelete,
  type ManifestObject,
} from '../util/manifest.js';
import { kubectlServerSideApply, kubectlServerSideUnchanged, type KubectlObject } from './kubectl.js';

export const FIELD_MANAGER = 'istio-multicluster-action';

export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

export interface AppliedObject {
  readonly object: string;
  readonly outcome: ApplyOutcome;
}

/** KubernetesObjectApi with discovery made public, so kinds can be checked before anything is written. */
class ObjectApi extends k8s.KubernetesObjectApi {
  /** One discovery request per group version, however many kinds ask for it at once. */
  private readonly discovering = new Map<string, Promise<unknown>>();

  async findResource(apiVersion: string, kind: string): Promise<k8s.V1APIResource | undefined> {
    let first = this.discovering.get(apiVersion);
    if (!first) {
      first = this.resource(apiVersion, kind).catch(() => undefined);
      this.discovering.set(apiVersion, first);
    }
    await first;
    try {
      return await this.resource(apiVersion, kind);
    } catch (error: unknown) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

/** One client per cluster and process, so API discovery (which kinds are served) is fetched once. */
const objectApis = new WeakMap<ClusterHandle, ObjectApi>();

function objectApi(cluster: ClusterHandle): ObjectApi {
  let api = objectApis.get(cluster);
  if (!api) {
    api = cluster.config.makeApiClient(ObjectApi);
    objectApis.set(cluster, api);
  }
  return api;
}

/**
 * Resolves every object's kind on the cluster and fills in the namespace of namespaced objects.
 * Throws before any write when a kind is not served (missing CRDs), so nothing is half-applied.
 */
export async function resolveObjects(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  namespace: string,
): Promise<ManifestObject[]> {
  const api = objectApi(cluster);
  const missing: string[] = [];
  const resolved: ManifestObject[] = [];
  const resources = await Promise.all(objects.map((o) => api.findResource(o.apiVersion, o.kind)));
  for (const [index, object] of objects.entries()) {
    const resource = resources[index];
    if (!resource) {
      missing.push(`${object.kind} (${object.apiVersion}) ${object.metadata.name}`);
      continue;
    }
    const metadata = { ...object.metadata };
    if (resource.namespaced) metadata.namespace = metadata.namespace ?? namespace;
    else delete metadata.namespace;
    resolved.push({ ...object, metadata });
  }
  if (missing.length > 0) {
    throw new Error(
      `the cluster does not serve these kinds (their CRDs are not installed): ${missing.join(', ')}`,
    );
  }
  return resolved;
}

async function readLive(api: ObjectApi, object: ManifestObject): Promise<k8s.KubernetesObject | undefined> {
  try {
    return await api.read({
      apiVersion: object.apiVersion,
      kind: object.kind,
      metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
    });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function readVersion(api: ObjectApi, object: ManifestObject): Promise<string | undefined> {
  const live = await readLive(api, object);
  return live ? (live.metadata?.resourceVersion ?? '') : undefined;
}

/**
 * The live object of each rendered one (undefined: absent), all asked at once. A kind the cluster
 * does not serve yet (a CRD a chart before installs) has no objects; namespaced objects without a
 * namespace are looked for in `namespace`.
 */
export async function readLiveObjects(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  namespace: string,
): Promise<(k8s.KubernetesObject | undefined)[]> {
  const api = objectApi(cluster);
  return Promise.all(
    objects.map(async (object) => {
      const resource = await api.findResource(object.apiVersion, object.kind);
      if (!resource) return undefined;
      const metadata = { ...object.metadata };
      if (resource.namespaced) metadata.namespace = metadata.namespace ?? namespace;
      else delete metadata.namespace;
      return readLive(api, { ...object, metadata });
    }),
  );
}

export interface ApplyOptions {
  /** The kubectl binary that performs the server-side apply. */
  readonly kubectlPath: string;
  readonly dryRun?: boolean;
}

/**
 * Server-side apply with a fixed field manager, through kubectl so every rendered field reaches the
 * API server as rendered. An object whose content is already as rendered keeps its resourceVersion,
 * which is how a second run proves it changed nothing.
 */
export async function applyObjects(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  options: ApplyOptions,
): Promise<AppliedObject[]> {
  const api = objectApi(cluster);
  const ordered = sortForApply(objects);
  const versions = await Promise.all(ordered.map((object) => readVersion(api, object)));
  const before = new Map(ordered.map((object, index) => [objectKey(object), versions[index]]));
  // Every object there already (a rerun): one kubectl diff, far cheaper than a strict apply (which
  // reads the server's OpenAPI documents), tells whether the apply would change anything at all.
  if (!options.dryRun && versions.every((version) => version !== undefined)) {
    const target = { kubectlPath: options.kubectlPath, kubeconfigPath: cluster.kubeconfigPath };
    if ((await kubectlServerSideUnchanged(ordered, { ...target, fieldManager: FIELD_MANAGER })) === true)
      return ordered.map((object) => ({ object: describeObject(object), outcome: 'unchanged' }));
  }
  let applied: KubectlObject[];
  try {
    applied = await kubectlServerSideApply(ordered, {
      kubectlPath: options.kubectlPath,
      kubeconfigPath: cluster.kubeconfigPath,
      fieldManager: FIELD_MANAGER,
      dryRun: options.dryRun ?? false,
    });
  } catch (error: unknown) {
    const what =
      ordered.length === 1 && ordered[0] ? describeObject(ordered[0]) : `${ordered.length} objects`;
    throw new Error(`applying ${what} failed: ${apiMessage(error)}`, { cause: error });
  }
  const after = new Map(applied.map((object) => [objectKey(object), object.metadata?.resourceVersion]));
  return ordered.map((object): AppliedObject => {
    const key = objectKey(object);
    const previous = before.get(key);
    const outcome: ApplyOutcome =
      previous === undefined ? 'created' : previous === after.get(key) ? 'unchanged' : 'configured';
    return { object: describeObject(object), outcome };
  });
}

/** Deletes objects (dependents last-created first); objects already gone count as deleted. */
export async function deleteObjects(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
): Promise<{ deleted: string[]; absent: string[] }> {
  const api = objectApi(cluster);
  const deleted: string[] = [];
  const absent: string[] = [];
  for (const object of sortForDelete(objects)) {
    try {
      await api.delete(object, undefined, undefined, undefined, undefined, 'Background');
      deleted.push(describeObject(object));
    } catch (error: unknown) {
      if (isNotFound(error)) absent.push(describeObject(object));
      else
        throw new Error(`deleting ${describeObject(object)} failed: ${apiMessage(error)}`, { cause: error });
    }
  }
  return { deleted, absent };
}

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
