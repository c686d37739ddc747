import * as core from '@actions/core';
import { InputError, errorMessage } from '../util/errors.js';
import { redactUrlCredentials, urlCredentials } from '../util/redact.js';
import { mergeFailedRemotes, type FailedRemote } from '../util/remote-failures.js';
import { earlierFailedRemotes } from './failed-remotes.js';
import { limitTransientRetries } from '../kube/retry-window.js';
import { parsePositiveDuration } from '../util/parse.js';
import { applyMeshInput, tryApplyMeshInput } from './mesh-input.js';
import {
  FIRST_STEP,
  createRunState,
  loadRunState,
  recordStep,
  runStateOutputs,
  settleRunInputs,
  type OpenRunState,
} from './run-state.js';

export interface StepReport {
  /** What the step did, one short line per cluster or action, for the job summary. */
  readonly did: readonly string[];
  readonly warnings?: readonly string[];
  readonly skipped?: string;
}

/** Inputs that hold URLs: credentials written into them are masked before a step logs anything. */
export const URL_INPUTS = ['tools-mirror', 'istio-mirror', 'chart-repository', 'remote-api-servers'] as const;

function maskUrlInputs(): void {
  for (const name of URL_INPUTS)
    for (const secret of urlCredentials(core.getInput(name))) core.setSecret(secret);
}

function redactedReport(report: StepReport): StepReport {
  return {
    ...report,
    did: report.did.map(redactUrlCredentials),
    ...(report.warnings ? { warnings: report.warnings.map(redactUrlCredentials) } : {}),
  };
}

/**
 * Runs one composite step: the body reads inputs and returns outputs; this wrapper writes them,
 * publishes the step's report for the summary step, and turns anything thrown into a failed step.
 * Credentials in URLs are masked first and cut out of the report and of the error.
 */
export interface StepResult {
  readonly outputs: Record<string, string>;
  readonly report: StepReport;
  /**
   * Per-remote steps: the remotes that failed in this step. The step still succeeds; it outputs
   * failed-remotes (earlier ones and these), later steps leave them out, and summary fails the run.
   */
  readonly failures?: readonly FailedRemote[];
  /** When set, the step fails with this message after its outputs and report are written. */
  readonly failRun?: string;
}

/** Reports the remotes newly failed in this step; returns failed-remotes (earlier ones and these). */
function recordFailures(failures: readonly FailedRemote[]): string {
  const earlier = earlierFailedRemotes();
  const all = mergeFailedRemotes(earlier, failures);
  for (const failure of all.slice(earlier.length))
    core.error(
      redactUrlCredentials(`remote "${failure.remote}" left out of the rest of the run: ${failure.message}`),
    );
  return JSON.stringify(all.map((f) => ({ ...f, message: redactUrlCredentials(f.message) })));
}

/** How long preflight retries a cluster that fails on the way before it reports it unreachable. */
const PREFLIGHT_RETRY_MS = 15_000;

/**
 * Kubernetes API requests that fail on the way are retried for at most wait-timeout (an invalid
 * value is left to the step that reads it: the default bounds retries until then). Preflight only
 * probes the clusters: it reports one that stays unreachable after a short window instead of
 * holding the run for the whole wait-timeout; the writing steps ride out longer outages.
 */
function boundRetriesByWaitTimeout(step: string): void {
  let ms = 300_000;
  try {
    ms = parsePositiveDuration('wait-timeout', core.getInput('wait-timeout'), ms);
  } catch {
    // reported by the step's own input check
  }
  limitTransientRetries(step === 'preflight' ? Math.min(ms, PREFLIGHT_RETRY_MS) : ms);
}

/**
 * `mesh` is translated once, by the first step, into the run state's inputs; a step run alone (no
 * state) translates it itself. A refused mesh was reported by the first step: summary, which always
 * runs, still has to clean up and report.
 */
async function translateMesh(name: string, state: OpenRunState | undefined): Promise<Record<string, string>> {
  if (name === FIRST_STEP) {
    await applyMeshInput(name, { warnOfOlderInputs: true });
    return state ? settleRunInputs(state) : {};
  }
  if (!state) {
    if (name === 'summary') await tryApplyMeshInput(name);
    else await applyMeshInput(name, { warnOfOlderInputs: name === 'preflight' });
  }
  return {};
}

export async function runAsStep(name: string, body: () => Promise<StepResult>): Promise<void> {
  const written: Record<string, string> = {};
  const setOutput = (key: string, value: string) => {
    written[key] = value;
    core.setOutput(key, value);
  };
  let state: OpenRunState | undefined;
  // summary removes the state with the run's other files: nothing is recorded after it.
  const record = (outcome: 'started' | 'success' | 'failure') => {
    if (state && name !== 'summary') recordStep(state, name, outcome, written);
  };
  try {
    state = name === FIRST_STEP ? createRunState() : loadRunState();
    if (name === FIRST_STEP && state)
      for (const [key, value] of Object.entries(runStateOutputs(state))) setOutput(key, value);
    record('started');
    for (const [key, value] of Object.entries(await translateMesh(name, state))) setOutput(key, value);
    maskUrlInputs();
    boundRetriesByWaitTimeout(name);
    const { outputs, report: raw, failures, failRun } = await body();
    const report = redactedReport(raw);
    if (failures) setOutput('failed-remotes', recordFailures(failures));
    for (const [key, value] of Object.entries(outputs)) setOutput(key, value);
    for (const warning of report.warnings ?? []) core.warning(warning);
    if (report.skipped) core.info(`${name}: skipped (${report.skipped})`);
    setOutput('report', JSON.stringify(report));
    if (failRun !== undefined) core.setFailed(redactUrlCredentials(failRun));
    record(failRun === undefined ? 'success' : 'failure');
  } catch (error: unknown) {
    const message = redactUrlCredentials(
      errorMessage(error instanceof InputError ? error.inStage(name) : error),
    );
    setOutput('report', JSON.stringify({ did: [], error: message }));
    core.setFailed(message);
    try {
      record('failure');
    } catch {
      // the step has failed already; the state's own problem is in its error
    }
  }
}
