import * as core from '@actions/core';
import { join } from 'node:path';
import { installRemotes } from '../stages/remote-install.js';
import { COMPONENTS, type ComponentName, type ControlPlaneAddresses } from '../istio/components.js';
import { parseExtraValues, remoteChartValues } from '../istio/remote-values.js';
import { remoteChartPath } from '../istio/profiles.js';
import { stableHash } from '../util/hash.js';
import { parseBoolean, parseChoice, parseList, parsePositiveInt } from '../util/parse.js';
import { readClusters, readMode, readNamespace, runDirectory } from './common.js';
import { resolveWorkspacePath } from './paths.js';
import { runAsStep } from './step.js';

export function readAddresses(): ControlPlaneAddresses {
  const addresses: Partial<Record<ComponentName, string>> = {};
  for (const spec of COMPONENTS) {
    const value = core.getInput(`${spec.name}-pod-ip`).trim();
    if (value) addresses[spec.name] = value;
  }
  return addresses;
}

async function readChart(): Promise<string> {
  const chart = core.getInput('chart');
  const istioVersion = core.getInput('istio-version');
  if (chart && istioVersion) throw new Error('[remote-install] set either chart or istio-version, not both.');
  if (chart) return resolveWorkspacePath(chart);
  if (istioVersion) return remoteChartPath(istioVersion, core.getInput('istio-mirror') || undefined);
  throw new Error(
    '[remote-install] no istio-remote chart: set chart (a path relative to the workspace, e.g. install/kubernetes/helm/istio-remote) or istio-version (e.g. 1.0.6).',
  );
}

export function run(): Promise<void> {
  return runAsStep('remote-install', async () => {
    const mode = readMode();
    const addresses = readAddresses();
    const extra = parseExtraValues(core.getInput('values'));
    if (extra.problems.length > 0) throw new Error(`[remote-install] ${extra.problems.join('; ')}`);
    const sidecarInjector = parseBoolean('sidecar-injector', core.getInput('sidecar-injector'), true);
    const values = remoteChartValues({ addresses, sidecarInjector, extraValues: extra.values });
    const { remotes } = readClusters();
    const result = await installRemotes({
      chart: {
        helmPath: core.getInput('helm-path') || 'helm',
        release: core.getInput('release-name') || 'istio-remote',
        chart: await readChart(),
        namespace: readNamespace(),
        values,
      },
      remotes,
      method: parseChoice(
        'install-method',
        core.getInput('install-method'),
        ['kubectl', 'helm'] as const,
        'kubectl',
      ),
      injectionNamespaces: parseList(core.getInput('injection-namespaces') || 'default'),
      parallelism: parsePositiveInt('parallelism', core.getInput('parallelism'), 4),
      dryRun: mode === 'render',
      manifestPath: join(runDirectory('manifests'), 'istio-remote.yaml'),
      addressesHash: stableHash(values),
    });
    return {
      outputs: {
        'manifest-path': result.manifestPath,
        'changed-remotes': JSON.stringify(result.remotes.filter((r) => r.changed).map((r) => r.remote)),
      },
      report: {
        did: result.remotes.map((r) => {
          const changed = r.objects.filter((o) => o.outcome !== 'unchanged').length;
          const labels = r.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ');
          const verb = mode === 'render' ? 'would apply' : 'applied';
          return `${r.remote}: ${verb} ${r.objects.length} objects (${changed} created or changed); injection ${labels || 'none'}`;
        }),
      },
    };
  });
}
