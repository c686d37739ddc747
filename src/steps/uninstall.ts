import * as core from '@actions/core';
import { discoverKinds, describeRemote, PLACEHOLDER_PILOT_ADDRESS, uninstall } from '../stages/uninstall.js';
import { parseExtraValues, remoteChartValues } from '../istio/remote-values.js';
import {
  chartFromRelease,
  currentRemoteCharts,
  istio10Charts,
  type ChartSource,
  type Profile,
} from '../istio/profiles.js';
import type { HelmChartRef } from '../tools/helm-cli.js';
import { parseChoice, parseList, parsePositiveInt } from '../util/parse.js';
import { readClusters, readMode, readNamespace, readProfile, readTimeoutMs, skippedFor } from './common.js';
import { resolveWorkspacePath } from './paths.js';
import { runAsStep } from './step.js';

/** The chart install used, only to learn which kinds it renders; undefined: search the fixed kinds. */
async function readChartSource(profile: Profile): Promise<ChartSource | undefined> {
  const chart = core.getInput('chart');
  const istioVersion = core.getInput('istio-version');
  if (chart && istioVersion) throw new Error('[uninstall] set either chart or istio-version, not both.');
  if (chart) return { path: resolveWorkspacePath(chart), fromRelease: false };
  if (istioVersion)
    return chartFromRelease(profile.name, istioVersion, core.getInput('istio-mirror') || undefined);
  return undefined;
}

function readExtraValues(): [string, string][] {
  const extra = parseExtraValues(core.getInput('values'));
  if (extra.problems.length > 0) throw new Error(`[uninstall] ${extra.problems.join('; ')}`);
  return extra.values;
}

/**
 * The charts install would deploy, built with placeholder addresses: their release names say what to
 * remove, and rendering them (when a chart is given) says which kinds to search.
 */
function placeholderCharts(profile: Profile, source: ChartSource): HelmChartRef[] {
  const common = {
    helmPath: core.getInput('helm-path') || 'helm',
    namespace: readNamespace(),
    release: core.getInput('release-name') || 'istio-remote',
    source,
  };
  if (profile.name === 'istio-1.0') {
    // The injector on renders the most kinds.
    const values = remoteChartValues({
      addresses: { pilot: PLACEHOLDER_PILOT_ADDRESS },
      sidecarInjector: true,
      extraValues: readExtraValues(),
    });
    return istio10Charts({ ...common, values });
  }
  return currentRemoteCharts({
    ...common,
    values: readExtraValues(),
    remote: 'placeholder',
    network:
      core
        .getInput('network')
        .split(/[,=\n]/)[0]
        ?.trim() || 'network1',
    meshId: core.getInput('mesh-id') || 'mesh1',
    discoveryAddress: PLACEHOLDER_PILOT_ADDRESS,
  });
}

export function run(): Promise<void> {
  return runAsStep('uninstall', async () => {
    const mode = readMode();
    if (mode !== 'uninstall') return skippedFor(mode);
    const profile = readProfile();
    const method = parseChoice(
      'install-method',
      core.getInput('install-method'),
      ['kubectl', 'helm'] as const,
      'kubectl',
    );
    const source = await readChartSource(profile);
    const charts = placeholderCharts(profile, source ?? { path: '', fromRelease: false });
    const kinds = await discoverKinds(source ? charts : []);
    const { primary, remotes } = readClusters();
    const result = await core.group(`Uninstall from ${remotes.length} remote(s)`, () =>
      uninstall({
        primary,
        remotes,
        namespace: readNamespace(),
        profile,
        releases: charts.map((c) => c.release).reverse(),
        method,
        helmPath: core.getInput('helm-path') || 'helm',
        kinds,
        injectionNamespaces: parseList(core.getInput('injection-namespaces') || 'default'),
        parallelism: parsePositiveInt('parallelism', core.getInput('parallelism'), 4),
        timeoutMs: readTimeoutMs(),
      }),
    );
    const deleted = result.registrations.filter((r) => r.outcome === 'deleted').map((r) => r.secret);
    return {
      outputs: {
        'uninstalled-remotes': JSON.stringify(result.remotes.map((r) => r.remote)),
        'deleted-secrets': JSON.stringify(deleted),
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
