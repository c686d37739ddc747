import { apiMessage } from '../../kube/client.js';
import type { HelmChartRef } from '../../tools/helm-cli.js';
import { StageError } from '../../util/errors.js';
import { stableHash } from '../../util/hash.js';
import type { ChartRenderer, DeployInput, DeployOutcome, InstallMethod } from '../deploy/deploy-chart.js';
import type { ChartTarget } from './chart-target.js';

export interface PrimaryInput {
  readonly primary: ChartTarget;
  readonly chart: HelmChartRef;
  readonly render: ChartRenderer;
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
  const deploy: DeployInput = {
    stage: STAGE,
    chart: input.chart,
    method: input.method,
    kubectlPath: input.kubectlPath,
    dryRun: input.dryRun,
    manifestPath: input.manifestPath,
    marks: { valuesHash: stableHash(input.chart.values), addresses: {} },
    adopt: input.adopt,
  };
  const manifest = await input.render(input.chart, input.manifestPath);
  try {
    const outcome = await input.primary.install(deploy, manifest);
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
