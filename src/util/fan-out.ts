import pLimit from 'p-limit';
import { errorMessage, ProblemsError } from './errors.js';
import type { FailedRemote } from './remote-failures.js';

/** One remote that failed, with the stage it failed in. */
export interface RemoteFailure {
  readonly remote: string;
  readonly stage: string;
  readonly error: unknown;
}

export interface FanOutResult<T> {
  /** What succeeded, in the order the remotes were given. */
  readonly done: readonly { readonly remote: string; readonly value: T }[];
  readonly failures: readonly RemoteFailure[];
}

/**
 * Runs `work` for every remote, at most `parallelism` at a time. Every remote is attempted whatever
 * the others do; each failure is kept with its remote and stage.
 */
export async function fanOut<R extends { readonly name: string }, T>(
  remotes: readonly R[],
  options: { readonly parallelism: number; readonly stage: string },
  work: (remote: R) => Promise<T>,
): Promise<FanOutResult<T>> {
  const limit = pLimit(Math.max(1, options.parallelism));
  const settled = await Promise.allSettled(remotes.map((remote) => limit(() => work(remote))));
  const done: { remote: string; value: T }[] = [];
  const failures: RemoteFailure[] = [];
  settled.forEach((outcome, index) => {
    const remote = remotes[index]?.name ?? '?';
    if (outcome.status === 'fulfilled') done.push({ remote, value: outcome.value });
    else failures.push({ remote, stage: options.stage, error: outcome.reason });
  });
  return { done, failures };
}

/**
 * The values when every remote succeeded. Otherwise throws: the error itself for a single failure,
 * else every failure (each message names its remote) and the remotes that were done despite them.
 */
export function valuesOrThrow<T>(result: FanOutResult<T>): T[] {
  if (result.failures.length === 0) return result.done.map((d) => d.value);
  const [only] = result.failures;
  if (result.failures.length === 1 && result.done.length === 0 && only?.error instanceof Error)
    throw only.error;
  const stage = only?.stage ?? 'fan-out';
  const problems = result.failures.map((f) => errorMessage(f.error));
  if (result.done.length > 0)
    problems.push(`done despite this: ${result.done.map((d) => d.remote).join(', ')}`);
  throw new ProblemsError(stage, problems);
}

/** The failures as `failed-remotes` entries (the message of each error names its stage and cluster). */
export function failedRemotesOf(result: FanOutResult<unknown>): FailedRemote[] {
  return result.failures.map((f) => ({ remote: f.remote, stage: f.stage, message: errorMessage(f.error) }));
}
