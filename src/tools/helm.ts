import { installTool, type InstalledTool } from './install.js';
import { ACTION_PINS, pinnedSha256, type ToolPins } from './pins.js';
import type { ReleasePlatform } from './platform.js';
import { helmSource } from './sources.js';

/** Installs helm (a normalised version such as v3.22.0); the binary is `<os>-<arch>/helm` in the archive. */
export function installHelm(
  version: string,
  platform: ReleasePlatform,
  toolsMirror?: string,
  pins: ToolPins = ACTION_PINS,
): Promise<InstalledTool> {
  return installTool({
    name: 'helm',
    version,
    arch: platform.arch,
    source: helmSource(version, platform, toolsMirror),
    layout: { kind: 'archive', root: `${platform.os}-${platform.arch}`, target: 'helm' },
    versionInput: 'helm-version',
    mirrorInput: 'tools-mirror',
    pinnedSha256: pinnedSha256('helm', version, platform, pins.download),
    onPath: {
      binarySha256: pinnedSha256('helm', version, platform, pins.binary),
      platformName: `${platform.os}-${platform.arch}`,
    },
  });
}
