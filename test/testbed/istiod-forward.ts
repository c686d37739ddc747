import { CustomObjectsApi } from '@kubernetes/client-node';
import { isNotFound, loadKubeConfig } from './cluster-api.js';
import { readState } from './state.js';

const GROUP = 'kwok.x-k8s.io';
const VERSION = 'v1alpha1';
/** istiod's monitoring listener in its pod: /metrics and the /debug endpoints. */
export const ISTIOD_MONITORING_PORT = 15014;

function customObjects(cluster: string): CustomObjectsApi {
  const target = readState()?.clusters.find((c) => c.name === cluster);
  if (!target) throw new Error(`the testbed is not up (no ${cluster}); run \`npm run testbed -- up\``);
  return loadKubeConfig(target.kubeconfigPath).makeApiClient(CustomObjectsApi);
}

async function replace(
  api: CustomObjectsApi,
  plural: string,
  body: { metadata: { name: string; namespace?: string } },
): Promise<void> {
  const { name, namespace } = body.metadata;
  try {
    if (namespace)
      await api.deleteNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, name });
    else await api.deleteClusterCustomObject({ group: GROUP, version: VERSION, plural, name });
  } catch (error: unknown) {
    if (!isNotFound(error)) throw error;
  }
  if (namespace)
    await api.createNamespacedCustomObject({
      group: GROUP,
      version: VERSION,
      namespace,
      plural,
      body: { apiVersion: `${GROUP}/${VERSION}`, kind: 'PortForward', ...body },
    });
  else
    await api.createClusterCustomObject({
      group: GROUP,
      version: VERSION,
      plural,
      body: { apiVersion: `${GROUP}/${VERSION}`, kind: 'ClusterPortForward', ...body },
    });
}

/**
 * kwok runs the istiod pods of `cluster` as fakes; the real istiod runs out of cluster. A
 * ClusterPortForward makes a port-forward to port 15014 of any pod in `namespace` reach the real
 * istiod's monitoring listener on loopback (which serves /debug to loopback callers without auth).
 */
export async function forwardIstiodPods(
  cluster: string,
  namespace: string,
  monitoringPort: number,
): Promise<void> {
  await replace(customObjects(cluster), 'clusterportforwards', {
    metadata: { name: `istiod-${namespace}` },
    spec: {
      selector: { matchNamespaces: [namespace] },
      forwards: [{ ports: [ISTIOD_MONITORING_PORT], target: { address: '127.0.0.1', port: monitoringPort } }],
    },
  } as never);
}

/** One pod's 15014 forwarded to `port` on loopback instead (a closed port: an unreachable istiod pod). */
export async function forwardPodTo(
  cluster: string,
  namespace: string,
  pod: string,
  port: number,
): Promise<void> {
  await replace(customObjects(cluster), 'portforwards', {
    metadata: { name: pod, namespace },
    spec: { forwards: [{ ports: [ISTIOD_MONITORING_PORT], target: { address: '127.0.0.1', port } }] },
  } as never);
}

export async function removePodForward(cluster: string, namespace: string, pod: string): Promise<void> {
  try {
    await customObjects(cluster).deleteNamespacedCustomObject({
      group: GROUP,
      version: VERSION,
      namespace,
      plural: 'portforwards',
      name: pod,
    });
  } catch (error: unknown) {
    if (!isNotFound(error)) throw error;
  }
}
