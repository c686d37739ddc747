import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import {
  credentialSecrets,
  prepareCredentials,
  type CredentialsInput,
} from '../../../src/stages/credentials/credentials.js';
import { reservedRemoteNameProblem } from '../../../src/stages/secrets/registration-guard.js';
import { ISTIO_1_0, ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import { ProblemsError } from '../../../src/util/errors.js';
import { kubeconfigObject, kubeconfigYaml, makeTempDir, type FakeCluster } from '../credentials/fixtures.js';

const primary: FakeCluster = { cluster: 'primary-kind', server: 'https://10.1.0.1:6443' };
const east: FakeCluster = { cluster: 'east', server: 'https://10.1.0.2:6443' };

/** A kubeconfig of `entry` with its cluster and user changed. */
function edited(
  entry: FakeCluster,
  cluster: Record<string, unknown>,
  user: Record<string, unknown> = {},
): string {
  const object = kubeconfigObject([entry]) as {
    clusters: { cluster: Record<string, unknown> }[];
    users: { user: Record<string, unknown> }[];
  };
  const [first] = object.clusters;
  const [firstUser] = object.users;
  if (first) first.cluster = { ...first.cluster, ...cluster };
  if (firstUser) firstUser.user = { ...firstUser.user, ...user };
  return yaml.dump(object);
}

function problemsOf(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error: unknown) {
    if (error instanceof ProblemsError) return error.problems;
    throw error;
  }
  throw new Error('expected a ProblemsError');
}

describe('credentials transport policy', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const input = (overrides: Partial<CredentialsInput>): CredentialsInput => ({
    primaryKubeconfig: kubeconfigYaml([primary]),
    remoteKubeconfigs: kubeconfigYaml([east]),
    outputDir: temp.dir,
    ...overrides,
  });
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('refuses a plain http API server, in the primary and in a remote', () => {
    const problems = problemsOf(() =>
      prepareCredentials(
        input({
          primaryKubeconfig: edited(primary, { server: 'http://10.1.0.1:8080' }),
          remoteKubeconfigs: edited(east, { server: 'http://127.0.0.1:8080' }),
        }),
      ),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^primary-kubeconfig: clusters\[0\] "primary-kind": server http:\/\/10\.1\.0\.1:8080 uses plain http/,
    );
    expect(problems[1]).toMatch(/^remote-kubeconfigs\[0\]: .*uses plain http.*Fix: use the https address/);
  });

  it('refuses insecure-skip-tls-verify unless allow-insecure-tls, and writes nothing when refusing', () => {
    const insecure = edited(east, { 'certificate-authority-data': null, 'insecure-skip-tls-verify': true });
    const problems = problemsOf(() => prepareCredentials(input({ remoteKubeconfigs: insecure })));
    expect(problems).toEqual([
      expect.stringMatching(/insecure-skip-tls-verify is true.*allow-insecure-tls: true/),
    ]);
    const allowed = prepareCredentials(
      input({
        remoteKubeconfigs: insecure,
        policy: { allowInsecureTls: true, allowExecCredentials: true },
      }),
    );
    expect(allowed.remotes.map((r) => r.name)).toEqual(['east']);
  });

  it('names each exec plugin by its command only, and refuses them with allow-exec-credentials false', () => {
    const exec = {
      token: null,
      exec: {
        apiVersion: 'client.authentication.k8s.io/v1',
        command: '/usr/local/bin/gke-gcloud-auth-plugin',
        args: ['--token=very-secret-argument'],
        env: [{ name: 'ACCESS_TOKEN', value: 'very-secret-env' }],
      },
    };
    const remote = edited(east, {}, exec);
    const result = prepareCredentials(input({ remoteKubeconfigs: remote }));
    expect(result.notices).toEqual([
      'remote-kubeconfigs[0] authenticates with the exec credential plugin "gke-gcloud-auth-plugin"',
    ]);
    expect(result.secretsToMask).toEqual(expect.arrayContaining(['very-secret-argument', 'very-secret-env']));
    const problems = problemsOf(() =>
      prepareCredentials(
        input({
          remoteKubeconfigs: remote,
          policy: { allowInsecureTls: false, allowExecCredentials: false },
        }),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /exec credential plugin "gke-gcloud-auth-plugin", and allow-exec-credentials is false/,
    );
    expect(problems[0]).not.toMatch(/very-secret/);
  });

  it('masks credentials written into server and proxy URLs and never quotes them', () => {
    const remote = edited(east, {
      server: 'https://admin:s3cret-pass@10.1.0.2:6443',
      'proxy-url': 'http://proxyuser:proxy-pass@10.9.9.9:3128',
    });
    const secrets = credentialSecrets({
      primaryKubeconfig: kubeconfigYaml([primary]),
      remoteKubeconfigs: remote,
    });
    expect(secrets).toEqual(expect.arrayContaining(['admin:s3cret-pass', 's3cret-pass', 'proxy-pass']));
    const problems = problemsOf(() => prepareCredentials(input({ remoteKubeconfigs: remote })));
    expect(problems).toEqual([
      expect.stringMatching(/server https:\/\/\*\*\*@10\.1\.0\.2:6443 carries credentials/),
    ]);
    expect(problems.join('\n')).not.toContain('s3cret');
  });

  it('refuses, with the istio-1.0 profile, remote names whose registration would replace a protected Secret', () => {
    const reserved = (remote: string) => reservedRemoteNameProblem(ISTIO_1_0, remote);
    const problems = problemsOf(() =>
      prepareCredentials(input({ remoteNames: ['cacerts'], reservedNameProblem: reserved })),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^remote-kubeconfigs\[0\]: remote name "cacerts" would name its registration Secret cacerts.*Fix: give the remote another name/,
      ),
    ]);
    for (const name of ['istio-ca-secret', 'istio-multi-token-istio-multicluster'])
      expect(reserved(name)).toBeDefined();
    expect(reserved('east')).toBeUndefined();
    expect(reservedRemoteNameProblem(ISTIO_CURRENT, 'cacerts')).toBeUndefined();
  });
});
