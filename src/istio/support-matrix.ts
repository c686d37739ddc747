/**
 * Which Kubernetes versions each Istio minor supports, from istio/istio.io
 * `data/compatibility/supportStatus.yml` as of 2026-12-01 (1.28 reached end of life on 2026-07-01).
 * A release newer than the table is not refused, only reported.
 */
export const SUPPORTED_KUBERNETES: Readonly<Record<string, { readonly min: string; readonly max: string }>> =
  {
    '1.29': { min: '1.31', max: '1.35' },
    '1.30': { min: '1.32', max: '1.36' },
  };

/** The remote profile (istiod chart with profile=remote) exists from this minor on. */
const FIRST_REMOTE_PROFILE_MINOR = 24;

export type SupportVerdict =
  | { readonly kind: 'supported' }
  | { readonly kind: 'unsupported'; readonly reason: string; readonly fix: string }
  | { readonly kind: 'unknown'; readonly reason: string };

function minorOf(version: string): [number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

function compare(a: [number, number], b: [number, number]): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

const label = (v: [number, number]): string => `${v[0]}.${v[1]}`;

/** Whether Istio `istio` (istiod's version) supports a cluster running Kubernetes `kubernetes`. */
export function kubernetesSupport(istio: string, kubernetes: string): SupportVerdict {
  const i = minorOf(istio);
  const k = minorOf(kubernetes);
  if (!i || !k)
    return { kind: 'unknown', reason: `cannot read Istio "${istio}" or Kubernetes "${kubernetes}" as x.y` };
  if (i[0] === 1 && i[1] < FIRST_REMOTE_PROFILE_MINOR)
    return {
      kind: 'unknown',
      reason: `istiod reports ${istio}, older than the remote profile (1.${FIRST_REMOTE_PROFILE_MINOR}): a development build, or not a released istiod; support not checked`,
    };
  const minors = Object.keys(SUPPORTED_KUBERNETES)
    .map((v) => minorOf(v) as [number, number])
    .sort(compare);
  const oldest = minors[0] as [number, number];
  const newest = minors.at(-1) as [number, number];
  if (compare(i, oldest) < 0)
    return {
      kind: 'unsupported',
      reason: `Istio ${label(i)} has reached end of life (the oldest supported minor is ${label(oldest)})`,
      fix: `upgrade istiod to ${label(oldest)} or later.`,
    };
  if (compare(i, newest) > 0)
    return {
      kind: 'unknown',
      reason: `Istio ${label(i)} is newer than the support table (up to ${label(newest)}); support not checked`,
    };
  const range = SUPPORTED_KUBERNETES[label(i)];
  if (!range) return { kind: 'unknown', reason: `Istio ${label(i)} is not in the support table` };
  const min = minorOf(range.min) as [number, number];
  const max = minorOf(range.max) as [number, number];
  if (compare(k, min) >= 0 && compare(k, max) <= 0) return { kind: 'supported' };
  return {
    kind: 'unsupported',
    reason: `Istio ${label(i)} supports Kubernetes ${range.min} to ${range.max}, and the cluster runs ${label(k)}`,
    fix:
      compare(k, max) > 0
        ? `upgrade istiod to a release that supports Kubernetes ${label(k)}, or run a Kubernetes version Istio ${label(i)} supports.`
        : `upgrade the cluster to Kubernetes ${range.min} or later, or use an Istio release that supports ${label(k)}.`,
  };
}

/** The first istiod that takes an in-place update of a registration Secret without losing the remote. */
export const IN_PLACE_ROTATION_FIXED = '1.30.3';

/**
 * A warning for token-request registrations (renewed in place) on an istiod older than 1.30.3
 * (istio/istio#60612, #61043), or undefined when the version is known to be fixed.
 */
export function rotationWarning(istiod: string | undefined): string | undefined {
  const fixed = IN_PLACE_ROTATION_FIXED.split('.').map(Number);
  const parts = /^v?(\d+)\.(\d+)\.(\d+)/
    .exec(istiod?.trim() ?? '')
    ?.slice(1)
    .map(Number);
  if (parts) {
    const newer = parts.findIndex((p, i) => p !== fixed[i]);
    if (newer < 0 || (parts[newer] ?? 0) > (fixed[newer] ?? 0)) return undefined;
  }
  const seen =
    istiod === undefined ? 'the primary istiod version could not be read' : `istiod reports ${istiod}`;
  return `credential-mode token-request: ${seen}; istiod before ${IN_PLACE_ROTATION_FIXED} can drop a remote when its registration is renewed in place (istio/istio#60612, #61043). Fix: upgrade istiod to ${IN_PLACE_ROTATION_FIXED} or later, and check the remote stays synced after each renewal.`;
}

/** multi-primary: two control planes of different minors (1.29 and 1.30) are not one supported mesh. */
export function sameMinor(a: string, b: string): boolean | undefined {
  const x = minorOf(a);
  const y = minorOf(b);
  if (!x || !y) return undefined;
  return compare(x, y) === 0;
}
