/** The token Secret the action creates for a reader account (Kubernetes 1.24+ creates none itself). */
export function tokenSecretName(serviceAccount: string): string {
  return `${serviceAccount}-token-istio-multicluster`;
}
