/**
 * The primary's east-west gateway (a multi-network mesh): the `gateway` chart as a network gateway
 * and its Gateway objects, applied with the kubectl method before the endpoints are captured, so
 * endpoint-mode gateway can hand its address to the remotes. Remotes get theirs with remote-install.
 * Uninstall removes what this stage applied.
 */
import { MULTICLUSTER_SECRET_LABEL } from '../../istio/labels.js';
import { apiMessage } from '../../kube/client.js';
import { EAST_WEST_RELEASE, eastWestObjects, type EastWestTarget } from '../../istio/east-west.js';
import { NETWORK_LABEL } from '../../istio/profiles.js';
import { ambientEastWestGateway } from '../../istio/ambient.js';
import type { RemotePlan } from '../../istio/remote-plan.js';
import type { HelmChartRef } from '../../tools/helm-cli.js';
import { StageError } from '../../util/errors.js';
import { stableHash } from '../../util/hash.js';
import { parseManifest, type ManifestObject } from '../../util/manifest.js';
import type { ChartRenderer } from '../deploy/deploy-chart.js';
import type { DeployedRemote } from '../deploy/deploy-remote.js';
import type { GatewayCluster } from './gateway-cluster.js';

const STAGE = 'east-west';

export interface EastWestInput {
  readonly primary: GatewayCluster;
  readonly target: EastWestTarget;
  readonly chart: HelmChartRef;
  readonly render: ChartRenderer;
  readonly kubectlPath: string;
  readonly mode: 'install' | 'render' | 'resync' | 'uninstall';
  readonly manifestPath: string;
  /** ambient: only the Gateway of class istio-east-west (istiod deploys the gateway), no chart. */
  readonly ambient?: boolean;
  /** uninstall without a chart source: the kinds searched are the fixed ones, not the chart's. */
  readonly chartUnavailable?: boolean;
  /** Take over gateway objects that existed before the action (recorded as adopted, never deleted). */
  readonly adopt: boolean;
  /** uninstall: the registrations this run removes; any other registration on the primary keeps the gateway. */
  readonly registrationsRemoved?: readonly string[];
}

/** What the gateway chart renders beyond the fixed uninstall kinds (its autoscaler, its disruption budget). */
const GATEWAY_CHART_KINDS: readonly ManifestObject[] = [
  { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: EAST_WEST_RELEASE } },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: EAST_WEST_RELEASE } },
];

export type EastWestResult =
  | ({ readonly kind: 'deployed' } & DeployedRemote)
  | { readonly kind: 'removed'; readonly deleted: readonly string[]; readonly absent: readonly string[] }
  | { readonly kind: 'kept'; readonly why: string };

function planOf(input: EastWestInput): RemotePlan {
  return {
    charts: [input.chart],
    marks: { valuesHash: stableHash(input.chart.values), addresses: {} },
    namespaceAnnotations: {},
    namespaceLabels: { [NETWORK_LABEL]: input.target.network },
    extraObjects: {
      [EAST_WEST_RELEASE]: input.ambient
        ? [ambientEastWestGateway(input.chart.namespace, input.target.network)]
        : eastWestObjects(input.chart.namespace, input.target.exposeIstiod),
    },
  };
}

async function rendered(input: EastWestInput, plan: RemotePlan) {
  const manifest = input.ambient ? '' : await input.render(input.chart, input.manifestPath);
  const objects = [...parseManifest(manifest), ...(plan.extraObjects?.[EAST_WEST_RELEASE] ?? [])];
  return { manifestPath: input.manifestPath, charts: [{ chart: input.chart, manifest, objects }] };
}

async function remove(input: EastWestInput, plan: RemotePlan): Promise<EastWestResult> {
  const objects = input.chartUnavailable
    ? [...GATEWAY_CHART_KINDS, ...(plan.extraObjects?.[EAST_WEST_RELEASE] ?? [])]
    : (await rendered(input, plan)).charts.flatMap((c) => c.objects);
  const namespace = input.chart.namespace;
  const removed = new Set(input.registrationsRemoved ?? []);
  const others = (await input.primary.secretNames(namespace, `${MULTICLUSTER_SECRET_LABEL}=true`)).filter(
    (name) => !removed.has(name),
  );
  if (others.length > 0)
    return {
      kind: 'kept',
      why: `registrations of other remotes still use the primary (${others.join(', ')}); uninstall them too, in the same run or before`,
    };
  const { deleted, absent, adopted } = await input.primary.removeRelease(
    { release: EAST_WEST_RELEASE, namespace },
    objects,
  );
  if (deleted.length + absent.length === 0 && adopted > 0)
    return { kind: 'kept', why: 'it existed before the action (adopted), so the action does not delete it' };
  return { kind: 'removed', deleted, absent };
}

export async function deployEastWest(input: EastWestInput): Promise<EastWestResult> {
  const plan = planOf(input);
  try {
    if (input.mode === 'uninstall') return await remove(input, plan);
    const deployed = await input.primary.deploy(
      {
        stage: STAGE,
        method: 'kubectl',
        kubectlPath: input.kubectlPath,
        mode: input.mode,
        adopt: input.adopt,
      },
      plan,
      await rendered(input, plan),
    );
    return { kind: 'deployed', ...deployed };
  } catch (error: unknown) {
    if (error instanceof StageError) throw error;
    throw new StageError({
      stage: STAGE,
      cluster: input.primary.name,
      message: `the east-west gateway: ${apiMessage(error)}`,
      fix: 'the primary kubeconfig needs to apply the gateway chart and Istio Gateway objects in the Istio namespace (the base chart installs their CRDs).',
      cause: error,
    });
  }
}
