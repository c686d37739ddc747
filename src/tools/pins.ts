import type { ReleasePlatform } from './platform.js';

/**
 * SHA-256 of release files built into the action, by tool, version and `<os>-<arch>`: when a pin
 * exists it is the only checksum a download is verified against, so a mirror (or a compromised
 * upstream) cannot serve a changed binary together with a matching checksum file. Pins are copied at
 * release time from the checksum files the projects publish (get.helm.sh `.sha256sum`, dl.k8s.io
 * `.sha256`, Istio's `.sha256`), never computed from a download; a version without a pin is verified
 * against the published checksum file fetched beside it.
 */
export type PinTable = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;

export const PINNED_SHA256: PinTable = {
  helm: {},
  kubectl: {},
  istio: {},
  istioctl: {},
};

/** The pinned SHA-256 of `tool` at `version` for `platform`, if the action carries one. */
export function pinnedSha256(
  tool: string,
  version: string,
  platform: ReleasePlatform,
  table: PinTable = PINNED_SHA256,
): string | undefined {
  const pin = table[tool]?.[version]?.[`${platform.os}-${platform.arch}`];
  return pin === undefined ? undefined : pin.toLowerCase();
}
