import type { ClusterHandle } from './client.js';
import { objectApi } from './object-api.js';

/** Whether a cluster serves a kind (its CRD is installed). */
export type KindServed = (apiVersion: string, kind: string) => Promise<boolean>;

/**
 * Whether the cluster's API serves a kind: false when its group/version or kind is unknown (CRD not
 * installed). Asks the cluster's object API, so what it discovers serves that API's reads and applies.
 */
export function kindServedOn(cluster: ClusterHandle): KindServed {
  return async (apiVersion, kind) => (await objectApi(cluster).findResource(apiVersion, kind)) !== undefined;
}
