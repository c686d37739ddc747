/**
 * The run state: one file between the composite steps of a run. The first step (setup-tools) gets
 * every input from action.yml, translates `mesh` once and writes them here with the steps the run
 * starts; every later step gets only the file's path (its `run-state` input) and, at its top, reads
 * its inputs and the outputs of the steps before it from the file. Each step appends its outcome and
 * outputs. The file holds credentials (kubeconfigs, CA keys): 0600 in a 0700 directory of this run
 * under RUNNER_TEMP, removed by summary. Step outputs stay the public surface of the action.
 */
import * as core from '@actions/core';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRunPath, runDirectory } from './run-files.js';
import { InputError } from '../util/errors.js';
import { PLANNED_STEPS, REPORTED_STEPS, stepsToRun } from './step-plan.js';

const RUN_STATE_INPUT = 'run-state';
export { FIRST_STEP } from './registry.js';

type Outcome = 'started' | 'success' | 'failure';

interface StepRecord {
  outcome: Outcome;
  outputs: Record<string, string>;
}

export interface RunState {
  readonly version: 1;
  /** Every input of the action, `mesh` translated into the inputs it stands for. */
  inputs: Record<string, string>;
  /** The steps that ran so far, in run order. */
  readonly steps: Record<string, StepRecord>;
}

/**
 * Inputs a later step reads from an earlier step's output (the output's name where it differs):
 * what action.yml mapped step by step before.
 */
const EARLIER_OUTPUTS: Readonly<Record<string, readonly [step: string, output: string]>> = {
  'run-state-dir': ['setup-tools', 'run-state-dir'],
  'helm-path': ['setup-tools', 'helm-path'],
  'kubectl-path': ['setup-tools', 'kubectl-path'],
  'primary-name': ['credentials', 'primary-name'],
  'primary-kubeconfig-path': ['credentials', 'primary-kubeconfig-path'],
  'remote-kubeconfig-paths': ['credentials', 'remote-kubeconfig-paths'],
  'credentials-dir': ['credentials', 'credentials-dir'],
  profile: ['preflight', 'profile'],
  'plugged-in-ca': ['cacerts', 'plugged-in-ca'],
  'primary-manifest-path': ['primary', 'primary-manifest-path'],
  'primary-manifest-dir': ['primary', 'primary-manifest-dir'],
  'east-west-manifest-dir': ['east-west', 'manifest-dir'],
  'east-west-changed': ['east-west', 'changed'],
  'pilot-pod-ip': ['endpoints', 'pilot-pod-ip'],
  'policy-pod-ip': ['endpoints', 'policy-pod-ip'],
  'telemetry-pod-ip': ['endpoints', 'telemetry-pod-ip'],
  'statsd-pod-ip': ['endpoints', 'statsd-pod-ip'],
  'zipkin-pod-ip': ['endpoints', 'zipkin-pod-ip'],
  plan: ['remote-install', 'plan'],
  'manifest-path': ['remote-install', 'manifest-path'],
  'manifest-paths': ['remote-install', 'manifest-paths'],
  'manifest-dir': ['remote-install', 'manifest-dir'],
  'changed-remotes': ['remote-install', 'changed-remotes'],
  'drifted-remotes': ['remote-install', 'drifted-remotes'],
  'generated-kubeconfig-paths': ['remote-kubeconfig', 'generated-kubeconfig-paths'],
  'generated-kubeconfig-dir': ['remote-kubeconfig', 'generated-kubeconfig-dir'],
  'token-expiry': ['remote-kubeconfig', 'token-expiry'],
  'repaired-tokens': ['remote-kubeconfig', 'repaired-remotes'],
  'registration-plan': ['register', 'registration-plan'],
  'changed-registrations': ['register', 'changed-registrations'],
  'reissued-remotes': ['register', 'reissued-remotes'],
  verified: ['verify', 'verified'],
};

const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

/** Every `INPUT_*` variable of this process, by input name. */
function inputsFromEnvironment(): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (key.startsWith('INPUT_') && value !== undefined) inputs[key.slice(6).toLowerCase()] = value;
  return inputs;
}

function writeState(path: string, state: RunState): void {
  const staged = `${path}.new`;
  writeFileSync(staged, JSON.stringify(state), { mode: 0o600 });
  renameSync(staged, path);
}

