import { ensureIstioBinary } from '../testbed/istio-module.js';

/** The istioctl built from the pinned istio.io/istio module (test/testbed/build-istio.sh). */
export function ensureIstioctl(): string {
  return ensureIstioBinary('istioctl');
}
