/**
 * profile left empty: which profile a primary's control plane calls for. Current istiod Deployments
 * carry app=istiod; Istio 1.0's pilot carries istio=pilot (so does istiod, hence the order). A primary
 * with neither has no control plane yet: a fresh install gets the default, istio-current. Pure.
 */
import type { ProfileName } from './profiles.js';

export const ISTIOD_SELECTOR = 'app=istiod';
export const PILOT_SELECTOR = 'istio=pilot';

export interface ControlPlaneSeen {
  /** A Deployment labelled app=istiod runs in the Istio namespace. */
  readonly istiod: boolean;
  /** A Deployment labelled istio=pilot runs there. */
  readonly pilot: boolean;
}

export interface DetectedProfile {
  readonly name: ProfileName;
  /** What was found, for the report. */
  readonly reason: string;
}

export function detectedProfile(seen: ControlPlaneSeen, namespace: string): DetectedProfile {
  if (seen.istiod)
    return {
      name: 'istio-current',
      reason: `istiod (a Deployment labelled ${ISTIOD_SELECTOR}) runs in ${namespace}`,
    };
  if (seen.pilot)
    return {
      name: 'istio-1.0',
      reason: `Istio 1.0's pilot (a Deployment labelled ${PILOT_SELECTOR}, no istiod) runs in ${namespace}`,
    };
  return { name: 'istio-current', reason: `no control plane runs in ${namespace} yet, so the default` };
}
