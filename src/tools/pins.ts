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
  helm: {
    // helm-v3.22.0-linux-amd64.tar.gz.sha256sum on get.helm.sh (the default helm-version).
    'v3.22.0': { 'linux-amd64': '1e4ab49e429626cf6c6958d914248b78c9730803c2751b87627e171dc800e7bb' },
    // helm-v4.2.3-<os>-<arch>.tar.gz.sha256sum as listed in the v4.2.3 release notes
    // (github.com/helm/helm/releases/tag/v4.2.3): the tested Helm 4, the one ubuntu-26.04 runners carry.
    'v4.2.3': {
      'linux-amd64': 'e9b88b4ee95b18c706839c28d3a0220e5bc470e9cd9262410c90793c45ff8b7c',
      'linux-arm64': '21abd9354d39b2cd79a8d76be6912cd137a983cbf997193503fb8a6a6e2f2785',
      'darwin-amd64': 'ff3ac86755a45f3422473bc1200776aac0fe04c5766abe6ca66699f7b564b23b',
      'darwin-arm64': '048ecf5ad3160f83d918f9fe945238d2132b079640f7b106175331c25f242c64',
    },
  },
  // release/v1.36.3/bin/linux/amd64/kubectl.sha256 on dl.k8s.io (the default kubectl-version).
  kubectl: {
    'v1.36.3': { 'linux-amd64': 'ebbd080e7c2e275093b55915722043257eb24004363e20acb3c4d71919f88336' },
  },
  // Not pinned yet: the releases the README names (1.30.1, and 1.28.2, istio-version's tested
  // default) need the values of Istio's published istio-<v>-<platform>.tar.gz.sha256 files, which
  // were not at hand when this table was written; until they are added, a release is verified against
  // the checksum file served beside it (by istio-mirror when set).
  istio: {},
  istioctl: {},
};

/**
 * SHA-256 of the executables themselves, which a tool already on the runner's PATH must match to be
 * used instead of a download. Kubernetes publishes kubectl as a bare binary, so its download pins are
 * the binary's. Helm publishes digests of its archives only, never of the helm binary inside, so helm
 * has no binary pin and a helm on PATH is never reused (pins are copied, never computed).
 */
export const PINNED_BINARY_SHA256: PinTable = {
  helm: {},
  kubectl: PINNED_SHA256.kubectl ?? {},
};

/** The pin tables a tool install checks against: the action's own, or a test's. */
export interface ToolPins {
  /** Of the file downloaded (an archive or a bare binary). */
  readonly download: PinTable;
  /** Of the executable, for a tool found on PATH. */
  readonly binary: PinTable;
}

export const ACTION_PINS: ToolPins = { download: PINNED_SHA256, binary: PINNED_BINARY_SHA256 };

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
