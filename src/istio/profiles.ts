import { join } from 'node:path';
import { installIstioRelease } from '../tools/istio-release.js';

/** The Istio 1.0 profile: the seed's chart layout and names. */
export const ISTIO_1_0 = {
  remoteChartInRelease: join('install', 'kubernetes', 'helm', 'istio-remote'),
  readerServiceAccount: 'istio-multi',
  remoteRelease: 'istio-remote',
} as const;

/** Downloads (checksum-verified, cached) the Istio release and returns its istio-remote chart. */
export async function remoteChartPath(istioVersion: string, mirror: string | undefined): Promise<string> {
  const releaseDir = await installIstioRelease(istioVersion, mirror);
  return join(releaseDir, ISTIO_1_0.remoteChartInRelease);
}
