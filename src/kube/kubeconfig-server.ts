/** What an API server address says about where it can be reached from. */

/** True for servers only the machine itself can reach: 127.0.0.0/8, localhost, ::1, 0.0.0.0, ::. */
export function isLoopbackServer(url: string): boolean {
  let host: string;
  try {
    host = new URL(url.includes('://') ? url : `https://${url}`).hostname.toLowerCase();
  } catch (error: unknown) {
    if (error instanceof TypeError) return false; // not a URL at all: validation reports it
    throw error;
  }
  host = host.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host)
  );
}
