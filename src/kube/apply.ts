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
import { readLive, type KnownObjects } from './live-objects.js';

export const FIELD_MANAGER = 'istio-multicluster-action';

export type { ApplyOutcome } from './apply-outcome.js';
export {
  readLive,
  readLiveObjects,
  resolveObjects,
  servesAll,
  type KnownObjects,
  type LiveObject,
  type ResolveOptions,
} from './live-objects.js';

export interface AppliedObject {
  readonly object: string;
  readonly outcome: ApplyOutcome;
}

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
