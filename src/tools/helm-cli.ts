import * as exec from '@actions/exec';

export interface HelmChartRef {
  readonly helmPath: string;
  readonly release: string;
  /** A chart directory, or a chart name in `repo`. */
  readonly chart: string;
  /** Chart repository URL (helm --repo); the chart is then a name in it. */
  readonly repo?: string;
  /** Chart version to take from the repository (helm --version); the newest when unset. */
  readonly version?: string;
  readonly namespace: string;
  readonly values: readonly (readonly [string, string])[];
}

/** --repo and --version for a chart from a chart repository; nothing for a chart directory. */
function chartSourceArgs(ref: Pick<HelmChartRef, 'repo' | 'version'>): string[] {
  return [...(ref.repo ? [`--repo=${ref.repo}`] : []), ...(ref.version ? [`--version=${ref.version}`] : [])];
}

/*
 * Every argument list is options first, each option with its value in one argument
 * (`--namespace=<v>`), then `--`, then the positional arguments: helm's flag parser (cobra) reads
 * nothing after `--` as a flag, so a release or chart named `--post-renderer=x` stays a name.
 */

/** Helm's --set splits on commas and treats backslash as escape: quote values so addresses stay intact. */
function setArgs(values: HelmChartRef['values']): string[] {
  return values.map(([key, value]) => `--set=${key}=${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`);
}

function clusterArgs(namespace: string, kubeconfigPath: string): string[] {
  return [`--namespace=${namespace}`, `--kubeconfig=${kubeconfigPath}`];
}

/** `helm template` in Helm 3/4 syntax (release name positional, no --name) without hook manifests. */
export function helmTemplateArgs(ref: HelmChartRef): string[] {
  return [
    'template',
    `--namespace=${ref.namespace}`,
    '--no-hooks',
    ...chartSourceArgs(ref),
    ...setArgs(ref.values),
    '--',
    ref.release,
    ref.chart,
  ];
}

/**
 * Helm 4 applies server-side, and a field someone changed by hand (another field manager) is a
 * conflict it stops on, where Helm 3's three-way merge put the release's value back. The release is
 * the action's own (claimed before any upgrade), and moving hand edits back is what resync is for, so
 * conflicts are forced; --force-conflicts needs server-side apply, which a release Helm 3 installed
 * would otherwise keep off ("auto"), so it is asked for, and Helm 4 moves the release's client-side
 * field ownership over to it.
 */
function applyArgs(helmMajor: number): string[] {
  return helmMajor >= 4 ? ['--server-side=true', '--force-conflicts'] : [];
}

export function helmUpgradeInstallArgs(
  ref: HelmChartRef,
  kubeconfigPath: string,
  releaseLabels: Readonly<Record<string, string>> = {},
  helmMajor = 3,
): string[] {
  const labels = Object.entries(releaseLabels).map(([key, value]) => `${key}=${value}`);
  return [
    'upgrade',
    '--install',
    ...applyArgs(helmMajor),
    ...clusterArgs(ref.namespace, kubeconfigPath),
    ...(labels.length > 0 ? [`--labels=${labels.join(',')}`] : []),
    ...chartSourceArgs(ref),
    ...setArgs(ref.values),
    '--',
    ref.release,
    ref.chart,
  ];
}

export function helmGetManifestArgs(release: string, namespace: string, kubeconfigPath: string): string[] {
  return ['get', 'manifest', ...clusterArgs(namespace, kubeconfigPath), '--', release];
}

export function helmUninstallArgs(release: string, namespace: string, kubeconfigPath: string): string[] {
  return ['uninstall', ...clusterArgs(namespace, kubeconfigPath), '--wait', '--', release];
}

async function helm(helmPath: string, args: string[]): Promise<string> {
  const result = await exec.getExecOutput(helmPath, args, { silent: true, ignoreReturnCode: true });
  if (result.exitCode !== 0) {
    throw new Error(
      `helm ${args[0] ?? ''} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`,
    );
  }
  return result.stdout;
}

/** `helm template` in Helm 3/4 syntax (release name positional, no --name) without hook manifests. */
export function helmTemplate(ref: HelmChartRef): Promise<string> {
  return helm(ref.helmPath, helmTemplateArgs(ref));
}

/** The successor of the seed's Tiller path: an idempotent install or upgrade of the release. */
export async function helmUpgradeInstall(
  ref: HelmChartRef,
  kubeconfigPath: string,
  releaseLabels: Readonly<Record<string, string>> = {},
): Promise<void> {
  const major = await helmMajor(ref.helmPath);
  await helm(ref.helmPath, helmUpgradeInstallArgs(ref, kubeconfigPath, releaseLabels, major));
}

/** The manifest of the deployed release, or undefined when the release does not exist. */
export async function helmGetManifest(
  helmPath: string,
  release: string,
  namespace: string,
  kubeconfigPath: string,
): Promise<string | undefined> {
  const result = await exec.getExecOutput(helmPath, helmGetManifestArgs(release, namespace, kubeconfigPath), {
    silent: true,
    ignoreReturnCode: true,
  });
  if (result.exitCode === 0) return result.stdout;
  if (/not found/i.test(result.stderr)) return undefined;
  throw new Error(`helm get manifest failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
}

export async function helmUninstall(
  helmPath: string,
  release: string,
  namespace: string,
  kubeconfigPath: string,
): Promise<'uninstalled' | 'absent'> {
  const result = await exec.getExecOutput(helmPath, helmUninstallArgs(release, namespace, kubeconfigPath), {
    silent: true,
    ignoreReturnCode: true,
  });
  if (result.exitCode === 0) return 'uninstalled';
  if (/not found/i.test(result.stderr)) return 'absent';
  throw new Error(`helm uninstall failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
}

/** Major version of the helm binary (3 or 4), from `helm version --short` (e.g. v3.22.0+g1a2b3c4). */
export async function helmVersion(helmPath: string): Promise<string> {
  const out = await helm(helmPath, ['version', '--short']);
  const match = /v(\d+\.\d+\.\d+)/.exec(out);
  if (!match?.[1]) throw new Error(`could not read the helm version from "${out.trim()}"`);
  return match[1];
}

const majors = new Map<string, Promise<number>>();

/** The major version of the helm binary at `helmPath`, asked once per path. */
export function helmMajor(helmPath: string): Promise<number> {
  let major = majors.get(helmPath);
  if (major === undefined) {
    major = helmVersion(helmPath).then((version) => Number(version.split('.')[0]));
    majors.set(helmPath, major);
  }
  return major;
}

/** The chart's own version (Chart.yaml `version`), from `helm show chart`. */
export async function helmChartVersion(ref: HelmChartRef): Promise<string> {
  const out = await helm(ref.helmPath, ['show', 'chart', ...chartSourceArgs(ref), '--', ref.chart]);
  const match = /^version:\s*["']?([^"'\s]+)/m.exec(out);
  if (!match?.[1]) throw new Error(`helm show chart ${ref.chart} printed no version`);
  return match[1];
}
