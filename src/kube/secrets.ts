import { coreApi, type ClusterHandle } from './client.js';

/** Names of the Secrets in a namespace matching a label selector. */
export async function secretNames(
  cluster: ClusterHandle,
  namespace: string,
  selector: string,
): Promise<string[]> {
  const list = await coreApi(cluster).listNamespacedSecret({ namespace, labelSelector: selector });
  return list.items.map((secret) => secret.metadata?.name ?? '').filter((name) => name !== '');
}
