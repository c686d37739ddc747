/**
 * Every problem of a kubeconfig document, each with its path (`clusters[0].cluster.server is
 * missing`), and the fields that point at files: what neither the shape check nor client-node's
 * KubeConfig reports (client-node stops at the first missing field and checks no reference).
 */
import { redactUrlCredentials } from '../util/redact.js';
import { isBase64 } from './kubeconfig-input.js';
import type { Kubeconfig, NamedCluster, NamedContext, NamedUser } from './kubeconfig-model.js';
import { availableContexts } from './kubeconfig-select.js';

function findIndex<T extends { readonly name?: string }>(entries: readonly T[], name: string): number {
  return entries.findIndex((entry) => entry.name === name);
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch (error: unknown) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

function clusterProblems(entry: NamedCluster, path: string): string[] {
  const problems: string[] = [];
  if (!entry.name) problems.push(`${path}.name is missing`);
  const cluster = entry.cluster;
  if (cluster === undefined) return [...problems, `${path}.cluster is missing`];
  const server = cluster.server;
  if (!server) problems.push(`${path}.cluster.server is missing`);
  else if (!isUrl(server))
    problems.push(
      `${path}.cluster.server "${redactUrlCredentials(server)}" is not a URL such as https://10.0.0.1:6443`,
    );
  const caData = cluster['certificate-authority-data'];
  if (caData !== undefined && !isBase64(caData)) {
    problems.push(`${path}.cluster.certificate-authority-data is not base64`);
  }
  if (cluster['insecure-skip-tls-verify'] === true && (caData || cluster['certificate-authority'])) {
    problems.push(
      `${path}.cluster sets insecure-skip-tls-verify together with a certificate authority (kubectl refuses it)`,
    );
  }
  return problems;
}

function userProblems(entry: NamedUser, path: string): string[] {
  const problems: string[] = [];
  if (!entry.name) problems.push(`${path}.name is missing`);
  const user = entry.user ?? {};
  for (const field of ['client-certificate-data', 'client-key-data'] as const) {
    const value = user[field];
    if (value !== undefined && !isBase64(value)) problems.push(`${path}.user.${field} is not base64`);
  }
  const hasCertificate = Boolean(user['client-certificate-data'] || user['client-certificate']);
  const hasKey = Boolean(user['client-key-data'] || user['client-key']);
  if (hasCertificate && !hasKey) problems.push(`${path}.user has a client certificate but no client key`);
  if (hasKey && !hasCertificate) problems.push(`${path}.user has a client key but no client certificate`);
  if (user.exec !== undefined && !user.exec.command) problems.push(`${path}.user.exec.command is missing`);
  return problems;
}

function contextProblems(config: Kubeconfig, entry: NamedContext, path: string): string[] {
  const problems: string[] = [];
  if (!entry.name) problems.push(`${path}.name is missing`);
  const context = entry.context;
  if (context === undefined) return [...problems, `${path}.context is missing`];
  if (!context.cluster) problems.push(`${path}.context.cluster is missing`);
  else if (findIndex(config.clusters, context.cluster) < 0) {
    problems.push(`${path}.context.cluster "${context.cluster}" is not in clusters`);
  }
  if (context.user && findIndex(config.users, context.user) < 0) {
    problems.push(`${path}.context.user "${context.user}" is not in users`);
  }
  return problems;
}

function duplicateProblems(list: string, entries: readonly { readonly name?: string }[]): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    if (!entry.name) return;
    const first = seen.get(entry.name);
    if (first === undefined) seen.set(entry.name, index);
    else problems.push(`${list}[${index}].name "${entry.name}" repeats ${list}[${first}].name`);
  });
  return problems;
}

function validateWhole(config: Kubeconfig): string[] {
  const problems: string[] = [];
  if (config.clusters.length === 0) problems.push('clusters is empty');
  if (config.contexts.length === 0) problems.push('contexts is empty');
  config.clusters.forEach((entry, index) => problems.push(...clusterProblems(entry, `clusters[${index}]`)));
  config.users.forEach((entry, index) => problems.push(...userProblems(entry, `users[${index}]`)));
  config.contexts.forEach((entry, index) =>
    problems.push(...contextProblems(config, entry, `contexts[${index}]`)),
  );
  problems.push(
    ...duplicateProblems('clusters', config.clusters),
    ...duplicateProblems('users', config.users),
  );
  problems.push(...duplicateProblems('contexts', config.contexts));
  const current = config['current-context'];
  if (current && findIndex(config.contexts, current) < 0)
    problems.push(`current-context "${current}" is not in contexts`);
  return problems;
}

function validateOneContext(config: Kubeconfig, contextName: string): string[] {
  const contextIndex = findIndex(config.contexts, contextName);
  const context = config.contexts[contextIndex];
  if (context === undefined) return [`has no context "${contextName}" (${availableContexts(config)})`];
  const problems = contextProblems(config, context, `contexts[${contextIndex}]`);
  const clusterIndex = context.context?.cluster ? findIndex(config.clusters, context.context.cluster) : -1;
  const cluster = config.clusters[clusterIndex];
  if (cluster !== undefined) problems.push(...clusterProblems(cluster, `clusters[${clusterIndex}]`));
  const userIndex = context.context?.user ? findIndex(config.users, context.context.user) : -1;
  const user = config.users[userIndex];
  if (user !== undefined) problems.push(...userProblems(user, `users[${userIndex}]`));
  const sameName = (list: readonly { readonly name?: string }[], name: string | undefined) =>
    list.filter((entry) => name !== undefined && entry.name === name).length > 1;
  if (sameName(config.contexts, contextName))
    problems.push(`contexts has several entries named "${contextName}"`);
  if (sameName(config.clusters, cluster?.name))
    problems.push(`clusters has several entries named "${cluster?.name}"`);
  if (sameName(config.users, user?.name)) problems.push(`users has several entries named "${user?.name}"`);
  return problems;
}

/**
 * Every problem of the kubeconfig, with paths such as `clusters[0].cluster.server is missing`.
 * With `context`, only that context and the cluster and user it uses are checked (other entries of
 * a merged kubeconfig may be broken without harm); paths still index the whole file.
 */
export function validateKubeconfig(
  config: Kubeconfig,
  options: { readonly context?: string } = {},
): readonly string[] {
  return options.context === undefined ? validateWhole(config) : validateOneContext(config, options.context);
}

/**
 * The fields that point at files (`user "kind-east": client-key`), which must exist at that path
 * wherever the kubeconfig is used: on a runner, a path from a workstation rarely does.
 */
export function fileReferences(config: Kubeconfig): readonly string[] {
  const references: string[] = [];
  for (const entry of config.clusters) {
    if (entry.cluster?.['certificate-authority'])
      references.push(`cluster "${entry.name ?? ''}": certificate-authority`);
  }
  for (const entry of config.users) {
    for (const field of ['client-certificate', 'client-key', 'tokenFile'] as const) {
      if (entry.user?.[field]) references.push(`user "${entry.name ?? ''}": ${field}`);
    }
  }
  return references;
}
