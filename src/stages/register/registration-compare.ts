/** Whether a registration on the primary is the one wanted, and why it is being replaced when not. */
import type * as k8s from '@kubernetes/client-node';
import { apiMessage, apiStatus } from '../../kube/client.js';
import type { CredentialTry } from '../../kube/secret-port.js';
import {
  ClusterKubeconfigError,
  readClusterKubeconfig,
  secretObjectName,
  type ClusterCredential,
} from '../../kube/cluster-kubeconfig.js';
import { tokenClaims } from '../../kube/service-account-token.js';

function sameEntries(
  actual: Record<string, string> | undefined,
  wanted: Record<string, string> | undefined,
  exact: boolean,
): boolean {
  const a = actual ?? {};
  const w = wanted ?? {};
  if (exact && Object.keys(a).length !== Object.keys(w).length) return false;
  return Object.entries(w).every(([k, v]) => a[k] === v);
}

export function sameRegistration(existing: k8s.V1Secret, desired: k8s.V1Secret): boolean {
  return (
    sameEntries(existing.metadata?.labels, desired.metadata?.labels, false) &&
    sameEntries(existing.metadata?.annotations, desired.metadata?.annotations, false) &&
    sameEntries(existing.data, desired.data, true)
  );
}

/**
 * Why the registered kubeconfig is being replaced: it is refused (cluster state: nothing in it is
 * used beyond server, CA and token, see cluster-kubeconfig.ts), it no longer authenticates, or its
 * content changed. `holder` is the cluster the Secret was read from, for messages; `tryCredential`
 * asks the remote's API server whether the registered credential still works.
 */
export async function replacementReason(
  existing: k8s.V1Secret,
  remote: string,
  namespace: string,
  holder: string,
  tryCredential: CredentialTry,
): Promise<string> {
  const encoded = existing.data?.[remote];
  if (!encoded) return 'the registered secret has no kubeconfig under the remote name';
  const object = secretObjectName(namespace, existing.metadata?.name ?? '', holder);
  let credential: ClusterCredential;
  try {
    credential = readClusterKubeconfig(Buffer.from(encoded, 'base64').toString('utf8'), object);
  } catch (error: unknown) {
    if (!(error instanceof ClusterKubeconfigError)) throw error;
    return `${error.message}. Nothing in it was used; install and resync replace it with the action's own registration`;
  }
  try {
    await tryCredential(credential, remote, namespace);
    return 'the registered kubeconfig differs from the current one (server, CA or token changed)';
  } catch (error: unknown) {
    const status = apiStatus(error);
    if (status === 401)
      return `the registered credentials no longer authenticate (HTTP 401): ${whyRefused(credential.token)}`;
    return `the registered kubeconfig no longer works: ${apiMessage(error)}`;
  }
}

function whyRefused(token: string): string {
  const claims = tokenClaims(token);
  if (claims && claims.expiresAt * 1000 <= Date.now())
    return `the token expired at ${new Date(claims.expiresAt * 1000).toISOString()}`;
  return 'the token was revoked';
}
