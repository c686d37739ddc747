/**
 * The kubeconfig a remote registers with the primary: one cluster, context and user named after the
 * remote, the reader token and the CA, https only. Written with the document serializer rather than
 * client-node's exportConfig, which adds `insecure-skip-tls-verify: false` and a name inside the
 * context: the registration stays field for field the one istioctl create-remote-secret writes.
 */
import { isDns1123Label } from '../util/names.js';
import { redactUrlCredentials } from '../util/redact.js';
import { isBase64 } from './kubeconfig-input.js';
import { KubeconfigError, type KubeconfigCluster } from './kubeconfig-model.js';
import { serializeKubeconfig } from './kubeconfig-write.js';
import { serverUrlProblem } from './transport-policy.js';

export interface TokenKubeconfigOptions {
  /** Cluster, context and user name: the remote's DNS-1123 name. */
  readonly name: string;
  readonly server: string;
  /** Base64 CA bundle, as in the token Secret's `ca.crt` data. */
  readonly caData: string;
  readonly token: string;
  readonly tlsServerName?: string;
}

function tokenKubeconfigProblems(options: TokenKubeconfigOptions): string[] {
  const problems: string[] = [];
  if (!isDns1123Label(options.name))
    problems.push(`name "${options.name}" is not a DNS-1123 label such as "east-1"`);
  const serverProblem = serverUrlProblem(options.server);
  if (serverProblem !== undefined)
    problems.push(`server "${redactUrlCredentials(options.server)}" ${serverProblem}`);
  if (options.caData.trim() === '' || !isBase64(options.caData)) {
    problems.push('caData must be the base64 CA bundle (the ca.crt field of the token Secret data, as is)');
  }
  if (options.token.trim() === '') problems.push('token is empty');
  return problems;
}

/**
 * The kubeconfig of the seed procedure as YAML: one cluster, context and user, all named `name`,
 * with certificate-authority-data, server (and tls-server-name when given) and the token.
 */
export function buildTokenKubeconfig(options: TokenKubeconfigOptions): string {
  const problems = tokenKubeconfigProblems(options);
  if (problems.length > 0) throw new KubeconfigError(problems);
  const { name, server, caData, token, tlsServerName } = options;
  const cluster: KubeconfigCluster = {
    'certificate-authority-data': caData.replace(/\s+/g, ''),
    server,
    ...(tlsServerName ? { 'tls-server-name': tlsServerName } : {}),
  };
  return serializeKubeconfig({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster }],
    contexts: [{ name, context: { cluster: name, user: name } }],
    'current-context': name,
    preferences: {},
    users: [{ name, user: { token: token.trim() } }],
  });
}
