import type { ClusterHandle } from '../../kube/client.js';
import { apiMessage } from '../../kube/client.js';
import { parseManifest } from '../../util/manifest.js';
import type { HelmChartRef } from '../../tools/helm-cli.js';
import { StageError } from '../../util/errors.js';
import { stableHash } from '../../util/hash.js';
import {
  installWithHelm,
  installWithKubectl,
  resolveClaimed,
  renderManifest,
  type DeployOutcome,
  type InstallMethod,
} from '../deploy/deploy-chart.js';

export interface PrimaryInput {
  readonly primary: ClusterHandle;
  readonly chart: HelmChartRef;
  readonly method: InstallMethod;
  readonly kubectlPath: string;
  readonly dryRun: boolean;
  readonly manifestPath: string;
  /** Take over objects that existed before the action (recorded as adopted, never deleted). */
  readonly adopt: boolean;
}

export interface PrimaryResult extends DeployOutcome {
  readonly manifestPath: string;
}

const STAGE = 'primary';

/** The seed's "Deploy the local Istio control plane": render the primary chart and apply it on the primary. */
export async function installPrimary(input: PrimaryInput): Promise<PrimaryResult> {
  const deploy = {
    stage: STAGE,
    chart: input.chart,
    method: input.method,
    kubectlPath: input.kubectlPath,
    dryRun: input.dryRun,
    manifestPath: input.manifestPath,
    marks: { valuesHash: stableHash(input.chart.values), addresses: {} },
    adopt: input.adopt,
  };
  const manifest = await renderManifest(deploy);
  try {
    const claimed =
      input.method === 'helm'
        ? undefined
        : await resolveClaimed(deploy, input.primary, parseManifest(manifest));
    const outcome = claimed
      ? await installWithKubectl(deploy, input.primary, claimed.objects, claimed.known)
      : await installWithHelm(deploy, input.primary, manifest);
    return { ...outcome, manifestPath: input.manifestPath };
  } catch (error: unknown) {
    throw new StageError({
      stage: STAGE,
      cluster: input.primary.name,
      message: apiMessage(error),
      fix: 'check primary-chart and primary-values, and that the primary kubeconfig may create the control plane.',
      cause: error,
    });
  }
}
