import * as core from '@actions/core';
import { chartFromRelease, type ChartSource, type Profile } from '../istio/profiles.js';
import { parseExtraValues } from '../istio/remote-values.js';
import { resolveWorkspacePath } from './paths.js';

/** The remote chart from `chart` (a workspace path) or `istio-version` (a downloaded release); undefined when neither. */
export async function readOptionalChartSource(
  step: string,
  profile: Profile,
): Promise<ChartSource | undefined> {
  const chart = core.getInput('chart');
  const istioVersion = core.getInput('istio-version');
  if (chart && istioVersion) throw new Error(`[${step}] set either chart or istio-version, not both.`);
  if (chart) return { path: resolveWorkspacePath(chart), fromRelease: false };
  if (istioVersion)
    return chartFromRelease(profile.name, istioVersion, core.getInput('istio-mirror') || undefined);
  return undefined;
}

/** The `values` input: key=value lines, refused with every bad line named. */
export function readExtraValues(step: string): [string, string][] {
  const extra = parseExtraValues(core.getInput('values'));
  if (extra.problems.length > 0) throw new Error(`[${step}] ${extra.problems.join('; ')}`);
  return extra.values;
}
