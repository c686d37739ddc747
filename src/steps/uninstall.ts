import * as core from '@actions/core';
import { discoverKinds, describeRemote, PLACEHOLDER_PILOT_ADDRESS, uninstall } from '../stages/uninstall.js';
import { parseExtraValues, remoteChartValues } from '../istio/remote-values.js';
import { ISTIO_1_0, remoteChartPath } from '../istio/profiles.js';
import type { HelmChartRef } from '../tools/helm-cli.js';
import { parseChoice, parseList, parsePositiveInt } from '../util/parse.js';
import { readClusters, readNamespace, readTimeoutMs } from './common.js';
import { resolveWorkspacePath } from './paths.js';
import { runAsStep } from './step.js';

/** The chart install used, only to learn which kinds it renders; undefined searches the fixed kinds. */
async function readChart(): Promise<string | undefined> {
  const chart = core.getInput('chart');
  const istioVersion = core.getInput('istio-version');
  if (chart && istioVersion) throw new Error('[uninstall] set either chart or istio-version, not both.');
  if (chart) return resolveWorkspacePath(chart);
  if (istioVersion) return remoteChartPath(istioVersion, core.getInput('istio-mirror') || undefined);
  return undefined;
}

async function readChartRef(helmPath: string, release: string): Promise<HelmChartRef | undefined> {
  const chart = await readChart();
  if (chart === undefined) return undefined;
  const extra = parseExtraValues(core.getInput('values'));
  if (extra.problems.length > 0) throw new Error(`[uninstall] ${extra.problems.join('; ')}`);
  // The injector on renders the most kinds; the addresses only have to make the chart render.
  const values = remoteChartValues({
    addresses: { pilot: PLACEHOLDER_PILOT_ADDRESS },
    sidecarInjector: true,
    extraValues: extra.values,
  });
  return { helmPath, release, chart, namespace: readNamespace(), values };
}

export function run(): Promise<void> {
  return runAsStep('uninstall', async () => {
    const mode = core.getInput('mode').trim() || 'install';
    if (mode !== 'uninstall') {
      return {
        outputs: { 'uninstalled-remotes': '[]', 'deleted-secrets': '[]' },
        report: { did: [], skipped: `mode is ${mode}` },
      };
    }
    const helmPath = core.getInput('helm-path') || 'helm';
    const release = core.getInput('release-name') || ISTIO_1_0.remoteRelease;
    const method = parseChoice(
      'install-method',
      core.getInput('install-method'),
      ['kubectl', 'helm'] as const,
      'kubectl',
    );
    const injectionNamespaces = parseList(core.getInput('injection-namespaces') || 'default');
    const parallelism = parsePositiveInt('parallelism', core.getInput('parallelism'), 4);
    const kinds = await discoverKinds(await readChartRef(helmPath, release));
    const { primary, remotes } = readClusters();
    const result = await core.group(`Uninstall ${release} from ${remotes.length} remote(s)`, () =>
      uninstall({
        primary,
        remotes,
        namespace: readNamespace(),
        release,
        method,
        helmPath,
        kinds,
        injectionNamespaces,
        serviceAccount: ISTIO_1_0.readerServiceAccount,
        parallelism,
        timeoutMs: readTimeoutMs(),
      }),
    );
    const deletedSecrets = result.registrations.filter((r) => r.outcome === 'deleted').map((r) => r.secret);
    return {
      outputs: {
        'uninstalled-remotes': JSON.stringify(result.remotes.map((r) => r.remote)),
        'deleted-secrets': JSON.stringify(deletedSecrets),
      },
      report: {
        did: [
          ...result.registrations.map(
            (r) => `${readNamespace()}/${r.secret} on ${primary.name}: ${r.outcome}`,
          ),
          ...result.remotes.map(describeRemote),
        ],
        warnings: result.warnings,
      },
    };
  });
}
