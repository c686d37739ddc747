import * as core from '@actions/core';
import { installRemotes } from '../stages/remote-install/remote-install.js';
import { remoteTargetOf } from '../stages/remote-install/remote-target.js';
import { renderManifest } from '../stages/deploy/deploy-chart.js';
import { checkChartVersion, comparisonFailure } from '../stages/remote-install/chart-version.js';
import type { InstallMethod } from '../stages/deploy/deploy-chart.js';
import { COMPONENTS, type ComponentName, type ControlPlaneAddresses } from '../istio/components.js';
import type { Profile } from '../istio/profiles.js';
import { remotePlanner, type RemotePlan, type Topology } from '../istio/remote-plan.js';
import { readDataplane, readGlobalServices, readTopology } from './topology-input.js';
import { markGlobalServices, type ServiceRef } from '../stages/deploy/global-services.js';
import type { Dataplane } from '../istio/ambient.js';
import { eastWestTargetsOf, readEastWestChoice } from './east-west-inputs.js';
import type { EastWestChoice } from '../istio/east-west.js';
import type { SecurityOptions } from '../istio/security-values.js';
import { parseBoolean } from '../util/parse.js';
import {
  readClusters,
  readInstallMethod,
  readInjectionNamespaces,
  readKubectlPath,
  readMeshId,
  readMode,
  readNamespace,
  readNetworks,
  readParallelism,
  readProfile,
  readReleaseName,
  runDirectory,
  skippedFor,
  wiresRemotes,
  type Clusters,
  type Mode,
  readAdopt,
} from './common.js';
import { readChartInputs, readExtraValues, resolveChartSource, type ChartInputs } from './chart-inputs.js';
import { readStepInputs } from './inputs.js';
import { readSecurityOptions } from './security-inputs.js';
import { runAsStep } from './step.js';
import { planEntry } from '../stages/deploy/plan-chart.js';

const STAGE = 'remote-install';

/** Every input of the step, read and validated once at its top. */
interface RemoteInstallInputs {
  readonly profile: Profile;
  readonly clusters: Clusters;
  readonly addresses: ControlPlaneAddresses;
  readonly charts: ChartInputs;
  readonly helmPath: string;
  readonly kubectlPath: string;
  readonly namespace: string;
  readonly release: string;
  readonly extraValues: readonly (readonly [string, string])[];
  readonly sidecarInjector: boolean;
  readonly security: SecurityOptions;
  readonly meshId: string;
  readonly network: (remote: string) => string;
  readonly method: InstallMethod;
  readonly injectionNamespaces: readonly string[];
  readonly parallelism: number;
  readonly topology: Topology;
  readonly eastWest: EastWestChoice;
  readonly dataplane: Dataplane;
  readonly globalServices: readonly ServiceRef[];
  readonly adopt: boolean;
}

/** The control-plane addresses the endpoints step output (`<component>-pod-ip`). */
export function readAddresses(): ControlPlaneAddresses {
  const addresses: Partial<Record<ComponentName, string>> = {};
  for (const spec of COMPONENTS) {
    const value = core.getInput(`${spec.name}-pod-ip`).trim();
    if (value) addresses[spec.name] = value;
  }
  return addresses;
}

function readInputs(): RemoteInstallInputs {
  return readStepInputs<RemoteInstallInputs>(STAGE, {
    profile: readProfile,
    clusters: readClusters,
    addresses: readAddresses,
    charts: () => readChartInputs(STAGE),
    helmPath: () => core.getInput('helm-path') || 'helm',
    kubectlPath: readKubectlPath,
    namespace: () => readNamespace(STAGE),
    release: () => readReleaseName(STAGE),
    extraValues: () => readExtraValues(STAGE),
    sidecarInjector: () => parseBoolean('sidecar-injector', core.getInput('sidecar-injector'), true),
    security: readSecurityOptions,
    meshId: () => readMeshId(STAGE),
    network: () => readNetworks(STAGE),
    method: readInstallMethod,
    injectionNamespaces: () => readInjectionNamespaces(STAGE),
    parallelism: () => readParallelism(STAGE),
    topology: () => readTopology(STAGE),
    eastWest: () => readEastWestChoice(STAGE),
    dataplane: () => readDataplane(STAGE),
    globalServices: () => readGlobalServices(STAGE),
    adopt: readAdopt,
  });
}

function noChartsError(profile: Profile): Error {
  return new Error(
    profile.name === 'istio-current'
      ? "[remote-install] no remote charts. Fix: set chart-repository (e.g. https://istio-release.storage.googleapis.com/charts, with chart-version 1.30.1), istio-version (e.g. 1.30.1) or chart (a release's manifests/charts directory, relative to the workspace)."
      : '[remote-install] no remote chart. Fix: set chart (a path relative to the workspace, e.g. istio-1.0.6/install/kubernetes/helm/istio-remote) or istio-version (e.g. 1.0.6).',
  );
}

