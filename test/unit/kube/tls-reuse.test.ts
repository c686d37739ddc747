import { webcrypto } from 'node:crypto';
import https from 'node:https';
import * as k8s from '@kubernetes/client-node';
import * as x509 from '../../../src/istio/x509.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { newKubeConfig } from '../../../src/kube/tls-reuse.js';

let caOne = '';
let caTwo = '';

async function selfSignedCa(name: string): Promise<string> {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${name}`,
    notBefore: new Date(),
    notAfter: new Date(Date.now() + 86_400_000),
    keys,
    signingAlgorithm: algorithm,
  });
  return Buffer.from(certificate.toString('pem')).toString('base64');
}

function cluster(name: string, server: string, caData: string, proxyUrl?: string): k8s.Cluster {
  return { name, server, caData, skipTLSVerify: false, ...(proxyUrl ? { proxyUrl } : {}) };
}

function config(clusters: k8s.Cluster[]): k8s.KubeConfig {
  const kc = newKubeConfig();
  kc.loadFromOptions({
    clusters,
    users: [{ name: 'u', token: 'secret-token' }],
    contexts: clusters.map((c) => ({ name: c.name, cluster: c.name, user: 'u' })),
    currentContext: clusters[0]?.name,
  });
  return kc;
}

async function requestOn(kc: k8s.KubeConfig): Promise<{ agent: https.Agent; auth: string | undefined }> {
  const url = `${kc.getCurrentCluster()?.server ?? ''}/api/v1/pods`;
  const context = new k8s.RequestContext(url, k8s.HttpMethod.GET);
  await kc.applySecurityAuthentication(context);
  return { agent: context.getAgent() as https.Agent, auth: context.getHeaders()['Authorization'] };
}

beforeAll(async () => {
  [caOne, caTwo] = await Promise.all([selfSignedCa('ca-one'), selfSignedCa('ca-two')]);
});

describe('TlsReusingKubeConfig', () => {
  it('gives every request of one cluster the same agent, one secure context, and still its credentials', async () => {
    const kc = config([cluster('a', 'https://127.0.0.1:6443', caOne)]);
    const first = await requestOn(kc);
    const second = await requestOn(kc);
    expect(first.agent).toBeInstanceOf(https.Agent);
    expect(second.agent).toBe(first.agent);
    expect(first.agent.options.secureContext).toBeDefined();
    // Connections are kept alive: each new one cost a TCP and a TLS round trip.
    expect(first.agent.options.keepAlive).toBe(true);
    expect(first.agent.options.rejectUnauthorized).not.toBe(false);
    expect(second.auth).toBe('Bearer secret-token');
  });

  it('keeps agents apart when the TLS material differs', async () => {
    const kc = config([
      cluster('a', 'https://127.0.0.1:6443', caOne),
      cluster('b', 'https://127.0.0.1:6444', caTwo),
    ]);
    const onA = await requestOn(kc);
    kc.setCurrentContext('b');
    const onB = await requestOn(kc);
    expect(onB.agent).not.toBe(onA.agent);
    expect(onB.agent.options.secureContext).not.toBe(onA.agent.options.secureContext);
  });

  it('leaves a proxy agent as client-node made it', async () => {
    const kc = config([cluster('a', 'https://10.0.0.1:6443', caOne, 'http://proxy.example:3128')]);
    const first = await requestOn(kc);
    const second = await requestOn(kc);
    expect(first.agent).not.toBe(second.agent);
    expect(first.agent.constructor).not.toBe(https.Agent);
    expect(first.agent.options.secureContext).toBeUndefined();
  });

  it('names connections and TLS sessions by host, port and server name only', async () => {
    const { agent } = await requestOn(config([cluster('a', 'https://127.0.0.1:6443', caOne)]));
    expect(agent.getName({ host: '127.0.0.1', port: 6443, servername: 'kube' })).toBe('127.0.0.1:6443:kube');
  });
});
