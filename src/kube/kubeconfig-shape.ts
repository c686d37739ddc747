/**
 * The shape check of a decoded kubeconfig document: every field client-node's KubeConfig reads (and
 * the exec and auth-provider fields the secret enumeration reads) has the type it expects, each
 * problem with its path (`clusters[0].cluster.server must be a string, found a list`). client-node
 * itself does not check types: a list where a string belongs fails deep inside it, or is passed on.
 * Null fields are dropped; unknown fields are kept as they are.
 */

type FieldKind =
  | 'string'
  | 'boolean'
  | 'strings'
  | 'stringMap'
  | { readonly mapping: FieldSpec }
  | { readonly listOf: FieldSpec };
type FieldSpec = Readonly<Record<string, FieldKind>>;

const CLUSTER_FIELDS: FieldSpec = {
  server: 'string',
  'certificate-authority-data': 'string',
  'certificate-authority': 'string',
  'insecure-skip-tls-verify': 'boolean',
  'tls-server-name': 'string',
  'proxy-url': 'string',
};
const EXEC_FIELDS: FieldSpec = {
  apiVersion: 'string',
  command: 'string',
  args: 'strings',
  env: { listOf: { name: 'string', value: 'string' } },
};
const USER_FIELDS: FieldSpec = {
  token: 'string',
  tokenFile: 'string',
  'client-certificate-data': 'string',
  'client-certificate': 'string',
  'client-key-data': 'string',
  'client-key': 'string',
  username: 'string',
  password: 'string',
  as: 'string',
  'auth-provider': { mapping: { name: 'string', config: 'stringMap' } },
  exec: { mapping: EXEC_FIELDS },
};
const CONTEXT_FIELDS: FieldSpec = { cluster: 'string', user: 'string', namespace: 'string' };
const KUBECONFIG_FIELDS: FieldSpec = {
  apiVersion: 'string',
  kind: 'string',
  'current-context': 'string',
  preferences: { mapping: {} },
  clusters: { listOf: { name: 'string', cluster: { mapping: CLUSTER_FIELDS } } },
  contexts: { listOf: { name: 'string', context: { mapping: CONTEXT_FIELDS } } },
  users: { listOf: { name: 'string', user: { mapping: USER_FIELDS } } },
};

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) return 'a mapping';
  return `a ${typeof value}`;
}

function checkMapping(
  value: Record<string, unknown>,
  spec: FieldSpec,
  path: string,
  problems: string[],
): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const kind = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (field === null && kind !== undefined) continue;
    checked[key] =
      kind === undefined ? field : checkField(field, kind, `${path}${path ? '.' : ''}${key}`, problems);
  }
  return checked;
}

function checkField(value: unknown, kind: FieldKind, path: string, problems: string[]): unknown {
  const wrong = (expected: string) => {
    problems.push(`${path} must be ${expected}, found ${describe(value)}`);
    return undefined;
  };
  if (kind === 'string') return typeof value === 'string' ? value : wrong('a string');
  if (kind === 'boolean') return typeof value === 'boolean' ? value : wrong('true or false');
  if (kind === 'strings') {
    const ok = Array.isArray(value) && value.every((item) => typeof item === 'string');
    return ok ? value : wrong('a list of strings');
  }
  if (kind === 'stringMap') {
    const ok = isMapping(value) && Object.values(value).every((item) => typeof item === 'string');
    return ok ? value : wrong('a mapping of strings');
  }
  if ('mapping' in kind)
    return isMapping(value) ? checkMapping(value, kind.mapping, path, problems) : wrong('a mapping');
  if (!Array.isArray(value)) return wrong('a list');
  return value.map((item: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    if (isMapping(item)) return checkMapping(item, kind.listOf, itemPath, problems);
    problems.push(`${itemPath} must be a mapping, found ${describe(item)}`);
    return undefined;
  });
}

/** The document with every typed field checked; throws nothing, `problems` collects every mismatch. */
export function checkKubeconfigShape(
  document: Record<string, unknown>,
  problems: string[],
): Record<string, unknown> {
  return checkMapping(document, KUBECONFIG_FIELDS, '', problems);
}
