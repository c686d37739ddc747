import { createHash } from 'node:crypto';
import https from 'node:https';
import tls from 'node:tls';
import * as k8s from '@kubernetes/client-node';
import { TransientRetryHttpLibrary } from './transient-retry.js';

type RequestContext = Parameters<k8s.KubeConfig['applySecurityAuthentication']>[0];

/** The TLS material of an agent, hashed: two requests share TLS state only when it is the same. */
function tlsKey(options: https.AgentOptions): string {
  const hash = createHash('sha256');
  for (const value of [options.ca, options.cert, options.key, options.pfx, options.passphrase]) {
    const parts = Array.isArray(value) ? value : [value];
    for (const part of parts) hash.update(part === undefined ? '\0' : `${String(part)}\u0001`);
  }
  hash.update(String(options.rejectUnauthorized));
  hash.update(String(options.servername));
  return hash.digest('hex');
}

/**
 * An agent for one TLS material. Node names each pool and TLS session cache entry after every TLS
 * option, CA bundle and client key included, on every request; here they are the same for the
 * whole agent, so host, port and server name tell its connections apart.
 */
class SameTlsAgent extends https.Agent {
  override getName(options?: https.RequestOptions): string {
    return `${options?.host ?? ''}:${options?.port ?? ''}:${options?.servername ?? ''}`;
  }
}

function sharedTlsAgent(options: https.AgentOptions): https.Agent {
  const { ca, cert, key, pfx, passphrase } = options;
  return new SameTlsAgent({
    ...options,
    // Parsed once per cluster instead of once per request (CA bundle, client certificate and key).
    secureContext: tls.createSecureContext({ ca, cert, key, pfx, passphrase }),
    // Connections kept open: over a network each new one costs a TCP and a TLS round trip before
    // the request's own. node-fetch 2 (client-node's HTTP library) was seen to report a kept-alive
    // socket's next chunked response as "Premature close" (node-fetch/node-fetch#1767); 1,600
    // concurrent mixed requests (lists, reads, 404s, creates, deletes) and the install, resync,
    // prune and ownership suites met none on node-fetch 2.7.0, and a connection that fails on
    // the way is retried (transient-retry.ts).
    keepAlive: true,
  });
}

/**
 * One agent per TLS material for the whole process: every KubeConfig of a step, and in the step host
 * every step after it, reuses the connections and TLS sessions an earlier one opened.
 */
const agents = new Map<string, https.Agent>();

/**
 * client-node (1.4) gives every request a new https.Agent, so each request builds a new secure
 * context and runs a full TLS handshake: in a resync of 8 remotes that was most of a step's CPU,
 * on the runner and on the API servers. This KubeConfig keeps one agent per TLS material (one
 * secure context, one TLS session cache) and gives it to every request. Proxy agents (cluster
 * proxy-url) are left as client-node made them, and credentials stay per request (headers), so a
 * rotated token is still sent as it changes. Its API clients retry transient failures.
 */
export class TlsReusingKubeConfig extends k8s.KubeConfig {
  override async applySecurityAuthentication(context: RequestContext): Promise<void> {
    await super.applySecurityAuthentication(context);
    const fresh = context.getAgent();
    if (!fresh || fresh.constructor !== https.Agent) return;
    const options = (fresh as https.Agent).options;
    const key = tlsKey(options);
    let agent = agents.get(key);
    if (!agent) {
      agent = sharedTlsAgent(options);
      agents.set(key, agent);
    }
    context.setAgent(agent);
  }

  /** As client-node's, with transient failures retried (src/kube/transient-retry.ts). */
  override makeApiClient<T extends k8s.ApiType>(apiClientType: k8s.ApiConstructor<T>): T {
    const cluster = this.getCurrentCluster();
    if (!cluster) throw new Error('No active cluster!');
    const config = k8s.createConfiguration({
      baseServer: new k8s.ServerConfiguration(cluster.server, {}),
      authMethods: { default: this },
      httpApi: new TransientRetryHttpLibrary(),
    });
    return new apiClientType(config);
  }
}

/** A KubeConfig whose API clients share TLS state per cluster (see TlsReusingKubeConfig). */
export function newKubeConfig(): k8s.KubeConfig {
  return new TlsReusingKubeConfig();
}
