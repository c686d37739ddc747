import { ProblemsError, errorMessage } from '../util/errors.js';

/** A refusal as one line of a ProblemsError: without the `[step]` prefix a reader may have added. */
function problemOf(error: unknown): string {
  return errorMessage(error).replace(/^\[[a-z-]+\] /, '');
}

/**
 * Reads every input of a step once, at its top, into one readonly object: each reader runs, every
 * refusal is collected, and the step fails once naming all of them.
 */
export function readStepInputs<T extends object>(
  step: string,
  readers: { readonly [K in keyof T]: () => T[K] },
): Readonly<T> {
  const values: Partial<T> = {};
  const problems: string[] = [];
  for (const key of Object.keys(readers) as (keyof T)[]) {
    try {
      values[key] = readers[key]();
    } catch (error: unknown) {
      if (error instanceof ProblemsError) problems.push(...error.problems);
      else problems.push(problemOf(error));
    }
  }
  if (problems.length > 0) throw new ProblemsError(step, problems);
  return Object.freeze(values as T);
}
