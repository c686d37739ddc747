import { describe, expect, it } from 'vitest';
import { meaninglessInputProblems } from '../../../src/istio/profile-inputs.js';

describe('inputs that mean nothing in the chosen profile', () => {
  it('mtls and control-plane-security are refused with istio-current, naming what current Istio does', () => {
    const problems = meaninglessInputProblems('istio-current', () => true);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^mtls only means something with profile istio-1\.0 .*PeerAuthentication of mode STRICT\. Fix: remove mtls, or set profile: istio-1\.0$/,
    );
    expect(problems[1]).toMatch(
      /^control-plane-security only means something with profile istio-1\.0 .*15012/,
    );
  });

  it('left false, or with istio-1.0, nothing is refused', () => {
    expect(meaninglessInputProblems('istio-current', () => false)).toEqual([]);
    expect(meaninglessInputProblems('istio-1.0', () => true)).toEqual([]);
  });
});
