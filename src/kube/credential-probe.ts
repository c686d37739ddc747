/**
 * What a credential read back from a cluster does when the runner tries it: one SelfSubjectReview
 * (allowed to every authenticated user), so nothing is read or written with it.
 */
import * as k8s from '@kubernetes/client-node';
import { apiMessage } from './client.js';
import { clusterKubeConfig, readClusterKubeconfig } from './cluster-kubeconfig.js';
import { shownServer } from './transport-policy.js';

export type ProbeOutcome =
  | { readonly kind: 'accepted'; readonly server: string }
  | { readonly kind: 'rejected'; readonly server: string }
  | { readonly kind: 'unreachable'; readonly server: string; readonly problem: string }
  | { readonly kind: 'unreadable'; readonly problem: string };

/**
 * Tries the kubeconfig `text` (from `object`, e.g. a registration Secret) against its own server:
 * accepted (any answer but 401), rejected (401), or unreachable. A kubeconfig the action refuses
 * to use (exec plugins, files) is unreadable and never tried.
 */
export async function probeKubeconfig(text: string, object: string): Promise<ProbeOutcome> {
  let config: k8s.KubeConfig;
  let server: string;
  try {
    const credential = readClusterKubeconfig(text, object);
    server = shownServer(credential.server);
    config = clusterKubeConfig(credential, 'probe');
  } catch (error: unknown) {
    return { kind: 'unreadable', problem: error instanceof Error ? error.message : String(error) };
  }
  try {
    await config.makeApiClient(k8s.AuthenticationV1Api).createSelfSubjectReview({
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
    });
    return { kind: 'accepted', server };
  } catch (error: unknown) {
    if (error instanceof k8s.ApiException)
      return error.code === 401 ? { kind: 'rejected', server } : { kind: 'accepted', server };
    return { kind: 'unreachable', server, problem: apiMessage(error) };
  }
}

/** How many Services have at least one endpoint (EndpointSlices with an address, every namespace). */
export async function servicesWithEndpoints(config: k8s.KubeConfig): Promise<number> {
  const slices = await config.makeApiClient(k8s.DiscoveryV1Api).listEndpointSliceForAllNamespaces({});
  const services = new Set<string>();
  for (const slice of slices.items) {
    const service = slice.metadata?.labels?.['kubernetes.io/service-name'];
    if (service && slice.endpoints.some((e) => e.addresses.length > 0))
      services.add(`${slice.metadata?.namespace ?? ''}/${service}`);
  }
  return services.size;
}
