import * as core from '@actions/core';
import { InputError, errorMessage } from '../util/errors.js';
import { redactUrlCredentials, urlCredentials } from '../util/redact.js';

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
export async function runAsStep(
  name: string,
  body: () => Promise<{ outputs: Record<string, string>; report: StepReport }>,
): Promise<void> {
  try {
    maskUrlInputs();
    const { outputs, report: raw } = await body();
    const report = redactedReport(raw);
    for (const [key, value] of Object.entries(outputs)) core.setOutput(key, value);
    for (const warning of report.warnings ?? []) core.warning(warning);
    if (report.skipped) core.info(`${name}: skipped (${report.skipped})`);
    core.setOutput('report', JSON.stringify(report));
  } catch (error: unknown) {
    const message = redactUrlCredentials(
      errorMessage(error instanceof InputError ? error.inStage(name) : error),
    );
    core.setOutput('report', JSON.stringify({ did: [], error: message }));
    core.setFailed(message);
  }
}
