import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import {
  ClusterKubeconfigError,
  clusterKubeConfig,
  readClusterKubeconfig,
  secretObjectName,
} from '../../../src/kube/cluster-kubeconfig.js';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import { replacementReason } from '../../../src/stages/register/registration-compare.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.secret-token-value.sig';
const CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');
const OBJECT = secretObjectName('istio-system', 'istio-remote-secret-remote-1', 'primary');

/** The registration the action writes, with `cluster` and `user` entries merged over its own. */
function registration(cluster: Record<string, unknown> = {}, user: Record<string, unknown> = {}): string {
  const document = yaml.load(
    buildTokenKubeconfig({ name: 'remote-1', server: 'https://10.0.0.1:6443', caData: CA, token: TOKEN }),
  ) as {
    clusters: { cluster: Record<string, unknown> }[];
    users: { user: Record<string, unknown> }[];
  };
  Object.assign(document.clusters[0]!.cluster, cluster);
  Object.assign(document.users[0]!.user, user);
  return yaml.dump(document);
}

function refusal(text: string): ClusterKubeconfigError {
  try {
    readClusterKubeconfig(text, OBJECT);
  } catch (error: unknown) {
    if (error instanceof ClusterKubeconfigError) return error;
    throw error;
  }
  throw new Error('the kubeconfig was accepted');
}

describe('readClusterKubeconfig()', () => {
  it('reduces the registration the action writes to server, CA and token', () => {
    expect(readClusterKubeconfig(registration(), OBJECT)).toEqual({
      server: 'https://10.0.0.1:6443',
      caData: CA,
      token: TOKEN,
    });
  });

  it('keeps tls-server-name and accepts insecure-skip-tls-verify: false', () => {
    const text = registration({ 'tls-server-name': 'kubernetes', 'insecure-skip-tls-verify': false });
    expect(readClusterKubeconfig(text, OBJECT).tlsServerName).toBe('kubernetes');
  });

  const refused: readonly [string, string, RegExp][] = [
    [
      'exec plugin',
      registration({}, { exec: { command: '/bin/sh', args: ['-c', 'id'] } }),
      /users\[0\]\.user\.exec runs a program on the runner/,
    ],
    [
      'auth-provider',
      registration({}, { 'auth-provider': { name: 'gcp', config: { 'cmd-path': '/bin/sh' } } }),
      /users\[0\]\.user\.auth-provider runs an auth-provider/,
    ],
    [
      'tokenFile',
      registration({}, { tokenFile: '/etc/passwd' }),
      /users\[0\]\.user\.tokenFile reads a file on the runner/,
    ],
    [
      'client-key path',
      registration({}, { 'client-key': '/home/runner/key.pem' }),
      /users\[0\]\.user\.client-key reads a file on the runner/,
    ],
    [
      'client-certificate path',
      registration({}, { 'client-certificate': '/tmp/c.pem' }),
      /users\[0\]\.user\.client-certificate reads a file/,
    ],
    [
      'certificate-authority path',
      registration({ 'certificate-authority': '/tmp/ca.pem' }),
      /clusters\[0\]\.cluster\.certificate-authority reads a file on the runner/,
    ],
    ['client key data', registration({}, { 'client-key-data': 'a2V5' }), /client-key-data is a client key/],
    [
      'client certificate data',
      registration({}, { 'client-certificate-data': 'Y2VydA==' }),
      /client-certificate-data is a client certificate/,
    ],
    [
      'proxy-url',
      registration({ 'proxy-url': 'http://proxy:3128' }),
      /proxy-url sends the token through a proxy/,
    ],
    [
      'insecure-skip-tls-verify',
      registration({ 'insecure-skip-tls-verify': true }),
      /insecure-skip-tls-verify skips TLS verification/,
    ],
    [
      'username and password',
      registration({}, { username: 'admin', password: 'hunter2' }),
      /username is basic authentication.*password is basic authentication/,
    ],
    [
      'impersonation',
      registration({}, { as: 'system:admin' }),
      /users\[0\]\.user\.as impersonates another user/,
    ],
    [
      'an unknown user field',
      registration({}, { 'some-plugin': 'x' }),
      /users\[0\]\.user has the field "some-plugin", which a registration does not need/,
    ],
    [
      'http server',
      registration({ server: 'http://10.0.0.1:6443' }),
      /server http:\/\/10\.0\.0\.1:6443 uses plain http/,
    ],
    [
      'no CA',
      registration({ 'certificate-authority-data': '' }),
      /certificate-authority-data must be the base64 CA bundle/,
    ],
    ['no token', registration({}, { token: '' }), /token must be a bearer token/],
    [
      'a token with a line break',
      registration({}, { token: 'abc\r\nX-Injected: 1' }),
      /token must be a bearer token/,
    ],
  ];

  it.each(refused)('refuses %s, naming the object and quoting no value', (_, text, reason) => {
    const error = refusal(text);
    expect(error.message).toMatch(
      /^Secret istio-system\/istio-remote-secret-remote-1 on cluster primary holds a kubeconfig the action refuses to use: /,
    );
    expect(error.message).toMatch(reason);
    for (const value of [TOKEN, '/bin/sh', 'hunter2', '/etc/passwd', 'a2V5', '/home/runner/key.pem'])
      expect(error.message).not.toContain(value);
  });

  it('refuses more entries than one cluster, context and user', () => {
    const document = yaml.load(registration()) as { users: unknown[]; clusters: unknown[] };
    document.users.push({ name: 'other', user: { exec: { command: '/bin/sh' } } });
    expect(refusal(yaml.dump(document)).message).toMatch(/it has 2 users where exactly one is allowed/);
  });

  it('refuses a context that points elsewhere, and top-level extras', () => {
    const document = yaml.load(registration()) as Record<string, unknown> & {
      contexts: { context: Record<string, unknown> }[];
    };
    document.contexts[0]!.context.user = 'missing';
    document.extensions = [{ name: 'x' }];
    const message = refusal(yaml.dump(document)).message;
    expect(message).toMatch(/its context does not use its one user/);
    expect(message).toMatch(/"extensions" is not needed by a registration/);
  });

  it('refuses text that is not a kubeconfig without quoting it', () => {
    const message = refusal(`token: ${TOKEN}\n  bad: [`).message;
    expect(message).toMatch(/is not valid YAML/);
    expect(message).not.toContain(TOKEN);
  });
});

