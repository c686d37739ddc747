import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeToken, kubeconfigYaml, makeTempDir, toBase64 } from './fixtures.js';

/** Every call to @actions/core, in order, so the test can check masking happens before logging. */
const calls: { readonly fn: string; readonly args: readonly unknown[] }[] = [];
const inputs = new Map<string, string>();

vi.mock('@actions/core', () => {
  const record =
    (fn: string) =>
    (...args: unknown[]) => {
      calls.push({ fn, args });
    };
  return {
    getInput: (name: string) => inputs.get(name) ?? '',
    setSecret: record('setSecret'),
    setOutput: record('setOutput'),
    setFailed: record('setFailed'),
    info: record('info'),
    warning: record('warning'),
  };
});

const { run } = await import('../../../src/steps/credentials.js');

function outputs(): Record<string, unknown> {
  return Object.fromEntries(
    calls.filter((call) => call.fn === 'setOutput').map((call) => [call.args[0], call.args[1]]),
  );
}

describe('credentials step', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
    calls.length = 0;
    inputs.clear();
    vi.stubEnv('RUNNER_TEMP', temp.dir);
    vi.stubEnv('GITHUB_RUN_ID', '4242');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    temp.cleanup();
  });

  it('run() - masks every token and its base64 before any other core call, then sets the outputs', async () => {
    inputs.set(
      'primary-kubeconfig',
      toBase64(kubeconfigYaml([{ cluster: 'primary-kind', server: 'https://10.1.0.1' }])),
    );
    inputs.set(
      'remote-kubeconfigs',
      kubeconfigYaml([{ cluster: 'gke_p_z_east', server: 'https://127.0.0.1:4000' }]),
    );
    inputs.set('remote-names', '');
    await run();

    const firstOther = calls.findIndex((call) => call.fn !== 'setSecret');
    const masked = calls.slice(0, firstOther).map((call) => call.args[0]);
    for (const token of [fakeToken('primary-kind'), fakeToken('gke_p_z_east')]) {
      expect(masked).toContain(token);
      expect(masked).toContain(toBase64(token));
    }
    expect(calls.some((call) => call.fn === 'setFailed')).toBe(false);

    const dir = join(temp.dir, 'istio-multicluster-4242-1-job-credentials', 'inputs');
    const out = outputs();
    expect(out['primary-name']).toBe('primary');
    expect(out['primary-kubeconfig-path']).toBe(join(dir, 'primary.kubeconfig'));
    expect(JSON.parse(String(out['remote-names']))).toEqual(['gke-p-z-east']);
    expect(JSON.parse(String(out['remote-kubeconfig-paths']))).toEqual({
      'gke-p-z-east': join(dir, 'gke-p-z-east.kubeconfig'),
    });
    expect(statSync(join(dir, 'gke-p-z-east.kubeconfig')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'primary.kubeconfig'), 'utf8')).toContain(fakeToken('primary-kind'));
    const warnings = calls.filter((call) => call.fn === 'warning').map((call) => String(call.args[0]));
    expect(warnings).toEqual([]);
    for (const call of calls.filter((c) => c.fn !== 'setSecret')) {
      expect(JSON.stringify(call.args)).not.toContain(fakeToken('primary-kind'));
    }
  });

  it('run() - masks readable secrets before failing on another input, and names the problem', async () => {
    inputs.set(
      'primary-kubeconfig',
      kubeconfigYaml([{ cluster: 'primary-kind', server: 'https://10.1.0.1' }]),
    );
    inputs.set('remote-kubeconfigs', 'clusters: oops');
    await run();
    expect(calls[0]).toEqual({ fn: 'setSecret', args: [fakeToken('primary-kind')] });
    const failed = calls.find((call) => call.fn === 'setFailed');
    expect(String(failed?.args[0])).toContain(
      'remote-kubeconfigs[0]: clusters must be a list, found a string',
    );
  });

  it('run() - keeps input kubeconfigs apart from generated ones (remote-names: east,east-istio-multi)', async () => {
    inputs.set(
      'primary-kubeconfig',
      kubeconfigYaml([{ cluster: 'primary-kind', server: 'https://10.1.0.1' }]),
    );
    inputs.set(
      'remote-kubeconfigs',
      `${kubeconfigYaml([{ cluster: 'a', server: 'https://10.1.0.2' }])}---\n${kubeconfigYaml([{ cluster: 'b', server: 'https://10.1.0.3' }])}`,
    );
    inputs.set('remote-names', 'east,east-istio-multi');
    await run();
    expect(calls.some((call) => call.fn === 'setFailed')).toBe(false);
    const credentials = join(temp.dir, 'istio-multicluster-4242-1-job-credentials');
    const paths = Object.values(
      JSON.parse(String(outputs()['remote-kubeconfig-paths'])) as Record<string, string>,
    );
    // remote-kubeconfig writes <remote>-<reader account>.kubeconfig into the credentials directory itself.
    const generated = ['east', 'east-istio-multi'].map((remote) =>
      join(credentials, `${remote}-istio-multi.kubeconfig`),
    );
    expect(paths).toEqual([
      join(credentials, 'inputs', 'east.kubeconfig'),
      join(credentials, 'inputs', 'east-istio-multi.kubeconfig'),
    ]);
    for (const path of paths) expect(generated).not.toContain(path);
  });

  it('run() - refuses the remote name cacerts with the istio-1.0 profile, before writing a file', async () => {
    inputs.set(
      'primary-kubeconfig',
      kubeconfigYaml([{ cluster: 'primary-kind', server: 'https://10.1.0.1' }]),
    );
    inputs.set('remote-kubeconfigs', kubeconfigYaml([{ cluster: 'cacerts', server: 'https://10.1.0.2' }]));
    inputs.set('profile', 'istio-1.0');
    await run();
    const failed = calls.find((call) => call.fn === 'setFailed');
    expect(String(failed?.args[0])).toMatch(
      /^\[credentials\] 1 problem\(s\):\n {2}- remote-kubeconfigs\[0\]: remote name "cacerts" would name its registration Secret cacerts/,
    );
    inputs.set('profile', 'istio-current');
    calls.length = 0;
    await run();
    expect(calls.some((call) => call.fn === 'setFailed')).toBe(false);
  });

  it('run() - logs each exec plugin by its command name only', async () => {
    const remote = kubeconfigYaml([{ cluster: 'east', server: 'https://10.1.0.2' }]).replace(
      /token: (.*)/,
      'exec:\n        apiVersion: client.authentication.k8s.io/v1\n        command: /opt/bin/aws-iam-authenticator\n        args: ["token", "--cluster-id", "secret-cluster-id"]',
    );
    inputs.set(
      'primary-kubeconfig',
      kubeconfigYaml([{ cluster: 'primary-kind', server: 'https://10.1.0.1' }]),
    );
    inputs.set('remote-kubeconfigs', remote);
    await run();
    const infos = calls.filter((call) => call.fn === 'info').map((call) => String(call.args[0]));
    expect(infos).toContain(
      'credentials: remote-kubeconfigs[0] authenticates with the exec credential plugin "aws-iam-authenticator"',
    );
    expect(infos.join('\n')).not.toContain('secret-cluster-id');
    inputs.set('allow-exec-credentials', 'false');
    calls.length = 0;
    await run();
    expect(String(calls.find((call) => call.fn === 'setFailed')?.args[0])).toMatch(
      /allow-exec-credentials is false/,
    );
  });

  it('run() - refuses an unknown mode, as the first step every mode runs, writing no file', async () => {
    inputs.set('mode', 'deploy');
    inputs.set(
      'primary-kubeconfig',
      kubeconfigYaml([{ cluster: 'primary-kind', server: 'https://10.1.0.1' }]),
    );
    inputs.set('remote-kubeconfigs', kubeconfigYaml([{ cluster: 'east', server: 'https://10.1.0.2' }]));
    await run();
    expect(String(calls.find((call) => call.fn === 'setFailed')?.args[0])).toMatch(
      /^\[credentials\] input mode: "deploy" is not one of install, render, resync, uninstall, inject, verify\. Fix: set mode to one of/,
    );
    expect(outputs()['primary-kubeconfig-path']).toBeUndefined();
  });

  it('run() - fails with a clear message when RUNNER_TEMP is not set', async () => {
    vi.stubEnv('RUNNER_TEMP', '');
    inputs.set(
      'primary-kubeconfig',
      kubeconfigYaml([{ cluster: 'primary-kind', server: 'https://10.1.0.1' }]),
    );
    inputs.set('remote-kubeconfigs', kubeconfigYaml([{ cluster: 'east', server: 'https://10.1.0.2' }]));
    await run();
    const failed = calls.find((call) => call.fn === 'setFailed');
    expect(String(failed?.args[0])).toMatch(/RUNNER_TEMP is not set/);
  });
});
