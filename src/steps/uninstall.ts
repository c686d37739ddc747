import * as core from '@actions/core';
import { uninstall } from '../stages/uninstall/uninstall.js';
import { uninstallClusterOf } from '../stages/uninstall/uninstall-cluster.js';
import { describeRemote } from '../stages/uninstall/uninstall-report.js';
import {
  discoverKinds,
  PLACEHOLDER_PILOT_ADDRESS,
  uninstallKinds,
} from '../stages/deploy/uninstall-kinds.js';
import type { InstallMethod } from '../stages/deploy/deploy-chart.js';
import type { ChartSource } from '../istio/charts.js';
import type { Profile } from '../istio/profiles.js';
import { remotePlanner, type RemotePlan } from '../istio/remote-plan.js';
import {
  readClusters,
  readInstallMethod,
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
  type Clusters,
} from './common.js';
import { readChartInputs, readExtraValues, resolveChartSource, type ChartInputs } from './chart-inputs.js';
import { readStepInputs } from './inputs.js';
import { profileReport, settleProfile } from './profile-input.js';
import { runAsStep } from './step.js';
import { readDataplane, readTopology } from './topology-input.js';
import { unmarkGlobalServices } from '../stages/deploy/global-services.js';
import { readCredentialMode, readTokenLifetimeSeconds } from './credential-inputs.js';
import type { CredentialMode } from '../stages/remote-kubeconfig/remote-kubeconfig.js';
import type { Dataplane } from '../istio/ambient.js';
import { eastWestTargetsOf, readEastWestChoice } from './east-west-inputs.js';
import type { EastWestChoice } from '../istio/east-west.js';
import type { Topology } from '../istio/remote-plan.js';

const STAGE = 'uninstall';

/** Every input of the step, read and validated once at its top. */
interface UninstallInputs {
  readonly profile: Profile;
  readonly clusters: Clusters;
  readonly charts: ChartInputs;
  readonly helmPath: string;
  readonly namespace: string;
  readonly release: string;
  readonly extraValues: readonly (readonly [string, string])[];
  readonly meshId: string;
  readonly network: (remote: string) => string;
  readonly method: InstallMethod;
  readonly injectionNamespaces: readonly string[];
  readonly parallelism: number;
  readonly timeoutMs: number;
  readonly topology: Topology;
  readonly eastWest: EastWestChoice;
  readonly dataplane: Dataplane;
  readonly credentialMode: CredentialMode;
  readonly tokenLifetimeSeconds: number;
}

function readInputs(): UninstallInputs {
  return readStepInputs<UninstallInputs>(STAGE, {
    profile: readProfile,
    clusters: readClusters,
    charts: () => readChartInputs(STAGE),
    helmPath: () => core.getInput('helm-path') || 'helm',
    namespace: () => readNamespace(STAGE),
    release: () => readReleaseName(STAGE),
    extraValues: () => readExtraValues(STAGE),
    meshId: () => readMeshId(STAGE),
    network: () => readNetworks(STAGE),
    method: readInstallMethod,
    injectionNamespaces: () => readInjectionNamespaces(STAGE),
    parallelism: () => readParallelism(STAGE),
    timeoutMs: () => readTimeoutMs(STAGE),
    topology: () => readTopology(STAGE),
    eastWest: () => readEastWestChoice(STAGE),
    dataplane: () => readDataplane(STAGE),
    credentialMode: () => readCredentialMode(STAGE),
    tokenLifetimeSeconds: () => readTokenLifetimeSeconds(STAGE),
  });
}

/** Without a chart input only the release names matter: uninstall finds objects by their labels. */
const NO_CHARTS: ChartSource = {
  kind: 'directory',
  charts: { base: 'base', istiod: 'istiod', 'istio-remote': 'istio-remote', gateway: 'gateway' },
};

/**
 * The charts install would deploy, from the same plan install uses, with a placeholder address: their
 * release names say what to remove, and rendering them (when a chart is given) says which kinds to
 * search. The injector on renders the most kinds.
 */
function placeholderPlan(inputs: UninstallInputs, source: ChartSource): RemotePlan {
  const plan = remotePlanner({
    ...inputs,
    source,
    addresses: { pilot: PLACEHOLDER_PILOT_ADDRESS },
    sidecarInjector: true,
    security: { mtls: false, controlPlaneSecurity: false, selfSigned: true },
    primaryName: inputs.clusters.primary.name,
    // Every remote the same: with a gateway when any gets one (its release is then removed too).
    eastWest: eastWestTargetsOf(inputs.clusters, inputs.topology, inputs.network, inputs.eastWest).map(
      (t) => ({
        ...t,
        cluster: 'placeholder',
      }),
    ),
  });
  return plan('placeholder');
}

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    const mode = readMode();
    if (mode !== 'uninstall') return skippedFor(mode);
    const settled = await settleProfile(STAGE);
    const inputs = readInputs();
    const source = await resolveChartSource(STAGE, inputs.profile, inputs.charts);
    const placeholder = placeholderPlan(inputs, source ?? NO_CHARTS);
    const { charts } = placeholder;
    const extra = Object.values(placeholder.extraObjects ?? {}).flat();
    const kinds = uninstallKinds([...(await discoverKinds(source ? charts : [])), ...extra]);
    const { primary, remotes } = inputs.clusters;
    const result = await core.group(`Uninstall from ${remotes.length} remote(s)`, () =>
      uninstall({
        primary: uninstallClusterOf(primary, inputs.helmPath),
        remotes: remotes.map((remote) => uninstallClusterOf(remote, inputs.helmPath)),
        namespace: inputs.namespace,
        profile: inputs.profile,
        releases: charts.map((c) => c.release).reverse(),
        method: inputs.method,
        kinds,
        injectionNamespaces: inputs.injectionNamespaces,
        parallelism: inputs.parallelism,
        timeoutMs: inputs.timeoutMs,
        multiPrimary: inputs.topology === 'multi-primary',
        tokenRequestLifetimeSeconds:
          inputs.credentialMode === 'token-request' ? inputs.tokenLifetimeSeconds : undefined,
      }),
    );
    const unmarked = await unmarkGlobalServices([primary, ...remotes]);
    const deleted = result.registrations.filter((r) => r.outcome === 'deleted').map((r) => r.secret);
    return {
      outputs: {
        'uninstalled-remotes': JSON.stringify(result.remotes.map((r) => r.remote)),
        'deleted-secrets': JSON.stringify(deleted),
      },
      report: {
        did: [
          profileReport(settled),
          ...result.registrations.map((r) => `${inputs.namespace}/${r.secret} on ${r.on}: ${r.outcome}`),
          ...(result.primaryToken ? [`token Secret on ${primary.name}: ${result.primaryToken}`] : []),
          ...(result.primaryTokensRevoked
            ? [`${primary.name}: TokenRequest tokens revoked (their binding Secret deleted)`]
            : []),
          ...result.remotes.map(describeRemote),
          ...unmarked.did,
        ],
        warnings: [...result.warnings, ...unmarked.warnings],
      },
      failures: result.failures,
    };
  });
}
