/**
 * The read side of applying: which kinds a cluster serves (waiting a bounded time for CRDs just
 * created), and each rendered object as the cluster has it.
 */
import type * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from './client.js';
import { isNotFound } from './client.js';
import { objectKey, type ManifestObject } from '../util/manifest.js';
import { objectApi, type ObjectApi } from './object-api.js';
export interface ResolveOptions {
  /**
   * How long to keep asking discovery for kinds it does not serve yet, for CRDs this run has just
   * created: the API server serves a new CRD's group version a moment after the create returns (on a
   * loaded server, seconds). 0: refuse at once.
   */
  readonly waitForKindsMs?: number;
}

const KIND_POLL_MS = 250;

/**
 * Resolves every object's kind on the cluster and fills in the namespace of namespaced objects.
 * Throws before any write when a kind is not served (missing CRDs), so nothing is half-applied.
 */
export async function resolveObjects(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  namespace: string,
  { waitForKindsMs = 0 }: ResolveOptions = {},
): Promise<ManifestObject[]> {
  const api = objectApi(cluster);
  const missing: string[] = [];
  const resolved: ManifestObject[] = [];
  const find = (known: readonly (k8s.V1APIResource | undefined)[] = []) =>
    Promise.all(objects.map((o, index) => known[index] ?? api.findResource(o.apiVersion, o.kind)));
  let resources = await find();
  const deadline = Date.now() + waitForKindsMs;
  while (resources.some((resource) => resource === undefined) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, KIND_POLL_MS));
    resources = await find(resources);
  }
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

/** Whether the cluster serves the kind of every object (discovery, asked once per group version). */
export async function servesAll(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
): Promise<boolean> {
  const api = objectApi(cluster);
  const resources = await Promise.all(objects.map((o) => api.findResource(o.apiVersion, o.kind)));
  return resources.every((resource) => resource !== undefined);
}

/** The live object (every field as sent, metadata typed), undefined when absent. */
export async function readLive(
  api: ObjectApi,
  object: ManifestObject,
): Promise<k8s.KubernetesObject | undefined> {
  try {
    return await api.readUntyped({
      apiVersion: object.apiVersion,
      kind: object.kind,
      metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
    });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** A rendered object as the cluster has it: its key (namespace resolved) and the live object (absent: undefined). */
export interface LiveObject {
  readonly key: string;
  readonly live: k8s.KubernetesObject | undefined;
}

/** Where a listed object is found again: its apiVersion (a list answers in the version asked) and key. */
function listedKey(object: Pick<ManifestObject, 'apiVersion' | 'kind' | 'metadata'>): string {
  return `${object.apiVersion} ${objectKey(object)}`;
}

/**
 * The live object of each rendered one, all asked at once. A kind the cluster does not serve yet (a
 * CRD a chart before installs) has no objects; namespaced objects without a namespace are looked
 * for in `namespace`. `listed`: objects this run has just listed (e.g. by the install's labels);
 * a rendered object found among them, same apiVersion, is not read again.
 */
export async function readLiveObjects(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  namespace: string,
  listed: readonly ManifestObject[] = [],
): Promise<LiveObject[]> {
  const api = objectApi(cluster);
  const found = new Map(listed.map((object) => [listedKey(object), object]));
  return Promise.all(
    objects.map(async (object): Promise<LiveObject> => {
      const resource = await api.findResource(object.apiVersion, object.kind);
      if (!resource) return { key: objectKey(object), live: undefined };
      const metadata = { ...object.metadata };
      if (resource.namespaced) metadata.namespace = metadata.namespace ?? namespace;
      else delete metadata.namespace;
      const resolved = { ...object, metadata };
      const live = found.get(listedKey(resolved)) ?? (await readLive(api, resolved));
      return { key: objectKey(resolved), live };
    }),
  );
}

/** Objects this run has read already, by objectKey with the namespace resolved (undefined: absent). */
export type KnownObjects = ReadonlyMap<string, k8s.KubernetesObject | undefined>;
