import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** Deterministic fake bytes, base64-encoded: looks like certificate data, is none. */
export function fakeBytes(seed: string, length = 96): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; Buffer.concat(chunks).length < length; i += 1) {
    chunks.push(createHash('sha256').update(`${seed}/${i}`).digest());
  }
  return Buffer.concat(chunks).subarray(0, length);
}

export function fakePem(kind: 'CERTIFICATE' | 'RSA PRIVATE KEY', seed: string): string {
  const body = fakeBytes(seed, 180).toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----\n`;
}

/** What a kubeconfig `*-data` field holds: the PEM, base64-encoded. */
export function pemData(kind: 'CERTIFICATE' | 'RSA PRIVATE KEY', seed: string): string {
  return Buffer.from(fakePem(kind, seed)).toString('base64');
}

export function fakeToken(seed: string): string {
  return `tok-${createHash('sha256').update(seed).digest('hex').slice(0, 32)}`;
}

export interface FakeCluster {
  readonly cluster: string;
  readonly server: string;
  readonly context?: string;
  readonly user?: string;
  /** A token user by default; 'cert' gives client-certificate-data + client-key-data. */
  readonly auth?: 'token' | 'cert';
}

export function contextOf(entry: FakeCluster): string {
  return entry.context ?? entry.cluster;
}

function userOf(entry: FakeCluster): Record<string, string> {
  if (entry.auth === 'cert') {
    return {
      'client-certificate-data': pemData('CERTIFICATE', `${entry.cluster}-client`),
      'client-key-data': pemData('RSA PRIVATE KEY', `${entry.cluster}-key`),
    };
  }
  return { token: fakeToken(entry.cluster) };
}

/** A kubeconfig object (the YAML shape) holding each cluster with its context and user. */
export function kubeconfigObject(entries: readonly FakeCluster[], current?: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: entries.map((entry) => ({
      name: entry.cluster,
      cluster: {
        server: entry.server,
        'certificate-authority-data': pemData('CERTIFICATE', `${entry.cluster}-ca`),
      },
    })),
    contexts: entries.map((entry) => ({
      name: contextOf(entry),
      context: { cluster: entry.cluster, user: entry.user ?? `${entry.cluster}-admin` },
    })),
    'current-context': current ?? (entries[0] ? contextOf(entries[0]) : ''),
    preferences: {},
    users: entries.map((entry) => ({ name: entry.user ?? `${entry.cluster}-admin`, user: userOf(entry) })),
  };
}

export function kubeconfigYaml(entries: readonly FakeCluster[], current?: string): string {
  return yaml.dump(kubeconfigObject(entries, current), { lineWidth: -1 });
}

export function toBase64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/** A fresh temporary directory per test; `cleanup` removes it. */
export function makeTempDir(): { readonly dir: string; readonly cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'credentials-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
