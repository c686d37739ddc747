/**
 * Picking one context, its cluster and its user out of a kubeconfig document (a merged one, or the
 * current context of a single one), with client-node's KubeConfig doing the lookups. The result is
 * still the document's own entries, so fields client-node does not model (tokenFile, as-groups,
 * extensions, exec options) stay with the context they belong to.
 */
import type { KubeConfig, Cluster, Context, User } from '@kubernetes/client-node';
import { newKubeConfig } from './tls-reuse.js';
import {
  KubeconfigError,
  type Kubeconfig,
  type NamedCluster,
  type NamedContext,
  type NamedUser,
} from './kubeconfig-model.js';

function toCluster(entry: NamedCluster): Cluster[] {
  const cluster = entry.cluster ?? {};
  if (!entry.name) return [];
  return [
    {
      name: entry.name,
      server: cluster.server ?? '',
      caData: cluster['certificate-authority-data'],
      caFile: cluster['certificate-authority'],
      skipTLSVerify: cluster['insecure-skip-tls-verify'] === true,
      tlsServerName: cluster['tls-server-name'],
      proxyUrl: cluster['proxy-url'],
    },
  ];
}

function toUser(entry: NamedUser): User[] {
  const user = entry.user ?? {};
  if (!entry.name) return [];
  return [
    {
      name: entry.name,
      token: user.token,
      certData: user['client-certificate-data'],
      certFile: user['client-certificate'],
      keyData: user['client-key-data'],
      keyFile: user['client-key'],
      username: user.username,
      password: user.password,
      impersonateUser: user.as,
      authProvider: user['auth-provider'],
      exec: user.exec,
    },
  ];
}

function toContext(entry: NamedContext): Context[] {
  if (!entry.name) return [];
  const { cluster = '', user = '', namespace } = entry.context ?? {};
  return [{ name: entry.name, cluster, user, namespace }];
}

/**
 * client-node's KubeConfig of a checked document (loadFromOptions: unlike loadFromString it reads no
 * file, such as a `token-file`, and keeps every value as decoded). Unnamed entries are left out.
 */
export function toKubeConfig(config: Kubeconfig): KubeConfig {
  const kc = newKubeConfig();
  kc.loadFromOptions({
    clusters: config.clusters.flatMap(toCluster),
    users: config.users.flatMap(toUser),
    contexts: config.contexts.flatMap(toContext),
    currentContext: config['current-context'] ?? '',
  });
  return kc;
}

function contextNames(kc: KubeConfig): string[] {
  return kc.getContexts().map((context) => context.name);
}

/** `available contexts: a, b` (or that there are none), for messages. */
export function availableContexts(config: Kubeconfig): string {
  const names = contextNames(toKubeConfig(config));
  return names.length === 0 ? 'it has no contexts' : `available contexts: ${names.join(', ')}`;
}

/** The context a single-cluster kubeconfig means: its current-context, or its only context. */
export function currentContextName(config: Kubeconfig): string {
  const kc = toKubeConfig(config);
  const current = kc.getCurrentContext();
  if (current !== undefined && current !== '') return current;
  const names = contextNames(kc);
  if (names.length === 1 && names[0] !== undefined) return names[0];
  throw new KubeconfigError([
    `has no current-context and ${names.length} contexts (${availableContexts(config)}): set current-context, ` +
      'or pass one merged kubeconfig with primary-context and remote-contexts',
  ]);
}

function byName<T extends { readonly name?: string }>(entries: readonly T[], name: string): T | undefined {
  return entries.find((entry) => entry.name === name);
}

function currentCluster(config: Kubeconfig): NamedCluster {
  if (config['current-context'] === undefined && config.clusters.length === 1 && config.clusters[0]) {
    return config.clusters[0];
  }
  const kc = toKubeConfig(config);
  const contextName = currentContextName(config);
  const context = kc.getContextObject(contextName);
  if (context === null) throw new KubeconfigError([`context "${contextName}" is not in contexts`]);
  const cluster = kc.getCluster(context.cluster);
  if (cluster === null) {
    throw new KubeconfigError([
      `context "${contextName}" refers to cluster "${context.cluster}", not in clusters`,
    ]);
  }
  return byName(config.clusters, cluster.name) ?? { name: cluster.name };
}

/** The API server of the cluster the kubeconfig's current context uses. */
export function serverOf(config: Kubeconfig): string {
  const cluster = currentCluster(config);
  const server = cluster.cluster?.server;
  if (server === undefined || server === '') {
    throw new KubeconfigError([`cluster "${cluster.name ?? ''}" has no server`]);
  }
  return server;
}

/** The name of the cluster the kubeconfig's current context uses. */
export function clusterNameOf(config: Kubeconfig): string {
  const name = currentCluster(config).name;
  if (name === undefined || name === '') throw new KubeconfigError(['the current cluster has no name']);
  return name;
}

/**
 * A self-contained kubeconfig with only `contextName`, its cluster and its user, and
 * `current-context` set. Throws a KubeconfigError (listing the available contexts when the context
 * is missing) when the context or what it refers to is not there.
 */
export function extractContext(config: Kubeconfig, contextName: string): Kubeconfig {
  const kc = toKubeConfig(config);
  const context = kc.getContextObject(contextName);
  if (context === null) {
    throw new KubeconfigError([`has no context "${contextName}" (${availableContexts(config)})`]);
  }
  const cluster = kc.getCluster(context.cluster);
  if (cluster === null) {
    throw new KubeconfigError([
      `context "${contextName}" refers to cluster "${context.cluster}", not in clusters`,
    ]);
  }
  const userName = byName(config.contexts, contextName)?.context?.user;
  const user = userName === undefined ? null : kc.getUser(userName);
  if (userName !== undefined && user === null) {
    throw new KubeconfigError([`context "${contextName}" refers to user "${userName}", not in users`]);
  }
  const entry = <T extends { readonly name?: string }>(list: readonly T[], name: string): T[] => {
    const found = byName(list, name);
    return found === undefined ? [] : [found];
  };
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: entry(config.clusters, cluster.name),
    contexts: entry(config.contexts, contextName),
    'current-context': contextName,
    preferences: config.preferences ?? {},
    users: user === null ? [] : entry(config.users, user.name),
  };
}
