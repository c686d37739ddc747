import * as core from '@actions/core';
import type { CredentialMode } from '../stages/remote-kubeconfig/remote-kubeconfig.js';
import { InputError } from '../util/errors.js';
import { parseDuration } from '../util/parse.js';
import { readStepChoice } from './topology-input.js';

/** The API server refuses TokenRequests for less than 10 minutes. */
const MIN_LIFETIME_S = 600;
const MAX_LIFETIME_S = 8760 * 3600;
const DEFAULT_LIFETIME_S = 24 * 3600;

/** credential-mode: token-secret (default, a long-lived token Secret) or token-request (an expiring token). */
export function readCredentialMode(step: string): CredentialMode {
  return readStepChoice<CredentialMode>(step, 'credential-mode', ['token-secret', 'token-request']);
}

/** token-lifetime: 10m to 8760h (default 24h), in seconds. */
export function readTokenLifetimeSeconds(step: string): number {
  const text = core.getInput('token-lifetime');
  let seconds: number | undefined;
  try {
    seconds = parseDuration('token-lifetime', text, DEFAULT_LIFETIME_S * 1000) / 1000;
  } catch {
    seconds = undefined;
  }
  if (seconds !== undefined && seconds >= MIN_LIFETIME_S && seconds <= MAX_LIFETIME_S) return seconds;
  throw new InputError({
    input: 'token-lifetime',
    message: `${JSON.stringify(text.trim())} is ${seconds === undefined ? 'not a duration' : 'outside 10m..8760h'}.`,
    fix: 'give a lifetime from 10m (the API server minimum) to 8760h, e.g. token-lifetime: 24h, and run resync more often than a third of it.',
  }).inStage(step);
}
