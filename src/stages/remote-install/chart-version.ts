import type { ClusterHandle } from '../../kube/client.js';
import { apiMessage } from '../../kube/client.js';
import { minorDistance } from '../../istio/charts.js';
import { helmChartVersion, type HelmChartRef } from '../../tools/helm-cli.js';
import { istiodVersion } from '../deploy/istiod-version.js';

export interface ChartVersionCheck {
  readonly chartVersion: string | undefined;
  readonly controlPlaneVersion: string | undefined;
  readonly warning: string | undefined;
}

/** The warning when the versions could not be compared (the check never fails a run). */
export function comparisonFailure(error: unknown): string {
  return `could not compare the istiod chart version with the primary's istiod: ${apiMessage(error)}`;
}

/**
 * Istio supports a remote at most one minor away from its control plane: warn (never fail) when the
 * remote's istiod chart and the primary's istiod differ by more. Versions that cannot be read are
 * reported, not guessed.
 */
export async function checkChartVersion(
  primary: ClusterHandle,
  namespace: string,
  istiodChart: HelmChartRef,
): Promise<ChartVersionCheck> {
  // Both at once: helm reads the chart on the runner while the primary is asked.
  const [chartRead, controlPlaneRead] = await Promise.allSettled([
    helmChartVersion(istiodChart),
    istiodVersion(primary, namespace),
  ]);
  const chartVersion = chartRead.status === 'fulfilled' ? chartRead.value : undefined;
  const controlPlaneVersion = controlPlaneRead.status === 'fulfilled' ? controlPlaneRead.value : undefined;
  const failed = [chartRead, controlPlaneRead].find((read) => read.status === 'rejected');
  if (failed) return { chartVersion, controlPlaneVersion, warning: comparisonFailure(failed.reason) };
  if (!chartVersion || !controlPlaneVersion) return { chartVersion, controlPlaneVersion, warning: undefined };
  const distance = minorDistance(chartVersion, controlPlaneVersion);
  const warning =
    distance !== undefined && distance > 1
      ? `the remote istiod chart is ${chartVersion} but istiod on ${primary.name} is ${controlPlaneVersion}: Istio supports a remote at most one minor version from its control plane. Fix: set chart-version (or istio-version) to ${controlPlaneVersion}.`
      : undefined;
  return { chartVersion, controlPlaneVersion, warning };
}
