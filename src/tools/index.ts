import { ProblemsError, errorMessage } from '../util/errors.js';
import { installHelm } from './helm.js';
import type { InstalledTool } from './install.js';
import { installKubectl } from './kubectl.js';
import { problemsOf } from '../util/parsed.js';
import { releasePlatform } from './platform.js';
import { parseMirrorUrl } from './sources.js';
import { parseToolVersion } from './versions.js';
import type { ToolPins } from './pins.js';

export type { InstalledTool } from './install.js';
export { installIstioRelease, installIstioctl } from './istio-release.js';
export { DEFAULT_HELM_VERSION, DEFAULT_ISTIOCTL_VERSION, DEFAULT_KUBECTL_VERSION } from './versions.js';

const stage = 'setup-tools';

export interface SetupToolsInput {
  /** As the user gave it: `v3.22.0` or `3.22.0`; empty means the tested default. */
  readonly helmVersion: string;
  /** As the user gave it: `v1.36.3` or `1.36.3`; empty means the tested default. */
  readonly kubectlVersion: string;
  /** Base URL replacing https://get.helm.sh and https://dl.k8s.io; empty or absent means upstream. */
  readonly mirror?: string;
  /** Node's names (`process.arch`, `process.platform`); default to this runner's. */
  readonly arch?: string;
  readonly platform?: string;
  /** The SHA-256 pins downloads and tools on PATH are checked against; the action's own (pins.ts) by default. */
  readonly pins?: ToolPins;
}

export interface SetupToolsResult {
  readonly helmPath: string;
  readonly kubectlPath: string;
  readonly helm: InstalledTool;
  readonly kubectl: InstalledTool;
  /** One line per tool, for the job summary. */
  readonly report: readonly string[];
}

/** Validates every input (reporting all problems at once), then installs helm and kubectl side by side. */
export async function setupTools(input: SetupToolsInput): Promise<SetupToolsResult> {
  const helmVersion = parseToolVersion('helm', input.helmVersion);
  const kubectlVersion = parseToolVersion('kubectl', input.kubectlVersion);
  const mirror = parseMirrorUrl(input.mirror ?? '', 'tools-mirror');
  if (!helmVersion.ok || !kubectlVersion.ok || !mirror.ok) {
    throw new ProblemsError(stage, problemsOf([helmVersion, kubectlVersion, mirror]));
  }
  const platform = releasePlatform(input.platform, input.arch);

  const [helm, kubectl] = await settleAll([
    installHelm(helmVersion.value, platform, mirror.value, input.pins),
    installKubectl(kubectlVersion.value, platform, mirror.value, input.pins),
  ]);
  return {
    helmPath: helm.path,
    kubectlPath: kubectl.path,
    helm,
    kubectl,
    report: [reportLine('helm', helm), reportLine('kubectl', kubectl)],
  };
}

/** Waits for both installs so that a failure of one does not hide the other's. */
async function settleAll(
  installs: [Promise<InstalledTool>, Promise<InstalledTool>],
): Promise<[InstalledTool, InstalledTool]> {
  const [first, second] = await Promise.allSettled(installs);
  if (first.status === 'fulfilled' && second.status === 'fulfilled') return [first.value, second.value];
  const failures = [first, second].flatMap((result) =>
    result.status === 'rejected' ? [result.reason as unknown] : [],
  );
  if (failures.length === 1) throw failures[0];
  throw new ProblemsError(
    stage,
    failures.map((failure) => errorMessage(failure)),
  );
}

function reportLine(name: string, tool: InstalledTool): string {
  const how =
    tool.fromPath !== undefined
      ? `found on PATH at ${tool.fromPath}, SHA-256 matches the pin`
      : tool.fromCache
        ? 'from the tool cache'
        : 'downloaded, checksum verified';
  return `${name} ${tool.version} (${how}): ${tool.path}`;
}
