import { StageError } from '../util/errors.js';

export type ReleaseOs = 'linux' | 'darwin';
export type ReleaseArch = 'amd64' | 'arm64';

/** The operating system and CPU architecture as release archives name them. */
export interface ReleasePlatform {
  readonly os: ReleaseOs;
  readonly arch: ReleaseArch;
}

const osNames: Readonly<Record<string, ReleaseOs>> = { linux: 'linux', darwin: 'darwin' };
const archNames: Readonly<Record<string, ReleaseArch>> = { x64: 'amd64', arm64: 'arm64' };

/** Maps Node's `process.platform` / `process.arch` names to release names (linux/darwin, amd64/arm64). */
export function releasePlatform(
  platform: string = process.platform,
  arch: string = process.arch,
): ReleasePlatform {
  const os = Object.hasOwn(osNames, platform) ? osNames[platform] : undefined;
  const releaseArch = Object.hasOwn(archNames, arch) ? archNames[arch] : undefined;
  const problems: string[] = [];
  if (!os) problems.push(`operating system "${platform}" is not supported (only linux and darwin)`);
  if (!releaseArch) problems.push(`CPU architecture "${arch}" is not supported (only x64 and arm64)`);
  if (!os || !releaseArch) {
    throw new StageError({
      stage: 'setup-tools',
      message: `this runner cannot run the released helm, kubectl and istioctl binaries: ${problems.join('; ')}.`,
      fix: 'run the job on a Linux or macOS runner with an x64 or arm64 CPU (for example runs-on: ubuntu-latest).',
    });
  }
  return { os, arch: releaseArch };
}
