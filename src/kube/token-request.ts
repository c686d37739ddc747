/**
 * A short-lived token for a service account (the TokenRequest API), and the cluster CA a kubeconfig
 * for it needs (the kube-root-ca.crt ConfigMap every namespace carries since Kubernetes 1.20).
 */
import { coreApi, type ClusterHandle } from './client.js';
import { tokenClaims } from './service-account-token.js';

export interface RequestedToken {
  readonly token: string;
  /** Seconds since the epoch, as the API server granted it (it may shorten what was asked). */
  readonly expiresAt: number;
}

/** A Secret in the service account's namespace: the token stops working when it is deleted. */
export interface TokenBinding {
  readonly name: string;
  readonly uid: string;
}

export async function requestServiceAccountToken(
  cluster: ClusterHandle,
  namespace: string,
  serviceAccount: string,
  expirationSeconds: number,
  boundTo: TokenBinding,
): Promise<RequestedToken> {
  const boundObjectRef = { apiVersion: 'v1', kind: 'Secret', name: boundTo.name, uid: boundTo.uid };
  const response = await coreApi(cluster).createNamespacedServiceAccountToken({
    namespace,
    name: serviceAccount,
    body: { spec: { audiences: [], expirationSeconds, boundObjectRef } },
  });
  const token = response.status?.token ?? '';
  if (token === '') throw new Error(`the TokenRequest for ${namespace}/${serviceAccount} returned no token`);
  // The token's own exp claim is what the API server checks; status.expirationTimestamp comes from
  // another reading of the server's clock and was seen one second before it.
  const expiry = response.status?.expirationTimestamp;
  const expiresAt =
    tokenClaims(token)?.expiresAt ?? Math.floor(new Date(expiry ?? Date.now()).getTime() / 1000);
  return { token, expiresAt };
}

/** The cluster CA bundle, base64 as a kubeconfig's certificate-authority-data takes it. */
export async function clusterCaData(cluster: ClusterHandle, namespace: string): Promise<string> {
  const map = await coreApi(cluster).readNamespacedConfigMap({ namespace, name: 'kube-root-ca.crt' });
  const pem = map.data?.['ca.crt'] ?? '';
  if (pem.trim() === '') throw new Error(`ConfigMap ${namespace}/kube-root-ca.crt has no ca.crt`);
  return Buffer.from(pem, 'utf8').toString('base64');
}
