/**
 * Credentials written into URLs (`https://user:password@host`): found so they can be masked, and
 * cut out of any text that is shown (errors, reports, the job summary).
 */

/** `scheme://` then the userinfo up to the last `@` before the path, query or fragment. */
const USERINFO_PATTERN = /\b([a-z][a-z0-9+.-]*:\/\/)([^/?#\s@]*(?:@[^/?#\s@]*)*)@/gi;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Every userinfo in `text`, with its password part alone, as written and percent-decoded: the
 * strings to register with the runner's masker. Empty when no URL carries credentials.
 */
export function urlCredentials(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(USERINFO_PATTERN)) {
    const userinfo = match[2] ?? '';
    const colon = userinfo.indexOf(':');
    const password = colon >= 0 ? userinfo.slice(colon + 1) : '';
    for (const value of [userinfo, password]) {
      if (value === '') continue;
      found.add(value);
      found.add(decoded(value));
    }
  }
  return [...found];
}

/** `text` with the userinfo of every URL replaced by `***` (`https://***@mirror.example.com/`). */
export function redactUrlCredentials(text: string): string {
  return text.replace(USERINFO_PATTERN, '$1***@');
}
