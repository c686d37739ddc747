import * as core from '@actions/core';
import { InputError, errorMessage } from '../util/errors.js';
import { redactUrlCredentials, urlCredentials } from '../util/redact.js';
import { mergeFailedRemotes, type FailedRemote } from '../util/remote-failures.js';
import { earlierFailedRemotes } from './failed-remotes.js';
import { limitTransientRetries } from '../kube/retry-window.js';
import { parsePositiveDuration } from '../util/parse.js';
import { applyMeshInput, tryApplyMeshInput } from './mesh-input.js';

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

function recordFailures(failures: readonly FailedRemote[]): void {
  const earlier = earlierFailedRemotes();
  const all = mergeFailedRemotes(earlier, failures);
  for (const failure of all.slice(earlier.length))
    core.error(
      redactUrlCredentials(`remote "${failure.remote}" left out of the rest of the run: ${failure.message}`),
    );
  core.setOutput(
    'failed-remotes',
    JSON.stringify(all.map((f) => ({ ...f, message: redactUrlCredentials(f.message) }))),
  );
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

export async function runAsStep(name: string, body: () => Promise<StepResult>): Promise<void> {
  try {
    // A refused mesh was reported by the first step; summary still has to clean up and report.
    if (name === 'summary') await tryApplyMeshInput(name);
    else await applyMeshInput(name);
    maskUrlInputs();
    boundRetriesByWaitTimeout(name);
    const { outputs, report: raw, failures, failRun } = await body();
    const report = redactedReport(raw);
    if (failures) recordFailures(failures);
    for (const [key, value] of Object.entries(outputs)) core.setOutput(key, value);
    for (const warning of report.warnings ?? []) core.warning(warning);
    if (report.skipped) core.info(`${name}: skipped (${report.skipped})`);
    core.setOutput('report', JSON.stringify(report));
    if (failRun !== undefined) core.setFailed(redactUrlCredentials(failRun));
  } catch (error: unknown) {
    const message = redactUrlCredentials(
      errorMessage(error instanceof InputError ? error.inStage(name) : error),
    );
    core.setOutput('report', JSON.stringify({ did: [], error: message }));
    core.setFailed(message);
  }
}
