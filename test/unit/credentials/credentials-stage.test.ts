import { KubeConfig } from '@kubernetes/client-node';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  credentialSecrets,
  prepareCredentials,
  type CredentialsInput,
} from '../../../src/stages/credentials/credentials.js';
import { splitListInput } from '../../../src/stages/credentials/list-input.js';
import { ProblemsError } from '../../../src/util/errors.js';
import { fakeToken, kubeconfigYaml, makeTempDir, pemData, toBase64, type FakeCluster } from './fixtures.js';

const primary: FakeCluster = { cluster: 'gke_proj_europe-west1_primary', server: 'https://203.0.113.10' };
const east: FakeCluster = { cluster: 'kind-east', server: 'https://172.18.0.2:6443' };
const west: FakeCluster = { cluster: 'kind-west', server: 'https://172.18.0.3:6443', auth: 'cert' };

function separateInput(outputDir: string, overrides: Partial<CredentialsInput> = {}): CredentialsInput {
  return {
    primaryKubeconfig: kubeconfigYaml([primary]),
    remoteKubeconfigs: `${kubeconfigYaml([east])}---\n${kubeconfigYaml([west])}`,
    outputDir,
    ...overrides,
  };
}

function mergedInput(outputDir: string, overrides: Partial<CredentialsInput> = {}): CredentialsInput {
  return {
    kubeconfig: kubeconfigYaml([
      { ...primary, context: 'primary-ctx' },
      { ...east, context: 'east-ctx' },
      { ...west, context: 'west-ctx' },
    ]),
    primaryContext: 'primary-ctx',
    remoteContexts: ['east-ctx', 'west-ctx'],
    outputDir,
    ...overrides,
  };
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

function loadFile(path: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromString(readFileSync(path, 'utf8'));
  return kc;
}

describe('prepareCredentials', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let outputDir: string;
  beforeEach(() => {
    temp = makeTempDir();
    outputDir = join(temp.dir, 'run-1-credentials');
  });
  afterEach(() => temp.cleanup());

  it('prepareCredentials() - writes one 0600 kubeconfig per cluster, named primary and after the sanitised cluster names', () => {
    const result = prepareCredentials(separateInput(outputDir));
    expect(result.primary).toEqual({
      name: 'primary',
      kubeconfigPath: join(outputDir, 'primary.kubeconfig'),
      server: 'https://203.0.113.10',
    });
    expect(result.remotes).toEqual([
      {
        name: 'kind-east',
        sourceName: 'kind-east',
        kubeconfigPath: join(outputDir, 'kind-east.kubeconfig'),
        server: 'https://172.18.0.2:6443',
      },
      {
        name: 'kind-west',
        sourceName: 'kind-west',
        kubeconfigPath: join(outputDir, 'kind-west.kubeconfig'),
        server: 'https://172.18.0.3:6443',
      },
    ]);
    expect(readdirSync(outputDir).sort()).toEqual([
      'kind-east.kubeconfig',
      'kind-west.kubeconfig',
      'primary.kubeconfig',
    ]);
    for (const file of readdirSync(outputDir))
      expect(statSync(join(outputDir, file)).mode & 0o777).toBe(0o600);
    expect(result.warnings).toEqual([]);
  });

  it('prepareCredentials() - gives every file its own user name so client-node never mixes credentials', () => {
    const result = prepareCredentials(separateInput(outputDir));
    const primaryKc = loadFile(result.primary.kubeconfigPath);
    const eastKc = loadFile(result.remotes[0]?.kubeconfigPath ?? '');
    const westKc = loadFile(result.remotes[1]?.kubeconfigPath ?? '');
    expect(primaryKc.getCurrentUser()?.name).toBe('primary');
    expect(eastKc.getCurrentUser()).toMatchObject({ name: 'kind-east', token: fakeToken('kind-east') });
    expect(westKc.getCurrentUser()).toMatchObject({
      name: 'kind-west',
      keyData: pemData('RSA PRIVATE KEY', 'kind-west-key'),
    });
    expect(eastKc.getCurrentCluster()?.server).toBe('https://172.18.0.2:6443');
    expect(eastKc.getContexts()).toHaveLength(1);
  });

  it('prepareCredentials() - sanitises cluster names and keeps the source name', () => {
    const gke: FakeCluster = { cluster: 'gke_p_europe-west1-b_East.1', server: 'https://198.51.100.7' };
    const result = prepareCredentials(separateInput(outputDir, { remoteKubeconfigs: kubeconfigYaml([gke]) }));
    expect(result.remotes[0]).toMatchObject({ name: 'gke-p-europe-west1-b-east-1', sourceName: gke.cluster });
    expect(existsSync(join(outputDir, 'gke-p-europe-west1-b-east-1.kubeconfig'))).toBe(true);
  });

  it('prepareCredentials() - accepts base64 kubeconfigs, one per line', () => {
    const result = prepareCredentials(
      separateInput(outputDir, {
        primaryKubeconfig: toBase64(kubeconfigYaml([primary])),
        remoteKubeconfigs: `${toBase64(kubeconfigYaml([east]))}\n${toBase64(kubeconfigYaml([west]))}\n`,
      }),
    );
    expect(result.remotes.map((remote) => remote.name)).toEqual(['kind-east', 'kind-west']);
  });

  it('prepareCredentials() - uses remote-names when given', () => {
    const result = prepareCredentials(separateInput(outputDir, { remoteNames: ['east', 'west'] }));
    expect(result.remotes.map((remote) => [remote.name, remote.sourceName])).toEqual([
      ['east', 'kind-east'],
      ['west', 'kind-west'],
    ]);
    expect(loadFile(join(outputDir, 'west.kubeconfig')).getCurrentContext()).toBe('west');
  });

  it('prepareCredentials() - reads a merged kubeconfig with primary and remote contexts', () => {
    const result = prepareCredentials(mergedInput(outputDir));
    expect(result.primary.server).toBe('https://203.0.113.10');
    expect(result.remotes.map((remote) => [remote.name, remote.sourceName, remote.server])).toEqual([
      ['kind-east', 'kind-east', 'https://172.18.0.2:6443'],
      ['kind-west', 'kind-west', 'https://172.18.0.3:6443'],
    ]);
    const eastKc = loadFile(result.remotes[0]?.kubeconfigPath ?? '');
    expect(eastKc.getClusters()).toHaveLength(1);
    expect(eastKc.getUsers()).toHaveLength(1);
  });

  it('prepareCredentials() - lists the secrets to mask, with their base64 forms', () => {
    const result = prepareCredentials(separateInput(outputDir));
    for (const token of [fakeToken(primary.cluster), fakeToken('kind-east')]) {
      expect(result.secretsToMask).toContain(token);
      expect(result.secretsToMask).toContain(toBase64(token));
    }
    expect(result.secretsToMask).toContain(pemData('RSA PRIVATE KEY', 'kind-west-key'));
    expect(result.secretsToMask).not.toContain(pemData('CERTIFICATE', 'kind-west-client'));
  });

  it('prepareCredentials() - accepts a loopback remote server (preflight warns, knowing remote-api-servers)', () => {
    const local: FakeCluster = { cluster: 'kind-local', server: 'https://127.0.0.1:40123' };
    const result = prepareCredentials(
      separateInput(outputDir, { remoteKubeconfigs: kubeconfigYaml([local]) }),
    );
    expect(result.remotes.map((r) => r.server)).toEqual(['https://127.0.0.1:40123']);
    expect(result.warnings).toEqual([]);
  });

  it('prepareCredentials() - refuses remotes that clash after sanitising, naming both inputs, and writes nothing', () => {
    const a: FakeCluster = { cluster: 'gke_p_z_a', server: 'https://10.0.0.1' };
    const b: FakeCluster = { cluster: 'gke-p-z-a', server: 'https://10.0.0.2' };
    const input = separateInput(outputDir, {
      remoteKubeconfigs: `${kubeconfigYaml([a])}---\n${kubeconfigYaml([b])}`,
    });
    const problems = problemsOf(() => prepareCredentials(input));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('remote-kubeconfigs[0] (cluster "gke_p_z_a")');
    expect(problems[0]).toContain('remote-kubeconfigs[1] (cluster "gke-p-z-a")');
    expect(problems[0]).toContain('remote-names');
    expect(existsSync(outputDir)).toBe(false);
  });

  it('prepareCredentials() - refuses a remote named like the primary', () => {
    const named: FakeCluster = { cluster: 'Primary', server: 'https://10.0.0.9' };
    const problems = problemsOf(() =>
      prepareCredentials(separateInput(outputDir, { remoteKubeconfigs: kubeconfigYaml([named]) })),
    );
    expect(problems[0]).toMatch(
      /the primary .* and remote-kubeconfigs\[0\] \(cluster "Primary"\) both become/,
    );
  });

  it('prepareCredentials() - collects every problem, naming the input, and writes nothing', () => {
    const broken = kubeconfigYaml([{ cluster: 'kind-broken', server: 'not-a-url' }]);
    const input = separateInput(outputDir, {
      remoteKubeconfigs: `${kubeconfigYaml([east])}---\n${broken}---\nclusters: oops\n`,
      remoteNames: ['east', 'Bad_Name'],
    });
    const problems = problemsOf(() => prepareCredentials(input));
    expect(problems).toEqual([
      'remote-kubeconfigs[1]: clusters[0].cluster.server "not-a-url" is not a URL such as https://10.0.0.1:6443',
      'remote-kubeconfigs[2]: clusters must be a list, found a string',
      'remote-names has 2 name(s) but remote-kubeconfigs has 3 remote(s). Fix: give one name per remote, in the same order.',
      'remote-names[1] "Bad_Name" is not a DNS-1123 label. Fix: use e.g. "bad-name".',
    ]);
    expect(existsSync(outputDir)).toBe(false);
  });

  it('prepareCredentials() - removes the files already written when a later one cannot be written', () => {
    mkdirSync(join(outputDir, 'kind-west.kubeconfig'), { recursive: true });
    expect(() => prepareCredentials(separateInput(outputDir))).toThrow(/cannot write credential file/);
    expect(readdirSync(outputDir)).toEqual(['kind-west.kubeconfig']);
  });

  it('prepareCredentials() - refuses a missing context of the merged kubeconfig, listing the available ones', () => {
    const problems = problemsOf(() =>
      prepareCredentials(mergedInput(outputDir, { remoteContexts: ['east-ctx', 'north'] })),
    );
    expect(problems).toEqual([
      'remote-contexts[1] "north": has no context "north" (available contexts: primary-ctx, east-ctx, west-ctx)',
    ]);
    expect(existsSync(outputDir)).toBe(false);
  });

  it('prepareCredentials() - refuses both kinds of inputs, and neither, with the fix', () => {
    const both = problemsOf(() =>
      prepareCredentials({ ...mergedInput(outputDir), primaryKubeconfig: 'x: y' }),
    );
    expect(both[0]).toMatch(
      /both kinds.*Fix: use either primary-kubeconfig \+ remote-kubeconfigs.*or kubeconfig/,
    );
    const neither = problemsOf(() => prepareCredentials({ outputDir }));
    expect(neither[0]).toMatch(/no kubeconfig is given\. Fix: set either/);
  });

  it('prepareCredentials() - refuses half of either way', () => {
    expect(
      problemsOf(() => prepareCredentials({ primaryKubeconfig: kubeconfigYaml([primary]), outputDir }))[0],
    ).toMatch(/^remote-kubeconfigs is empty/);
    expect(
      problemsOf(() =>
        prepareCredentials(mergedInput(outputDir, { primaryContext: '', remoteContexts: [] })),
      ),
    ).toEqual([
      expect.stringMatching(/^primary-context is empty/),
      expect.stringMatching(/^remote-contexts is empty/),
    ]);
    expect(
      problemsOf(() => prepareCredentials(separateInput(outputDir, { primaryContext: 'x' })))[0],
    ).toMatch(/current-context is used/);
  });

  it('prepareCredentials() - refuses the primary context listed as a remote, and the same server twice', () => {
    const merged = problemsOf(() =>
      prepareCredentials(mergedInput(outputDir, { remoteContexts: ['east-ctx', 'primary-ctx'] })),
    );
    expect(merged).toEqual([
      expect.stringMatching(/remote-contexts\[1\] "primary-ctx" is also the primary-context/),
    ]);
    const twin: FakeCluster = { cluster: 'other-name', server: 'https://172.18.0.2:6443/' };
    const separate = problemsOf(() =>
      prepareCredentials(
        separateInput(outputDir, {
          remoteKubeconfigs: `${kubeconfigYaml([east])}---\n${kubeconfigYaml([twin])}`,
        }),
      ),
    );
    expect(separate).toEqual([
      expect.stringMatching(/remote-kubeconfigs\[0\] and remote-kubeconfigs\[1\] use the same API server/),
    ]);
  });

  it('prepareCredentials() - asks for a current-context when a kubeconfig has several contexts', () => {
    const several = kubeconfigYaml([east, west], '');
    const problems = problemsOf(() =>
      prepareCredentials(separateInput(outputDir, { remoteKubeconfigs: several })),
    );
    expect(problems[0]).toMatch(/^remote-kubeconfigs\[0\]: has no current-context and 2 contexts/);
  });
});

describe('credentialSecrets', () => {
  it('credentialSecrets() - masks what it can read even when other inputs are broken', () => {
    const secrets = credentialSecrets({
      primaryKubeconfig: toBase64(kubeconfigYaml([primary])),
      remoteKubeconfigs: `${kubeconfigYaml([east])}---\nclusters: oops\n`,
    });
    expect(secrets).toContain(fakeToken(primary.cluster));
    expect(secrets).toContain(fakeToken('kind-east'));
  });

  it('credentialSecrets() - returns nothing for unreadable inputs instead of throwing', () => {
    expect(credentialSecrets({ primaryKubeconfig: '%%%', remoteKubeconfigs: 'not*base64' })).toEqual([]);
  });
});

describe('splitListInput', () => {
  it('splitListInput() - splits on commas and new lines, trimming and dropping empty items', () => {
    expect(splitListInput(' east, west\nnorth,\n\n ')).toEqual(['east', 'west', 'north']);
    expect(splitListInput(undefined)).toEqual([]);
  });
});
