import type { HelmChartRef } from '../tools/helm-cli.js';
import { stableHash } from '../util/hash.js';
import type { ChartSource } from './charts.js';
import type { ControlPlaneAddresses } from './components.js';
import {
  CONTROL_PLANE_CLUSTERS_ANNOTATION,
  NETWORK_LABEL,
  currentPrimaryCharts,
  currentRemoteCharts,
  istio10Charts,
  type Profile,
} from './profiles.js';
import { remoteChartValues } from './remote-values.js';
import { eastWestChart, eastWestObjects, type EastWestTarget } from './east-west.js';
import { AMBIENT_ISTIOD_VALUES, ambientCharts, ambientEastWestGateway, type Dataplane } from './ambient.js';
import type { ManifestObject } from '../util/manifest.js';
import { securityProblems, securityValues, type SecurityOptions } from './security-values.js';

/** Stored on what is applied so resync can detect drift and say what moved. */
export interface DeployMarks {
  readonly valuesHash: string;
  readonly addresses: Readonly<Record<string, string>>;
}

/** What one remote gets: the charts (in order) and the marks stored on them. */
export interface RemotePlan {
  readonly charts: readonly HelmChartRef[];
  readonly marks: DeployMarks;
  /** Annotations the Istio namespace must carry (istio-current: the control-plane cluster). */
  readonly namespaceAnnotations: Readonly<Record<string, string>>;
  /** Labels the Istio namespace must carry (istio-current: the cluster's network). */
  readonly namespaceLabels: Readonly<Record<string, string>>;
  /** Objects applied with a chart's release beside what the chart renders (the east-west Gateway). */
  readonly extraObjects?: Readonly<Record<string, readonly ManifestObject[]>>;
}

/** primary-remote: remotes run no control plane; multi-primary: every cluster runs its own istiod. */
export type Topology = 'primary-remote' | 'multi-primary';

/** Everything the plan of a remote depends on; read once by the step. */
export interface RemotePlanSettings {
  readonly profile: Profile;
  readonly helmPath: string;
  readonly namespace: string;
  readonly release: string;
  readonly source: ChartSource;
  readonly addresses: ControlPlaneAddresses;
  /** The `values` input, in order. */
  readonly extraValues: readonly (readonly [string, string])[];
  /** istio-1.0: render the automatic sidecar injector. */
  readonly sidecarInjector: boolean;
  readonly security: SecurityOptions;
  readonly meshId: string;
  readonly network: (remote: string) => string;
  /** istio-current: the cluster named in each remote's controlPlaneClusters annotation. */
  readonly primaryName: string;
  readonly topology: Topology;
  /** The clusters that get an east-west gateway (a multi-network mesh); none when absent. */
  readonly eastWest?: readonly EastWestTarget[];
  /** ambient (multi-primary only): istiod's ambient profile, istio-cni and ztunnel, an HBONE east-west Gateway. */
  readonly dataplane?: Dataplane;
}

/**
 * The plan of every remote, built from the settings alone (no I/O): istio-1.0 renders one istio-remote
 * release shared by all remotes; istio-current renders base and istiod per remote (cluster name,
 * network and injection path differ). Throws when no plan is possible (no discovery address, a
 * security combination the addresses cannot serve).
 */
export function remotePlanner(settings: RemotePlanSettings): (remote: string) => RemotePlan {
  const { addresses } = settings;
  const common = {
    helmPath: settings.helmPath,
    namespace: settings.namespace,
    release: settings.release,
    source: settings.source,
  };
  if (settings.profile.name === 'istio-1.0') {
    const problems = securityProblems(settings.security, addresses.pilot);
    if (problems.length > 0) throw new Error(problems.join('; '));
    const extraValues = [...securityValues('remote', settings.security), ...settings.extraValues];
    const values = remoteChartValues({ addresses, sidecarInjector: settings.sidecarInjector, extraValues });
    const plan: RemotePlan = {
      charts: istio10Charts({ ...common, values }),
      marks: { valuesHash: stableHash(values), addresses: { ...addresses } },
      namespaceAnnotations: {},
      namespaceLabels: {},
    };
    return () => plan;
  }
  if (settings.topology === 'multi-primary')
    return withEastWest(settings, multiPrimaryPlanner(settings, common));
  const discoveryAddress = addresses.pilot;
  if (!discoveryAddress) throw new Error('no discovery address: the endpoints step found no istiod address.');
  return withEastWest(settings, (remote) => {
    const charts = currentRemoteCharts({
      ...common,
      values: settings.extraValues,
      remote,
      network: settings.network(remote),
      meshId: settings.meshId,
      discoveryAddress,
    });
    return {
      charts,
      marks: { valuesHash: stableHash(charts.map((c) => c.values)), addresses: { istiod: discoveryAddress } },
      namespaceAnnotations: { [CONTROL_PLANE_CLUSTERS_ANNOTATION]: settings.primaryName },
      namespaceLabels: { [NETWORK_LABEL]: settings.network(remote) },
    };
  });
}

/** Adds the east-west gateway chart and its Gateway to the plan of each remote that gets one. */
function withEastWest(
  settings: RemotePlanSettings,
  planner: (remote: string) => RemotePlan,
): (remote: string) => RemotePlan {
  return (remote) => {
    const plan = planner(remote);
    const target = settings.eastWest?.find((t) => t.cluster === remote);
    if (!target) return plan;
    // Ambient: istiod deploys the gateway itself from a Gateway of class istio-east-west.
    if (settings.dataplane === 'ambient')
      return {
        ...plan,
        extraObjects: { istiod: [ambientEastWestGateway(settings.namespace, target.network)] },
      };
    const chart = eastWestChart({
      helmPath: settings.helmPath,
      namespace: settings.namespace,
      source: settings.source,
      network: target.network,
    });
    return {
      ...plan,
      charts: [...plan.charts, chart],
      extraObjects: { [chart.release]: eastWestObjects(settings.namespace, target.exposeIstiod) },
    };
  };
}

/** multi-primary: each further cluster gets its own istiod; no discovery address, no control-plane annotation. */
function multiPrimaryPlanner(
  settings: RemotePlanSettings,
  common: Pick<RemotePlanSettings, 'helmPath' | 'namespace' | 'release' | 'source'>,
): (remote: string) => RemotePlan {
  const ambient = settings.dataplane === 'ambient';
  return (remote) => {
    const network = settings.network(remote);
    const charts = [
      ...currentPrimaryCharts({
        ...common,
        values: [...(ambient ? AMBIENT_ISTIOD_VALUES : []), ...settings.extraValues],
        remote,
        network,
        meshId: settings.meshId,
      }),
      ...(ambient ? ambientCharts({ ...common, cluster: remote, network }) : []),
    ];
    return {
      charts,
      marks: { valuesHash: stableHash(charts.map((c) => c.values)), addresses: {} },
      namespaceAnnotations: {},
      namespaceLabels: { [NETWORK_LABEL]: settings.network(remote) },
    };
  };
}
