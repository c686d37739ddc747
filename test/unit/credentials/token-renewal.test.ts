import { afterEach, describe, expect, it, vi } from 'vitest';
import { serviceAccountSubject, tokenClaims } from '../../../src/kube/service-account-token.js';
import { formatSeconds, renewalReason } from '../../../src/stages/secrets/token-renewal.js';
import { readCredentialMode, readTokenLifetimeSeconds } from '../../../src/steps/credential-inputs.js';
import { rotationWarning } from '../../../src/istio/support-matrix.js';

const SUBJECT = serviceAccountSubject('istio-system', 'istio-reader-service-account');
const T0 = 1_800_000_000;

function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part(payload)}.c2lnbmF0dXJl`;
}

const claims = (lifetime: number) => ({ issuedAt: T0, expiresAt: T0 + lifetime, subject: SUBJECT });
const policy = (now: number, lifetimeSeconds = 600) => ({ subject: SUBJECT, lifetimeSeconds, now });

describe('tokenClaims', () => {
  it('reads iat, exp and sub from a JWT payload', () => {
    expect(tokenClaims(jwt({ iat: T0, exp: T0 + 600, sub: SUBJECT }))).toEqual(claims(600));
  });

  it('reads the uid of the Secret a TokenRequest token is bound to', () => {
    const bound = { 'kubernetes.io': { namespace: 'istio-system', secret: { name: 'b', uid: 'u-1' } } };
    expect(tokenClaims(jwt({ iat: T0, exp: T0 + 600, sub: SUBJECT, ...bound }))).toEqual({
      ...claims(600),
      boundSecretUid: 'u-1',
    });
  });

  it('gives nothing for a token without an expiry, or one that is not a JWT', () => {
    expect(tokenClaims(jwt({ iss: 'kubernetes/serviceaccount', sub: SUBJECT }))).toBeUndefined();
    expect(tokenClaims('not-a-jwt')).toBeUndefined();
    expect(tokenClaims('a.!!!.c')).toBeUndefined();
    expect(tokenClaims(jwt({ iat: T0, exp: T0, sub: SUBJECT }))).toBeUndefined();
  });
});

describe('renewalReason', () => {
  it('keeps a token with more than a third of its lifetime left', () => {
    expect(renewalReason(claims(600), policy(T0))).toBeUndefined();
    expect(renewalReason(claims(600), policy(T0 + 399))).toBeUndefined();
  });

  it('renews once less than a third is left, and says how much was left', () => {
    expect(renewalReason(claims(600), policy(T0 + 401))).toBe(
      'the registered token expires at 2027-01-15T08:10:00Z: 3m19s left of its 10m lifetime, less than a third',
    );
  });

  it('re-issues an expired token', () => {
    expect(renewalReason(claims(600), policy(T0 + 600))).toBe(
      'the registered token expired at 2027-01-15T08:10:00Z',
    );
  });

  it('renews a legacy token, a token of another account, and one that outlives a shortened lifetime', () => {
    expect(renewalReason(undefined, policy(T0))).toBe('the registered credential is not an expiring token');
    expect(renewalReason({ ...claims(600), subject: 'system:serviceaccount:x:y' }, policy(T0))).toContain(
      'is for system:serviceaccount:x:y',
    );
    expect(renewalReason(claims(86_400), policy(T0, 3600))).toBe(
      'the registered token is good for 24h, longer than token-lifetime (1h)',
    );
  });
});

describe('formatSeconds', () => {
  it('writes h, m and s, leaving out zero parts', () => {
    expect([formatSeconds(0), formatSeconds(59), formatSeconds(3600), formatSeconds(3723)]).toEqual([
      '0s',
      '59s',
      '1h',
      '1h2m3s',
    ]);
  });
});

describe('credential inputs', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('token-lifetime: 24h by default, h/m/s accepted, 10m..8760h only', () => {
    expect(readTokenLifetimeSeconds('remote-kubeconfig')).toBe(86_400);
    vi.stubEnv('INPUT_TOKEN-LIFETIME', '1h30m');
    expect(readTokenLifetimeSeconds('remote-kubeconfig')).toBe(5400);
    for (const bad of ['9m', '8761h', '-10m', '10 minutes', '--token=x']) {
      vi.stubEnv('INPUT_TOKEN-LIFETIME', bad);
      expect(() => readTokenLifetimeSeconds('remote-kubeconfig')).toThrow(
        /^\[remote-kubeconfig\] input token-lifetime: .* Fix: give a lifetime from 10m/,
      );
    }
  });

  it('credential-mode: token-secret by default, token-request, nothing else', () => {
    expect(readCredentialMode('preflight')).toBe('token-secret');
    vi.stubEnv('INPUT_CREDENTIAL-MODE', 'token-request');
    expect(readCredentialMode('preflight')).toBe('token-request');
    vi.stubEnv('INPUT_CREDENTIAL-MODE', 'client-cert');
    expect(() => readCredentialMode('preflight')).toThrow(
      /input credential-mode: "client-cert" is not one of/,
    );
  });
});

describe('rotationWarning', () => {
  it('warns before istiod 1.30.3, when the version is unknown, and not from 1.30.3 on', () => {
    expect(rotationWarning('1.30.2')).toContain('istiod reports 1.30.2; istiod before 1.30.3');
    expect(rotationWarning('1.29.9')).toContain('#60612');
    expect(rotationWarning(undefined)).toContain('could not be read');
    expect(rotationWarning('1.30.3')).toBeUndefined();
    expect(rotationWarning('1.31.0')).toBeUndefined();
    expect(rotationWarning('2.0.0')).toBeUndefined();
  });
});
