/**
 * Writing one self-contained kubeconfig: the single context of an extracted document, renamed after
 * the cluster, exported by client-node's KubeConfig, with the fields client-node does not model
 * (tokenFile, as-groups, extensions...) carried over from the document as they were.
 */
import yaml from 'js-yaml';
import {
  KubeconfigError,
  type Kubeconfig,
  type KubeconfigCluster,
  type KubeconfigContext,
  type KubeconfigUser,
} from './kubeconfig-model.js';
import { toKubeConfig } from './kubeconfig-select.js';

export function serializeKubeconfig(config: Kubeconfig): string {
  return yaml.dump(config, { lineWidth: -1, noRefs: true });
}

/**
 * Renames the cluster, context and user of a single-context kubeconfig to `name`. Loaded together,
 * files named this way never share a user name, so client-node's credential cache (keyed by user
 * name) cannot mix clusters up.
 */
export function renameKubeconfigEntries(config: Kubeconfig, name: string): Kubeconfig {
  const [cluster, ...otherClusters] = config.clusters;
  const [context, ...otherContexts] = config.contexts;
  const [user, ...otherUsers] = config.users;
  if (cluster === undefined || context === undefined || otherClusters.length + otherContexts.length > 0) {
    throw new KubeconfigError([
      'renaming needs exactly one cluster and one context: extract the context first',
    ]);
  }
  if (otherUsers.length > 0) throw new KubeconfigError(['renaming needs at most one user']);
  const contextFields: KubeconfigContext = { ...context.context, cluster: name };
  return {
    ...config,
    clusters: [{ ...cluster, name }],
    contexts: [{ name, context: user === undefined ? contextFields : { ...contextFields, user: name } }],
    'current-context': name,
    users: user === undefined ? [] : [{ ...user, name }],
  };
}

interface Exported {
  readonly clusters: readonly { readonly cluster: KubeconfigCluster }[];
  readonly contexts: readonly { readonly context: KubeconfigContext }[];
  readonly users: readonly { readonly user: KubeconfigUser }[];
}

/**
 * The YAML of `config` (one context, as extractContext gives it) with its cluster, context and user
 * all named `name`: what client-node's exportConfig writes, each entry completed with the fields of
 * the document client-node leaves out.
 */
export function exportKubeconfig(config: Kubeconfig, name: string): string {
  const renamed = renameKubeconfigEntries(config, name);
  const exported = JSON.parse(toKubeConfig(renamed).exportConfig()) as Exported;
  const { name: _inner, ...context } = exported.contexts[0]?.context ?? {};
  return serializeKubeconfig({
    ...renamed,
    clusters: renamed.clusters.map((entry) => ({
      name,
      cluster: { ...entry.cluster, ...exported.clusters[0]?.cluster },
    })),
    contexts: renamed.contexts.map((entry) => ({ name, context: { ...entry.context, ...context } })),
    users: renamed.users.map((entry) => ({ name, user: { ...entry.user, ...exported.users[0]?.user } })),
  });
}
