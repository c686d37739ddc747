import { describe, expect, it } from 'vitest';
import {
  retirementNote,
  retirementWarning,
} from '../../../src/stages/remote-kubeconfig/retire-token-secret.js';

const SECRET = {
  kind: 'long-lived' as const,
  namespace: 'istio-system',
  name: 'istio-reader-service-account-token-istio-multicluster',
};

describe('token-request retires the long-lived token Secret of an earlier token-secret run', () => {
  it('retirementNote() - reports a removal, a planned removal, and nothing else', () => {
    expect(retirementNote({ ...SECRET, outcome: 'deleted' })).toBe(
      'long-lived token Secret istio-system/istio-reader-service-account-token-istio-multicluster removed',
    );
    expect(retirementNote({ ...SECRET, outcome: 'would-delete' })).toBe(
      'would remove long-lived token Secret istio-system/istio-reader-service-account-token-istio-multicluster',
    );
    expect(retirementNote({ ...SECRET, outcome: 'kept-unmanaged' })).toBeUndefined();
    expect(retirementNote(undefined)).toBeUndefined();
  });

  it('retirementNote() - token-secret retires the binding Secret of an earlier token-request run', () => {
    const binding = { kind: 'binding' as const, namespace: 'istio-system', name: 'r-token-binding' };
    expect(retirementNote({ ...binding, outcome: 'deleted' })).toBe(
      'token binding Secret istio-system/r-token-binding (the earlier TokenRequest tokens stop working) removed',
    );
  });

  it('retirementWarning() - a Secret of that name the action did not create is named, with the command that deletes it', () => {
    expect(retirementWarning('remote-1', { ...SECRET, outcome: 'kept-unmanaged' })).toEqual([
      'remote-1: Secret istio-system/istio-reader-service-account-token-istio-multicluster was not created by this action and was left in place; if it is a service-account token Secret, its token never expires: delete it when nothing uses it (kubectl -n istio-system delete secret istio-reader-service-account-token-istio-multicluster).',
    ]);
    expect(retirementWarning('remote-1', { ...SECRET, outcome: 'deleted' })).toEqual([]);
    expect(retirementWarning('remote-1', undefined)).toEqual([]);
  });
});
