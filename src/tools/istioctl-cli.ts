import { execFile } from 'node:child_process';

/** The files `istioctl kube-inject` reads instead of asking a cluster. */
export interface KubeInjectFiles {
  readonly injectConfigFile: string;
  readonly meshConfigFile: string;
  /** Only for istioctl versions that have --valuesFile (and configs with a `values` key). */
  readonly valuesFile?: string;
  /** `--revision default`: without it current istioctl asks the cluster for the default revision, and waits forever when it cannot reach one. */
  readonly revision?: string;
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
  readonly revision: boolean;
}

interface Output {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** istioctl must never hang a workflow: it is killed after this long. */
const TIMEOUT_MS = 120_000;

function istioctl(path: string, args: string[], kubeconfig?: string): Promise<Output> {
  const env = { ...process.env, ...(kubeconfig ? { KUBECONFIG: kubeconfig } : {}) };
  return new Promise((resolve, reject) => {
    execFile(
      path,
      args,
      { env, timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          const why = error.killed ? `timed out after ${TIMEOUT_MS / 1000}s` : error.message;
          reject(new Error(`istioctl at ${path} ${args[0] ?? ''}: ${why}`, { cause: error }));
          return;
        }
        resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
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
    revision: text.includes('--revision'),
  };
}

/**
 * The kube-inject arguments: options only, each with its value in the same argument
 * (`--filename=<path>`), so no path can be read as another flag; kube-inject takes no positionals.
 */
export function kubeInjectArgs(request: KubeInjectFiles & { manifest: string; output: string }): string[] {
  return [
    'kube-inject',
    `--injectConfigFile=${request.injectConfigFile}`,
    `--meshConfigFile=${request.meshConfigFile}`,
    ...(request.valuesFile ? [`--valuesFile=${request.valuesFile}`] : []),
    ...(request.revision ? [`--revision=${request.revision}`] : []),
    `--filename=${request.manifest}`,
    `--output=${request.output}`,
  ];
}

/** One istioctl binary, as a stage calls it (stage tests give the stage another). */
export interface Istioctl {
  readonly path: string;
  kubeInjectFlags(): Promise<KubeInjectFlags>;
  kubeInject(request: Omit<KubeInjectRequest, 'istioctlPath'>): Promise<void>;
}

export function istioctlAt(path: string): Istioctl {
  return {
    path,
    kubeInjectFlags: () => kubeInjectFlags(path),
    kubeInject: (request) => kubeInject({ ...request, istioctlPath: path }),
  };
}

/** `istioctl kube-inject` with config from files, writing the injected manifest to `output`. */
export async function kubeInject(request: KubeInjectRequest): Promise<void> {
  const args = kubeInjectArgs(request);
  const result = await istioctl(request.istioctlPath, args, request.kubeconfig);
  if (result.exitCode !== 0) {
    throw new Error(
      `istioctl kube-inject -f ${request.manifest} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`,
    );
  }
}
