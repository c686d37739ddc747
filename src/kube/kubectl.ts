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
 * Runs kubectl with JSON documents on stdin (`--filename=-`) and `--output=json`, and returns the
 * objects it printed. `what` names the command in the error.
 */
async function kubectlOnDocuments(
  documents: readonly object[],
  kubectlPath: string,
  args: readonly string[],
  what: string,
): Promise<KubectlObject[]> {
  if (documents.length === 0) return [];
  const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
  const result = await exec.getExecOutput(kubectlPath, [...args, '--output=json', '--filename=-'], {
    input,
    silent: true,
    ignoreReturnCode: true,
  });
  if (result.exitCode !== 0) {
    throw new Error(`${what} failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
  }
  return parseKubectlJson(result.stdout);
}

/**
 * `kubectl apply --server-side` of JSON documents given on stdin. kubectl sends each object as the
 * manifest has it, so no field is lost on the way (client-node's typed models drop
 * x-kubernetes-int-or-string and similar, kubernetes-client/javascript#2483). Values are passed as
 * --option=value, never as bare arguments, so none can be read as a flag.
 */
export function kubectlServerSideApply(
  documents: readonly object[],
  options: ServerSideApplyOptions,
): Promise<KubectlObject[]> {
  const args = [
    `--kubeconfig=${options.kubeconfigPath}`,
    'apply',
    '--server-side',
    `--field-manager=${options.fieldManager}`,
    '--force-conflicts',
    ...(options.dryRun ? ['--dry-run=server'] : []),
  ];
  return kubectlOnDocuments(documents, options.kubectlPath, args, 'kubectl apply --server-side');
}

/**
 * The live objects named by `documents` (one `kubectl get --filename=-`), as the API server returns
 * them: untyped JSON, so no field is renamed on the way. Objects that do not exist are left out.
 */
export function kubectlGetObjects(
  documents: readonly object[],
  options: Pick<ServerSideApplyOptions, 'kubectlPath' | 'kubeconfigPath'>,
): Promise<KubectlObject[]> {
  const args = [`--kubeconfig=${options.kubeconfigPath}`, 'get', '--ignore-not-found'];
  return kubectlOnDocuments(documents, options.kubectlPath, args, 'kubectl get');
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
