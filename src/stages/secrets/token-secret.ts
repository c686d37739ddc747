import type * as k8s from '@kubernetes/client-node';

export const TOKEN_TYPE = 'kubernetes.io/service-account-token';
export const SA_ANNOTATION = 'kubernetes.io/service-account.name';
/** Set by the token controller when it fills the Secret: the UID of the account the token is for. */
export const SA_UID_ANNOTATION = 'kubernetes.io/service-account.uid';

/** A token Secret the token controller has filled (token and CA). */
export function filled(secret: k8s.V1Secret | undefined): secret is k8s.V1Secret {
  return Boolean(secret?.data?.token && secret.data['ca.crt']);
}

/** The token Secret the action creates for a reader account (Kubernetes 1.24+ creates none itself). */
export function tokenSecretName(serviceAccount: string): string {
  return `${serviceAccount}-token-istio-multicluster`;
}

/**
 * A token Secret filled for another account of the same name (one deleted and created again, e.g. by
 * an uninstall and a reinstall, or filled from the token controller's stale cache): the API server
 * refuses its token (HTTP 401).
 */
export function issuedForOtherAccount(secret: k8s.V1Secret, accountUid: string | undefined): boolean {
  const uid = secret.metadata?.annotations?.[SA_UID_ANNOTATION];
  return Boolean(accountUid && uid && uid !== accountUid);
}
