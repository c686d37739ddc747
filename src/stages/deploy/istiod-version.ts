import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from '../../kube/client.js';

/** The istiod version on the primary: the chart's version label on its Deployment, else its image tag. */
export async function istiodVersion(primary: ClusterHandle, namespace: string): Promise<string | undefined> {
  const deployments = await primary.config.makeApiClient(k8s.AppsV1Api).listNamespacedDeployment({
    namespace,
    labelSelector: 'app=istiod',
  });
  const deployment = deployments.items[0];
  const label = deployment?.metadata?.labels?.['app.kubernetes.io/version'];
  if (label) return label;
  const image = deployment?.spec?.template.spec?.containers[0]?.image;
  return image?.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : undefined;
}
