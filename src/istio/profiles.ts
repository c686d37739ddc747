import type { HelmChartRef } from '../tools/helm-cli.js';
import { chartLocation, type ChartSource } from './charts.js';

export type ProfileName = 'istio-1.0' | 'istio-current';
export const PROFILES: readonly ProfileName[] = ['istio-1.0', 'istio-current'];

/** What differs between the seed's Istio 1.0 layout and current primary-remote Istio. */
export interface Profile {
  readonly name: ProfileName;
  /** The reader account whose token the primary uses to watch a remote. */
  readonly readerServiceAccount: string;
  /** Name of the registration secret on the primary for a remote. */
  secretName(remote: string): string;
  /** 1.0's pilot handles only add and delete of secrets; current istiod also handles updates. */
  readonly secretUpdatesInPlace: boolean;
  /** Annotations of the registration secret. */
  secretAnnotations(remote: string): Record<string, string>;
}

export const ISTIO_1_0: Profile = {
  name: 'istio-1.0',
  readerServiceAccount: 'istio-multi',
  secretName: (remote) => remote,
  secretUpdatesInPlace: false,
  secretAnnotations: () => ({}),
};

export const ISTIO_CURRENT: Profile = {
  name: 'istio-current',
  readerServiceAccount: 'istio-reader-service-account',
  secretName: (remote) => `istio-remote-secret-${remote}`,
  secretUpdatesInPlace: true,
  secretAnnotations: (remote) => ({ 'networking.istio.io/cluster': remote }),
};

export function profileByName(name: ProfileName): Profile {
  switch (name) {
    case 'istio-1.0':
      return ISTIO_1_0;
    case 'istio-current':
      return ISTIO_CURRENT;
  }
}

export interface RemoteChartOptions {
  readonly helmPath: string;
  readonly namespace: string;
  readonly release: string;
  readonly source: ChartSource;
  /** Values common to every remote (addresses, extra values), in order. */
  readonly values: readonly (readonly [string, string])[];
}

/** istio-1.0: one istio-remote release, identical for every remote. */
export function istio10Charts(options: RemoteChartOptions): HelmChartRef[] {
  return [
    {
      helmPath: options.helmPath,
      release: options.release,
      ...chartLocation(options.source, 'istio-remote'),
      namespace: options.namespace,
      values: options.values,
    },
  ];
}

export interface CurrentRemoteOptions extends RemoteChartOptions {
  readonly remote: string;
  readonly network: string;
  readonly meshId: string;
  readonly discoveryAddress: string;
}

/** istio-current: `base` and `istiod` with profile=remote, per remote (cluster name and injection path differ). */
export function currentRemoteCharts(options: CurrentRemoteOptions): HelmChartRef[] {
  const common = { helmPath: options.helmPath, namespace: options.namespace };
  return [
    {
      ...common,
      release: 'istio-base',
      ...chartLocation(options.source, 'base'),
      values: [
        ['profile', 'remote'],
        ['global.istioNamespace', options.namespace],
      ],
    },
    {
      ...common,
      release: 'istiod',
      ...chartLocation(options.source, 'istiod'),
      values: [
        ['profile', 'remote'],
        ['global.istioNamespace', options.namespace],
        ['global.remotePilotAddress', options.discoveryAddress],
        ['global.multiCluster.clusterName', options.remote],
        ['global.network', options.network],
        ['global.meshID', options.meshId],
        ['istiodRemote.injectionPath', `/inject/cluster/${options.remote}/net/${options.network}`],
        ['global.configCluster', 'true'],
        ['pilot.enabled', 'false'],
        ...options.values,
      ],
    },
  ];
}

export const CONTROL_PLANE_CLUSTERS_ANNOTATION = 'topology.istio.io/controlPlaneClusters';
/** The network of a cluster's workloads, on its Istio namespace (multi-network meshes). */
export const NETWORK_LABEL = 'topology.istio.io/network';

export type CurrentPrimaryOptions = Omit<CurrentRemoteOptions, 'discoveryAddress'>;

/**
 * multi-primary: `base` and `istiod` (default profile) on each further cluster, which then runs its
 * own control plane: its cluster name, network and the one mesh ID.
 */
export function currentPrimaryCharts(options: CurrentPrimaryOptions): HelmChartRef[] {
  const common = { helmPath: options.helmPath, namespace: options.namespace };
  return [
    {
      ...common,
      release: 'istio-base',
      ...chartLocation(options.source, 'base'),
      values: [['global.istioNamespace', options.namespace]],
    },
    {
      ...common,
      release: 'istiod',
      ...chartLocation(options.source, 'istiod'),
      values: [
        ['global.istioNamespace', options.namespace],
        ['global.multiCluster.clusterName', options.remote],
        ['global.network', options.network],
        ['global.meshID', options.meshId],
        ...options.values,
      ],
    },
  ];
}
