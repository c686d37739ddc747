// The run state between steps, on real files: the first step writes every input it got, later steps
// read them and the earlier steps' outputs back, and a path that is not the run's own is refused.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', () => ({
  getInput: (name: string) => process.env[`INPUT_${name.toUpperCase()}`] ?? '',
}));

const { createRunState, loadRunState, recordStep, runStateOutputs, settleRunInputs } =
  await import('../../../src/steps/run-state.js');

const savedEnv = { ...process.env };
let temp: string;

/** A new step process: only RUNNER_TEMP and the state path, as action.yml gives a later step. */
function nextStep(statePath: string): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  process.env['INPUT_RUN-STATE'] = statePath;
}

describe('run state', () => {
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'run-state-'));
    process.env.RUNNER_TEMP = temp;
  });

  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    rmSync(temp, { recursive: true, force: true });
  });

  it('createRunState() - writes every input of the first step to a 0600 file in a 0700 run directory and gives its path and the step plan as outputs', () => {
    process.env.INPUT_MODE = 'resync';
    process.env['INPUT_PRIMARY-KUBECONFIG'] = 'apiVersion: v1';
    process.env.INPUT_PROFILE = 'istio-current';
    const open = createRunState();
    expect(open).toBeDefined();
    if (!open) return;
    process.env['INPUT_REMOTE-NAMES'] = 'east,west'; // what mesh translated into
    const plan = settleRunInputs(open);
    expect(runStateOutputs(open)).toEqual({ 'run-state': open.path, 'run-state-dir': dirname(open.path) });
    expect(statSync(open.path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(open.path)).mode & 0o777).toBe(0o700);
    expect(dirname(open.path).startsWith(temp)).toBe(true);
    expect(open.state.inputs).toMatchObject({
      mode: 'resync',
      'primary-kubeconfig': 'apiVersion: v1',
      'remote-names': 'east,west',
    });
    expect(plan).toMatchObject({
      'run-remote-install': 'true',
      'run-primary': 'false',
      'run-uninstall': 'false',
    });
  });

  it('loadRunState() - a later step reads the inputs, the earlier outputs under the names it reads, the newest failed-remotes and every outcome', () => {
    process.env.INPUT_MODE = 'install';
    process.env['INPUT_PRIMARY-NAME'] = '';
    const open = createRunState();
    if (!open) throw new Error('no run state');
    settleRunInputs(open);
    recordStep(open, 'setup-tools', 'success', { 'helm-path': '/t/helm', report: '{"did":["helm"]}' });
    recordStep(open, 'credentials', 'success', { 'primary-name': 'primary' });
    recordStep(open, 'preflight', 'success', {
      'failed-remotes': '[{"remote":"a","stage":"preflight","message":"x"}]',
    });
    recordStep(open, 'remote-install', 'success', {
      'failed-remotes':
        '[{"remote":"a","stage":"preflight","message":"x"},{"remote":"b","stage":"remote-install","message":"y"}]',
    });
    recordStep(open, 'remote-kubeconfig', 'started', {});

    nextStep(open.path);
    const loaded = loadRunState();
    expect(loaded?.state.steps['credentials']?.outputs['primary-name']).toBe('primary');
    expect(process.env.INPUT_MODE).toBe('install');
    expect(process.env['INPUT_HELM-PATH']).toBe('/t/helm');
    expect(process.env['INPUT_RUN-STATE-DIR']).toBeUndefined();
    // credentials' output wins over the (empty) input of the same name
    expect(process.env['INPUT_PRIMARY-NAME']).toBe('primary');
    expect(JSON.parse(process.env['INPUT_FAILED-REMOTES'] ?? '[]')).toHaveLength(2);
    expect(process.env['INPUT_REPORT-SETUP-TOOLS']).toBe('{"did":["helm"]}');
    expect(process.env['INPUT_OUTCOME-PREFLIGHT']).toBe('success');
    // started and never ended: it died on the way
    expect(process.env['INPUT_OUTCOME-REMOTE-KUBECONFIG']).toBe('failure');
    expect(process.env['INPUT_OUTCOME-CACERTS']).toBe('skipped');
  });

  it('loadRunState() - refuses a path outside the run, or a file that is not a run state, naming run-state and the fix', () => {
    const elsewhere = join(temp, 'state.json');
    writeFileSync(elsewhere, '{"version":1,"inputs":{},"steps":{}}');
    nextStep(elsewhere);
    expect(() => loadRunState()).toThrow(
      /input run-state: .* is not a file of this run.*Fix: pass the output/s,
    );

    const open = createRunState();
    if (!open) throw new Error('no run state');
    writeFileSync(open.path, '{"inputs":{}}');
    nextStep(open.path);
    expect(() => loadRunState()).toThrow(
      /input run-state: .* cannot be read as this run's state.*Fix: pass the run-state output/s,
    );
  });

  it('createRunState() - without RUNNER_TEMP (a step run alone) there is no state, and a step without run-state reads its environment', () => {
    delete process.env.RUNNER_TEMP;
    expect(createRunState()).toBeUndefined();
    delete process.env['INPUT_RUN-STATE'];
    expect(loadRunState()).toBeUndefined();
  });
});
