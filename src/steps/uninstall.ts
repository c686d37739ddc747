import * as core from '@actions/core';
import { uninstall } from '../stages/uninstall.js';
import { describeRemote } from '../stages/shared/uninstall-report.js';
import { discoverKinds, PLACEHOLDER_PILOT_ADDRESS } from '../stages/shared/uninstall-kinds.js';
import { remoteChartValues } from '../istio/remote-values.js';
import { currentRemoteCharts, istio10Charts, type Profile } from '../istio/profiles.js';
import type { ChartSource } from '../istio/charts.js';
import type { HelmChartRef } from '../tools/helm-cli.js';
import { parseChoice } from '../util/parse.js';
import {
  readClusters,
  readInjectionNamespaces,
  readMeshId,
  readMode,
  readNamespace,
  readNetworks,
  readParallelism,
  readProfile,
  readReleaseName,
  readTimeoutMs,
  skippedFor,
} from './common.js';
import { runAsStep } from './step.js';
import { readExtraValues, readOptionalChartSource } from './chart-inputs.js';

const STAGE = 'uninstall';

/** Without a chart input only the release names matter: uninstall finds objects by their labels. */
const NO_CHARTS: ChartSource = {
  kind: 'directory',
  charts: { base: 'base', istiod: 'istiod', 'istio-remote': 'istio-remote' },
};

/**
 * The charts install would deploy, built with placeholder addresses: their release names say what to
 * remove, and rendering them (when a chart is given) says which kinds to search.
 */
function placeholderCharts(profile: Profile, source: ChartSource): HelmChartRef[] {
  const common = {
    helmPath: core.getInput('helm-path') || 'helm',
    namespace: readNamespace(),
    release: readReleaseName(STAGE),
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
    network: readNetworks(STAGE)('placeholder'),
    meshId: readMeshId(STAGE),
    discoveryAddress: PLACEHOLDER_PILOT_ADDRESS,
  });
}

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
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
    const charts = placeholderCharts(profile, source ?? NO_CHARTS);
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
        injectionNamespaces: readInjectionNamespaces(STAGE),
        parallelism: readParallelism(STAGE),
        timeoutMs: readTimeoutMs(STAGE),
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
