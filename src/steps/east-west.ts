import * as core from '@actions/core';
import { join } from 'node:path';
import { deployEastWest } from '../stages/east-west/east-west.js';
import { gatewayClusterOf } from '../stages/east-west/gateway-cluster.js';
import { renderManifest } from '../stages/deploy/deploy-chart.js';
import { eastWestChart, type EastWestChoice } from '../istio/east-west.js';
import type { Profile } from '../istio/profiles.js';
import type { Topology } from '../istio/remote-plan.js';
import {
  readClusters,
  readKubectlPath,
  readMode,
  readNamespace,
  readNetworks,
  readProfile,
  runDirectory,
  type Clusters,
  readAdopt,
} from './common.js';
import { readChartInputs, resolveChartSource, type ChartInputs } from './chart-inputs.js';
import { eastWestTargetsOf, readEastWestChoice } from './east-west-inputs.js';
import { readStepInputs } from './inputs.js';
import { runAsStep } from './step.js';
import { readDataplane, readTopology } from './topology-input.js';
import type { Dataplane } from '../istio/ambient.js';

const STAGE = 'east-west';

/** Every input of the step, read and validated once at its top. */
interface EastWestInputs {
  readonly profile: Profile;
  readonly clusters: Clusters;
  readonly topology: Topology;
  readonly network: (cluster: string) => string;
  readonly choice: EastWestChoice;
  readonly charts: ChartInputs;
  readonly helmPath: string;
  readonly kubectlPath: string;
  readonly namespace: string;
  readonly dataplane: Dataplane;
  readonly adopt: boolean;
}

function readInputs(): EastWestInputs {
  return readStepInputs<EastWestInputs>(STAGE, {
    profile: readProfile,
    clusters: readClusters,
    topology: () => readTopology(STAGE),
    network: () => readNetworks(STAGE),
    choice: () => readEastWestChoice(STAGE),
    charts: () => readChartInputs(STAGE),
    helmPath: () => core.getInput('helm-path') || 'helm',
    kubectlPath: readKubectlPath,
    namespace: () => readNamespace(STAGE),
    dataplane: () => readDataplane(STAGE),
    adopt: readAdopt,
  });
}

const skipped = (why: string) => ({ outputs: {}, report: { did: [], skipped: why } });

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    const mode = readMode();
    if (mode === 'inject' || mode === 'verify') return skipped(`not used in mode ${mode}`);
    const inputs = readInputs();
    if (inputs.profile.name !== 'istio-current') return skipped('the 1.0 profile has no east-west gateway');
    const { primary } = inputs.clusters;
    const target = eastWestTargetsOf(inputs.clusters, inputs.topology, inputs.network, inputs.choice).find(
      (t) => t.cluster === primary.name,
    );
    if (!target)
      return skipped(
        'every cluster is on one network (east-west-gateway auto), or east-west-gateway is false',
      );
    const found = await resolveChartSource(STAGE, inputs.profile, inputs.charts);
    if (!found && mode !== 'uninstall')
      throw new Error(
        `[${STAGE}] no chart source for the gateway chart. Fix: set chart (a release's manifests/charts directory), istio-version or chart-repository.`,
      );
    // Uninstall finds the gateway by its release label; without a chart only the kinds are guessed.
    const source = found ?? { kind: 'directory' as const, charts: { gateway: 'gateway' } };
    const chart = eastWestChart({
      helmPath: inputs.helmPath,
      namespace: inputs.namespace,
      source,
      network: target.network,
    });
    const result = await core.group(`East-west gateway on ${primary.name} (network ${target.network})`, () =>
      deployEastWest({
        primary: gatewayClusterOf(primary),
        render: (ref, manifestPath) => renderManifest({ stage: STAGE, chart: ref, manifestPath }),
        target,
        chart,
        kubectlPath: inputs.kubectlPath,
        mode,
        manifestPath: join(runDirectory(STAGE), 'east-west-gateway.yaml'),
        ambient: inputs.dataplane === 'ambient',
        chartUnavailable: found === undefined,
        adopt: inputs.adopt,
        registrationsRemoved: inputs.clusters.remotes.map((r) => inputs.profile.secretName(r.name)),
      }),
    );
    const did =
      result.kind === 'kept'
        ? [`${primary.name}: kept ${chart.release}: ${result.why}`]
        : result.kind === 'removed'
          ? [
              `${primary.name}: deleted ${result.deleted.length} object(s) of ${chart.release}, ${result.absent.length} already gone`,
            ]
          : [
              `${primary.name}: ${mode === 'render' ? 'planned' : 'applied'} ${chart.release} for network ${target.network}${target.exposeIstiod ? ' (services and istiod)' : ' (services)'}: ${result.objects.length} object(s)${result.drift.length > 0 ? `; repaired: ${result.drift.join('; ')}` : ''}`,
            ];
    const changed = result.kind === 'deployed' && result.objects.some((o) => o.outcome !== 'unchanged');
    return {
      outputs: {
        'east-west-clusters': JSON.stringify([target.cluster]),
        'manifest-dir': runDirectory(STAGE),
        changed: String(changed),
      },
      report: { did },
    };
  });
}