/** Each remote's plan, from the inputs and the resolved chart source (a release may be downloaded). */
async function makePlanner(inputs: RemoteInstallInputs): Promise<(remote: string) => RemotePlan> {
  const source = await resolveChartSource(STAGE, inputs.profile, inputs.charts);
  if (!source) throw noChartsError(inputs.profile);
  let planner: (remote: string) => RemotePlan;
  try {
    planner = remotePlanner({
      ...inputs,
      source,
      primaryName: inputs.clusters.primary.name,
      eastWest: eastWestTargetsOf(inputs.clusters, inputs.topology, inputs.network, inputs.eastWest),
    });
  } catch (error: unknown) {
    throw new Error(`[${STAGE}] ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return planner;
}

/** istio-current: warns when the remote istiod chart is more than one minor from the primary's istiod. */
async function chartVersionWarning(
  inputs: RemoteInstallInputs,
  plan: (remote: string) => RemotePlan,
): Promise<string | undefined> {
  const first = inputs.clusters.remotes[0];
  const istiodChart =
    first && inputs.profile.name === 'istio-current'
      ? plan(first.name).charts.find((c) => c.release === 'istiod')
      : undefined;
  if (!istiodChart) return undefined;
  return (await checkChartVersion(inputs.clusters.primary, inputs.namespace, istiodChart)).warning;
}

type Outcome = Awaited<ReturnType<typeof installRemotes>>['remotes'][number];

function reportLine(mode: Mode, r: Outcome): string {
  if (mode === 'resync' && r.drift.length === 0) return `${r.remote}: in sync, nothing written`;
  const labels = r.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ');
  if (mode === 'render') {
    const p = planEntry(r.planned);
    return `${r.remote}: would create ${p.create.length}, change ${p.change.length}, prune ${p.prune.length}, leave ${p.unchanged} unchanged; injection ${labels || 'none'}`;
  }
  const changed = r.objects.filter((o) => o.outcome !== 'unchanged').length;
  const pruned = r.pruned.length > 0 ? `, pruned ${r.pruned.join(', ')}` : '';
  const why = r.drift.length > 0 ? ` — repaired: ${r.drift.join('; ')}` : '';
  return `${r.remote}: applied ${r.objects.length} objects (${changed} created or changed${pruned}); injection ${labels || 'none'}${why}`;
}

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    const mode = readMode();
    if (!wiresRemotes(mode)) return skippedFor(mode);
    const inputs = readInputs();
    const plan = await makePlanner(inputs);
    // A warning only: read while the remotes install.
    const versionCheck = chartVersionWarning(inputs, plan).catch(comparisonFailure);
    // Global services are the users' own Services, on every cluster: marked while the remotes install.
    const marking = markGlobalServices(
      [inputs.clusters.primary, ...inputs.clusters.remotes],
      inputs.globalServices,
      mode === 'render',
    );
    const result = await installRemotes({
      remotes: inputs.clusters.remotes.map(remoteTargetOf),
      plan,
      render: (chart, manifestPath) => renderManifest({ stage: STAGE, chart, manifestPath }),
      method: inputs.method,
      kubectlPath: inputs.kubectlPath,
      injectionNamespaces: inputs.injectionNamespaces,
      parallelism: inputs.parallelism,
      dryRun: mode === 'render',
      resync: mode === 'resync',
      manifestDir: runDirectory(STAGE),
      keepOwnControlPlanes: inputs.topology === 'multi-primary',
      adopt: inputs.adopt,
    });
    const marked = await marking;
    const versionWarning = await versionCheck;
    const drifted = result.remotes
      .filter((r) => r.drift.length > 0)
      .map((r) => ({ remote: r.remote, reasons: r.drift }));
    return {
      outputs: {
        'manifest-path': result.remotes[0]?.manifestPath ?? '',
        'manifest-dir': runDirectory(STAGE),
        'manifest-paths': JSON.stringify(
          Object.fromEntries(result.remotes.map((r) => [r.remote, r.manifestPath])),
        ),
        'changed-remotes': JSON.stringify(result.remotes.filter((r) => r.changed).map((r) => r.remote)),
        'drifted-remotes': JSON.stringify(drifted),
        plan: JSON.stringify(
          mode === 'install'
            ? {}
            : Object.fromEntries(result.remotes.map((r) => [r.remote, planEntry(r.planned)])),
        ),
      },
      report: {
        warnings: [
          ...(versionWarning ? [versionWarning] : []),
          ...result.remotes.flatMap((r) => r.warnings),
          ...marked.warnings,
        ],
        did: [...result.remotes.map((r) => reportLine(mode, r)), ...marked.did],
      },
      failures: result.failures,
    };
  });
}
