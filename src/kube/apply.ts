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
import { objectApi, type ObjectApi } from './object-api.js';

export const FIELD_MANAGER = 'istio-multicluster-action';

export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

export interface AppliedObject {
  readonly object: string;
  readonly outcome: ApplyOutcome;
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

export { listObjectsByLabel, type KindRef } from './list-objects.js';
