/**
 * The calls a stage makes to issue a service account's token on one cluster, as a narrow interface:
 * client-node implements it here, and stage tests give the stage an in-memory one. Errors are
 * client-node's (ApiException with the HTTP status).
 */
import type * as k8s from '@kubernetes/client-node';
import { coreApi, serverOf, type ClusterHandle } from './client.js';
import { secretPortOf, type SecretPort } from './secret-port.js';
import {
  clusterCaData,
  requestServiceAccountToken,
  type RequestedToken,
  type TokenBinding,
} from './token-request.js';

export interface AccountTokenCluster {
  readonly name: string;
  /** The API server's address as this runner reaches it. */
  readonly server: string;
  readonly secrets: SecretPort;
  /** The account; throws the API error (HTTP 404 when it does not exist). */
  readAccount(namespace: string, name: string): Promise<k8s.V1ServiceAccount>;
  secretsOfType(namespace: string, type: string): Promise<k8s.V1Secret[]>;
  /** The cluster CA bundle, base64 (the namespace's kube-root-ca.crt ConfigMap). */
  caData(namespace: string): Promise<string>;
  /** A TokenRequest token for the account, bound to `binding`. */
  requestToken(
    namespace: string,
    serviceAccount: string,
    lifetimeSeconds: number,
    binding: TokenBinding,
  ): Promise<RequestedToken>;
}

export function accountTokenClusterOf(cluster: ClusterHandle): AccountTokenCluster {
  let client: k8s.CoreV1Api | undefined;
  const api = (): k8s.CoreV1Api => (client ??= coreApi(cluster));
  return {
    name: cluster.name,
    get server() {
      return serverOf(cluster);
    },
    secrets: secretPortOf(cluster),
    readAccount: (namespace, name) => api().readNamespacedServiceAccount({ namespace, name }),
    async secretsOfType(namespace, type) {
      const list = await api().listNamespacedSecret({ namespace, fieldSelector: `type=${type}` });
      return list.items;
    },
    caData: (namespace) => clusterCaData(cluster, namespace),
    requestToken: (namespace, serviceAccount, lifetimeSeconds, binding) =>
      requestServiceAccountToken(cluster, namespace, serviceAccount, lifetimeSeconds, binding),
  };
}
