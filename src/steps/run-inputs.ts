import { ProblemsError, errorMessage } from '../util/errors.js';
import { chartInputProblemsFromInputs, readExtraValues } from './chart-inputs.js';
import {
  readMeshId,
  readNetworks,
  readParallelism,
  readPrimaryRelease,
  readReleaseName,
  readTimeoutMs,
} from './common.js';

/**
 * Every input a later writing step reads, checked by preflight before the run's first write, so a run
 * refused for a bad value writes nothing. All problems are reported together.
 */
export function validateRunInputs(step: string): void {
  const checks: (() => unknown)[] = [
    () => readReleaseName(step),
    () => readPrimaryRelease(step),
    () => readMeshId(step),
    () => readNetworks(step),
    () => readParallelism(step),
    () => readTimeoutMs(step),
    () => readExtraValues(step),
    () => {
      const problems = chartInputProblemsFromInputs();
      if (problems.length > 0) throw new Error(problems.join('; '));
    },
  ];
  const problems: string[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (error: unknown) {
      problems.push(errorMessage(error).replace(/^\[[a-z-]+\] /, ''));
    }
  }
  if (problems.length > 0) throw new ProblemsError(step, problems);
}
