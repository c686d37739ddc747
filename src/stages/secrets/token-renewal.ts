/**
 * When a registered TokenRequest token must be replaced: it belongs to another account, it expires
 * with less than a third of its lifetime left (so a schedule more often than a third of the lifetime
 * always renews it in time), or it outlives the lifetime now asked for. Pure.
 */
import type { TokenClaims } from '../../kube/service-account-token.js';

export interface RenewalPolicy {
  readonly subject: string;
  readonly lifetimeSeconds: number;
  /** Seconds since the epoch. */
  readonly now: number;
}

export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const parts = [h ? `${h}h` : '', m ? `${m}m` : '', rest || (!h && !m) ? `${rest}s` : ''];
  return parts.join('');
}

export function isoTime(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** Why the registered token must be renewed, or undefined when it is good for longer than a third of its lifetime. */
export function renewalReason(claims: TokenClaims | undefined, policy: RenewalPolicy): string | undefined {
  if (claims === undefined) return 'the registered credential is not an expiring token';
  if (claims.subject !== policy.subject)
    return `the registered token is for ${claims.subject}, not ${policy.subject}`;
  const lifetime = claims.expiresAt - claims.issuedAt;
  const left = claims.expiresAt - policy.now;
  if (left <= 0) return `the registered token expired at ${isoTime(claims.expiresAt)}`;
  if (left < lifetime / 3)
    return `the registered token expires at ${isoTime(claims.expiresAt)}: ${formatSeconds(left)} left of its ${formatSeconds(lifetime)} lifetime, less than a third`;
  if (left > policy.lifetimeSeconds + 60)
    return `the registered token is good for ${formatSeconds(left)}, longer than token-lifetime (${formatSeconds(policy.lifetimeSeconds)})`;
  return undefined;
}
