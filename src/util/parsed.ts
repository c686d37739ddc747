import { StageError } from './errors.js';

/** The outcome of parsing one input: a value, or a problem that says how to fix it. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export function parsedValue<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function parseProblem<T>(problem: string): Parsed<T> {
  return { ok: false, problem };
}

/** Returns the value, or throws a StageError carrying the problem (for callers that parse one input). */
export function valueOrThrow<T>(parsed: Parsed<T>, stage: string): T {
  if (parsed.ok) return parsed.value;
  throw new StageError({ stage, message: parsed.problem });
}

/** Every problem among several parsed inputs, in order, so that they can be reported together. */
export function problemsOf(results: readonly Parsed<unknown>[]): string[] {
  return results.flatMap((result) => (result.ok ? [] : [result.problem]));
}
