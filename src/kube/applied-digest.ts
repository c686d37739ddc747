import type { KubernetesObject } from '@kubernetes/client-node';
import type { ManifestObject } from '../util/manifest.js';
import { stableHash } from '../util/hash.js';

/** Digest of the object as the action last applied it (every other field and mark included). */
export const APPLIED_DIGEST_ANNOTATION = 'istio-multicluster-action/applied-digest';

/** The object with its applied-digest annotation: a hash of everything else in it. */
export function withAppliedDigest(object: ManifestObject): ManifestObject {
  const annotations = { ...object.metadata.annotations };
  delete annotations[APPLIED_DIGEST_ANNOTATION];
  const digest = stableHash({ ...object, metadata: { ...object.metadata, annotations } });
  return {
    ...object,
    metadata: { ...object.metadata, annotations: { ...annotations, [APPLIED_DIGEST_ANNOTATION]: digest } },
  };
}

interface ManagedFieldsEntry {
  readonly manager?: string;
  readonly operation?: string;
  readonly subresource?: string;
}

/**
 * Whether applying `object` again would change nothing, provable without asking the API server: the
 * live object carries the digest `object` carries (the action applied exactly this content), and
 * since then nobody else wrote it: every managed-fields entry of the object itself (status
 * subresources aside) is the action's own server-side apply. Any other writer (kubectl edit, patch,
 * a controller) leaves an entry of its own, and the object goes through the dry run or the apply.
 */
export function unchangedSinceApplied(
  live: KubernetesObject | undefined,
  object: ManifestObject,
  fieldManager: string,
): boolean {
  const digest = object.metadata.annotations?.[APPLIED_DIGEST_ANNOTATION];
  if (live === undefined || digest === undefined || live.metadata?.deletionTimestamp) return false;
  if (live.metadata?.annotations?.[APPLIED_DIGEST_ANNOTATION] !== digest) return false;
  const entries = (live.metadata?.managedFields ?? []) as readonly ManagedFieldsEntry[];
  const writers = entries.filter((entry) => !entry.subresource);
  return (
    writers.length > 0 &&
    writers.every((entry) => entry.manager === fieldManager && entry.operation === 'Apply')
  );
}
