import { isDns1123Label } from './names.js';

/** A remote left out of the rest of the run: which remote, the stage it failed in, and why. */
export interface FailedRemote {
  readonly remote: string;
  readonly stage: string;
  readonly message: string;
}

function isFailedRemote(value: unknown): value is FailedRemote {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.remote === 'string' &&
    isDns1123Label(entry.remote) &&
    typeof entry.stage === 'string' &&
    /^[a-z-]{1,40}$/.test(entry.stage) &&
    typeof entry.message === 'string'
  );
}

/**
 * The `failed-remotes` JSON an earlier step output (empty text: none). Throws on anything else, so a
 * hand-made value can never name a remote that is not a DNS-1123 label.
 */
export function parseFailedRemotes(text: string): FailedRemote[] {
  if (text.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('is not JSON');
  }
  if (!Array.isArray(parsed) || !parsed.every(isFailedRemote)) {
    throw new Error('is not a JSON array of {remote, stage, message} with DNS-1123 remote names');
  }
  return parsed.map(({ remote, stage, message }) => ({ remote, stage, message }));
}

/** Earlier failures, then new ones for remotes not failed before (a remote fails once, at its first stage). */
export function mergeFailedRemotes(
  earlier: readonly FailedRemote[],
  added: readonly FailedRemote[],
): FailedRemote[] {
  const merged = [...earlier];
  for (const failure of added) if (!merged.some((f) => f.remote === failure.remote)) merged.push(failure);
  return merged;
}
