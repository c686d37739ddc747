import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from '../../kube/client.js';
import { RELEASE_LABEL } from './deploy-chart.js';

const HELM_RELEASE_ANNOTATION = 'meta.helm.sh/release-name';

/**
 * multi-primary: the istiod Deployment a cluster already runs that this action did not install
 * (neither its release label nor the `istiod` helm release), or undefined. Such a cluster keeps its
 * control plane; only registrations are written.
 */
export async function foreignIstiod(cluster: ClusterHandle, namespace: string): Promise<string | undefined> {
  const deployments = await cluster.config.makeApiClient(k8s.AppsV1Api).listNamespacedDeployment({
    namespace,
    labelSelector: 'app=istiod',
  });
  const foreign = deployments.items.find(
    (d) =>
      d.metadata?.labels?.[RELEASE_LABEL] === undefined &&
      d.metadata?.annotations?.[HELM_RELEASE_ANNOTATION] !== 'istiod',
  );
  return foreign?.metadata?.name;
}
