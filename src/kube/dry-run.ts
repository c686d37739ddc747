import type * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from './client.js';
import { apiMessage } from './client.js';
import { FIELD_MANAGER, isMetadataOnly, readLive, type KnownObjects } from './apply.js';
import { objectApi } from './object-api.js';
import { describeObject, objectKey, type ManifestObject } from '../util/manifest.js';
import { changedFieldPaths } from '../util/object-diff.js';
import { unchangedSinceApplied } from './applied-digest.js';

export type PlannedAction = 'create' | 'change' | 'unchanged' | 'prune';

/** What an apply would do to one object, with the field paths it would move. */
export interface PlannedObject {
  readonly object: string;
  readonly action: PlannedAction;
  readonly fields: readonly string[];
  /** The live object's annotations (existing objects), so a caller can tell why it would change. */
  readonly liveAnnotations?: Readonly<Record<string, string>>;
}

export interface PlanOptions {
  /** false: the dry run skips strict field validation (unknown fields dropped, not refused). */
  readonly validate: boolean;
  /** Objects this run has read already (the ownership claims), so they are not read again. */
  readonly known?: KnownObjects;
}

async function dryRunAll(
  cluster: ClusterHandle,
  existing: readonly ManifestObject[],
  validate: boolean,
): Promise<Map<string, k8s.KubernetesObject>> {
  const api = objectApi(cluster);
  const results = await Promise.allSettled(
    existing.map((object) =>
      api.serverSideApply(object, { fieldManager: FIELD_MANAGER, dryRun: true, validate }),
    ),
  );
  const applied = new Map<string, k8s.KubernetesObject>();
  for (const [index, result] of results.entries()) {
    const object = existing[index] as ManifestObject;
    if (result.status === 'rejected')
      throw new Error(
        `the server-side dry run of ${existing.length} objects failed: ${describeObject(object)}: ${apiMessage(result.reason)}`,
        { cause: result.reason },
      );
    applied.set(objectKey(object), result.value);
  }
  return applied;
}

/**
 * Asks the API server what a server-side apply of `objects` (kinds resolved, namespaces set) would
 * change, writing nothing: objects that do not exist would be created; each existing one is applied
 * with dryRun=All under the action's field manager (all at once) and compared with the live object,
 * so a field someone edited by hand shows up as a path the apply would move back. An object provably
 * untouched since the action applied this very content (unchangedSinceApplied) is not dry-run.
 */
export async function planApply(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  options: PlanOptions,
): Promise<PlannedObject[]> {
  const api = objectApi(cluster);
  const live = await Promise.all(
    objects.map((object) => {
      const key = objectKey(object);
      return options.known?.has(key) ? options.known.get(key) : readLive(api, object);
    }),
  );
  const untouched = objects.map((object, index) => unchangedSinceApplied(live[index], object, FIELD_MANAGER));
  // A known object listed with its metadata only is read whole when its fields are compared.
  await Promise.all(
    objects.map(async (object, index) => {
      if (!untouched[index] && isMetadataOnly(live[index])) live[index] = await readLive(api, object);
    }),
  );
  const existing = objects.filter((_, index) => live[index] !== undefined && !untouched[index]);
  const dryRun = await dryRunAll(cluster, existing, options.validate);
  return objects.map((object, index): PlannedObject => {
    const current = live[index];
    const name = describeObject(object);
    if (current === undefined) return { object: name, action: 'create', fields: [] };
    const fields = untouched[index]
      ? []
      : changedFieldPaths(current, dryRun.get(objectKey(object)) ?? current);
    const liveAnnotations = current.metadata?.annotations ?? {};
    return { object: name, action: fields.length > 0 ? 'change' : 'unchanged', fields, liveAnnotations };
  });
}
