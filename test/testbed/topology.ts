import { dump } from 'js-yaml';
import type { Binaries } from './layout.js';

export const MAX_CLUSTERS = 10;
export const DEFAULT_CLUSTERS = 3;
const PORT_BASE = 32000;
const PORTS_PER_CLUSTER = 10;

export interface ClusterPorts {
  readonly kubeApiserver: number;
  readonly etcd: number;
  readonly etcdPeer: number;
  readonly kubeControllerManager: number;
  readonly kubeScheduler: number;
  readonly kwokController: number;
}

/** Everything fixed about cluster i (0 = primary): name, CIDRs, ports. Pure. */
export interface ClusterSpec {
  readonly index: number;
  readonly name: string;
  readonly podCidr: string;
  readonly serviceCidr: string;
  readonly nodeName: string;
  readonly ports: ClusterPorts;
}

function clusterName(index: number): string {
  return index === 0 ? 'primary' : `remote-${index}`;
}

/**
 * Cluster i gets pods 10.(10*(i+1)).0.0/16 and services 10.255.(10*(i+1)).0/24 (the subnets
 * Istio's own multicluster CI uses) and ports 32000+10*i .. +5, all on 127.0.0.1.
 */
export function clusterSpec(index: number): ClusterSpec {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_CLUSTERS) {
    throw new Error(`cluster index ${index} is out of range 0..${MAX_CLUSTERS - 1}`);
  }
  const octet = 10 * (index + 1);
  const base = PORT_BASE + PORTS_PER_CLUSTER * index;
  const name = clusterName(index);
  return {
    index,
    name,
    podCidr: `10.${octet}.0.0/16`,
    serviceCidr: `10.255.${octet}.0/24`,
    nodeName: `${name}-node-0`,
    ports: {
      kubeApiserver: base,
      etcd: base + 1,
      etcdPeer: base + 2,
      kubeControllerManager: base + 3,
      kubeScheduler: base + 4,
      kwokController: base + 5,
    },
  };
}

export function clusterSpecs(count: number): ClusterSpec[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_CLUSTERS) {
    throw new Error(`--clusters must be an integer from 1 to ${MAX_CLUSTERS}, got ${count}`);
  }
  return Array.from({ length: count }, (_, i) => clusterSpec(i));
}

export function apiServerUrl(spec: ClusterSpec): string {
  return `https://127.0.0.1:${spec.ports.kubeApiserver}`;
}

const args = (entries: Record<string, string>) =>
  Object.entries(entries).map(([key, value]) => ({ key, value }));

/**
 * The kwokctl config file of one cluster: binary runtime, local binaries only (nothing is
 * downloaded), every port pinned, RBAC on, and the cluster's own pod and service ranges.
 */
export function kwokctlConfig(spec: ClusterSpec, bin: Binaries): string {
  const kwokctl = {
    apiVersion: 'config.kwok.x-k8s.io/v1alpha1',
    kind: 'KwokctlConfiguration',
    options: {
      runtime: 'binary',
      bindAddress: '127.0.0.1',
      kubeAuthorization: true,
      kubeAdmission: true,
      kubeApiserverPort: spec.ports.kubeApiserver,
      etcdPort: spec.ports.etcd,
      etcdPeerPort: spec.ports.etcdPeer,
      kubeControllerManagerPort: spec.ports.kubeControllerManager,
      kubeSchedulerPort: spec.ports.kubeScheduler,
      kwokControllerPort: spec.ports.kwokController,
      kubeApiserverBinary: bin.kubeApiserver,
      kubeControllerManagerBinary: bin.kubeControllerManager,
      kubeSchedulerBinary: bin.kubeScheduler,
      kubectlBinary: bin.kubectl,
      etcdBinary: bin.etcd,
      kwokControllerBinary: bin.kwok,
      // Port-forwards to kwok's fake pods are served by kwok-controller as the rules of these CRDs say
      // (istiod-forward.ts points the istiod pods' 15014 at the real istiod's monitoring listener).
      enableCRDs: ['ClusterPortForward', 'PortForward'],
    },
    componentsPatches: [
      {
        name: 'kube-apiserver',
        extraArgs: args({
          'service-cluster-ip-range': spec.serviceCidr,
          // Works without a default route; the loopback address must then not be reconciled
          // into the `kubernetes` Endpoints (which refuse loopback IPs).
          'advertise-address': '127.0.0.1',
          'endpoint-reconciler-type': 'none',
        }),
      },
      {
        name: 'kube-controller-manager',
        extraArgs: args({
          'service-cluster-ip-range': spec.serviceCidr,
          'allocate-node-cidrs': 'true',
          'cluster-cidr': spec.podCidr,
          'node-cidr-mask-size': '24',
        }),
      },
      {
        // The fallback pod-IP pool (KwokConfiguration options.cidr), set by flag: kwokctl 0.8 saves
        // a KwokConfiguration document without its defaults, and kwok then refuses to start
        // ("playStageParallelism must be greater than 0").
        name: 'kwok-controller',
        extraArgs: args({ cidr: spec.podCidr }),
      },
    ],
  };
  return dump(kwokctl, { lineWidth: -1 });
}
