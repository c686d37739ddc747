import type * as k8s from '@kubernetes/client-node';

export const TOKEN_TYPE = 'kubernetes.io/service-account-token';
export const SA_ANNOTATION = 'kubernetes.io/service-account.name';

/** A token Secret the token controller has filled (token and CA). */
export function filled(secret: k8s.V1Secret | undefined): secret is k8s.V1Secret {
  return Boolean(secret?.data?.token && secret.data['ca.crt']);
}

/** The token Secret the action creates for a reader account (Kubernetes 1.24+ creates none itself). */
export function tokenSecretName(serviceAccount: string): string {
  return `${serviceAccount}-token-istio-multicluster`;
}
