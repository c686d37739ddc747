// The first step's inputs as action.yml gives them: one JSON object, turned into INPUT_* variables.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import {
  ACTION_INPUTS_VARIABLE,
  declaredInputs,
  exposeActionInputs,
  inputVariables,
} from '../../../src/steps/action-inputs.js';
import { evaluate, loadAction } from '../../../src/cli/composite.js';

const actionYaml = readFileSync('action.yml', 'utf8');

describe('action inputs', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('action.yml - the first step gets every input in one variable, each later step the run state only', () => {
    const steps = loadAction(process.cwd()).runs.steps;
    expect(steps[0]?.env).toEqual({ [ACTION_INPUTS_VARIABLE]: '${{ toJSON(inputs) }}' });
    for (const step of steps.slice(1))
      expect(Object.keys(step.env ?? {}), step.id).toEqual(['INPUT_RUN-STATE']);
  });

  it('declaredInputs() - the names action.yml declares, mode and mesh among them', () => {
    const names = declaredInputs(actionYaml);
    expect(names).toEqual(Object.keys((yaml.load(actionYaml) as { inputs: object }).inputs));
    expect(names).toEqual(expect.arrayContaining(['mode', 'mesh', 'primary-kubeconfig', 'tools-mirror']));
    expect(() => declaredInputs('name: x\n')).toThrow(/declares no inputs/);
  });

  it('inputVariables() - each declared input becomes the variable @actions/core reads, multi-line values kept', () => {
    const json = evaluate('toJSON(inputs)', {
      inputs: { mode: 'resync', 'primary-kubeconfig': 'apiVersion: v1\nkind: Config\n', 'wait-timeout': '' },
      steps: {},
    });
    expect(inputVariables(json, ['mode', 'primary-kubeconfig', 'wait-timeout', 'mesh'])).toEqual({
      INPUT_MODE: 'resync',
      'INPUT_PRIMARY-KUBECONFIG': 'apiVersion: v1\nkind: Config\n',
      'INPUT_WAIT-TIMEOUT': '',
    });
  });

  it('inputVariables() - an input action.yml does not declare never becomes a variable, whatever its case', () => {
    const json = JSON.stringify({ MODE: 'install', 'run-state': '/etc/passwd', 'failed-remotes': '[]' });
    expect(inputVariables(json, ['mode'])).toEqual({ INPUT_MODE: 'install' });
  });

  it('inputVariables() - refuses what is not an object of plain values, naming the variable', () => {
    expect(() => inputVariables('{', ['mode'])).toThrow(/^ACTION_INPUTS is not JSON$/);
    expect(() => inputVariables('["install"]', ['mode'])).toThrow(/not a JSON object of inputs/);
    expect(() => inputVariables('{"mode":{"a":1}}', ['mode'])).toThrow(/input mode is not a string/);
    expect(inputVariables('{"verify":true,"mode":null}', ['verify', 'mode'])).toEqual({
      INPUT_VERIFY: 'true',
    });
  });

  it('exposeActionInputs() - reads the inputs action.yml beside the bundle declares and removes the variable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'action-inputs-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'action.yml'), actionYaml);
    const env: NodeJS.ProcessEnv = {
      [ACTION_INPUTS_VARIABLE]: JSON.stringify({ mode: 'verify', 'not-an-input': 'x' }),
      PATH: '/usr/bin',
    };
    exposeActionInputs(join(dir, 'dist', 'index.js'), env);
    expect(env).toEqual({ INPUT_MODE: 'verify', PATH: '/usr/bin' });
  });

  it('exposeActionInputs() - a step run alone keeps the INPUT_* variables it was given', () => {
    const env: NodeJS.ProcessEnv = { INPUT_MODE: 'render' };
    exposeActionInputs('/nonexistent/dist/index.js', env);
    expect(env).toEqual({ INPUT_MODE: 'render' });
  });
});
