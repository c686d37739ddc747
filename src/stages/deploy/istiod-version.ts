import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from '../../kube/client.js';

export const ISTIOD_DEPLOYMENTS = 'app=istiod';

/** The istiod version of the first Deployment: its chart's version label, else its image tag. */
export function istiodVersionOf(deployments: readonly k8s.V1Deployment[]): string | undefined {
  const deployment = deployments[0];
  const label = deployment?.metadata?.labels?.['app.kubernetes.io/version'];
  if (label) return label;
  const image = deployment?.spec?.template.spec?.containers[0]?.image;
  return image?.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : undefined;
}

/** The istiod version on the primary: the chart's version label on its Deployment, else its image tag. */
export async function istiodVersion(primary: ClusterHandle, namespace: string): Promise<string | undefined> {
  const deployments = await primary.config.makeApiClient(k8s.AppsV1Api).listNamespacedDeployment({
    namespace,
    labelSelector: ISTIOD_DEPLOYMENTS,
  });
  return istiodVersionOf(deployments.items);
}
