/**
 * Kubeconfigs read back from a cluster (a registration Secret on a holder, a reader kubeconfig built
 * from a token Secret) are cluster state that anyone allowed to write Secrets there may have edited.
 * client-node runs what a kubeconfig asks for: exec plugins and auth-provider commands, token and
 * key files on the runner. So such a kubeconfig is parsed with the input parser's string-only schema
 * and reduced to the server, CA and token of its one context, and everything else is refused; the
 * client-node KubeConfig is then built from those fields alone (loadFromOptions reads no file).
 */
import type * as k8s from '@kubernetes/client-node';
import { parseKubeconfig, isBase64 } from './kubeconfig-input.js';
import { KubeconfigError, type Kubeconfig } from './kubeconfig-model.js';
import { isMapping } from './kubeconfig-shape.js';
import { newKubeConfig } from './tls-reuse.js';
import { serverUrlProblem, shownServer } from './transport-policy.js';

/** What a cluster-read kubeconfig may carry, and all that is used from it. */
export interface ClusterCredential {
  readonly server: string;
  /** Base64 CA bundle. */
  readonly caData: string;
  readonly token: string;
  readonly tlsServerName?: string;
}

/** A cluster-read kubeconfig that is refused; the message names the object and never quotes a value. */
export class ClusterKubeconfigError extends Error {
  readonly object: string;
  readonly problems: readonly string[];

  constructor(object: string, problems: readonly string[]) {
    super(`${object} holds a kubeconfig the action refuses to use: ${problems.join('; ')}`);
    this.name = 'ClusterKubeconfigError';
    this.object = object;
    this.problems = problems;
  }
}

/** `Secret istio-system/istio-remote-secret-east on cluster primary`, for messages. */
export function secretObjectName(namespace: string, name: string, cluster: string): string {
  return `Secret ${namespace}/${name} on cluster ${cluster}`;
}

const TOP_LEVEL_FIELDS = [
  'apiVersion',
  'kind',
  'clusters',
  'contexts',
  'users',
  'current-context',
  'preferences',
];
const CLUSTER_FIELDS = [
  'server',
  'certificate-authority-data',
  'tls-server-name',
  'insecure-skip-tls-verify',
];
const CONTEXT_FIELDS = ['cluster', 'user'];
const USER_FIELDS = ['token'];

/** Why each field a registration never needs is refused; other unknown fields get a generic reason. */
const REFUSED_FIELDS: Readonly<Record<string, string>> = {
  exec: 'runs a program on the runner (exec credential plugin)',
  'auth-provider': 'runs an auth-provider (which may run a program or read files on the runner)',
  tokenFile: 'reads a file on the runner',
  'client-certificate': 'reads a file on the runner',
  'client-key': 'reads a file on the runner',
  'certificate-authority': 'reads a file on the runner',
  'client-certificate-data': 'is a client certificate; a registration authenticates with a token only',
  'client-key-data': 'is a client key; a registration authenticates with a token only',
  username: 'is basic authentication; a registration authenticates with a token only',
  password: 'is basic authentication; a registration authenticates with a token only',
  as: 'impersonates another user',
  'as-groups': 'impersonates other groups',
  'as-uid': 'impersonates another user',
  'as-user-extra': 'impersonates another user',
  'proxy-url': 'sends the token through a proxy',
  extensions: 'is not needed by a registration',
  namespace: 'is not needed by a registration',
};

