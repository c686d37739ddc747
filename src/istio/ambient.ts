/**
 * Ambient multicluster (beta in Istio 1.29, multi-network multi-primary): istiod with the ambient
 * profile and AMBIENT_ENABLE_MULTI_NETWORK, the istio-cni and ztunnel charts with the cluster's name
 * and network, and an east-west gateway that istiod deploys itself from a Gateway API Gateway of
 * class istio-east-west (HBONE on 15008). Shared Services carry istio.io/global=true. Pure.
 */
import type { HelmChartRef } from '../tools/helm-cli.js';
import type { ManifestObject } from '../util/manifest.js';
import { chartLocation, type ChartSource } from './charts.js';
import { NETWORK_LABEL } from './profiles.js';

export type Dataplane = 'sidecar' | 'ambient';

/** Marks a Service as served mesh-wide (the ambient profile's serviceScopeConfigs select it). */
export const GLOBAL_SERVICE_LABEL = 'istio.io/global';

export const AMBIENT_ISTIOD_VALUES: readonly (readonly [string, string])[] = [
  ['profile', 'ambient'],
  ['env.AMBIENT_ENABLE_MULTI_NETWORK', 'true'],
];

export interface AmbientChartOptions {
  readonly helmPath: string;
  readonly namespace: string;
  readonly source: ChartSource;
  readonly cluster: string;
  readonly network: string;
}

/** istio-cni then ztunnel: the node agents ambient needs on every cluster, after base and istiod. */
export function ambientCharts(options: AmbientChartOptions): HelmChartRef[] {
  const common = { helmPath: options.helmPath, namespace: options.namespace };
  return [
    {
      ...common,
      release: 'istio-cni',
      ...chartLocation(options.source, 'istio-cni'),
      values: [
        ['profile', 'ambient'],
        ['global.istioNamespace', options.namespace],
      ],
    },
    {
      ...common,
      release: 'ztunnel',
      ...chartLocation(options.source, 'ztunnel'),
      values: [
        ['multiCluster.clusterName', options.cluster],
        ['network', options.network],
        ['global.istioNamespace', options.namespace],
      ],
    },
  ];
}

/** The east-west gateway of an ambient network: istiod deploys it for the istio-east-west class. */
export function ambientEastWestGateway(namespace: string, network: string): ManifestObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'istio-eastwestgateway', namespace, labels: { [NETWORK_LABEL]: network } },
    spec: {
      gatewayClassName: 'istio-east-west',
      listeners: [
        {
          name: 'mesh',
          port: 15008,
          protocol: 'HBONE',
          tls: { mode: 'Terminate', options: { 'gateway.istio.io/tls-terminate-mode': 'ISTIO_MUTUAL' } },
        },
      ],
    },
  } as ManifestObject;
}
