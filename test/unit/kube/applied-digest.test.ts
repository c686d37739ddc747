import type * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import {
  APPLIED_DIGEST_ANNOTATION,
  unchangedSinceApplied,
  withAppliedDigest,
} from '../../../src/kube/applied-digest.js';
import type { ManifestObject } from '../../../src/util/manifest.js';

const MANAGER = 'istio-multicluster-action';

/** A rendered ConfigMap (ManifestObject types only what every kind has). */
const configMap = (object: ManifestObject & { data: Record<string, string> }): ManifestObject => object;

const rendered = configMap({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'istio', namespace: 'istio-system', annotations: { owner: 'me' } },
  data: { mesh: 'defaultConfig: {}' },
});

type Entry = k8s.V1ManagedFieldsEntry;
const ownApply: Entry = { manager: MANAGER, operation: 'Apply', fieldsV1: { 'f:data': {} } };

/** The live object after the action applied `object`, with these managed-fields entries. */
function live(object: ManifestObject, entries: Entry[] = [ownApply]): k8s.KubernetesObject {
  return { ...object, metadata: { ...object.metadata, resourceVersion: '7', managedFields: entries } };
}

describe('withAppliedDigest()', () => {
  it('adds a digest of the whole object, stable across key order and across a second call', () => {
    const digested = withAppliedDigest(rendered);
    const digest = digested.metadata.annotations?.[APPLIED_DIGEST_ANNOTATION];
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect(digested.metadata.annotations?.owner).toBe('me');
    expect(withAppliedDigest(digested)).toEqual(digested);
    const reordered = configMap({
      data: { mesh: 'defaultConfig: {}' },
      metadata: { annotations: { owner: 'me' }, namespace: 'istio-system', name: 'istio' },
      kind: 'ConfigMap',
      apiVersion: 'v1',
    });
    expect(withAppliedDigest(reordered).metadata.annotations?.[APPLIED_DIGEST_ANNOTATION]).toBe(digest);
  });

  it('moves with any field, a label or an annotation', () => {
    const digest = (object: ManifestObject) =>
      withAppliedDigest(object).metadata.annotations?.[APPLIED_DIGEST_ANNOTATION];
    const base = digest(rendered);
    expect(digest(configMap({ ...rendered, data: { mesh: 'defaultConfig: {a: 1}' } }))).not.toBe(base);
    expect(digest({ ...rendered, metadata: { ...rendered.metadata, labels: { a: 'b' } } })).not.toBe(base);
    expect(
      digest({ ...rendered, metadata: { ...rendered.metadata, annotations: { owner: 'you' } } }),
    ).not.toBe(base);
  });
});

describe('unchangedSinceApplied()', () => {
  const object = withAppliedDigest(rendered);

  it('is true when the live object has this digest and only the action applied it', () => {
    expect(unchangedSinceApplied(live(object), object, MANAGER)).toBe(true);
  });

  it('ignores writers of status subresources', () => {
    const status: Entry = { manager: 'kube-apiserver', operation: 'Update', subresource: 'status' };
    expect(unchangedSinceApplied(live(object, [ownApply, status]), object, MANAGER)).toBe(true);
  });

  it('is false once anyone else wrote the object (kubectl edit, a controller)', () => {
    const edit: Entry = { manager: 'kubectl-edit', operation: 'Update' };
    expect(unchangedSinceApplied(live(object, [ownApply, edit]), object, MANAGER)).toBe(false);
    const otherApply: Entry = { manager: 'kubectl', operation: 'Apply' };
    expect(unchangedSinceApplied(live(object, [ownApply, otherApply]), object, MANAGER)).toBe(false);
  });

  it('is false for an update (not an apply) under the action’s name, or no entries at all', () => {
    const update: Entry = { manager: MANAGER, operation: 'Update' };
    expect(unchangedSinceApplied(live(object, [update]), object, MANAGER)).toBe(false);
    expect(unchangedSinceApplied(live(object, []), object, MANAGER)).toBe(false);
  });

  it('is false when the content to apply differs from what was applied', () => {
    const changed = withAppliedDigest(configMap({ ...rendered, data: { mesh: 'trustDomain: x' } }));
    expect(unchangedSinceApplied(live(object), changed, MANAGER)).toBe(false);
  });

  it('is false for an absent or terminating object, a live object without digest, or an object to apply without one', () => {
    expect(unchangedSinceApplied(undefined, object, MANAGER)).toBe(false);
    const terminating = live(object);
    terminating.metadata = { ...terminating.metadata, deletionTimestamp: new Date() };
    expect(unchangedSinceApplied(terminating, object, MANAGER)).toBe(false);
    expect(unchangedSinceApplied(live(rendered), object, MANAGER)).toBe(false);
    expect(unchangedSinceApplied(live(object), rendered, MANAGER)).toBe(false);
  });
});
