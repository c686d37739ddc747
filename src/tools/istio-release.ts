import { installTool, type ToolSpec } from './install.js';
import { pinnedSha256 } from './pins.js';
import type { Parsed } from '../util/parsed.js';
import { InputError } from '../util/errors.js';
import { releasePlatform, type ReleasePlatform } from './platform.js';
import { istioctlSource, istioReleaseSource, parseMirrorUrl } from './sources.js';
import { parseToolVersion } from './versions.js';

const FIXES: Readonly<Record<string, string>> = {
  'istio-version': 'pin an exact Istio release, e.g. istio-version: 1.28.2.',
  'istio-mirror':
    'give the https base URL of the mirror, without credentials, e.g. istio-mirror: https://mirror.example.com/istio.',
};

interface IstioRequest {
  readonly version: string;
  readonly mirror: string | undefined;
  readonly platform: ReleasePlatform;
}

/** Validates the version (`1.28.2` or `v1.28.2`; empty means the tested default) and the mirror base URL. */
function istioRequest(
  version: string,
  mirror: string | undefined,
  platform: ReleasePlatform | undefined,
): IstioRequest {
  return {
    version: inputValue('istio-version', parseToolVersion('istio', version)),
    mirror: inputValue('istio-mirror', parseMirrorUrl(mirror ?? '', 'istio-mirror')),
    platform: platform ?? releasePlatform(),
  };
}

/**
 * The value, or an InputError: istio-version and istio-mirror are read by the remote-install,
 * uninstall and inject steps, and the refusal names the step that runs (not setup-tools).
 */
function inputValue<T>(input: string, parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  throw new InputError({
    input,
    message: parsed.problem,
    fix: FIXES[input] ?? `correct ${input}.`,
  });
}

/**
 * The release archive, whose `istio-<version>/` directory is cached and returned as a whole. `sha256`
 * (istio-sha256, checked by the caller) pins the archive where the action carries no pin.
 */
export function istioReleaseSpec(
  version: string,
  mirror?: string,
  platform?: ReleasePlatform,
  sha256?: string,
): ToolSpec {
  const request = istioRequest(version, mirror, platform);
  const pinned = pinnedSha256('istio', request.version, request.platform);
  if (sha256 !== undefined && pinned !== undefined && sha256.toLowerCase() !== pinned)
    throw new InputError({
      input: 'istio-sha256',
      message: `differs from the SHA-256 the action carries for istio-${request.version} (${pinned}).`,
      fix: "drop istio-sha256 (the action's pin is taken from Istio's published checksum) or correct it.",
    });
  return {
    name: 'istio',
    version: request.version,
    arch: request.platform.arch,
    source: istioReleaseSource(request.version, request.platform, request.mirror),
    layout: { kind: 'archive', root: `istio-${request.version}`, target: '' },
    versionInput: 'istio-version',
    mirrorInput: 'istio-mirror',
    ...(sha256 === undefined
      ? { pinnedSha256: pinned }
      : { pinnedSha256: sha256.toLowerCase(), pinnedBy: 'istio-sha256' }),
  };
}

/** The istioctl-only asset of the release: an archive holding the `istioctl` binary at its top. */
export function istioctlSpec(version: string, mirror?: string, platform?: ReleasePlatform): ToolSpec {
  const request = istioRequest(version, mirror, platform);
  return {
    name: 'istioctl',
    version: request.version,
    arch: request.platform.arch,
    source: istioctlSource(request.version, request.platform, request.mirror),
    layout: { kind: 'archive', root: '', target: 'istioctl' },
    versionInput: 'istio-version',
    mirrorInput: 'istio-mirror',
    pinnedSha256: pinnedSha256('istioctl', request.version, request.platform),
  };
}

/**
 * Installs the Istio release (checksum-verified, tool-cached) and returns the absolute path of its
 * extracted `istio-<version>/` directory, holding `manifests/charts/...` and `bin/istioctl`.
 */
export async function installIstioRelease(
  version: string,
  mirror?: string,
  platform?: ReleasePlatform,
  sha256?: string,
): Promise<string> {
  return (await installTool(istioReleaseSpec(version, mirror, platform, sha256))).path;
}

/** Installs istioctl alone and returns the absolute path of the binary. */
export async function installIstioctl(
  version: string,
  mirror?: string,
  platform?: ReleasePlatform,
): Promise<string> {
  return (await installTool(istioctlSpec(version, mirror, platform))).path;
}
