import { describe, expect, it } from 'vitest';
import {
  ADOPTED_BY_ANNOTATION,
  CREATED_BY_ANNOTATION,
  INSTALL_NAMESPACE_LABEL,
  RELEASE_LABEL,
  describeManagers,
  installSelector,
  installsSelector,
  ownershipMarks,
  ownershipOf,
} from '../../../src/kube/ownership.js';

const MANAGER = 'istio-multicluster-action';
const identity = { release: 'istiod', namespace: 'istio-system' };

function live(
  labels: Record<string, string>,
  annotations: Record<string, string>,
  managers: { manager: string; operation: string }[] = [{ manager: MANAGER, operation: 'Apply' }],
) {
  return { metadata: { name: 'x', labels, annotations, managedFields: managers } };
}

const ownLabels = { [RELEASE_LABEL]: 'istiod', [INSTALL_NAMESPACE_LABEL]: 'istio-system' };

describe('ownershipOf', () => {
  it('absent when there is no live object', () => {
    expect(ownershipOf(undefined, identity, MANAGER)).toBe('absent');
  });

  it('created: labels, the created-by mark and the field manager agree', () => {
    const object = live(ownLabels, { [CREATED_BY_ANNOTATION]: 'istio-system/istiod' });
    expect(ownershipOf(object, identity, MANAGER)).toBe('created');
  });

  it('adopted: the adopted-by mark', () => {
    const object = live(ownLabels, { [ADOPTED_BY_ANNOTATION]: 'istio-system/istiod' });
    expect(ownershipOf(object, identity, MANAGER)).toBe('adopted');
  });

  it('foreign: a user object with the same name (helm-installed, no marks)', () => {
    const object = live(
      { 'app.kubernetes.io/managed-by': 'Helm' },
      { 'meta.helm.sh/release-name': 'istiod' },
      [{ manager: 'helm', operation: 'Update' }],
    );
    expect(ownershipOf(object, identity, MANAGER)).toBe('foreign');
  });

  it('foreign: the action marks copied by someone else, never applied by the action', () => {
    const object = live(ownLabels, { [CREATED_BY_ANNOTATION]: 'istio-system/istiod' }, [
      { manager: 'kubectl-client-side-apply', operation: 'Update' },
    ]);
    expect(ownershipOf(object, identity, MANAGER)).toBe('foreign');
  });

  it('foreign: applied by the action without an ownership mark (labels alone prove nothing)', () => {
    expect(ownershipOf(live(ownLabels, {}), identity, MANAGER)).toBe('foreign');
  });

  it('other-install: created by the action for another Istio namespace', () => {
    const object = live(
      { [RELEASE_LABEL]: 'istiod', [INSTALL_NAMESPACE_LABEL]: 'istio-other' },
      { [CREATED_BY_ANNOTATION]: 'istio-other/istiod' },
    );
    expect(ownershipOf(object, identity, MANAGER)).toBe('other-install');
  });

  it('other-install: labels of this install but the mark of another', () => {
    const object = live(ownLabels, { [CREATED_BY_ANNOTATION]: 'istio-other/istiod' });
    expect(ownershipOf(object, identity, MANAGER)).toBe('other-install');
  });
});

describe('ownershipMarks', () => {
  it('created objects get created-by, adopted ones adopted-by, both the install labels', () => {
    expect(ownershipMarks('absent', identity)).toEqual({
      labels: ownLabels,
      annotations: { [CREATED_BY_ANNOTATION]: 'istio-system/istiod' },
    });
    expect(ownershipMarks('adopt', identity).annotations).toEqual({
      [ADOPTED_BY_ANNOTATION]: 'istio-system/istiod',
    });
    expect(ownershipMarks('adopted', identity)).toEqual(ownershipMarks('adopt', identity));
  });

  it('what is marked is what ownershipOf recognises', () => {
    for (const claim of ['absent', 'adopt'] as const) {
      const marks = ownershipMarks(claim, identity);
      const object = live(marks.labels, marks.annotations);
      expect(ownershipOf(object, identity, MANAGER)).toBe(claim === 'absent' ? 'created' : 'adopted');
    }
  });
});

describe('installSelector and describeManagers', () => {
  it('selects by release and Istio namespace, so cluster-scoped objects of two installs never mix', () => {
    expect(installSelector(identity)).toBe(
      'istio-multicluster-action/release=istiod,istio-multicluster-action/namespace=istio-system',
    );
  });

  it('selects the releases of one Istio namespace with one set-based selector, each release once', () => {
    expect(installsSelector(['istiod', 'istio-base', 'istiod'], 'istio-system')).toBe(
      'istio-multicluster-action/release in (istio-base,istiod),istio-multicluster-action/namespace=istio-system',
    );
  });

  it('names the helm release and the field managers of a foreign object', () => {
    const object = {
      metadata: {
        annotations: {
          'meta.helm.sh/release-name': 'istio-base',
          'meta.helm.sh/release-namespace': 'istio-system',
        },
        managedFields: [{ manager: 'helm' }, { manager: 'pilot-discovery' }],
      },
    };
    expect(describeManagers(object)).toBe(
      'helm release istio-system/istio-base; field managers helm, pilot-discovery',
    );
    expect(describeManagers({ metadata: {} })).toBe('no recorded manager');
  });
});
