import { parsedValue, parseProblem, type Parsed } from '../util/parsed.js';
import type { ReleasePlatform } from './platform.js';
import { redactUrlCredentials } from '../util/redact.js';

/** Where one release file and its published checksum are downloaded from. */
export interface DownloadSource {
  readonly url: string;
  readonly checksumUrl: string;
  /** The file name the checksum file refers to. */
  readonly fileName: string;
}

export const HELM_BASE_URL = 'https://get.helm.sh';
export const KUBERNETES_BASE_URL = 'https://dl.k8s.io';
export const ISTIO_BASE_URL = 'https://github.com/istio/istio/releases/download';

/** `<base>/helm-v3.22.0-linux-amd64.tar.gz` with `.sha256sum`; a tools mirror replaces https://get.helm.sh. */
export function helmSource(version: string, platform: ReleasePlatform, toolsMirror?: string): DownloadSource {
  const fileName = `helm-${version}-${platform.os}-${platform.arch}.tar.gz`;
  const url = `${toolsMirror ?? HELM_BASE_URL}/${fileName}`;
  return { url, checksumUrl: `${url}.sha256sum`, fileName };
}

/** `<base>/release/v1.36.3/bin/linux/amd64/kubectl` with `.sha256`; a tools mirror replaces https://dl.k8s.io. */
export function kubectlSource(
  version: string,
  platform: ReleasePlatform,
  toolsMirror?: string,
): DownloadSource {
  const url = `${toolsMirror ?? KUBERNETES_BASE_URL}/release/${version}/bin/${platform.os}/${platform.arch}/kubectl`;
  return { url, checksumUrl: `${url}.sha256`, fileName: 'kubectl' };
}

/** Istio names its archives linux-amd64, linux-arm64, osx (x64) and osx-arm64. */
export function istioPlatformName(platform: ReleasePlatform): string {
  switch (platform.os) {
    case 'linux':
      return `linux-${platform.arch}`;
    case 'darwin':
      return platform.arch === 'arm64' ? 'osx-arm64' : 'osx';
  }
}

/** The full release archive (charts, samples, bin/istioctl) with `.sha256`; an Istio mirror replaces the GitHub releases URL. */
export function istioReleaseSource(
  version: string,
  platform: ReleasePlatform,
  istioMirror?: string,
): DownloadSource {
  return istioAsset(`istio-${version}-${istioPlatformName(platform)}.tar.gz`, version, istioMirror);
}

/** The istioctl-only archive of the same release, with `.sha256`. */
export function istioctlSource(
  version: string,
  platform: ReleasePlatform,
  istioMirror?: string,
): DownloadSource {
  return istioAsset(`istioctl-${version}-${istioPlatformName(platform)}.tar.gz`, version, istioMirror);
}

function istioAsset(fileName: string, version: string, istioMirror: string | undefined): DownloadSource {
  const url = `${istioMirror ?? ISTIO_BASE_URL}/${version}/${fileName}`;
  return { url, checksumUrl: `${url}.sha256`, fileName };
}

/**
 * Checks a mirror base URL: https, or plain http for a loopback host only; no credentials, query or
 * fragment. Empty means no mirror. Returns the URL without trailing slashes.
 */
export function parseMirrorUrl(raw: string, input: string): Parsed<string | undefined> {
  const given = raw.trim();
  if (given === '') return parsedValue(undefined);
  const example = `for example ${input}: https://mirror.example.com/tools`;
  // Never echoed with its credentials: the runner masks them, but a message must not depend on it.
  const shown = redactUrlCredentials(given);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return parseProblem(`${input} "${shown}" is not a URL: give the mirror's base URL, ${example}.`);
  }
  const problem = mirrorProblem(url);
  if (problem) return parseProblem(`${input} "${shown}" ${problem}, ${example}.`);
  return parsedValue(url.href.replace(/\/+$/, ''));
}

function mirrorProblem(url: URL): string | undefined {
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return 'must use https (plain http is accepted only for a loopback host: 127.0.0.0/8, localhost or ::1)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an https URL';
  if (url.username || url.password)
    return 'must not contain credentials (user:password@): serve the mirror without authentication, or reach it through a runner-side proxy';
  if (url.search || url.hash) return 'must be a base URL without query or fragment';
  return undefined;
}

/** 127.0.0.0/8, localhost and ::1 (the WHATWG URL parser has already normalised the host). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host === '[::1]' ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}
