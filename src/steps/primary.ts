import * as core from '@actions/core';
import { join } from 'node:path';
import { installPrimary } from '../stages/primary.js';
import { parseExtraValues } from '../istio/remote-values.js';
import { securityValues } from '../istio/security-values.js';
import { readSecurityOptions } from './security-inputs.js';
import { parseBoolean, parseChoice } from '../util/parse.js';
import {
  readClusters,
  readKubectlPath,
  readMode,
  readNamespace,
  readPrimaryRelease,
  runDirectory,
  skippedFor,
} from './common.js';
import { runAsStep } from './step.js';
import { resolveWorkspacePath } from './paths.js';
import { primaryValuesProblems } from './run-inputs.js';

export function run(): Promise<void> {
  return runAsStep('primary', async () => {
    if (!parseBoolean('install-primary', core.getInput('install-primary'), false)) {
      return {
        outputs: { 'primary-manifest-path': '' },
        report: { did: [], skipped: 'install-primary is false' },
      };
    }
    const mode = readMode();
    if (mode !== 'install' && mode !== 'render') return skippedFor(mode);
    const chartInput = core.getInput('primary-chart');
    if (!chartInput)
      throw new Error(
        '[primary] install-primary is true but primary-chart is empty. Fix: set primary-chart to the Istio chart path.',
      );
    const problems = primaryValuesProblems(core.getInput('primary-values'));
    if (problems.length > 0) throw new Error(`[primary] ${problems.join('; ')}`);
    const extra = parseExtraValues(core.getInput('primary-values'));
    const { primary } = readClusters();
    const result = await core.group(`Install the control plane on ${primary.name}`, () =>
      installPrimary({
        primary,
        chart: {
          helmPath: core.getInput('helm-path') || 'helm',
          release: readPrimaryRelease('primary'),
          chart: resolveWorkspacePath(chartInput, 'primary-chart'),
          namespace: readNamespace(),
          values: [...securityValues('primary', readSecurityOptions()), ...extra.values],
        },
        method: parseChoice(
          'install-method',
          core.getInput('install-method'),
          ['kubectl', 'helm'] as const,
          'kubectl',
        ),
        kubectlPath: readKubectlPath(),
        dryRun: mode === 'render',
        manifestPath: join(runDirectory('manifests'), 'primary.yaml'),
      }),
    );
    const changed = result.objects.filter((o) => o.outcome !== 'unchanged').length;
    return {
      outputs: { 'primary-manifest-path': result.manifestPath },
      report: {
        did: [
          `${primary.name}: ${result.objects.length} objects, ${changed} created or changed${mode === 'render' ? ' (render only)' : ''}`,
        ],
      },
    };
  });
}
