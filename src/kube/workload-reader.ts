/**
 * The reads a stage makes of a cluster's workloads (pods, Deployments, Services), as a narrow
 * interface: client-node implements it here, and stage tests give the stage an in-memory one.
 */
import * as k8s from '@kubernetes/client-node';
import { coreApi, isNotFound, type ClusterHandle } from './client.js';

export interface WorkloadReader {
  /** The cluster's name, for messages. */
  readonly cluster: string;
  listPods(namespace: string, labelSelector: string): Promise<k8s.V1Pod[]>;
  /** Whether a Deployment carries these labels. */
  hasDeployment(namespace: string, labelSelector: string): Promise<boolean>;
  /** The Service, or undefined when it does not exist. */
  readService(namespace: string, name: string): Promise<k8s.V1Service | undefined>;
}

export function workloadReaderOf(cluster: ClusterHandle): WorkloadReader {
  return {
    cluster: cluster.name,
    async listPods(namespace, labelSelector) {
      return (await coreApi(cluster).listNamespacedPod({ namespace, labelSelector })).items;
    },
    async hasDeployment(namespace, labelSelector) {
      const apps = cluster.config.makeApiClient(k8s.AppsV1Api);
      return (await apps.listNamespacedDeployment({ namespace, labelSelector })).items.length > 0;
    },
    async readService(namespace, name) {
      try {
        return await coreApi(cluster).readNamespacedService({ namespace, name });
      } catch (error: unknown) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
  };
}
