import * as core from '@actions/core';
import { join } from 'node:path';
import { installPrimary } from '../stages/primary/primary.js';
import { chartTargetOf } from '../stages/primary/chart-target.js';
import { renderManifest } from '../stages/deploy/deploy-chart.js';
import { parseExtraValues } from '../istio/remote-values.js';
import { securityValues } from '../istio/security-values.js';
import { readSecurityOptions } from './security-inputs.js';
import { parseBoolean } from '../util/parse.js';
import {
  readClusters,
  readInstallMethod,
  readKubectlPath,
  readMode,
  readNamespace,
  readPrimaryRelease,
  runDirectory,
  skippedFor,
  type Clusters,
  readAdopt,
} from './common.js';
import { runAsStep } from './step.js';
import { resolveWorkspacePath } from './paths.js';
import { primaryValuesProblems } from './run-inputs.js';
import { readStepInputs } from './inputs.js';
import type { InstallMethod } from '../stages/deploy/deploy-chart.js';
import type { SecurityOptions } from '../istio/security-values.js';

const STAGE = 'primary';

/** Every input of the step, read and validated once at its top. */
interface PrimaryInputs {
  readonly chart: string;
  readonly values: readonly (readonly [string, string])[];
  readonly clusters: Clusters;
  readonly helmPath: string;
  readonly kubectlPath: string;
  readonly release: string;
  readonly namespace: string;
  readonly security: SecurityOptions;
  readonly method: InstallMethod;
  readonly adopt: boolean;
}

function readChart(): string {
  const chart = core.getInput('primary-chart');
  if (!chart)
    throw new Error(
      'install-primary is true but primary-chart is empty. Fix: set primary-chart to the Istio control-plane chart, relative to the workspace.',
    );
  return resolveWorkspacePath(chart, 'primary-chart');
}

function readValues(): [string, string][] {
  const problems = primaryValuesProblems(core.getInput('primary-values'));
  if (problems.length > 0) throw new Error(problems.join('; '));
  return parseExtraValues(core.getInput('primary-values')).values;
}

function readInputs(): PrimaryInputs {
  return readStepInputs<PrimaryInputs>(STAGE, {
    chart: readChart,
    values: readValues,
    clusters: readClusters,
    helmPath: () => core.getInput('helm-path') || 'helm',
    kubectlPath: readKubectlPath,
    release: () => readPrimaryRelease(STAGE),
    namespace: () => readNamespace(STAGE),
    security: readSecurityOptions,
    method: readInstallMethod,
    adopt: readAdopt,
  });
}

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    if (!parseBoolean('install-primary', core.getInput('install-primary'), false)) {
      return {
        outputs: { 'primary-manifest-path': '' },
        report: { did: [], skipped: 'install-primary is false' },
      };
    }
    const mode = readMode();
    if (mode !== 'install' && mode !== 'render') return skippedFor(mode);
    const inputs = readInputs();
    const { primary } = inputs.clusters;
    const result = await core.group(`Install the control plane on ${primary.name}`, () =>
      installPrimary({
        primary: chartTargetOf(primary),
        render: (chart, manifestPath) => renderManifest({ stage: STAGE, chart, manifestPath }),
        chart: {
          helmPath: inputs.helmPath,
          release: inputs.release,
          chart: inputs.chart,
          namespace: inputs.namespace,
          values: [...securityValues('primary', inputs.security), ...inputs.values],
        },
        method: inputs.method,
        kubectlPath: inputs.kubectlPath,
        dryRun: mode === 'render',
        adopt: inputs.adopt,
        manifestPath: join(runDirectory(STAGE), 'primary.yaml'),
      }),
    );
    const changed = result.objects.filter((o) => o.outcome !== 'unchanged').length;
    return {
      outputs: { 'primary-manifest-path': result.manifestPath, 'primary-manifest-dir': runDirectory(STAGE) },
      report: {
        did: [
          `${primary.name}: ${result.objects.length} objects, ${changed} created or changed${mode === 'render' ? ' (render only)' : ''}`,
        ],
      },
    };
  });
}
