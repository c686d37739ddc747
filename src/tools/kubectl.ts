import { installTool, type InstalledTool } from './install.js';
import { ACTION_PINS, pinnedSha256, type ToolPins } from './pins.js';
import type { ReleasePlatform } from './platform.js';
import { kubectlSource } from './sources.js';

/** Installs kubectl (a normalised version such as v1.36.3), published as a bare binary. */
export function installKubectl(
  version: string,
  platform: ReleasePlatform,
  toolsMirror?: string,
  pins: ToolPins = ACTION_PINS,
): Promise<InstalledTool> {
  return installTool({
    name: 'kubectl',
    version,
    arch: platform.arch,
    source: kubectlSource(version, platform, toolsMirror),
    layout: { kind: 'binary', fileName: 'kubectl' },
    versionInput: 'kubectl-version',
    mirrorInput: 'tools-mirror',
    pinnedSha256: pinnedSha256('kubectl', version, platform, pins.download),
    onPath: {
      binarySha256: pinnedSha256('kubectl', version, platform, pins.binary),
      platformName: `${platform.os}-${platform.arch}`,
    },
  });
}
