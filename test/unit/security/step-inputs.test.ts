import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ProblemsError } from '../../../src/util/errors.js';
import { redactUrlCredentials, urlCredentials } from '../../../src/util/redact.js';
import { serverUrlProblem } from '../../../src/kube/transport-policy.js';
import { renderSummaryMarkdown } from '../../../src/stages/summary/summary.js';

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

const { runAsStep } = await import('../../../src/steps/step.js');
const { readReleaseName, readTimeoutMs } = await import('../../../src/steps/common.js');
const { parseApiServerOverrides } = await import('../../../src/steps/api-servers.js');

function failure(): string {
  return String(calls.find((call) => call.fn === 'setFailed')?.args[0] ?? '');
}

describe('step inputs', () => {
  beforeEach(() => {
    calls.length = 0;
    inputs.clear();
  });

  it('runAsStep() - an input refused without a stage is reported under the running step', async () => {
    inputs.set('wait-timeout', '0s');
    await runAsStep('endpoints', () =>
      Promise.resolve({ outputs: { t: String(readTimeoutMs()) }, report: { did: [] } }),
    );
    expect(failure()).toMatch(
      /^\[endpoints\] input wait-timeout: "0s" is zero.*Fix: give a duration above zero/,
    );
  });

  it('readReleaseName(step) - names its stage itself', () => {
    inputs.set('release-name', '--post-renderer=/bin/sh');
    expect(() => readReleaseName('remote-install')).toThrow(
      /^\[remote-install\] input release-name: "--post-renderer=\/bin\/sh" is not a helm release name.*Fix: set release-name to a valid name, e.g. release-name: post-renderer-bin-sh$/,
    );
    inputs.set('release-name', '');
    expect(readReleaseName('remote-install')).toBe('istio-remote');
  });

  it('runAsStep() - masks credentials of URL inputs first and never shows them in the report or error', async () => {
    inputs.set('tools-mirror', 'https://bot:mirror-pass@mirror.example.com/tools');
    await runAsStep('setup-tools', () =>
      Promise.reject(new Error('download from https://bot:mirror-pass@mirror.example.com/tools failed')),
    );
    expect(calls[0]).toEqual({ fn: 'setSecret', args: ['bot:mirror-pass'] });
    expect(calls.slice(0, 2).map((c) => c.args[0])).toContain('mirror-pass');
    expect(failure()).toBe('download from https://***@mirror.example.com/tools failed');
    const report = String(calls.find((c) => c.fn === 'setOutput' && c.args[0] === 'report')?.args[1]);
    expect(report).not.toContain('mirror-pass');
  });

  it('parseApiServerOverrides() - https without credentials, every problem at once', () => {
    expect(
      parseApiServerOverrides('preflight', 'east=https://10.0.12.4:6443\nwest=https://w.example.com'),
    ).toEqual({
      east: 'https://10.0.12.4:6443',
      west: 'https://w.example.com',
    });
    let problems: readonly string[] = [];
    try {
      parseApiServerOverrides(
        'preflight',
        'east=http://10.0.12.4:8080, west=https://admin:pw@10.0.13.4:6443, Bad_Name=https://x, north=https://a, north=https://b',
      );
    } catch (error: unknown) {
      if (error instanceof ProblemsError) problems = error.problems;
    }
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/address of east, http:\/\/10\.0\.12\.4:8080, uses plain http/);
    expect(problems[1]).toMatch(/address of west, https:\/\/\*\*\*@10\.0\.13\.4:6443, carries credentials/);
    expect(problems[2]).toMatch(/"Bad_Name=https:\/\/x" is not remote=https:\/\/host:port/);
    expect(problems[3]).toMatch(/north is given twice/);
    expect(problems.join('\n')).not.toContain('admin:pw');
  });
});

describe('URL credentials', () => {
  it('urlCredentials() and redactUrlCredentials() - the userinfo up to the last @ of the authority', () => {
    const text = 'see https://u:p%40ss@host:6443/x and http://tok@h, not user@host or https://h/a@b';
    expect(urlCredentials(text)).toEqual(['u:p%40ss', 'u:p@ss', 'p%40ss', 'p@ss', 'tok']);
    expect(redactUrlCredentials(text)).toBe(
      'see https://***@host:6443/x and http://***@h, not user@host or https://h/a@b',
    );
  });

  it('serverUrlProblem() - https only, no credentials, query or fragment', () => {
    expect(serverUrlProblem('https://10.0.0.1:6443')).toBeUndefined();
    expect(serverUrlProblem('https://rancher.example.com/k8s/clusters/c-1')).toBeUndefined();
    expect(serverUrlProblem('http://127.0.0.1:8080')).toMatch(/plain http/);
    expect(serverUrlProblem('https://u:p@h')).toMatch(/carries credentials/);
    expect(serverUrlProblem('https://h/?x=1')).toMatch(/query or fragment/);
    expect(serverUrlProblem('10.0.0.1:6443')).toMatch(/is not/);
  });

  it('renderSummaryMarkdown() - never shows URL credentials', () => {
    const markdown = renderSummaryMarkdown({
      mode: 'install',
      endpoints: {},
      records: [
        {
          step: 'credentials',
          outcome: 'success',
          did: ['primary "p": https://a:b@10.0.0.1'],
          warnings: [],
          error: undefined,
          skipped: undefined,
        },
      ],
      removedFiles: 0,
    });
    expect(markdown).toContain('https://***@10.0.0.1');
    expect(markdown).not.toContain('a:b@');
  });
});
