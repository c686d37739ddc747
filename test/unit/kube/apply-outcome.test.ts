import type * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { applyOutcome } from '../../../src/kube/apply-outcome.js';

const MANAGER = 'istio-multicluster-action';

function deployment(resourceVersion: string, generation: number, applyTime?: string): k8s.KubernetesObject {
  const managedFields: k8s.V1ManagedFieldsEntry[] = [
    {
      manager: 'kube-controller-manager',
      operation: 'Update',
      subresource: 'status',
      time: new Date(resourceVersion.length * 1000),
    },
  ];
  if (applyTime)
    managedFields.push({
      manager: MANAGER,
      operation: 'Apply',
      time: new Date(applyTime),
      fieldsV1: { 'f:spec': {} },
    });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'istiod', resourceVersion, generation, managedFields },
  };
}

describe('applyOutcome()', () => {
  it('an object that was absent is created', () => {
    expect(applyOutcome(undefined, deployment('5', 1, '2026-12-03T10:00:00Z'), MANAGER)).toBe('created');
  });

  it('the same resourceVersion is unchanged', () => {
    const live = deployment('5', 1, '2026-12-03T10:00:00Z');
    expect(applyOutcome(live, live, MANAGER)).toBe('unchanged');
  });

  it("a status write by a controller between the read and the apply is not the action's change", () => {
    const before = deployment('5', 1, '2026-12-03T10:00:00Z');
    const after = deployment('9', 1, '2026-12-03T10:00:00Z');
    expect(applyOutcome(before, after, MANAGER)).toBe('unchanged');
  });

  it("the action's own managed-fields entry moving is a change", () => {
    const before = deployment('5', 1, '2026-12-03T10:00:00Z');
    const after = deployment('9', 1, '2026-12-03T10:05:00Z');
    expect(applyOutcome(before, after, MANAGER)).toBe('configured');
  });

  it('a new generation is a change, and so is an object the action did not manage before', () => {
    expect(
      applyOutcome(
        deployment('5', 1, '2026-12-03T10:00:00Z'),
        deployment('9', 2, '2026-12-03T10:00:00Z'),
        MANAGER,
      ),
    ).toBe('configured');
    expect(applyOutcome(deployment('5', 1), deployment('9', 1, '2026-12-03T10:00:00Z'), MANAGER)).toBe(
      'configured',
    );
  });
});
