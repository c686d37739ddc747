import * as core from '@actions/core';
import { discoverKinds, describeRemote, PLACEHOLDER_PILOT_ADDRESS, uninstall } from '../stages/uninstall.js';
import { remoteChartValues } from '../istio/remote-values.js';
import { currentRemoteCharts, istio10Charts, type ChartSource, type Profile } from '../istio/profiles.js';
import type { HelmChartRef } from '../tools/helm-cli.js';
import { parseChoice, parseList, parsePositiveInt } from '../util/parse.js';
import { readClusters, readMode, readNamespace, readProfile, readTimeoutMs, skippedFor } from './common.js';
import { runAsStep } from './step.js';
import { readExtraValues, readOptionalChartSource } from './chart-inputs.js';

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
      extraValues: readExtraValues('uninstall'),
    });
    return istio10Charts({ ...common, values });
  }
  return currentRemoteCharts({
    ...common,
    values: readExtraValues('uninstall'),
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
    const source = await readOptionalChartSource('uninstall', profile);
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
