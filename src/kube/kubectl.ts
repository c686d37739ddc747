import * as exec from '@actions/exec';

/** One object as kubectl printed it: untyped JSON, exactly the fields the API server returned. */
export interface KubectlObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly resourceVersion?: string;
  };
}

export interface ServerSideApplyOptions {
  readonly kubectlPath: string;
  readonly kubeconfigPath: string;
  readonly fieldManager: string;
  readonly dryRun: boolean;
}

/**
 * `kubectl apply --server-side` of JSON documents given on stdin. kubectl sends each object as the
 * manifest has it, so no field is lost on the way (client-node's typed models drop
 * x-kubernetes-int-or-string and similar, kubernetes-client/javascript#2483). Values are passed as
 * --option=value, never as bare arguments, so none can be read as a flag.
 */
export async function kubectlServerSideApply(
  documents: readonly object[],
  options: ServerSideApplyOptions,
): Promise<KubectlObject[]> {
  if (documents.length === 0) return [];
  const args = [
    `--kubeconfig=${options.kubeconfigPath}`,
    'apply',
    '--server-side',
    `--field-manager=${options.fieldManager}`,
    '--force-conflicts',
    '--output=json',
    '--filename=-',
    ...(options.dryRun ? ['--dry-run=server'] : []),
  ];
  const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
  const result = await exec.getExecOutput(options.kubectlPath, args, {
    input,
    silent: true,
    ignoreReturnCode: true,
  });
  if (result.exitCode !== 0) {
    throw new Error(`kubectl apply --server-side failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
  }
  return parseKubectlJson(result.stdout);
}

/**
 * The live objects named by `documents` (one `kubectl get --filename=-`), as the API server returns
 * them: untyped JSON, so no field is renamed on the way. Objects that do not exist are left out.
 */
export async function kubectlGetObjects(
  documents: readonly object[],
  options: Pick<ServerSideApplyOptions, 'kubectlPath' | 'kubeconfigPath'>,
): Promise<KubectlObject[]> {
  if (documents.length === 0) return [];
  const args = [
    `--kubeconfig=${options.kubeconfigPath}`,
    'get',
    '--ignore-not-found',
    '--output=json',
    '--filename=-',
  ];
  const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
  const result = await exec.getExecOutput(options.kubectlPath, args, {
    input,
    silent: true,
    ignoreReturnCode: true,
  });
  if (result.exitCode !== 0) {
    throw new Error(`kubectl get failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
  }
  return parseKubectlJson(result.stdout);
}

/** kubectl -o json prints one object for one document and a List for several. */
export function parseKubectlJson(stdout: string): KubectlObject[] {
  const text = stdout.trim();
  if (text === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error: unknown) {
    throw new Error(`kubectl printed output that is not JSON: ${text.slice(0, 200)}`, { cause: error });
  }
  const object = parsed as KubectlObject & { items?: KubectlObject[] };
  if (object.kind === 'List' && Array.isArray(object.items)) return object.items;
  return [object];
}
