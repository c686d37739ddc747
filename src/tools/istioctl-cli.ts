import * as exec from '@actions/exec';

/** The files `istioctl kube-inject` reads instead of asking a cluster. */
export interface KubeInjectFiles {
  readonly injectConfigFile: string;
  readonly meshConfigFile: string;
  /** Only for istioctl versions that have --valuesFile (and configs with a `values` key). */
  readonly valuesFile?: string;
}

export interface KubeInjectRequest extends KubeInjectFiles {
  readonly istioctlPath: string;
  readonly manifest: string;
  readonly output: string;
  /** Kubeconfig of the cluster the config came from, should this istioctl still want one. */
  readonly kubeconfig: string;
}

/** Which kube-inject flags this istioctl has (`kube-inject --help`). */
export interface KubeInjectFlags {
  readonly injectConfigFile: boolean;
  readonly meshConfigFile: boolean;
  readonly valuesFile: boolean;
}

async function istioctl(path: string, args: string[], kubeconfig?: string): Promise<exec.ExecOutput> {
  const env = { ...process.env, ...(kubeconfig ? { KUBECONFIG: kubeconfig } : {}) } as Record<string, string>;
  try {
    return await exec.getExecOutput(path, args, { silent: true, ignoreReturnCode: true, env });
  } catch (error: unknown) {
    throw new Error(
      `cannot run istioctl at ${path}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

export async function kubeInjectFlags(istioctlPath: string): Promise<KubeInjectFlags> {
  const help = await istioctl(istioctlPath, ['kube-inject', '--help']);
  const text = `${help.stdout}\n${help.stderr}`;
  if (help.exitCode !== 0 || !/kube-inject/.test(text)) {
    throw new Error(
      `${istioctlPath} kube-inject --help failed (exit ${help.exitCode}): ${help.stderr.trim() || help.stdout.trim()}`,
    );
  }
  return {
    injectConfigFile: text.includes('--injectConfigFile'),
    meshConfigFile: text.includes('--meshConfigFile'),
    valuesFile: text.includes('--valuesFile'),
  };
}

/** `istioctl kube-inject` with config from files, writing the injected manifest to `output`. */
export async function kubeInject(request: KubeInjectRequest): Promise<void> {
  const args = [
    'kube-inject',
    '--injectConfigFile',
    request.injectConfigFile,
    '--meshConfigFile',
    request.meshConfigFile,
    ...(request.valuesFile ? ['--valuesFile', request.valuesFile] : []),
    '-f',
    request.manifest,
    '-o',
    request.output,
  ];
  const result = await istioctl(request.istioctlPath, args, request.kubeconfig);
  if (result.exitCode !== 0) {
    throw new Error(
      `istioctl kube-inject -f ${request.manifest} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`,
    );
  }
}
