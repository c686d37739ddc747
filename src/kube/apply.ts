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
import { objectApi, type ObjectApi } from './object-api.js';
import { applyOutcome, type ApplyOutcome } from './apply-outcome.js';
import { unchangedSinceApplied } from './applied-digest.js';

export const FIELD_MANAGER = 'istio-multicluster-action';

export type { ApplyOutcome } from './apply-outcome.js';

export interface AppliedObject {
  readonly object: string;
  readonly outcome: ApplyOutcome;
}

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

export interface ApplyOptions {
  readonly dryRun?: boolean;
  /** Objects this run has read already, so they are not read again; the others are read first. */
  readonly known?: KnownObjects;
  /**
   * Writes the namespaced objects need first (their namespace): run beside the first wave, which
   * holds only namespaces and CRDs, and finished before any later wave.
   */
  readonly beforeNamespaced?: () => Promise<void>;
}

const FIRST = new Set(['Namespace', 'CustomResourceDefinition']);
const LAST = new Set(['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']);

/**
 * The objects in dependency waves, each applied at once: namespaces and CRDs, then everything else,
 * then admission webhooks (which could refuse the objects they check while their service is not
 * there yet). Kinds are resolved before any apply, so no object waits on a CRD of the same set.
 */
export function applyWaves<T extends Pick<ManifestObject, 'kind'>>(objects: readonly T[]): T[][] {
  const ordered = sortForApply(objects);
  const waves = [
    ordered.filter((o) => FIRST.has(o.kind)),
    ordered.filter((o) => !FIRST.has(o.kind) && !LAST.has(o.kind)),
    ordered.filter((o) => LAST.has(o.kind)),
  ];
  return waves.filter((wave) => wave.length > 0);
}

async function applyWave(
  api: ObjectApi,
  wave: readonly ManifestObject[],
  dryRun: boolean,
): Promise<Map<string, k8s.KubernetesObject>> {
  const results = await Promise.allSettled(
    wave.map((object) => api.serverSideApply(object, { fieldManager: FIELD_MANAGER, dryRun })),
  );
  const applied = new Map<string, k8s.KubernetesObject>();
  for (const [index, result] of results.entries()) {
    const object = wave[index] as ManifestObject;
    if (result.status === 'rejected')
      throw new Error(`applying ${describeObject(object)} failed: ${apiMessage(result.reason)}`, {
        cause: result.reason,
      });
    applied.set(objectKey(object), result.value);
  }
  return applied;
}

/**
 * Server-side apply with a fixed field manager (conflicts forced, strict field validation), as
 * `kubectl apply --server-side` does, through client-node with each object's own JSON as the body,
 * so every rendered field reaches the API server as rendered. The waves (applyWaves) go one after
 * another, the objects of a wave at once. An object whose content is already as rendered is not
 * written, which is how a second run proves it changed nothing (applyOutcome). An object provably
 * untouched since the action applied this very content (unchangedSinceApplied) is not sent at all.
 */
export async function applyObjects(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  options: ApplyOptions = {},
): Promise<AppliedObject[]> {
  const api = objectApi(cluster);
  const ordered = sortForApply(objects);
  const known = options.known ?? new Map<string, k8s.KubernetesObject | undefined>();
  const lives = await Promise.all(
    ordered.map((object) => {
      const key = objectKey(object);
      return known.has(key) ? known.get(key) : readLive(api, object);
    }),
  );
  const before = new Map(ordered.map((object, index) => [objectKey(object), lives[index]]));
  const toApply = ordered.filter(
    (object, index) => !unchangedSinceApplied(lives[index], object, FIELD_MANAGER),
  );
  const after = new Map<string, k8s.KubernetesObject>();
  const waves = applyWaves(toApply);
  const leading = waves[0]?.every((object) => FIRST.has(object.kind)) ? waves.shift() : undefined;
  // With a Namespace among the objects, beforeNamespaced runs first, as it did alone: what it creates
  // then carries its own marks before the apply takes the object over.
  const beside = leading !== undefined && !leading.some((object) => object.kind === 'Namespace');
  if (!beside) await options.beforeNamespaced?.();
  const [applied] = await Promise.all([
    leading ? applyWave(api, leading, options.dryRun ?? false) : new Map<string, k8s.KubernetesObject>(),
    beside ? options.beforeNamespaced?.() : undefined,
  ]);
  for (const [key, object] of applied) after.set(key, object);
  for (const wave of waves)
    for (const [key, object] of await applyWave(api, wave, options.dryRun ?? false)) after.set(key, object);
  return ordered.map((object): AppliedObject => {
    const key = objectKey(object);
    const applied = after.get(key);
    if (applied === undefined) return { object: describeObject(object), outcome: 'unchanged' };
    return { object: describeObject(object), outcome: applyOutcome(before.get(key), applied, FIELD_MANAGER) };
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

export { isMetadataOnly, listObjectsByLabel, type KindRef, type ListOptions } from './list-objects.js';
