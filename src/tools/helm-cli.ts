import * as exec from '@actions/exec';

export interface HelmChartRef {
  readonly helmPath: string;
  readonly release: string;
  readonly chart: string;
  readonly namespace: string;
  readonly values: readonly (readonly [string, string])[];
}

/** Helm's --set splits on commas and treats backslash as escape: quote values so addresses stay intact. */
function setArgs(values: HelmChartRef['values']): string[] {
  return values.flatMap(([key, value]) => [
    '--set',
    `${key}=${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`,
  ]);
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
  return helm(ref.helmPath, [
    'template',
    ref.release,
    ref.chart,
    '--namespace',
    ref.namespace,
    '--no-hooks',
    ...setArgs(ref.values),
  ]);
}

/** The successor of the seed's Tiller path: an idempotent install or upgrade of the release. */
export async function helmUpgradeInstall(ref: HelmChartRef, kubeconfigPath: string): Promise<void> {
  await helm(ref.helmPath, [
    'upgrade',
    '--install',
    ref.release,
    ref.chart,
    '--namespace',
    ref.namespace,
    '--kubeconfig',
    kubeconfigPath,
    ...setArgs(ref.values),
  ]);
}

/** The manifest of the deployed release, or undefined when the release does not exist. */
export async function helmGetManifest(
  helmPath: string,
  release: string,
  namespace: string,
  kubeconfigPath: string,
): Promise<string | undefined> {
  const result = await exec.getExecOutput(
    helmPath,
    ['get', 'manifest', release, '--namespace', namespace, '--kubeconfig', kubeconfigPath],
    { silent: true, ignoreReturnCode: true },
  );
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
  const result = await exec.getExecOutput(
    helmPath,
    ['uninstall', release, '--namespace', namespace, '--kubeconfig', kubeconfigPath, '--wait'],
    { silent: true, ignoreReturnCode: true },
  );
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
