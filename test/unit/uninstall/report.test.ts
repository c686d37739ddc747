import { describe, expect, it } from 'vitest';
import {
  alreadyAbsent,
  describeRemote,
  type RemoteUninstallOutcome,
} from '../../../src/stages/uninstall/uninstall-report.js';

const removed: RemoteUninstallOutcome = {
  remote: 'remote-1',
  method: 'kubectl',
  deleted: ['ConfigMap istio-system/istio', 'ClusterRole istio-reader'],
  absent: [],
  kept: [],
  tokenSecret: { name: 'istio-multi-token-istio-multicluster', outcome: 'deleted' },
  injection: [{ namespace: 'default', outcome: 'unlabelled' }],
  namespace: { name: 'istio-system', outcome: 'deleted' },
  warnings: [],
};

const second: RemoteUninstallOutcome = {
  ...removed,
  deleted: [],
  tokenSecret: { ...removed.tokenSecret, outcome: 'absent' },
  injection: [{ namespace: 'default', outcome: 'absent' }],
  namespace: { name: 'istio-system', outcome: 'absent' },
};

describe('uninstall report', () => {
  it('alreadyAbsent() - false when anything was deleted or unlabelled', () => {
    expect(alreadyAbsent(removed)).toBe(false);
    expect(alreadyAbsent({ ...second, injection: [{ namespace: 'default', outcome: 'unlabelled' }] })).toBe(
      false,
    );
    expect(alreadyAbsent({ ...second, namespace: { name: 'istio-system', outcome: 'unannotated' } })).toBe(
      false,
    );
  });

  it('alreadyAbsent() - true for a repeated uninstall; kept labels, namespaces or unmanaged secrets change nothing', () => {
    expect(alreadyAbsent(second)).toBe(true);
    expect(
      alreadyAbsent({
        ...second,
        tokenSecret: { ...second.tokenSecret, outcome: 'kept-unmanaged' },
        injection: [{ namespace: 'default', outcome: 'kept' }],
        namespace: { name: 'istio-system', outcome: 'kept' },
      }),
    ).toBe(true);
  });

  it('describeRemote() - names every part for the job summary', () => {
    expect(describeRemote(removed)).toBe(
      'remote-1: 2 object(s) deleted, 0 already gone; token Secret istio-multi-token-istio-multicluster deleted; injection label default:unlabelled; namespace istio-system deleted',
    );
  });

  it('describeRemote() - says "already absent" on a repeated uninstall', () => {
    expect(describeRemote(second)).toMatch(/^remote-1: already absent: 0 object\(s\) deleted/);
  });

  it('describeRemote() - helm releases and kept CRDs', () => {
    const line = describeRemote({
      ...removed,
      method: 'helm',
      deleted: ['helm release istiod'],
      absent: ['helm release istio-base'],
      kept: ['CustomResourceDefinition gateways.networking.istio.io'],
    });
    expect(line).toContain(
      'helm release(s) uninstalled: 1, already absent: 1, 1 kept (CRDs in use, or adopted)',
    );
  });
});