/** A field name as it may be shown: attacker-chosen keys are quoted and cut short. */
function shownField(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}...` : key);
}

function extraFields(value: unknown, allowed: readonly string[], path: string): string[] {
  if (!isMapping(value)) return [];
  return Object.keys(value)
    .filter((key) => !allowed.includes(key) && value[key] !== undefined)
    .map((key) => {
      const reason = REFUSED_FIELDS[key];
      return reason === undefined
        ? `${path} has the field ${shownField(key)}, which a registration does not need`
        : `${path}.${key} ${reason}`;
    });
}

function oneEntry<T>(entries: readonly T[], kind: string, problems: string[]): T | undefined {
  if (entries.length !== 1) problems.push(`it has ${entries.length} ${kind} where exactly one is allowed`);
  return entries.length === 1 ? entries[0] : undefined;
}

function topLevelProblems(config: Kubeconfig): string[] {
  const problems = Object.keys(config)
    .filter((key) => !TOP_LEVEL_FIELDS.includes(key))
    .map((key) => `${shownField(key)} ${REFUSED_FIELDS[key] ?? 'is not needed by a registration'}`);
  if (config.preferences !== undefined && Object.keys(config.preferences).length > 0)
    problems.push('preferences must be empty');
  return problems;
}

const TOKEN_PATTERN = /^[\x21-\x7e]+$/;

function credentialOf(config: Kubeconfig, problems: string[]): ClusterCredential | undefined {
  const cluster = oneEntry(config.clusters, 'clusters', problems);
  const context = oneEntry(config.contexts, 'contexts', problems);
  const user = oneEntry(config.users, 'users', problems);
  if (!cluster || !context || !user) return undefined;
  problems.push(
    ...extraFields(cluster.cluster, CLUSTER_FIELDS, 'clusters[0].cluster'),
    ...extraFields(context.context, CONTEXT_FIELDS, 'contexts[0].context'),
    ...extraFields(user.user, USER_FIELDS, 'users[0].user'),
  );
  const current = config['current-context'];
  if (current !== undefined && current !== context.name)
    problems.push('current-context does not name its one context');
  if (context.context?.cluster !== cluster.name) problems.push('its context does not use its one cluster');
  if (context.context?.user !== user.name) problems.push('its context does not use its one user');
  const { server = '', 'certificate-authority-data': caData = '' } = cluster.cluster ?? {};
  const serverProblem = serverUrlProblem(server);
  if (serverProblem !== undefined) problems.push(`server ${shownServer(server)} ${serverProblem}`);
  if (cluster.cluster?.['insecure-skip-tls-verify'] === true)
    problems.push('clusters[0].cluster.insecure-skip-tls-verify skips TLS verification');
  if (caData.trim() === '' || !isBase64(caData))
    problems.push('clusters[0].cluster.certificate-authority-data must be the base64 CA bundle');
  const token = user.user?.token ?? '';
  if (!TOKEN_PATTERN.test(token))
    problems.push('users[0].user.token must be a bearer token (printable, no spaces)');
  const tlsServerName = cluster.cluster?.['tls-server-name'];
  return { server, caData: caData.replace(/\s+/g, ''), token, ...(tlsServerName ? { tlsServerName } : {}) };
}

/**
 * The server, CA and token of a kubeconfig read from a cluster. Throws a ClusterKubeconfigError
 * naming `object` (see secretObjectName) for anything a registration does not need.
 */
export function readClusterKubeconfig(text: string, object: string): ClusterCredential {
  let config: Kubeconfig;
  try {
    config = parseKubeconfig(text);
  } catch (error: unknown) {
    if (error instanceof KubeconfigError) throw new ClusterKubeconfigError(object, error.problems);
    throw error;
  }
  const problems = topLevelProblems(config);
  const credential = credentialOf(config, problems);
  if (problems.length > 0 || credential === undefined) throw new ClusterKubeconfigError(object, problems);
  return credential;
}

/** client-node's KubeConfig of a reduced credential only: one cluster, context and token user named `name`. */
export function clusterKubeConfig(credential: ClusterCredential, name: string): k8s.KubeConfig {
  const config = newKubeConfig();
  config.loadFromOptions({
    clusters: [
      {
        name,
        server: credential.server,
        caData: credential.caData,
        skipTLSVerify: false,
        ...(credential.tlsServerName ? { tlsServerName: credential.tlsServerName } : {}),
      },
    ],
    users: [{ name, token: credential.token }],
    contexts: [{ name, cluster: name, user: name }],
    currentContext: name,
  });
  return config;
}
