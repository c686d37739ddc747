/**
 * What a service-account token says about its own lifetime: the issued-at, expiry and subject claims
 * of its JWT payload. Read only, never verified: the API server is the judge of whether it works.
 */
export interface TokenClaims {
  /** Seconds since the epoch. */
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly subject: string;
  /** The uid of the Secret the token is bound to (TokenRequest boundObjectRef), if any. */
  readonly boundSecretUid?: string;
}

function payloadOf(token: string): Record<string, unknown> | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null ? (decoded as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a JWT carrying iat, exp and sub; undefined for any other token (a legacy one has no exp). */
export function tokenClaims(token: string): TokenClaims | undefined {
  const payload = payloadOf(token);
  const { iat, exp, sub } = payload ?? {};
  if (typeof iat !== 'number' || typeof exp !== 'number' || typeof sub !== 'string') return undefined;
  if (!Number.isFinite(iat) || !Number.isFinite(exp) || exp <= iat) return undefined;
  const bound = (payload?.['kubernetes.io'] as { secret?: { uid?: unknown } } | undefined)?.secret?.uid;
  return {
    issuedAt: iat,
    expiresAt: exp,
    subject: sub,
    ...(typeof bound === 'string' ? { boundSecretUid: bound } : {}),
  };
}

/** The subject a token of the service account carries. */
export function serviceAccountSubject(namespace: string, serviceAccount: string): string {
  return `system:serviceaccount:${namespace}:${serviceAccount}`;
}
