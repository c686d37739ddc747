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
  /**
   * false: the API server drops unknown fields instead of refusing them (--validate=false), and
   * kubectl skips reading the OpenAPI documents it checks strict validation against (most of its
   * CPU time). Default true.
   */
  readonly validate?: boolean;
}

/** The documents as kubectl reads them from `--filename=-`: one JSON object per line. */
function stdinOf(documents: readonly object[]): Buffer {
  return Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
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
  const result = await exec.getExecOutput(kubectlPath, [...args, '--output=json', '--filename=-'], {
    input: stdinOf(documents),
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
    ...(options.validate === false ? ['--validate=false'] : []),
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

/**
 * Whether a server-side apply of `documents` would leave every one of them as it is, from one
 * `kubectl diff --server-side` (a dry-run apply compared with the live object, managedFields aside):
 * true when there is no difference, false when there is one (or an object is missing), undefined
 * when kubectl could not tell (an API error, no diff program on the runner). The diff itself is
 * never read: `diff --brief` only says whether files differ.
 */
export async function kubectlServerSideUnchanged(
  documents: readonly object[],
  options: Omit<ServerSideApplyOptions, 'dryRun' | 'validate'>,
): Promise<boolean | undefined> {
  if (documents.length === 0) return true;
  const result = await exec.getExecOutput(
    options.kubectlPath,
    [
      `--kubeconfig=${options.kubeconfigPath}`,
      'diff',
      '--server-side',
      `--field-manager=${options.fieldManager}`,
      '--force-conflicts',
      `--concurrency=${DIFF_CONCURRENCY}`,
      '--filename=-',
    ],
    {
      input: stdinOf(documents),
      silent: true,
      ignoreReturnCode: true,
      env: { ...definedEnv(), KUBECTL_EXTERNAL_DIFF: 'diff --brief' },
    },
  );
  if (result.exitCode === 0) return true;
  if (result.exitCode === 1) return false;
  return undefined;
}

/** Objects kubectl diff compares at once (its default is one after another). */
const DIFF_CONCURRENCY = 8;

function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
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
