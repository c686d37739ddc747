import { apiMessage, apiStatus } from './client.js';

/** Answers that waiting cannot change: bad credentials, missing rights, a missing resource kind. */
const FINAL_STATUSES = new Set([401, 403, 404]);

/** The first pause between probes: what is waited for (a token controller) is often done by then. */
const FIRST_INTERVAL_MS = 50;

/**
 * Polls `probe` until it returns a value (not undefined) or the deadline passes, pausing 50 ms after
 * the first probe and twice as long after each next one, up to `intervalMs`. A probe error is
 * retried (the API server may be restarting), except a 401, 403 or 404, which stops the wait at once
 * with the API's own message: no amount of waiting grants a right.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  options: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  const maxInterval = options.intervalMs ?? 500;
  let interval = Math.min(FIRST_INTERVAL_MS, maxInterval);
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error: unknown) {
      const status = apiStatus(error);
      if (status !== undefined && FINAL_STATUSES.has(status)) {
        throw new Error(`gave up waiting for ${what}: ${apiMessage(error)}`, { cause: error });
      }
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(
        `timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for ${what}${reason}`,
      );
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(interval, Math.max(0, deadline - Date.now()))),
    );
    interval = Math.min(interval * 2, maxInterval);
  }
}

/**
 * Runs `attempt` until `again` no longer holds for its answer or `graceMs` has passed, pausing 100 ms
 * after the first attempt and twice as long after each next one (up to 2 s); returns the last answer.
 * For answers a moment may change, unlike waitFor(), which treats every error alike.
 */
export async function retryWhile<T>(
  attempt: () => Promise<T>,
  again: (answer: T) => boolean,
  graceMs: number,
): Promise<T> {
  const deadline = Date.now() + graceMs;
  let pause = 100;
  for (;;) {
    const answer = await attempt();
    const left = deadline - Date.now();
    if (!again(answer) || left <= 0) return answer;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
    pause = Math.min(pause * 2, 2000);
  }
}
