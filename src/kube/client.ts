import { readFileSync } from 'node:fs';
import * as k8s from '@kubernetes/client-node';
import { newKubeConfig } from './tls-reuse.js';

/** One cluster as the stages see it: a name for messages and a KubeConfig loaded from an explicit file. */
export interface ClusterHandle {
  readonly name: string;
  readonly kubeconfigPath: string;
  readonly config: k8s.KubeConfig;
}

/**
 * Loads a kubeconfig file for one cluster. The user entry is renamed after the cluster because
 * client-node caches credentials by user name, and two clusters' kubeconfigs often both say "admin".
 */
export function openCluster(name: string, kubeconfigPath: string): ClusterHandle {
  const config = new k8s.KubeConfig();
  config.loadFromString(readFileSync(kubeconfigPath, 'utf8'));
  const context = config.getContextObject(config.getCurrentContext());
  if (!context) {
    throw new Error(`kubeconfig ${kubeconfigPath} for cluster "${name}" has no current context`);
  }
  const uniqueUser = `${name}/${context.user}`;
  const users = config.users.map((user) =>
    user.name === context.user ? { ...user, name: uniqueUser } : user,
  );
  const contexts = config.contexts.map((c) => (c.name === context.name ? { ...c, user: uniqueUser } : c));
  const renamed = newKubeConfig();
  renamed.loadFromOptions({
    clusters: config.clusters,
    users,
    contexts,
    currentContext: context.name,
  });
  return { name, kubeconfigPath, config: renamed };
}

export function coreApi(cluster: ClusterHandle): k8s.CoreV1Api {
  return cluster.config.makeApiClient(k8s.CoreV1Api);
}

export function serverOf(cluster: ClusterHandle): string {
  const server = cluster.config.getCurrentCluster()?.server;
  if (!server) throw new Error(`cluster "${cluster.name}": kubeconfig has no server`);
  return server;
}

/** HTTP status of a Kubernetes API error, or undefined for anything else (network errors, bugs). */
export function apiStatus(error: unknown): number | undefined {
  if (error instanceof k8s.ApiException) return error.code;
  return undefined;
}

export function isNotFound(error: unknown): boolean {
  return apiStatus(error) === 404;
}

/** HTTP 409: the object was created meanwhile (another run), or changed since it was read. */
export function isConflict(error: unknown): boolean {
  return apiStatus(error) === 409;
}

/** The API server's own message from an ApiException body, else the error message. */
export function apiMessage(error: unknown): string {
  if (error instanceof k8s.ApiException) {
    const body: unknown = error.body;
    if (typeof body === 'string') {
      try {
        const parsed = JSON.parse(body) as { message?: string };
        if (parsed.message) return `${parsed.message} (HTTP ${error.code})`;
      } catch {
        return `${body} (HTTP ${error.code})`;
      }
    }
    if (body && typeof body === 'object' && 'message' in body) {
      return `${String((body as { message: unknown }).message)} (HTTP ${error.code})`;
    }
    return `HTTP ${error.code}`;
  }
  if (error instanceof Error) {
    // A wrapper often quotes its cause already; client-node's own message of an ApiException is
    // the raw response (headers and body), never shown as it is.
    const cause = error.cause instanceof Error ? apiMessage(error.cause) : '';
    return cause === '' || error.message.includes(cause) ? error.message : `${error.message}: ${cause}`;
  }
  return String(error);
}
