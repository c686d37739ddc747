import * as k8s from '@kubernetes/client-node';
import { isNotFound, type ClusterHandle } from './client.js';

/** Whether a cluster serves a kind (its CRD is installed). */
export type KindServed = (apiVersion: string, kind: string) => Promise<boolean>;

/** Discovery through KubernetesObjectApi's (cached) resource lookup, made callable. */
class DiscoveryApi extends k8s.KubernetesObjectApi {
  async serves(apiVersion: string, kind: string): Promise<boolean> {
    try {
      return (await this.resource(apiVersion, kind)) !== undefined;
    } catch (error: unknown) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }
}

/** Whether the cluster's API serves a kind: false when its group/version or kind is unknown (CRD not installed). */
export function kindServedOn(cluster: ClusterHandle): KindServed {
  const api = cluster.config.makeApiClient(DiscoveryApi);
  return (apiVersion, kind) => api.serves(apiVersion, kind);
}
