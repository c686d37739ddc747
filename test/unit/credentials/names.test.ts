import { describe, expect, it } from 'vitest';
import {
  assignRemoteNames,
  isDns1123Label,
  isDns1123Subdomain,
  sanitizeDns1123Label,
} from '../../../src/util/names.js';

describe('sanitizeDns1123Label', () => {
  it('sanitizeDns1123Label() - turns underscores of GKE cluster names into dashes', () => {
    expect(sanitizeDns1123Label('gke_my-project_europe-west1-b_east')).toBe(
      'gke-my-project-europe-west1-b-east',
    );
  });

  it('sanitizeDns1123Label() - lowercases and replaces dots, spaces and other characters', () => {
    expect(sanitizeDns1123Label('Prod.EU West@1')).toBe('prod-eu-west-1');
    expect(sanitizeDns1123Label('arn:aws:eks:eu-west-1:123:cluster/Blue')).toBe(
      'arn-aws-eks-eu-west-1-123-cluster-blue',
    );
  });

  it('sanitizeDns1123Label() - collapses repeats and trims non-alphanumerics at both ends', () => {
    expect(sanitizeDns1123Label('__kind--east__')).toBe('kind-east');
    expect(sanitizeDns1123Label('-.a..b-.')).toBe('a-b');
  });

  it('sanitizeDns1123Label() - leaves a valid label unchanged', () => {
    expect(sanitizeDns1123Label('kind-east-1')).toBe('kind-east-1');
  });

  it('sanitizeDns1123Label() - keeps names of up to 63 characters whole', () => {
    const name = 'a'.repeat(63);
    expect(sanitizeDns1123Label(name)).toBe(name);
  });

  it('sanitizeDns1123Label() - cuts longer names to 63 characters with a hash suffix that keeps them apart', () => {
    const first = sanitizeDns1123Label(`${'x'.repeat(70)}-east`);
    const second = sanitizeDns1123Label(`${'x'.repeat(70)}-west`);
    expect(first).toHaveLength(63);
    expect(second.length).toBeLessThanOrEqual(63);
    expect(first).not.toBe(second);
    expect(isDns1123Label(first)).toBe(true);
    expect(first).toMatch(/^x+-[0-9a-f]{8}$/);
  });

  it('sanitizeDns1123Label() - does not end the cut prefix with a dash', () => {
    const name = sanitizeDns1123Label(`${'a'.repeat(53)}_${'b'.repeat(20)}`);
    expect(isDns1123Label(name)).toBe(true);
    expect(name).not.toContain('--');
  });

  it('sanitizeDns1123Label() - gives the same result for names equal after sanitising, even long ones', () => {
    expect(sanitizeDns1123Label(`gke_${'p'.repeat(80)}`)).toBe(sanitizeDns1123Label(`GKE-${'p'.repeat(80)}`));
  });

  it('sanitizeDns1123Label() - throws when no letter or digit is left', () => {
    expect(() => sanitizeDns1123Label('___')).toThrow(/no letters or digits/);
    expect(() => sanitizeDns1123Label('')).toThrow(/no letters or digits/);
  });
});

describe('isDns1123Label and isDns1123Subdomain', () => {
  it('isDns1123Label() - accepts lower-case alphanumerics and inner dashes up to 63 characters', () => {
    expect(isDns1123Label('east-1')).toBe(true);
    expect(isDns1123Label('a'.repeat(63))).toBe(true);
    expect(isDns1123Label('a'.repeat(64))).toBe(false);
    for (const bad of ['East', 'a_b', 'a.b', '-a', 'a-', '']) expect(isDns1123Label(bad)).toBe(false);
  });

  it('isDns1123Subdomain() - accepts dotted labels up to 253 characters', () => {
    expect(isDns1123Subdomain('istio-remote-secret-east.example')).toBe(true);
    expect(isDns1123Subdomain('a.'.repeat(126) + 'a')).toBe(true);
    expect(isDns1123Subdomain('a.'.repeat(127) + 'a')).toBe(false);
    for (const bad of ['a..b', '.a', 'a.', 'A.b', 'a_b']) expect(isDns1123Subdomain(bad)).toBe(false);
  });
});

describe('assignRemoteNames', () => {
  it('assignRemoteNames() - returns the sanitised names in order', () => {
    const result = assignRemoteNames([
      { source: 'remote-kubeconfigs[0]', name: 'gke_p_z_east' },
      { source: 'remote-kubeconfigs[1]', name: 'kind-west' },
    ]);
    expect(result).toEqual({ ok: true, names: ['gke-p-z-east', 'kind-west'] });
  });

  it('assignRemoteNames() - refuses names that clash after sanitising, naming both inputs and remote-names', () => {
    const result = assignRemoteNames([
      { source: 'remote-kubeconfigs[0] (cluster "gke_p_z_a")', name: 'gke_p_z_a' },
      { source: 'remote-kubeconfigs[1] (cluster "gke-p-z-a")', name: 'gke-p-z-a' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toHaveLength(1);
    const [problem] = result.error.problems;
    expect(problem).toContain('remote-kubeconfigs[0] (cluster "gke_p_z_a")');
    expect(problem).toContain('remote-kubeconfigs[1] (cluster "gke-p-z-a")');
    expect(problem).toContain('"gke-p-z-a"');
    expect(problem).toContain('remote-names');
  });

  it('assignRemoteNames() - lists every clash and every unusable name at once', () => {
    const result = assignRemoteNames([
      { source: 'a1', name: 'A' },
      { source: 'a2', name: 'a' },
      { source: 'b1', name: 'b.x' },
      { source: 'b2', name: 'b_x' },
      { source: 'b3', name: 'B-X' },
      { source: 'c', name: '%%' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toHaveLength(3);
    expect(result.error.problems.join('\n')).toMatch(/a1 and a2 both become/);
    expect(result.error.problems.join('\n')).toMatch(/b1, b2, b3 all become/);
    expect(result.error.problems.join('\n')).toMatch(/^c: .*no letters or digits/m);
    expect(result.error.message).toContain('[credentials] 3 problem(s)');
  });
});
