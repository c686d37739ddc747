/**
 * The Secret calls a stage makes on one cluster, as a narrow interface: client-node implements it
 * here, and stage tests give the stage an in-memory one. Errors are client-node's (ApiException with
 * the HTTP status), so isNotFound and isConflict read both alike.
 */
import * as k8s from '@kubernetes/client-node';
import { coreApi, isNotFound, type ClusterHandle } from './client.js';
import { clusterKubeConfig, type ClusterCredential } from './cluster-kubeconfig.js';
import { ensureNamespace, forgetNamespace, type NamespaceOutcome } from './namespaces.js';

export interface SecretPort {
  /** The cluster's name, for messages. */
  readonly cluster: string;
  /** The Secret, or undefined when it does not exist. */
  read(namespace: string, name: string): Promise<k8s.V1Secret | undefined>;
  /** With dryRun, validated and admitted by the API server, and not written. Returns the Secret as stored. */
  create(namespace: string, body: k8s.V1Secret, dryRun?: boolean): Promise<k8s.V1Secret>;
  /** An update conditional on the body's resourceVersion. Returns the Secret as stored. */
  replace(namespace: string, body: k8s.V1Secret): Promise<k8s.V1Secret>;
  /** A delete conditional on resourceVersion when given. */
  remove(namespace: string, name: string, options: RemoveOptions): Promise<void>;
}

export interface RemoveOptions {
  readonly resourceVersion: string | undefined;
  readonly dryRun?: boolean;
}

/** A cluster as a stage that writes Secrets, and creates their namespace when missing, sees it. */
export interface SecretCluster {
  readonly name: string;
  readonly secrets: SecretPort;
  /** Creates the namespace (labelled as the action's) when missing. */
  ensureNamespace(namespace: string): Promise<NamespaceOutcome>;
  /** Deletes a namespace this run created, to undo its writes. */
  deleteNamespace(namespace: string): Promise<void>;
}

export function secretClusterOf(cluster: ClusterHandle): SecretCluster {
  return {
    name: cluster.name,
    secrets: secretPortOf(cluster),
    ensureNamespace: (namespace) => ensureNamespace(cluster, namespace),
    async deleteNamespace(namespace) {
      await coreApi(cluster).deleteNamespace({ name: namespace });
      forgetNamespace(cluster, namespace);
    },
  };
}

/** Tries a credential read back from a cluster: resolves when its server answers it, throws the API error otherwise. */
export type CredentialTry = (
  credential: ClusterCredential,
  cluster: string,
  namespace: string,
) => Promise<void>;

export function secretPortOf(cluster: ClusterHandle): SecretPort {
  let client: k8s.CoreV1Api | undefined;
  const api = (): k8s.CoreV1Api => (client ??= coreApi(cluster));
  const dryRunOf = (dryRun: boolean | undefined) => (dryRun ? { dryRun: 'All' } : {});
  return {
    cluster: cluster.name,
    async read(namespace, name) {
      try {
        return await api().readNamespacedSecret({ namespace, name });
      } catch (error: unknown) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    create(namespace, body, dryRun) {
      return api().createNamespacedSecret({ namespace, body, ...dryRunOf(dryRun) });
    },
    replace(namespace, body) {
      return api().replaceNamespacedSecret({ namespace, name: body.metadata?.name ?? '', body });
    },
    async remove(namespace, name, options) {
      await api().deleteNamespacedSecret({
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
