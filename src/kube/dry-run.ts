import type { ClusterHandle } from './client.js';
import { apiMessage } from './client.js';
import { FIELD_MANAGER } from './apply.js';
import { kubectlGetObjects, kubectlServerSideApply, kubectlServerSideUnchanged } from './kubectl.js';
import { describeObject, objectKey, type ManifestObject } from '../util/manifest.js';
import { changedFieldPaths } from '../util/object-diff.js';

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
  readonly kubectlPath: string;
  /** false: the dry run skips strict field validation (see ServerSideApplyOptions.validate). */
  readonly validate: boolean;
  /**
   * Ask first, in one kubectl process, whether anything would change at all (kubectl diff), and
   * compare object by object only when something would: the common case of a scheduled resync.
   */
  readonly unchangedFirst?: boolean;
}

/**
 * Asks the API server what a server-side apply of `objects` (kinds resolved, namespaces set) would
 * change, writing nothing: objects that do not exist would be created; each existing one is applied
 * with --dry-run=server under the action's field manager and compared with the live object, so a
 * field someone edited by hand shows up as a path the apply would move back.
 */
export async function planApply(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  options: PlanOptions,
): Promise<PlannedObject[]> {
  const { kubectlPath, validate } = options;
  const target = { kubectlPath, kubeconfigPath: cluster.kubeconfigPath };
  if (options.unchangedFirst) {
    const unchanged = await kubectlServerSideUnchanged(objects, { ...target, fieldManager: FIELD_MANAGER });
    if (unchanged === true)
      return objects.map((object) => ({ object: describeObject(object), action: 'unchanged', fields: [] }));
  }
  const found = new Map(
    (await kubectlGetObjects(objects, target)).map((object) => [objectKey(object), object]),
  );
  const live = objects.map((object) => found.get(objectKey(object)));
  const existing = objects.filter((_, index) => live[index] !== undefined);
  let dryRun: Map<string, unknown>;
  try {
    const applied = await kubectlServerSideApply(existing, {
      kubectlPath,
      kubeconfigPath: cluster.kubeconfigPath,
      fieldManager: FIELD_MANAGER,
      dryRun: true,
      validate,
    });
    dryRun = new Map(applied.map((object) => [objectKey(object), object]));
  } catch (error: unknown) {
    throw new Error(`the server-side dry run of ${existing.length} objects failed: ${apiMessage(error)}`, {
      cause: error,
    });
  }
  return objects.map((object, index): PlannedObject => {
    const current = live[index];
    const name = describeObject(object);
    if (current === undefined) return { object: name, action: 'create', fields: [] };
    const fields = changedFieldPaths(current, dryRun.get(objectKey(object)) ?? current);
    const liveAnnotations = (current.metadata as { annotations?: Record<string, string> }).annotations ?? {};
    return { object: name, action: fields.length > 0 ? 'change' : 'unchanged', fields, liveAnnotations };
  });
}
