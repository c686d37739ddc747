import { describe, expect, it } from 'vitest';
import { kubernetesSupport, SUPPORTED_KUBERNETES } from '../../../src/istio/support-matrix.js';
import { supportProblems, type ClusterFacts } from '../../../src/stages/preflight/preflight-checks.js';

const facts = (name: string, role: ClusterFacts['role'], version: string): ClusterFacts => ({
  name,
  role,
  server: 'https://10.0.0.1:6443',
  version,
  identity: name,
  podCidrs: [],
  serviceCidrs: [],
  undetermined: [],
  missingPermissions: [],
});

describe('Istio / Kubernetes support table', () => {
  it('kubernetesSupport() - inside each release range is supported, at both ends', () => {
    for (const [istio, range] of Object.entries(SUPPORTED_KUBERNETES)) {
      expect(kubernetesSupport(`${istio}.2`, `v${range.min}.0`).kind).toBe('supported');
      expect(kubernetesSupport(`${istio}.2`, `v${range.max}.9`).kind).toBe('supported');
    }
  });

  it('kubernetesSupport() - outside the range is unsupported, with a fix in the right direction', () => {
    const newer = kubernetesSupport('1.29.3', 'v1.36.3');
    expect(newer).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringMatching(/1\.31 to 1\.35.*runs 1\.36/),
    });
    expect(newer.kind === 'unsupported' && newer.fix).toMatch(/upgrade istiod/);
    const older = kubernetesSupport('1.30.1', '1.31.4');
    expect(older.kind === 'unsupported' && older.fix).toMatch(/upgrade the cluster to Kubernetes 1\.32/);
  });

  it('kubernetesSupport() - an end-of-life Istio is unsupported; newer than the table or a dev build is unknown', () => {
    expect(kubernetesSupport('1.28.4', '1.33.0')).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringMatching(/end of life/),
    });
    expect(kubernetesSupport('1.31.0', '1.36.0').kind).toBe('unknown');
    expect(kubernetesSupport('1.0.0', '1.36.0')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringMatching(/development build/),
    });
    expect(kubernetesSupport('latest', '1.36.0').kind).toBe('unknown');
  });

  it('supportProblems() - names each cluster Istio does not support; no istiod means no gate', () => {
    const clusters = [facts('primary', 'primary', 'v1.34.2'), facts('east', 'remote', 'v1.36.1')];
    const { problems, notes } = supportProblems('1.30.3', [...clusters, facts('west', 'remote', 'v1.31.0')]);
    expect(problems.map((p) => p.cluster)).toEqual(['west']);
    expect(problems[0]?.text).toMatch(
      /^cluster "west": Istio 1\.30 supports Kubernetes 1\.32 to 1\.36.*Fix: /,
    );
    expect(notes).toEqual([]);
    expect(supportProblems(undefined, clusters)).toEqual({ problems: [], notes: [] });
    expect(supportProblems('1.0.0', clusters).notes).toHaveLength(1);
  });
});
