/**
 * How the action may talk to an API server: https only (a token over plain http crosses the network
 * in clear), TLS verified unless allow-insecure-tls is set, no credentials inside server URLs (they
 * would be copied into the registration on the primary), and exec credential plugins only while
 * allow-exec-credentials is true. Pure checks of kubeconfig models and URLs; messages never quote
 * a credential.
 */
import { basename } from 'node:path';
import type { Kubeconfig } from './kubeconfig-model.js';
import { redactUrlCredentials, urlCredentials } from '../util/redact.js';

export interface TransportPolicy {
  /** allow-insecure-tls: accept insecure-skip-tls-verify: true in an input kubeconfig. */
  readonly allowInsecureTls: boolean;
  /** allow-exec-credentials: accept users that run an exec credential plugin. */
  readonly allowExecCredentials: boolean;
}

export const DEFAULT_TRANSPORT_POLICY: TransportPolicy = {
  allowInsecureTls: false,
  allowExecCredentials: true,
};

/** Why `server` may not be used as an API server address, or undefined when it may. */
export function serverUrlProblem(server: string): string | undefined {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return 'is not a URL. Fix: give the https URL of the API server, e.g. https://10.0.0.1:6443';
  }
  if (url.protocol === 'http:') {
    return 'uses plain http: the token would cross the network in clear. Fix: use the https address of the API server, e.g. https://10.0.0.1:6443';
  }
  if (url.protocol !== 'https:')
    return 'is not an https URL. Fix: give the https URL of the API server, e.g. https://10.0.0.1:6443';
  if (url.username || url.password) {
    return 'carries credentials (user:password@): they would be copied into the registration on the primary. Fix: remove them from the URL; authenticate with the kubeconfig user (token or client certificate)';
  }
  if (url.search || url.hash)
    return 'has a query or fragment. Fix: give the bare address, e.g. https://10.0.0.1:6443';
  return undefined;
}

/** A server URL as it may be shown: credentials cut out. */
export function shownServer(server: string): string {
  return redactUrlCredentials(server);
}

/**
 * Every refusal of `config` (one context, extracted) under `policy`, each prefixed with the path of
 * the field in the kubeconfig and ending with a fix.
 */
export function transportProblems(config: Kubeconfig, policy: TransportPolicy): string[] {
  const problems: string[] = [];
  config.clusters.forEach((entry, index) => {
    const path = `clusters[${index}] "${entry.name ?? ''}"`;
    const server = entry.cluster?.server;
    const problem = server === undefined ? undefined : serverUrlProblem(server);
    if (problem !== undefined) problems.push(`${path}: server ${shownServer(server ?? '')} ${problem}.`);
    if (entry.cluster?.['insecure-skip-tls-verify'] === true && !policy.allowInsecureTls) {
      problems.push(
        `${path}: insecure-skip-tls-verify is true, so anyone on the path could read the credentials. ` +
          "Fix: set certificate-authority-data to the API server's CA (kubectl config view --raw --minify --flatten " +
          'shows it), or set allow-insecure-tls: true to accept it knowingly.',
      );
    }
  });
  if (!policy.allowExecCredentials) {
    for (const plugin of execPlugins(config)) {
      problems.push(
        `user "${plugin.user}" runs the exec credential plugin "${plugin.command}", and allow-exec-credentials is false. ` +
          'Fix: use a kubeconfig with a token or client certificate, or set allow-exec-credentials: true.',
      );
    }
  }
  return problems;
}

export interface ExecPlugin {
  readonly user: string;
  /** The command's file name only: never its arguments or environment. */
  readonly command: string;
}

/** The exec credential plugins the users of `config` run. */
export function execPlugins(config: Kubeconfig): ExecPlugin[] {
  return config.users.flatMap((entry) => {
    const command = entry.user?.exec?.command;
    return command ? [{ user: entry.name ?? '', command: basename(command) }] : [];
  });
}

/** Credentials written into the server and proxy URLs of `config`, to mask. */
export function kubeconfigUrlSecrets(config: Kubeconfig): string[] {
  return config.clusters.flatMap((entry) =>
    [entry.cluster?.server, entry.cluster?.['proxy-url']].flatMap((url) => (url ? urlCredentials(url) : [])),
  );
}
