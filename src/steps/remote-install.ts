import * as core from '@actions/core';
import { installRemotes, type RemotePlan } from '../stages/remote-install.js';
import { checkChartVersion } from '../stages/chart-version.js';
import { COMPONENTS, type ComponentName, type ControlPlaneAddresses } from '../istio/components.js';
import { remoteChartValues } from '../istio/remote-values.js';
import { securityProblems, securityValues } from '../istio/security-values.js';
import { readSecurityOptions } from './security-inputs.js';
import {
  CONTROL_PLANE_CLUSTERS_ANNOTATION,
  currentRemoteCharts,
  istio10Charts,
  type Profile,
} from '../istio/profiles.js';
import type { ChartSource } from '../istio/charts.js';
import type { ClusterHandle } from '../kube/client.js';
import { stableHash } from '../util/hash.js';
import { parseBoolean, parseChoice } from '../util/parse.js';
import {
  readClusters,
  readInjectionNamespaces,
  readKubectlPath,
  readMeshId,
  readNetworks,
  readParallelism,
  readReleaseName,
  readMode,
  readNamespace,
  readProfile,
  runDirectory,
  skippedFor,
  wiresRemotes,
} from './common.js';
import { runAsStep } from './step.js';
import { readExtraValues, readOptionalChartSource } from './chart-inputs.js';

export function readAddresses(): ControlPlaneAddresses {
  const addresses: Partial<Record<ComponentName, string>> = {};
  for (const spec of COMPONENTS) {
    const value = core.getInput(`${spec.name}-pod-ip`).trim();
    if (value) addresses[spec.name] = value;
  }
  return addresses;
}

async function readChartSource(profile: Profile): Promise<ChartSource> {
  const source = await readOptionalChartSource('remote-install', profile);
  if (source) return source;
  throw new Error(
    profile.name === 'istio-current'
      ? "[remote-install] no remote charts. Fix: set chart-repository (e.g. https://istio-release.storage.googleapis.com/charts, with chart-version 1.30.1), istio-version (e.g. 1.30.1) or chart (a release's manifests/charts directory, relative to the workspace)."
      : '[remote-install] no remote chart. Fix: set chart (a path relative to the workspace, e.g. istio-1.0.6/install/kubernetes/helm/istio-remote) or istio-version (e.g. 1.0.6).',
  );
}

async function makePlanner(
  profile: Profile,
  primaryName: string,
): Promise<(remote: ClusterHandle) => RemotePlan> {
  const addresses = readAddresses();
  const source = await readChartSource(profile);
  const common = {
    helmPath: core.getInput('helm-path') || 'helm',
    namespace: readNamespace('remote-install'),
    release: readReleaseName('remote-install'),
    source,
  };
  if (profile.name === 'istio-1.0') {
    const sidecarInjector = parseBoolean('sidecar-injector', core.getInput('sidecar-injector'), true);
    const security = readSecurityOptions();
    const problems = securityProblems(security, addresses.pilot);
    if (problems.length > 0) throw new Error(`[remote-install] ${problems.join('; ')}`);
    const extraValues = [...securityValues('remote', security), ...readExtraValues('remote-install')];
    const values = remoteChartValues({ addresses, sidecarInjector, extraValues });
    const plan: RemotePlan = {
      charts: istio10Charts({ ...common, values }),
      marks: { valuesHash: stableHash(values), addresses: { ...addresses } },
      namespaceAnnotations: {},
    };
    return () => plan;
  }
  const discoveryAddress = addresses.pilot;
  if (!discoveryAddress)
    throw new Error('[remote-install] no discovery address: the endpoints step found no istiod address.');
  const extra = readExtraValues('remote-install');
  const meshId = readMeshId('remote-install');
  const networks = readNetworks('remote-install');
  return (remote) => {
    const charts = currentRemoteCharts({
      ...common,
      values: extra,
      remote: remote.name,
      network: networks(remote.name),
      meshId,
      discoveryAddress,
    });
    return {
      charts,
      marks: { valuesHash: stableHash(charts.map((c) => c.values)), addresses: { istiod: discoveryAddress } },
      namespaceAnnotations: { [CONTROL_PLANE_CLUSTERS_ANNOTATION]: primaryName },
    };
  };
}

/** istio-current: warns when the remote istiod chart is more than one minor from the primary's istiod. */
async function chartVersionWarning(
  profile: Profile,
  primary: ClusterHandle,
  remotes: readonly ClusterHandle[],
  plan: (remote: ClusterHandle) => RemotePlan,
): Promise<string | undefined> {
  const first = remotes[0];
  const istiodChart = first && profile.name === 'istio-current' ? plan(first).charts.at(-1) : undefined;
  if (!istiodChart) return undefined;
  return (await checkChartVersion(primary, readNamespace(), istiodChart)).warning;
}

export function run(): Promise<void> {
  return runAsStep('remote-install', async () => {
    const mode = readMode();
    if (!wiresRemotes(mode)) return skippedFor(mode);
    const profile = readProfile();
    const { primary, remotes } = readClusters();
    const plan = await makePlanner(profile, primary.name);
    const versionWarning = await chartVersionWarning(profile, primary, remotes, plan);
    const result = await installRemotes({
      remotes,
      plan,
      method: parseChoice(
        'install-method',
        core.getInput('install-method'),
        ['kubectl', 'helm'] as const,
        'kubectl',
      ),
      kubectlPath: readKubectlPath(),
      injectionNamespaces: readInjectionNamespaces('remote-install'),
      parallelism: readParallelism('remote-install'),
      dryRun: mode === 'render',
      resync: mode === 'resync',
      manifestDir: runDirectory('manifests'),
    });
    const drifted = result.remotes
      .filter((r) => r.drift.length > 0)
      .map((r) => ({ remote: r.remote, reasons: r.drift }));
    return {
      outputs: {
        'manifest-path': result.remotes[0]?.manifestPath ?? '',
        'manifest-paths': JSON.stringify(
          Object.fromEntries(result.remotes.map((r) => [r.remote, r.manifestPath])),
        ),
        'changed-remotes': JSON.stringify(result.remotes.filter((r) => r.changed).map((r) => r.remote)),
        'drifted-remotes': JSON.stringify(drifted),
      },
      report: {
        warnings: [...(versionWarning ? [versionWarning] : []), ...result.remotes.flatMap((r) => r.warnings)],
        did: result.remotes.map((r) => {
          if (mode === 'resync' && r.drift.length === 0) return `${r.remote}: in sync, nothing written`;
          const changed = r.objects.filter((o) => o.outcome !== 'unchanged').length;
          const labels = r.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ');
          const verb = mode === 'render' ? 'would apply' : 'applied';
          const why = r.drift.length > 0 ? ` — repaired: ${r.drift.join('; ')}` : '';
          return `${r.remote}: ${verb} ${r.objects.length} objects (${changed} created or changed); injection ${labels || 'none'}${why}`;
        }),
      },
    };
  });
}
