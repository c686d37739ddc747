import { readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import tls from 'node:tls';
import yaml from 'js-yaml';
import { testbedDir } from './layout.js';
import type { ClusterState } from './state.js';

interface KubeconfigDocument {
  clusters?: { name: string; cluster: { server?: string; 'certificate-authority-data'?: string } }[];
}

export const proxiedKubeconfigFile = (cluster: string): string =>
  join(testbedDir, `${cluster}.proxied.kubeconfig`);

/** The certificate the API server presents at `server` (https URL), verified against `caPem`. */
function serverCertificate(server: string, caPem: string): Promise<X509Certificate> {
  const url = new URL(server);
  return new Promise((resolveCert, reject) => {
    const socket = tls.connect(
      {
        host: url.hostname,
        port: Number(url.port || 443),
        ca: caPem,
        servername: undefined,
        rejectUnauthorized: false,
      },
      () => {
        const raw = socket.getPeerX509Certificate();
        socket.destroy();
        if (!raw) reject(new Error(`${server} presented no certificate`));
        else resolveCert(raw);
      },
    );
    socket.once('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no TLS handshake with ${server} in 10 s`)));
  });
}

/**
 * Refuses a proxy address the API server certificate does not name: clients verify the certificate
 * against the host they dial, so the proxied kubeconfig works only when its SANs cover it.
 */
async function checkSans(cluster: ClusterState, caPem: string, proxyHost: string): Promise<void> {
  const certificate = await serverCertificate(cluster.apiServer, caPem);
  if (certificate.checkIP(proxyHost) === undefined && certificate.checkHost(proxyHost) === undefined) {
    throw new Error(
      `the API server certificate of ${cluster.name} does not cover the proxy address ${proxyHost} ` +
        `(SANs: ${certificate.subjectAltName ?? 'none'}); proxy on an address it names`,
    );
  }
}

/**
 * Writes .testbed/<cluster>.proxied.kubeconfig: the cluster's own kubeconfig (same CA, same
 * credentials) with every cluster entry's server set to https://<listen>.
 */
export async function proxiedKubeconfig(cluster: ClusterState, listen: string): Promise<string> {
  const document = yaml.load(readFileSync(cluster.kubeconfigPath, 'utf8')) as KubeconfigDocument;
  const entries = document.clusters ?? [];
  const caData = entries[0]?.cluster['certificate-authority-data'];
  if (!caData) throw new Error(`${cluster.kubeconfigPath} has no certificate-authority-data`);
  await checkSans(cluster, Buffer.from(caData, 'base64').toString('utf8'), listen.split(':')[0] ?? '');
  for (const entry of entries) entry.cluster.server = `https://${listen}`;
  const path = proxiedKubeconfigFile(cluster.name);
  writeFileSync(path, yaml.dump(document, { lineWidth: -1 }), { mode: 0o600 });
  return path;
}
