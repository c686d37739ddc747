import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { KubeconfigError, type Kubeconfig } from '../../../src/kube/kubeconfig-model.js';
import { parseKubeconfig } from '../../../src/kube/kubeconfig-input.js';
import { clusterNameOf, extractContext, serverOf } from '../../../src/kube/kubeconfig-select.js';
import { fileReferences, validateKubeconfig } from '../../../src/kube/kubeconfig-validate.js';
import { renameKubeconfigEntries, serializeKubeconfig } from '../../../src/kube/kubeconfig-write.js';
import { kubeconfigSecrets, secretMaskForms } from '../../../src/kube/kubeconfig-secrets.js';
import { isLoopbackServer } from '../../../src/kube/kubeconfig-server.js';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import { fakePem, fakeToken, kubeconfigObject, kubeconfigYaml, pemData } from './fixtures.js';

const merged = parseKubeconfig(
  kubeconfigYaml([
    { cluster: 'gke_p_z_primary', server: 'https://203.0.113.10', context: 'primary-ctx' },
    { cluster: 'kind-east', server: 'https://172.18.0.2:6443', context: 'east', auth: 'cert' },
    { cluster: 'kind-west', server: 'https://172.18.0.3:6443', context: 'west' },
  ]),
);

function withChanges(change: (config: Record<string, unknown>) => void): Kubeconfig {
  const object = structuredClone(kubeconfigObject([{ cluster: 'c', server: 'https://10.0.0.1:6443' }]));
  change(object);
  return parseKubeconfig(serializeKubeconfig(object as unknown as Kubeconfig));
}

