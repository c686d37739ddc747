import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';

export interface StepReport {
  /** What the step did, one short line per cluster or action, for the job summary. */
  readonly did: readonly string[];
  readonly warnings?: readonly string[];
  readonly skipped?: string;
}

/**
 * Runs one composite step: the body reads inputs and returns outputs; this wrapper writes them,
 * publishes the step's report for the summary step, and turns anything thrown into a failed step.
 */
export async function runAsStep(
  name: string,
  body: () => Promise<{ outputs: Record<string, string>; report: StepReport }>,
): Promise<void> {
  try {
    const { outputs, report } = await body();
    for (const [key, value] of Object.entries(outputs)) core.setOutput(key, value);
    for (const warning of report.warnings ?? []) core.warning(warning);
    if (report.skipped) core.info(`${name}: skipped (${report.skipped})`);
    core.setOutput('report', JSON.stringify(report));
  } catch (error: unknown) {
    const message = errorMessage(error);
    core.setOutput('report', JSON.stringify({ did: [], error: message }));
    core.setFailed(message);
  }
}
