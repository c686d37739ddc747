import { describe, expect, it } from 'vitest';
import type { V1ManagedFieldsEntry } from '@kubernetes/client-node';
import { appliedFields } from '../../../src/kube/namespaces.js';

function namespace(...managedFields: V1ManagedFieldsEntry[]): {
  metadata: { managedFields: V1ManagedFieldsEntry[] };
} {
  return { metadata: { managedFields } };
}

const LABELS = ['f:metadata', 'f:labels'];

describe('appliedFields()', () => {
  it('appliedFields() - lists the fields a manager applied under a path', () => {
    const ns = namespace({
      manager: 'istio-multicluster-action-injection',
      operation: 'Apply',
      fieldsV1: { 'f:metadata': { 'f:labels': { '.': {}, 'f:istio-injection': {} } } },
    });
    expect(appliedFields(ns, 'istio-multicluster-action-injection', LABELS)).toEqual(['f:istio-injection']);
  });

  it('appliedFields() - an entry left empty by an empty apply owns nothing', () => {
    const ns = namespace({
      manager: 'istio-multicluster-action-injection',
      operation: 'Apply',
      fieldsV1: { 'f:metadata': { 'f:labels': {} } },
    });
    expect(appliedFields(ns, 'istio-multicluster-action-injection', LABELS)).toEqual([]);
  });

  it('appliedFields() - ignores other managers and Update operations (kubectl label, create)', () => {
    const owned = { 'f:metadata': { 'f:labels': { 'f:istio-injection': {} } } };
    const ns = namespace(
      { manager: 'kubectl-label', operation: 'Update', fieldsV1: owned },
      { manager: 'istio-multicluster-action-injection', operation: 'Update', fieldsV1: owned },
    );
    expect(appliedFields(ns, 'istio-multicluster-action-injection', LABELS)).toEqual([]);
  });

  it('appliedFields() - tolerates objects without managedFields or with other shapes', () => {
    expect(appliedFields(undefined, 'm', LABELS)).toEqual([]);
    expect(appliedFields({ metadata: {} }, 'm', LABELS)).toEqual([]);
    expect(
      appliedFields(namespace({ manager: 'm', operation: 'Apply', fieldsV1: { 'f:spec': {} } }), 'm', LABELS),
    ).toEqual([]);
  });
});
