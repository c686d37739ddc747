import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from '../../kube/client.js';
import { FIELD_MANAGER } from '../../kube/apply.js';
import { helmReleaseLabels } from '../../kube/helm-storage.js';
import { ownershipOf, RELEASE_LABEL } from '../../kube/ownership.js';
import { HELM_OWNER_LABEL } from '../deploy/ownership-claims.js';

const HELM_RELEASE_ANNOTATION = 'meta.helm.sh/release-name';

/** Whether the action installed (or adopted) this istiod: by its ownership marks, or its helm release's label. */
async function installedByTheAction(
  cluster: ClusterHandle,
  namespace: string,
  deployment: k8s.V1Deployment,
): Promise<boolean> {
  const release = deployment.metadata?.labels?.[RELEASE_LABEL];
  if (release !== undefined && ownershipOf(deployment, { release, namespace }, FIELD_MANAGER) !== 'foreign')
    return true;
  const helmRelease = deployment.metadata?.annotations?.[HELM_RELEASE_ANNOTATION];
  if (helmRelease === undefined) return false;
  const labels = await helmReleaseLabels(cluster, helmRelease, namespace);
  return labels?.[HELM_OWNER_LABEL] !== undefined;
}

/**
 * multi-primary: the istiod Deployment a cluster already runs that this action did not install (a
 * standard `helm install istiod` included: a release name proves nothing), or undefined. Such a
 * cluster keeps its control plane; only registrations are written.
 */
export async function foreignIstiod(cluster: ClusterHandle, namespace: string): Promise<string | undefined> {
  const deployments = await cluster.config.makeApiClient(k8s.AppsV1Api).listNamespacedDeployment({
    namespace,
    labelSelector: 'app=istiod',
  });
  for (const deployment of deployments.items)
    if (!(await installedByTheAction(cluster, namespace, deployment))) return deployment.metadata?.name;
  return undefined;
}
