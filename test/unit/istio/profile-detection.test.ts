import { describe, expect, it } from 'vitest';
import { detectedProfile } from '../../../src/istio/profile-detection.js';

describe('detectedProfile(): profile left empty, read from what runs on the primary', () => {
  it('istiod (app=istiod) means istio-current, even though istiod also carries istio=pilot', () => {
    expect(detectedProfile({ istiod: true, pilot: true }, 'istio-system')).toEqual({
      name: 'istio-current',
      reason: 'istiod (a Deployment labelled app=istiod) runs in istio-system',
    });
  });

  it("Istio 1.0's pilot without istiod means istio-1.0", () => {
    expect(detectedProfile({ istiod: false, pilot: true }, 'mesh').name).toBe('istio-1.0');
  });

  it('a primary with no control plane yet gets the default, istio-current, and the report says why', () => {
    expect(detectedProfile({ istiod: false, pilot: false }, 'istio-system')).toEqual({
      name: 'istio-current',
      reason: 'no control plane runs in istio-system yet, so the default',
    });
  });
});
