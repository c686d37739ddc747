/** Pure parsers for action inputs; each error says what a valid value looks like. */
import { InputError } from './errors.js';

export function parseList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseBoolean(name: string, text: string, fallback: boolean): boolean {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError({
    input: name,
    message: `${JSON.stringify(text.trim())} is not a boolean: it must be true or false.`,
    fix: `set ${name}: true or ${name}: false (or leave it empty for the default, ${String(fallback)}).`,
  });
}

/** Durations like `300`, `90s`, `5m`, `1m30s`; returns milliseconds. */
export function parseDuration(name: string, text: string, fallbackMs: number): number {
  const value = text.trim();
  if (value === '') return fallbackMs;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || value === '')
    throw new Error(`input ${name} must be a duration such as 300s, 5m or 1m30s, got "${text}"`);
  const [, h = '0', m = '0', s = '0'] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}

/** The longest wait accepted: Node's timers overflow (and fire at once) beyond about 24.8 days. */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

/** parseDuration, refusing zero and anything above 24h (e.g. wait-timeout). */
export function parsePositiveDuration(name: string, text: string, fallbackMs: number): number {
  let ms: number;
  try {
    ms = parseDuration(name, text, fallbackMs);
  } catch {
    throw new InputError({
      input: name,
      message: `${JSON.stringify(text.trim())} is not a duration.`,
      fix: `give seconds or h/m/s, e.g. ${name}: 5m (or 300s, 1m30s).`,
    });
  }
  if (ms > 0 && ms <= MAX_DURATION_MS) return ms;
  throw new InputError({
    input: name,
    message: `${JSON.stringify(text.trim())} is ${ms === 0 ? 'zero: nothing could ever be waited for' : 'longer than 24h'}.`,
    fix: `give a duration above zero and at most 24h, e.g. ${name}: 5m.`,
  });
}

/** A whole number from `min` to `max` (e.g. parallelism 1..64); empty gives `fallback`. */
export function parseIntInRange(
  name: string,
  text: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = text.trim();
  if (value === '') return fallback;
  if (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max) return Number(value);
  throw new InputError({
    input: name,
    message: `${JSON.stringify(value)} is not a whole number from ${min} to ${max}.`,
    fix: `set ${name} to a number in that range, e.g. ${name}: ${fallback}.`,
  });
}

export function parsePositiveInt(name: string, text: string, fallback: number): number {
  const value = text.trim();
  if (value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`input ${name} must be a whole number of at least 1, got "${text}"`);
  return Number(value);
}

export function parseChoice<T extends string>(
  name: string,
  text: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = text.trim();
  if (value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError({
    input: name,
    message: `${JSON.stringify(value)} is not one of ${choices.join(', ')}.`,
    fix: `set ${name} to one of ${choices.join(', ')} (or leave it empty for the default, ${fallback}).`,
  });
}

/** `name=value` lines or comma-separated pairs, e.g. remote-api-servers. */
export function parseKeyValues(name: string, text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of parseList(text)) {
    const eq = item.indexOf('=');
    if (eq <= 0)
      throw new Error(
        `input ${name}: "${item}" is not name=value (example: remote-1=https://10.0.0.12:6443)`,
      );
    result[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
  }
  return result;
}

/** A JSON object of strings from a previous step's output. */
export function parseJsonRecord(name: string, text: string): Record<string, string> {
  if (text.trim() === '') return {};
  const value: unknown = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`input ${name} must be a JSON object`);
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') throw new Error(`input ${name}: value of "${key}" must be a string`);
  }
  return value as Record<string, string>;
}