describe('clusterKubeConfig()', () => {
  it('holds only the reduced cluster, context and token user', () => {
    const config = clusterKubeConfig(readClusterKubeconfig(registration(), OBJECT), 'remote-1');
    expect(config.getCurrentCluster()).toMatchObject({
      server: 'https://10.0.0.1:6443',
      caData: CA,
      skipTLSVerify: false,
    });
    expect(config.getCurrentUser()).toEqual({ name: 'remote-1', token: TOKEN });
    expect(config.getContexts()).toHaveLength(1);
  });
});

describe('replacementReason() of a hostile registration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-kubeconfig-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs nothing from it and reports it as drift naming the Secret', async () => {
    const marker = join(dir, 'pwned');
    const hostile = registration(
      {},
      {
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1',
          command: '/bin/sh',
          args: ['-c', `touch ${marker}`],
        },
      },
    );
    const secret = {
      metadata: { name: 'istio-remote-secret-remote-1', namespace: 'istio-system' },
      data: { 'remote-1': Buffer.from(hostile).toString('base64') },
    };
    const reason = await replacementReason(secret, 'remote-1', 'istio-system', 'primary', () =>
      Promise.reject(new Error('a refused kubeconfig is never tried')),
    );
    expect(reason).toMatch(
      /^Secret istio-system\/istio-remote-secret-remote-1 on cluster primary holds a kubeconfig the action refuses to use: users\[0\]\.user\.exec runs a program on the runner/,
    );
    expect(reason).toMatch(
      /Nothing in it was used; install and resync replace it with the action's own registration$/,
    );
    expect(existsSync(marker)).toBe(false);
  });
});
