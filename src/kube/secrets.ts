import type * as k8s from '@kubernetes/client-node';
import { coreApi, isNotFound, type ClusterHandle } from './client.js';

/** The Secret, or undefined when it does not exist (any other error is thrown). */
export async function readSecret(
  cluster: ClusterHandle,
  namespace: string,
  name: string,
): Promise<k8s.V1Secret | undefined> {
  try {
    return await coreApi(cluster).readNamespacedSecret({ namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Names of the Secrets in a namespace matching a label selector. */
export async function secretNames(
  cluster: ClusterHandle,
  namespace: string,
  selector: string,
): Promise<string[]> {
  const list = await coreApi(cluster).listNamespacedSecret({ namespace, labelSelector: selector });
  return list.items.map((secret) => secret.metadata?.name ?? '').filter((name) => name !== '');
}