/** The inputs a step reads, as the state gives them: action inputs, then earlier steps' outputs. */
function stepInputs(state: RunState): Record<string, string> {
  const inputs: Record<string, string> = { ...state.inputs };
  for (const [input, [step, output]] of Object.entries(EARLIER_OUTPUTS)) {
    const value = state.steps[step]?.outputs[output];
    if (value !== undefined) inputs[input] = value;
  }
  // As GitHub gives steps.<id>.outcome to summary: a step the run did not start was skipped.
  for (const step of REPORTED_STEPS) inputs[`outcome-${step}`] = 'skipped';
  let failedRemotes: string | undefined;
  for (const [step, record] of Object.entries(state.steps)) {
    inputs[`report-${step}`] = record.outputs.report ?? '';
    // A step that started and never recorded its end died on the way.
    inputs[`outcome-${step}`] = record.outcome === 'started' ? 'failure' : record.outcome;
    failedRemotes = record.outputs['failed-remotes'] ?? failedRemotes;
  }
  if (failedRemotes !== undefined) inputs['failed-remotes'] = failedRemotes;
  return inputs;
}

/** A run state's own file: the first step's, or the one `run-state` names. */
export interface OpenRunState {
  readonly path: string;
  readonly state: RunState;
}

/**
 * The first step: every input given to it becomes the run's inputs; the file is written (and its path
 * output) before anything can fail, so summary finds what the run did even when this step refuses.
 * Without RUNNER_TEMP (a step run alone, outside a runner) there is no run state.
 */
export function createRunState(): OpenRunState | undefined {
  if (!process.env.RUNNER_TEMP) return undefined;
  const dir = runDirectory('state');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = join(dir, 'run-state.json');
  const state: RunState = { version: 1, inputs: inputsFromEnvironment(), steps: {} };
  writeState(path, state);
  return { path, state };
}

/** The first step's outputs that carry the state: its path and directory. */
export const runStateOutputs = (open: OpenRunState): Record<string, string> => ({
  [RUN_STATE_INPUT]: open.path,
  'run-state-dir': dirname(open.path),
});

/** After `mesh` is translated: the run's inputs, and which steps it starts (the `run-<step>` outputs). */
export function settleRunInputs(open: OpenRunState): Record<string, string> {
  open.state.inputs = inputsFromEnvironment();
  writeState(open.path, open.state);
  const plan = stepsToRun(open.state.inputs);
  return Object.fromEntries(PLANNED_STEPS.map((step) => [`run-${step}`, String(plan[step])]));
}

function parseRunState(text: string): RunState {
  const value = JSON.parse(text) as Partial<RunState>;
  if (value.version !== 1 || typeof value.inputs !== 'object' || typeof value.steps !== 'object')
    throw new Error('not a run state of this action');
  return value as RunState;
}

/**
 * A later step: the state its `run-state` input names (a file of this run), its inputs set for the
 * step to read as if action.yml had mapped each. Undefined when the input is empty (a step run alone
 * reads its inputs from the environment as given).
 */
export function loadRunState(): OpenRunState | undefined {
  const given = core.getInput(RUN_STATE_INPUT);
  if (given === '') return undefined;
  const path = readRunPath(RUN_STATE_INPUT, given);
  let state: RunState;
  try {
    state = parseRunState(readFileSync(path, 'utf8'));
  } catch (error: unknown) {
    throw new InputError({
      input: RUN_STATE_INPUT,
      message: `${path} cannot be read as this run's state (${error instanceof Error ? error.message : String(error)}).`,
      fix: "pass the run-state output of this action's first step unchanged (action.yml maps it), and keep RUNNER_TEMP for the whole job.",
    });
  }
  for (const [name, value] of Object.entries(stepInputs(state))) process.env[envName(name)] = value;
  return { path, state };
}

/** Records a step's outcome and outputs ('started' first, so a step that dies shows as failed). */
export function recordStep(
  open: OpenRunState,
  step: string,
  outcome: Outcome,
  outputs: Record<string, string>,
): void {
  open.state.steps[step] = { outcome, outputs };
  writeState(open.path, open.state);
}
