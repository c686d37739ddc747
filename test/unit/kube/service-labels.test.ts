import type * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { SERVICE_LABEL_FIELD_MANAGER, ownsLabel } from '../../../src/kube/service-labels.js';

const LABEL = 'istio.io/global';

function service(...entries: k8s.V1ManagedFieldsEntry[]): k8s.V1Service {
  return { metadata: { name: 'cart', namespace: 'shop', managedFields: entries } };
}

function labelsOwned(manager: string, keys: string[], operation = 'Apply'): k8s.V1ManagedFieldsEntry {
  return {
    manager,
    operation,
    fieldsType: 'FieldsV1',
    fieldsV1: { 'f:metadata': { 'f:labels': Object.fromEntries(keys.map((k) => [`f:${k}`, {}])) } },
  };
}

describe('ownsLabel() - the record of what the action labelled is its field manager in managed fields', () => {
  it('is true when the action applied the label', () => {
    expect(ownsLabel(service(labelsOwned(SERVICE_LABEL_FIELD_MANAGER, [LABEL])), LABEL)).toBe(true);
  });

  it('is true when the action owns the label together with another manager', () => {
    const shared = service(
      labelsOwned('team-gitops', [LABEL, 'app']),
      labelsOwned(SERVICE_LABEL_FIELD_MANAGER, [LABEL]),
    );
    expect(ownsLabel(shared, LABEL)).toBe(true);
  });

  it('is false when only another manager set the label', () => {
    expect(ownsLabel(service(labelsOwned('team-gitops', [LABEL])), LABEL)).toBe(false);
  });

  it('is false when the action applied other labels only, or nothing is left of its apply', () => {
    expect(ownsLabel(service(labelsOwned(SERVICE_LABEL_FIELD_MANAGER, ['app'])), LABEL)).toBe(false);
    expect(ownsLabel(service({ manager: SERVICE_LABEL_FIELD_MANAGER, operation: 'Apply' }), LABEL)).toBe(
      false,
    );
    expect(ownsLabel(service(), LABEL)).toBe(false);
    expect(ownsLabel(undefined, LABEL)).toBe(false);
  });

  it("is false for an Update under the action's manager name (server-side apply is the only way the action sets it)", () => {
    expect(ownsLabel(service(labelsOwned(SERVICE_LABEL_FIELD_MANAGER, [LABEL], 'Update')), LABEL)).toBe(
      false,
    );
  });
});
