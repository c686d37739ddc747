import { describe, expect, it } from 'vitest';
import { evaluate, loadAction, parseOutputFile, substitute } from '../../../src/cli/composite.js';
import { parseCliArguments } from '../../../src/cli/run.js';

const context = {
  inputs: { mode: 'render' },
  steps: {
    endpoints: {
      id: 'endpoints',
      outcome: 'success' as const,
      outputs: { 'pilot-pod-ip': '10.10.0.5' },
      durationMs: 1,
    },
  },
};

describe('composite runner', () => {
  it('evaluate() - reads inputs, step outputs and outcomes', () => {
    expect(evaluate(' inputs.mode ', context)).toBe('render');
    expect(evaluate('steps.endpoints.outputs.pilot-pod-ip', context)).toBe('10.10.0.5');
    expect(evaluate('steps.endpoints.outcome', context)).toBe('success');
    expect(evaluate('steps.missing.outputs.x', context)).toBe('');
  });

  it('evaluate() - toJSON(inputs) gives every input as the runner formats it', () => {
    expect(evaluate('toJSON(inputs)', context)).toBe('{\n  "mode": "render"\n}');
  });

  it('evaluate() - refuses expressions the runner does not model', () => {
    expect(() => evaluate("format('{0}', inputs.mode)", context)).toThrow(/unsupported expression/);
  });

  it('substitute() - replaces every expression in a value', () => {
    expect(substitute('${{ inputs.mode }}:${{ steps.endpoints.outputs.pilot-pod-ip }}', context)).toBe(
      'render:10.10.0.5',
    );
  });

  it('parseOutputFile() - reads key=value lines and heredocs as @actions/core writes them', () => {
    const text = 'a=1\nreport<<ghadelimiter_x\n{"did":[]}\nline2\nghadelimiter_x\nb=two=2\n';
    expect(parseOutputFile(text)).toEqual({ a: '1', report: '{"did":[]}\nline2', b: 'two=2' });
  });

  it('loadAction() - every step expression in action.yml is one the runner supports', () => {
    const action = loadAction(process.cwd());
    const full = {
      inputs: Object.fromEntries(Object.keys(action.inputs).map((name) => [name, 'x'])),
      steps: {},
    };
    for (const step of action.runs.steps) {
      for (const value of Object.values(step.env ?? {}))
        expect(() => substitute(String(value), full)).not.toThrow();
      expect(step.run).not.toMatch(/\$\{\{/);
    }
    for (const output of Object.values(action.outputs))
      expect(() => substitute(output.value, full)).not.toThrow();
  });

  it('parseCliArguments() - reads --name value, --name=value, @files and joins repeated kubeconfigs', () => {
    const files: Record<string, string> = { a: 'A', b: 'B' };
    const args = parseCliArguments(
      ['--mode=render', '--remote-kubeconfigs', '@a', '--remote-kubeconfigs', '@b', '--json', '--chart', 'c'],
      (path) => files[path] ?? '',
    );
    expect(args.inputs).toEqual({ mode: 'render', 'remote-kubeconfigs': 'A\n---\nB', chart: 'c' });
    expect(args.json).toBe(true);
    expect(() => parseCliArguments(['--chart'], () => '')).toThrow(/needs a value/);
  });
});

describe('MaskingLog', () => {
  it('MaskingLog - consumes add-mask lines and masks the values in later output, across chunks', async () => {
    const { MaskingLog } = await import('../../../src/cli/composite.js');
    let out = '';
    const log = new MaskingLog((chunk) => (out += chunk));
    log.write('::add-mask::s3cr');
    log.write('et-token\nthe token is s3cret-token!\npartial s3c');
    log.write('ret-token end');
    log.flush();
    expect(out).toBe('the token is ***!\npartial *** end\n');
  });
});
