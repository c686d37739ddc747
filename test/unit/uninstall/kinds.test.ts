import { describe, expect, it } from 'vitest';
import {
  FIXED_KINDS,
  partitionKept,
  releaseSelector,
  uninstallKinds,
} from '../../../src/stages/deploy/uninstall-kinds.js';
import type { ManifestObject } from '../../../src/util/manifest.js';

function object(apiVersion: string, kind: string, name: string): ManifestObject {
  return { apiVersion, kind, metadata: { name } };
}

describe('uninstall kinds', () => {
  it('FIXED_KINDS - lists every kind install may create, each once', () => {
    const kinds = FIXED_KINDS.map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'ServiceAccount',
        'ConfigMap',
        'Service',
        'Endpoints',
        'EndpointSlice',
        'Deployment',
        'Secret',
        'ClusterRole',
        'ClusterRoleBinding',
        'Role',
        'RoleBinding',
        'MutatingWebhookConfiguration',
        'ValidatingWebhookConfiguration',
        'Job',
      ]),
    );
    expect(kinds).toHaveLength(14);
  });

  it('uninstallKinds() - without a rendered chart is the fixed list', () => {
    expect(uninstallKinds([])).toEqual(FIXED_KINDS);
  });

  it('uninstallKinds() - adds kinds the chart renders beyond the fixed list, after it, once each', () => {
    const kinds = uninstallKinds([
      object('authentication.istio.io/v1alpha1', 'MeshPolicy', 'default'),
      object('networking.istio.io/v1alpha3', 'DestinationRule', 'a'),
      object('networking.istio.io/v1alpha3', 'DestinationRule', 'b'),
      object('policy/v1', 'PodDisruptionBudget', 'istiod'),
    ]);
    expect(kinds.slice(0, FIXED_KINDS.length)).toEqual(FIXED_KINDS);
    expect(kinds.slice(FIXED_KINDS.length)).toEqual([
      { apiVersion: 'authentication.istio.io/v1alpha1', kind: 'MeshPolicy' },
      { apiVersion: 'networking.istio.io/v1alpha3', kind: 'DestinationRule' },
      { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget' },
    ]);
  });

  it('uninstallKinds() - a kind of the fixed list keeps its served version (1.0 charts render extensions/v1beta1)', () => {
    const kinds = uninstallKinds([object('extensions/v1beta1', 'Deployment', 'istio-citadel')]);
    expect(kinds.filter((k) => k.kind === 'Deployment')).toEqual([
      { apiVersion: 'apps/v1', kind: 'Deployment' },
    ]);
  });

  it('uninstallKinds() - never searches namespaces by label; CRDs are searched (to report them)', () => {
    const kinds = uninstallKinds([
      object('v1', 'Namespace', 'istio-system'),
      object('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'virtualservices.networking.istio.io'),
    ]);
    expect(kinds.map((k) => k.kind)).not.toContain('Namespace');
    expect(kinds.map((k) => k.kind)).toContain('CustomResourceDefinition');
  });

  it('releaseSelector() - selects the label markObjects sets', () => {
    expect(releaseSelector('istio-remote')).toBe('istio-multicluster-action/release=istio-remote');
  });

  it('partitionKept() - keeps CRDs, removes everything else in order', () => {
    const crd = object('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'gateways.networking.istio.io');
    const sa = object('v1', 'ServiceAccount', 'istio-multi');
    const role = object('rbac.authorization.k8s.io/v1', 'ClusterRole', 'istio-reader');
    expect(partitionKept([sa, crd, role])).toEqual({ remove: [sa, role], keep: [crd] });
  });
});
