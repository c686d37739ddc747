import { setTimeout as sleep } from 'node:timers/promises';
import { progress } from './log.js';

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Print "still waiting" every this many ms (0: never). */
  readonly reportEveryMs?: number;
  /** Checked before each probe: a message means waiting is pointless (e.g. a process died); fail at once. */
  readonly giveUpIf?: () => string | undefined;
}

class WaitTimeoutError extends Error {
  constructor(what: string, timeoutMs: number, lastProblem: string | undefined, cause?: unknown) {
    const last = lastProblem ? ` (last: ${lastProblem})` : '';
    super(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${what}${last}`, { cause });
    this.name = 'WaitTimeoutError';
  }
}

/** `work`, or a rejection once `ms` have passed (a hung request must not outlive the deadline). */
function beforeDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer before the deadline')), Math.max(ms, 0));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Polls `probe` until it returns a value other than undefined, or the deadline passes. A probe
 * that throws counts as "not yet"; its message is kept for the timeout error.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  options: WaitOptions,
): Promise<T> {
  const { timeoutMs, intervalMs = 500, reportEveryMs = 15_000, giveUpIf } = options;
  const start = Date.now();
  let lastReport = start;
  let lastProblem: string | undefined;
  let lastError: unknown;
  for (;;) {
    const hopeless = giveUpIf?.();
    if (hopeless !== undefined) throw new Error(`gave up waiting for ${what}: ${hopeless}`);
    try {
      const value = await beforeDeadline(probe(), start + timeoutMs - Date.now());
      if (value !== undefined) return value;
      lastProblem = undefined;
    } catch (error: unknown) {
      lastError = error;
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    const now = Date.now();
    if (now - start >= timeoutMs) throw new WaitTimeoutError(what, timeoutMs, lastProblem, lastError);
    if (reportEveryMs > 0 && now - lastReport >= reportEveryMs) {
      progress(`  ... still waiting for ${what} (${Math.round((now - start) / 1000)}s)`);
      lastReport = now;
    }
    await sleep(intervalMs);
  }
}
