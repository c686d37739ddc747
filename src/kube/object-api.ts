import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from './client.js';
import { isNotFound } from './client.js';

/** KubernetesObjectApi with discovery made public, so kinds can be checked before anything is written. */
export class ObjectApi extends k8s.KubernetesObjectApi {
  /** One discovery request per group version, however many kinds ask for it at once. */
  private readonly discovering = new Map<string, Promise<unknown>>();

  async findResource(apiVersion: string, kind: string): Promise<k8s.V1APIResource | undefined> {
    let first = this.discovering.get(apiVersion);
    if (!first) {
      first = this.resource(apiVersion, kind).catch(() => undefined);
      this.discovering.set(apiVersion, first);
    }
    await first;
    try {
      return await this.resource(apiVersion, kind);
    } catch (error: unknown) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

/** One client per cluster and process, so API discovery (which kinds are served) is fetched once. */
const objectApis = new WeakMap<ClusterHandle, ObjectApi>();

export function objectApi(cluster: ClusterHandle): ObjectApi {
  let api = objectApis.get(cluster);
  if (!api) {
    api = cluster.config.makeApiClient(ObjectApi);
    objectApis.set(cluster, api);
  }
  return api;
}
