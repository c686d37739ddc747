/**
 * The reads preflight makes of one cluster (version, identity, CIDRs, its own access, served kinds,
 * Deployments) and its Secrets, as a narrow interface: client-node implements it here, and stage
 * tests give the stage an in-memory one. Errors are client-node's (ApiException with the HTTP status).
 */
import * as k8s from '@kubernetes/client-node';
import { selfAccessAllowed, type ResourceAccess } from './access-review.js';
import { coreApi, serverOf, type ClusterHandle } from './client.js';
import { secretPortOf, type SecretPort } from './secret-port.js';
import { kindServedOn } from './served-kinds.js';

export interface FactsCluster {
  readonly name: string;
  /** The API server's address from the kubeconfig; throws when it has none. */
  readonly server: string;
  readonly secrets: SecretPort;
  /** The API server's gitVersion. */
  version(): Promise<string>;
  namespaceUid(name: string): Promise<string | undefined>;
  /** Every node's spec.podCIDRs (or podCIDR). */
  nodePodCidrs(): Promise<string[]>;
  /** Every ServiceCIDR object's spec.cidrs. */
  serviceCidrs(): Promise<string[]>;
  /** One SelfSubjectAccessReview. */
  allowed(access: ResourceAccess): Promise<boolean>;
  serves(apiVersion: string, kind: string): Promise<boolean>;
  deployments(namespace: string, labelSelector: string): Promise<k8s.V1Deployment[]>;
}

export function factsClusterOf(cluster: ClusterHandle): FactsCluster {
  const api = <T extends k8s.ApiType>(type: new (config: k8s.Configuration) => T): T =>
    cluster.config.makeApiClient(type);
  return {
    name: cluster.name,
    get server() {
      return serverOf(cluster);
    },
    secrets: secretPortOf(cluster),
    async version() {
      return (await api(k8s.VersionApi).getCode()).gitVersion;
    },
    async namespaceUid(name) {
      return (await coreApi(cluster).readNamespace({ name })).metadata?.uid;
    },
    async nodePodCidrs() {
      const nodes = await coreApi(cluster).listNode();
      return nodes.items.flatMap((n) => n.spec?.podCIDRs ?? (n.spec?.podCIDR ? [n.spec.podCIDR] : []));
    },
    async serviceCidrs() {
      const list = await api(k8s.NetworkingV1Api).listServiceCIDR();
      return list.items.flatMap((s) => s.spec?.cidrs ?? []);
    },
    allowed: (access) => selfAccessAllowed(api(k8s.AuthorizationV1Api), access),
    serves: kindServedOn(cluster),
    async deployments(namespace, labelSelector) {
      return (await api(k8s.AppsV1Api).listNamespacedDeployment({ namespace, labelSelector })).items;
    },
  };
}
