/**
 * How long Kubernetes API requests that failed on the way may be retried (transient-retry.ts reads
 * it). Kept apart from the retrying HTTP library so a step can set it without loading the
 * Kubernetes client.
 */
let windowMs = 300_000;

export function limitTransientRetries(ms: number): void {
  windowMs = ms;
}

export function transientRetryWindowMs(): number {
  return windowMs;
}
