import type { ProfileName } from './profiles.js';

/** Inputs that only the seed's Istio 1.0 charts read, with what current Istio does instead. */
const ISTIO_1_0_ONLY: readonly { input: string; instead: string }[] = [
  {
    input: 'mtls',
    instead:
      'current Istio sends mTLS between sidecars by default (auto mTLS); require it with a PeerAuthentication of mode STRICT',
  },
  {
    input: 'control-plane-security',
    instead: 'current Istio always serves xDS to sidecars over mTLS (port 15012)',
  },
];

/**
 * Inputs set to true that mean nothing in `profile`: refused, so a setting is never silently ignored.
 * `enabled` tells whether a boolean input is true.
 */
export function meaninglessInputProblems(
  profile: ProfileName,
  enabled: (input: string) => boolean,
): string[] {
  if (profile !== 'istio-current') return [];
  return ISTIO_1_0_ONLY.filter(({ input }) => enabled(input)).map(
    ({ input, instead }) =>
      `${input} only means something with profile istio-1.0 (the 1.0 charts' setting); ${instead}. Fix: remove ${input}, or set profile: istio-1.0`,
  );
}
