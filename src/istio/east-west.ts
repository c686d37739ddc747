/**
 * The east-west gateway of a multi-network mesh: the `gateway` chart as a network gateway (its
 * `networkGateway` value opens 15021, 15443, 15012 and 15017 and labels the Service with the
 * network), the Gateway that passes cross-network mTLS through on 15443 (AUTO_PASSTHROUGH), and,
 * where remotes reach the primary's istiod through it, the Gateway and VirtualService for 15012 and
 * 15017. Pure.
 */
import type { HelmChartRef } from '../tools/helm-cli.js';
import type { ManifestObject } from '../util/manifest.js';
import { chartLocation, type ChartSource } from './charts.js';
import type { Topology } from './remote-plan.js';

export const EAST_WEST_RELEASE = 'istio-eastwestgateway';
/** The Service the chart names after the release: endpoint-mode gateway reads its address. */
export const EAST_WEST_SERVICE = EAST_WEST_RELEASE;
const SELECTOR = { istio: 'eastwestgateway' };

export interface EastWestChartOptions {
  readonly helmPath: string;
  readonly namespace: string;
  readonly source: ChartSource;
  readonly network: string;
}

export function eastWestChart(options: EastWestChartOptions): HelmChartRef {
  return {
    helmPath: options.helmPath,
    release: EAST_WEST_RELEASE,
    namespace: options.namespace,
    ...chartLocation(options.source, 'gateway'),
    values: [
      ['networkGateway', options.network],
      ['labels.istio', SELECTOR.istio],
    ],
  };
}

function passthroughServer(
  name: string,
  port: number,
  mode: 'AUTO_PASSTHROUGH' | 'PASSTHROUGH',
  hosts: string[],
) {
  return { port: { name, number: port, protocol: 'TLS' }, tls: { mode }, hosts };
}

/** The Istio config the gateway needs: services always, istiod too where remotes use it. */
export function eastWestObjects(
  namespace: string,
  exposeIstiod: boolean,
  domain = 'cluster.local',
): ManifestObject[] {
  const meta = (name: string) => ({ name, namespace });
  const services: ManifestObject = {
    apiVersion: 'networking.istio.io/v1',
    kind: 'Gateway',
    metadata: meta('cross-network-gateway'),
    spec: {
      selector: SELECTOR,
      servers: [passthroughServer('tls', 15443, 'AUTO_PASSTHROUGH', ['*.local'])],
    },
  } as ManifestObject;
  if (!exposeIstiod) return [services];
  const istiodHost = `istiod.${namespace}.svc.${domain}`;
  const route = (port: number, target: number) => ({
    match: [{ port, sniHosts: ['*'] }],
    route: [{ destination: { host: istiodHost, port: { number: target } } }],
  });
  return [
    services,
    {
      apiVersion: 'networking.istio.io/v1',
      kind: 'Gateway',
      metadata: meta('istiod-gateway'),
      spec: {
        selector: SELECTOR,
        servers: [
          passthroughServer('tls-istiod', 15012, 'PASSTHROUGH', ['*']),
          passthroughServer('tls-istiodwebhook', 15017, 'PASSTHROUGH', ['*']),
        ],
      },
    } as ManifestObject,
    {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: meta('istiod-vs'),
      spec: { hosts: ['*'], gateways: ['istiod-gateway'], tls: [route(15012, 15012), route(15017, 443)] },
    } as ManifestObject,
  ];
}

export type EastWestChoice = 'auto' | 'true' | 'false';

export interface EastWestTarget {
  readonly cluster: string;
  readonly network: string;
  /** primary-remote: the primary's gateway also carries istiod (15012, 15017) for the remotes. */
  readonly exposeIstiod: boolean;
}

/**
 * Which clusters get an east-west gateway: with `auto`, every cluster once two of them are on
 * different networks (a single-network mesh needs none); with `true` every cluster; with `false` none.
 */
export function eastWestTargets(options: {
  readonly choice: EastWestChoice;
  readonly topology: Topology;
  readonly primary: string;
  readonly remotes: readonly string[];
  readonly network: (cluster: string) => string;
}): EastWestTarget[] {
  const clusters = [options.primary, ...options.remotes];
  const networks = new Set(clusters.map(options.network));
  const wanted = options.choice === 'true' || (options.choice === 'auto' && networks.size > 1);
  if (!wanted) return [];
  return clusters.map((cluster) => ({
    cluster,
    network: options.network(cluster),
    exposeIstiod: cluster === options.primary && options.topology === 'primary-remote',
  }));
}
