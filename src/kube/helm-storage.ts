/**
 * Helm keeps each release revision in a Secret labelled owner=helm, name=<release>, version=<n>
 * (its default storage driver), with the labels given to `helm upgrade --labels` merged in. Reading
 * them tells whose release it is without running helm.
 */
import { coreApi, type ClusterHandle } from './client.js';

/** The labels of a release's newest revision, or undefined when the release does not exist. */
export async function helmReleaseLabels(
  cluster: ClusterHandle,
  release: string,
  namespace: string,
): Promise<Record<string, string> | undefined> {
  const list = await coreApi(cluster).listNamespacedSecret({
    namespace,
    labelSelector: `owner=helm,name=${release}`,
  });
  const newest = list.items
    .map((secret) => ({
      labels: secret.metadata?.labels ?? {},
      version: Number(secret.metadata?.labels?.version),
    }))
    .filter((revision) => Number.isInteger(revision.version))
    .sort((a, b) => b.version - a.version)[0];
  return newest?.labels;
}
