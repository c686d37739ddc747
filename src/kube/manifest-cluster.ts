/**
 * The calls a stage makes to read a cluster's ConfigMaps and apply manifest objects to it, as a
 * narrow interface: client-node implements it here, and stage tests give the stage an in-memory one.
 * Errors are client-node's (ApiException with the HTTP status).
 */
import type { ManifestObject } from '../util/manifest.js';
import { applyObjects, resolveObjects, type AppliedObject } from './apply.js';
import { coreApi, isNotFound, type ClusterHandle } from './client.js';

export interface ManifestCluster {
  readonly name: string;
  /** The kubeconfig file a CLI run for this cluster is given. */
  readonly kubeconfigPath: string;
  /** The ConfigMap's data, or undefined when it does not exist. */
  readConfigMap(namespace: string, name: string): Promise<Record<string, string> | undefined>;
  /** Server-side applies the objects, those without a namespace into `namespace`. */
  apply(objects: readonly ManifestObject[], namespace: string): Promise<AppliedObject[]>;
}

export function manifestClusterOf(cluster: ClusterHandle): ManifestCluster {
  return {
    name: cluster.name,
    kubeconfigPath: cluster.kubeconfigPath,
    async readConfigMap(namespace, name) {
      try {
        return (await coreApi(cluster).readNamespacedConfigMap({ name, namespace })).data ?? {};
      } catch (error: unknown) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async apply(objects, namespace) {
      return applyObjects(cluster, await resolveObjects(cluster, objects, namespace));
    },
  };
}