function thrownProblems(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error: unknown) {
    if (error instanceof KubeconfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a KubeconfigError');
}

describe('extractContext', () => {
  it('extractContext() - keeps only the context, its cluster and its user, and sets current-context', () => {
    const east = extractContext(merged, 'east');
    expect(east.clusters.map((entry) => entry.name)).toEqual(['kind-east']);
    expect(east.contexts.map((entry) => entry.name)).toEqual(['east']);
    expect(east.users.map((entry) => entry.name)).toEqual(['kind-east-admin']);
    expect(east['current-context']).toBe('east');
    expect(serverOf(east)).toBe('https://172.18.0.2:6443');
    expect(clusterNameOf(east)).toBe('kind-east');
  });

  it('extractContext() - gives a kubeconfig client-node loads', () => {
    const kc = new KubeConfig();
    kc.loadFromString(serializeKubeconfig(extractContext(merged, 'west')));
    expect(kc.getCurrentCluster()?.server).toBe('https://172.18.0.3:6443');
    expect(kc.getCurrentUser()?.token).toBe(fakeToken('kind-west'));
  });

  it('extractContext() - lists the available contexts when the context is missing', () => {
    expect(thrownProblems(() => extractContext(merged, 'north'))).toEqual([
      'has no context "north" (available contexts: primary-ctx, east, west)',
    ]);
  });

  it('extractContext() - says which cluster a context refers to when it is missing', () => {
    const broken = withChanges((config) => {
      (config['clusters'] as { name: string }[])[0]!.name = 'other';
    });
    expect(thrownProblems(() => extractContext(broken, 'c'))[0]).toBe(
      'context "c" refers to cluster "c", not in clusters',
    );
  });
});

describe('renameKubeconfigEntries', () => {
  it('renameKubeconfigEntries() - names cluster, context and user after the cluster so users never clash', () => {
    const renamed = renameKubeconfigEntries(extractContext(merged, 'east'), 'kind-east');
    expect(renamed.contexts).toEqual([
      { name: 'kind-east', context: { cluster: 'kind-east', user: 'kind-east' } },
    ]);
    expect(renamed.users[0]?.name).toBe('kind-east');
    expect(renamed.users[0]?.user?.['client-key-data']).toBe(pemData('RSA PRIVATE KEY', 'kind-east-key'));
    expect(renamed['current-context']).toBe('kind-east');
  });

  it('renameKubeconfigEntries() - refuses a kubeconfig with several contexts', () => {
    expect(() => renameKubeconfigEntries(merged, 'x')).toThrow(KubeconfigError);
  });
});

describe('validateKubeconfig', () => {
  it('validateKubeconfig() - finds nothing wrong in a good kubeconfig', () => {
    expect(validateKubeconfig(merged)).toEqual([]);
  });

  it('validateKubeconfig() - reports missing fields with their paths', () => {
    const config = withChanges((object) => {
      object['clusters'] = [{ name: 'c', cluster: {} }, { cluster: { server: 'https://x' } }, { name: 'd' }];
      object['users'] = [{ user: { token: 't' } }];
      object['contexts'] = [{ name: 'c', context: { user: 'nobody' } }, { name: 'e' }];
      object['current-context'] = 'missing';
    });
    expect(validateKubeconfig(config)).toEqual([
      'clusters[0].cluster.server is missing',
      'clusters[1].name is missing',
      'clusters[2].cluster is missing',
      'users[0].name is missing',
      'contexts[0].context.cluster is missing',
      'contexts[0].context.user "nobody" is not in users',
      'contexts[1].context is missing',
      'current-context "missing" is not in contexts',
    ]);
  });

  it('validateKubeconfig() - reports bad values, half client certificates and duplicates', () => {
    const config = withChanges((object) => {
      const clusters = object['clusters'] as Record<string, unknown>[];
      clusters[0]!['cluster'] = { server: 'not a url', 'certificate-authority-data': '%%%' };
      clusters.push({
        name: 'c',
        cluster: {
          server: 'https://10.0.0.2',
          'insecure-skip-tls-verify': true,
          'certificate-authority': '/ca',
        },
      });
      object['users'] = [
        { name: 'c-admin', user: { 'client-certificate-data': pemData('CERTIFICATE', 'u') } },
      ];
    });
    expect(validateKubeconfig(config)).toEqual([
      'clusters[0].cluster.server "not a url" is not a URL such as https://10.0.0.1:6443',
      'clusters[0].cluster.certificate-authority-data is not base64',
      'clusters[1].cluster sets insecure-skip-tls-verify together with a certificate authority (kubectl refuses it)',
      'users[0].user has a client certificate but no client key',
      'clusters[1].name "c" repeats clusters[0].name',
    ]);
  });

  it('validateKubeconfig() - with a context, checks only what that context uses, with paths into the whole file', () => {
    const config = withChanges((object) => {
      object['clusters'] = [
        { name: 'broken', cluster: {} },
        { name: 'c', cluster: {} },
      ];
      object['contexts'] = [
        { name: 'other', context: { cluster: 'broken' } },
        { name: 'c', context: { cluster: 'c', user: 'c-admin' } },
      ];
    });
    expect(validateKubeconfig(config, { context: 'c' })).toEqual(['clusters[1].cluster.server is missing']);
    expect(validateKubeconfig(config, { context: 'nope' })).toEqual([
      'has no context "nope" (available contexts: other, c)',
    ]);
  });

  it('validateKubeconfig() - reports an empty kubeconfig', () => {
    expect(validateKubeconfig(parseKubeconfig('apiVersion: v1'))).toEqual([
      'clusters is empty',
      'contexts is empty',
    ]);
  });
});

describe('kubeconfigSecrets and secretMaskForms', () => {
  const config = withChanges((object) => {
    object['users'] = [
      { name: 'token', user: { token: 'tok-abc' } },
      {
        name: 'cert',
        user: {
          'client-certificate-data': pemData('CERTIFICATE', 'c'),
          'client-key-data': pemData('RSA PRIVATE KEY', 'k'),
        },
      },
      { name: 'basic', user: { username: 'admin', password: 'hunter2-pw' } },
      {
        name: 'oidc',
        user: {
          'auth-provider': {
            name: 'oidc',
            config: {
              'client-id': 'public-id',
              'client-secret': 'oidc-secret',
              'id-token': 'id-tok',
              'refresh-token': 'r-tok',
              'idp-issuer-url': 'https://issuer',
            },
          },
        },
      },
      {
        name: 'exec',
        user: {
          exec: {
            command: 'aws',
            args: [
              'eks',
              'get-token',
              '--cluster-name',
              'blue',
              '--token=exec-arg-tok',
              '--role-token',
              'exec-arg-2',
            ],
            env: [
              { name: 'AWS_PROFILE', value: 'default' },
              { name: 'AWS_SECRET_ACCESS_KEY', value: 'aws-secret' },
              { name: 'AWS_SESSION_TOKEN', value: 'aws-session' },
            ],
          },
        },
      },
    ];
  });

  it('kubeconfigSecrets() - lists tokens, keys, passwords, auth-provider and exec secrets, not public values', () => {
    const secrets = kubeconfigSecrets(config);
    expect(secrets).toEqual([
      'tok-abc',
      pemData('RSA PRIVATE KEY', 'k'),
      'hunter2-pw',
      'admin:hunter2-pw',
      'oidc-secret',
      'id-tok',
      'r-tok',
      'aws-secret',
      'aws-session',
      'exec-arg-tok',
      'exec-arg-2',
    ]);
    for (const publicValue of [
      'public-id',
      'default',
      'blue',
      pemData('CERTIFICATE', 'c'),
      'https://issuer',
    ]) {
      expect(secrets).not.toContain(publicValue);
    }
  });

  it('secretMaskForms() - adds base64 forms and the decoded key lines, never a multi-line string or PEM armor', () => {
    const key = pemData('RSA PRIVATE KEY', 'k');
    const forms = secretMaskForms(['tok-abc', key]);
    expect(forms).toContain('tok-abc');
    expect(forms).toContain(Buffer.from('tok-abc').toString('base64'));
    expect(forms).toContain(key);
    const bodyLines = fakePem('RSA PRIVATE KEY', 'k').split('\n').slice(1, -2);
    for (const line of bodyLines) expect(forms).toContain(line);
    expect(forms.some((form) => form.includes('\n'))).toBe(false);
    expect(forms.some((form) => form.includes('-----BEGIN'))).toBe(false);
  });
});

describe('buildTokenKubeconfig', () => {
  const caData = pemData('CERTIFICATE', 'remote-ca');

  it('buildTokenKubeconfig() - builds the seed kubeconfig: cluster, context and user all named after the remote', () => {
    const text = buildTokenKubeconfig({
      name: 'east',
      server: 'https://172.18.0.2:6443',
      caData,
      token: 'sa-token',
    });
    const kc = new KubeConfig();
    kc.loadFromString(text);
    expect(kc.getClusters()).toEqual([
      expect.objectContaining({
        name: 'east',
        server: 'https://172.18.0.2:6443',
        caData,
        skipTLSVerify: false,
      }),
    ]);
    expect(kc.getContexts()).toEqual([
      expect.objectContaining({ name: 'east', cluster: 'east', user: 'east' }),
    ]);
    expect(kc.getUsers()).toEqual([expect.objectContaining({ name: 'east', token: 'sa-token' })]);
    expect(kc.getCurrentContext()).toBe('east');
    expect(parseKubeconfig(text)).toMatchObject({ apiVersion: 'v1', kind: 'Config', preferences: {} });
  });

  it('buildTokenKubeconfig() - sets tls-server-name when given', () => {
    const text = buildTokenKubeconfig({
      name: 'east',
      server: 'https://10.0.0.1',
      caData,
      token: 't',
      tlsServerName: 'kubernetes.default.svc',
    });
    const kc = new KubeConfig();
    kc.loadFromString(text);
    expect(kc.getCurrentCluster()?.tlsServerName).toBe('kubernetes.default.svc');
  });

  it('buildTokenKubeconfig() - refuses a bad name, server, CA data or an empty token, all at once', () => {
    expect(
      thrownProblems(() =>
        buildTokenKubeconfig({ name: 'East_1', server: 'nope', caData: '-----BEGIN', token: ' ' }),
      ),
    ).toHaveLength(4);
  });
});

describe('serverOf, clusterNameOf, fileReferences', () => {
  it('serverOf() - follows current-context, and refuses to guess between several contexts', () => {
    expect(serverOf(merged)).toBe('https://203.0.113.10');
    expect(clusterNameOf(merged)).toBe('gke_p_z_primary');
    const noCurrent = { ...merged, 'current-context': undefined };
    expect(() => serverOf(noCurrent)).toThrow(/no current-context and 3 contexts/);
  });

  it('fileReferences() - names the fields that point at files', () => {
    const config = withChanges((object) => {
      object['users'] = [
        { name: 'c-admin', user: { 'client-certificate': '/home/me/crt', 'client-key': 'key.pem' } },
      ];
    });
    expect(fileReferences(config)).toEqual([
      'user "c-admin": client-certificate',
      'user "c-admin": client-key',
    ]);
  });
});

describe('isLoopbackServer', () => {
  it('isLoopbackServer() - recognises loopback and unspecified addresses', () => {
    for (const url of [
      'https://127.0.0.1:6443',
      'https://127.10.0.3',
      'https://localhost:40000',
      'https://api.localhost',
      'https://[::1]:6443',
      'https://0.0.0.0:6443',
      'https://[::ffff:127.0.0.1]',
      '127.0.0.1:6443',
    ]) {
      expect(isLoopbackServer(url), url).toBe(true);
    }
  });

  it('isLoopbackServer() - leaves reachable addresses and non-URLs alone', () => {
    for (const url of [
      'https://172.18.0.2:6443',
      'https://128.0.0.1',
      'https://kind-control-plane:6443',
      'https://[::2]',
      'http://',
    ]) {
      expect(isLoopbackServer(url), url).toBe(false);
    }
  });
});
