/**
 * The Secret calls a stage makes on one cluster, as a narrow interface: client-node implements it
 * here, and stage tests give the stage an in-memory one. Errors are client-node's (ApiException with
 * the HTTP status), so isNotFound and isConflict read both alike.
 */
import * as k8s from '@kubernetes/client-node';
import { coreApi, isNotFound, type ClusterHandle } from './client.js';
import { clusterKubeConfig, type ClusterCredential } from './cluster-kubeconfig.js';

export interface SecretPort {
  /** The cluster's name, for messages. */
  readonly cluster: string;
  /** The Secret, or undefined when it does not exist. */
  read(namespace: string, name: string): Promise<k8s.V1Secret | undefined>;
  /** With dryRun, validated and admitted by the API server, and not written. */
  create(namespace: string, body: k8s.V1Secret, dryRun?: boolean): Promise<void>;
  /** An update conditional on the body's resourceVersion. */
  replace(namespace: string, body: k8s.V1Secret): Promise<void>;
  /** A delete conditional on resourceVersion when given. */
  remove(namespace: string, name: string, options: RemoveOptions): Promise<void>;
}

export interface RemoveOptions {
  readonly resourceVersion: string | undefined;
  readonly dryRun?: boolean;
}

/** Tries a credential read back from a cluster: resolves when its server answers it, throws the API error otherwise. */
export type CredentialTry = (
  credential: ClusterCredential,
  cluster: string,
  namespace: string,
) => Promise<void>;

export function secretPortOf(cluster: ClusterHandle): SecretPort {
  const api = coreApi(cluster);
  const dryRunOf = (dryRun: boolean | undefined) => (dryRun ? { dryRun: 'All' } : {});
  return {
    cluster: cluster.name,
    async read(namespace, name) {
      try {
        return await api.readNamespacedSecret({ namespace, name });
      } catch (error: unknown) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async create(namespace, body, dryRun) {
      await api.createNamespacedSecret({ namespace, body, ...dryRunOf(dryRun) });
    },
    async replace(namespace, body) {
      await api.replaceNamespacedSecret({ namespace, name: body.metadata?.name ?? '', body });
    },
    async remove(namespace, name, options) {
      await api.deleteNamespacedSecret({
        namespace,
        name,
        ...dryRunOf(options.dryRun),
        body: { preconditions: { resourceVersion: options.resourceVersion } },
      });
    },
  };
}

/** Lists one pod of `namespace` with the credential: the least a registered reader must be allowed. */
export const listOnePod: CredentialTry = async (credential, cluster, namespace) => {
  const config = clusterKubeConfig(credential, cluster);
  await config.makeApiClient(k8s.CoreV1Api).listNamespacedPod({ namespace, limit: 1 });
};
