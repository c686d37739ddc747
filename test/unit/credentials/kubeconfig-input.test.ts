import { describe, expect, it } from 'vitest';
import { KubeconfigError } from '../../../src/kube/kubeconfig-model.js';
import {
  decodeKubeconfigInput,
  parseKubeconfig,
  splitKubeconfigs,
} from '../../../src/kube/kubeconfig-input.js';
import { kubeconfigYaml, toBase64 } from './fixtures.js';

const east = kubeconfigYaml([{ cluster: 'kind-east', server: 'https://172.18.0.2:6443' }]);
const west = kubeconfigYaml([{ cluster: 'kind-west', server: 'https://172.18.0.3:6443' }]);

function problemsOf(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error: unknown) {
    if (error instanceof KubeconfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a KubeconfigError');
}

describe('decodeKubeconfigInput', () => {
  it('decodeKubeconfigInput() - takes raw YAML as is', () => {
    expect(decodeKubeconfigInput(`\n${east}\n`)).toEqual({ text: east.trim(), format: 'yaml' });
  });

  it('decodeKubeconfigInput() - decodes base64 of the YAML', () => {
    expect(decodeKubeconfigInput(toBase64(east))).toEqual({ text: east.trim(), format: 'base64' });
  });

  it('decodeKubeconfigInput() - decodes base64 wrapped over several lines', () => {
    const wrapped = (toBase64(east).match(/.{1,76}/g) ?? []).join('\n');
    expect(decodeKubeconfigInput(wrapped).text).toBe(east.trim());
  });

  it('decodeKubeconfigInput() - refuses text that is neither YAML nor base64, without quoting it', () => {
    const problems = problemsOf(() => decodeKubeconfigInput('not*a*kubeconfig'));
    expect(problems[0]).toMatch(/neither YAML nor base64/);
    expect(problems.join()).not.toContain('not*a*kubeconfig');
  });

  it('decodeKubeconfigInput() - refuses base64 of something that is not YAML', () => {
    expect(problemsOf(() => decodeKubeconfigInput(toBase64('just words')))[0]).toMatch(/not kubeconfig YAML/);
    expect(
      problemsOf(() => decodeKubeconfigInput(Buffer.from([0xff, 0xfe, 0x00, 0x81]).toString('base64')))[0],
    ).toMatch(/neither YAML nor base64/);
  });

  it('decodeKubeconfigInput() - refuses an empty input', () => {
    expect(problemsOf(() => decodeKubeconfigInput('  \n'))).toEqual(['is empty']);
  });
});

describe('splitKubeconfigs', () => {
  it('splitKubeconfigs() - splits YAML documents on --- lines and drops empty ones', () => {
    const text = `---\n${east}\n---\n# comment only\n---   \n${west}\n`;
    const parts = splitKubeconfigs(text);
    expect(parts).toHaveLength(2);
    expect(parseKubeconfig(parts[0] ?? '').clusters[0]?.name).toBe('kind-east');
    expect(parseKubeconfig(parts[1] ?? '').clusters[0]?.name).toBe('kind-west');
  });

  it('splitKubeconfigs() - does not split on --- inside a line', () => {
    const parts = splitKubeconfigs(`${east}# a --- b\n`);
    expect(parts).toHaveLength(1);
  });

  it('splitKubeconfigs() - reads one base64 kubeconfig per line', () => {
    const parts = splitKubeconfigs(`${toBase64(east)}\n\n  ${toBase64(west)}  \n`);
    expect(parts).toEqual([east.trim(), west.trim()]);
  });

  it('splitKubeconfigs() - reads one base64 kubeconfig wrapped over several lines as one', () => {
    const wrapped = (toBase64(east).match(/.{1,76}/g) ?? []).join('\n');
    expect(splitKubeconfigs(wrapped)).toEqual([east.trim()]);
  });

  it('splitKubeconfigs() - reads base64 of a --- separated stream as several kubeconfigs', () => {
    expect(splitKubeconfigs(toBase64(`${east}---\n${west}`))).toHaveLength(2);
  });

  it('splitKubeconfigs() - names the line that is not base64', () => {
    const problems = problemsOf(() => splitKubeconfigs(`${toBase64(east)}\nnot*base64`));
    expect(problems[0]).toMatch(/line 2 is not base64/);
  });

  it('splitKubeconfigs() - returns nothing for an empty input', () => {
    expect(splitKubeconfigs(' \n ')).toEqual([]);
  });
});

describe('parseKubeconfig', () => {
  it('parseKubeconfig() - keeps digit-only secrets as written, leading zeros included', () => {
    const config = parseKubeconfig('users:\n- name: u\n  user:\n    token: 000123\n    password: 1e3\n');
    expect(config.users[0]?.user?.token).toBe('000123');
    expect(config.users[0]?.user?.password).toBe('1e3');
    expect(config.clusters).toEqual([]);
  });

  it('parseKubeconfig() - reads booleans and treats null fields as absent', () => {
    const config = parseKubeconfig(
      'clusters:\n- name: c\n  cluster:\n    server: https://a\n    insecure-skip-tls-verify: true\n    proxy-url:\n',
    );
    expect(config.clusters[0]?.cluster).toEqual({ server: 'https://a', 'insecure-skip-tls-verify': true });
  });

  it('parseKubeconfig() - keeps fields it does not know', () => {
    const config = parseKubeconfig(
      'users:\n- name: u\n  user:\n    exec:\n      command: aws\n      interactiveMode: Never\n      provideClusterInfo: true\n',
    );
    expect(config.users[0]?.user?.exec).toEqual({
      command: 'aws',
      interactiveMode: 'Never',
      provideClusterInfo: true,
    });
  });

  it('parseKubeconfig() - lists every field of the wrong type with its path', () => {
    const problems = problemsOf(() =>
      parseKubeconfig(
        'clusters:\n- name: c\n  cluster:\n    server: [a]\n- just-a-string\nusers: {}\ncontexts:\n- context: nope\n',
      ),
    );
    expect(problems).toEqual([
      'clusters[0].cluster.server must be a string, found a list',
      'clusters[1] must be a mapping, found a string',
      'users must be a list, found a mapping',
      'contexts[0].context must be a mapping, found a string',
    ]);
  });

  it('parseKubeconfig() - reports YAML syntax errors by position without quoting the text', () => {
    const problems = problemsOf(() =>
      parseKubeconfig('users:\n- name: u\n  user:\n    token: "s3cr3t-value\n'),
    );
    expect(problems[0]).toMatch(/is not valid YAML: .* at line \d+, column \d+/);
    expect(problems.join()).not.toContain('s3cr3t-value');
  });

  it('parseKubeconfig() - refuses a scalar, an empty text and several documents', () => {
    expect(problemsOf(() => parseKubeconfig('hello'))[0]).toMatch(/is not a kubeconfig.*found a string/);
    expect(problemsOf(() => parseKubeconfig('# nothing'))).toEqual(['is empty']);
    expect(problemsOf(() => parseKubeconfig(`${east}---\n${west}`))[0]).toMatch(/holds 2 YAML documents/);
  });
});
