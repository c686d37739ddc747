/**
 * Kubeconfig handling without I/O: decode (raw YAML or base64), split several, parse into a typed
 * model, validate with paths (`clusters[0].cluster.server is missing`), extract one context into a
 * self-contained file, list the secrets to mask, and build the token kubeconfig a remote registers.
 */
import yaml from 'js-yaml';
import { isDns1123Label } from '../util/names.js';
import { redactUrlCredentials } from '../util/redact.js';
import { serverUrlProblem } from './transport-policy.js';

// ---------------------------------------------------------------------------------------------
// Model: the kubeconfig wire format (kebab-case keys as kubectl writes them). Known fields are
// typed; any other field is kept as is, so an extracted context keeps exec options, extensions...

export interface KubeconfigCluster {
  readonly server?: string;
  readonly 'certificate-authority-data'?: string;
  readonly 'certificate-authority'?: string;
  readonly 'insecure-skip-tls-verify'?: boolean;
  readonly 'tls-server-name'?: string;
  readonly 'proxy-url'?: string;
  readonly [field: string]: unknown;
}

export interface KubeconfigAuthProvider {
  readonly name?: string;
  readonly config?: Readonly<Record<string, string>>;
  readonly [field: string]: unknown;
}

export interface KubeconfigExecEnvVar {
  readonly name?: string;
  readonly value?: string;
}

export interface KubeconfigExec {
  readonly apiVersion?: string;
  readonly command?: string;
  readonly args?: readonly string[];
  readonly env?: readonly KubeconfigExecEnvVar[];
  readonly [field: string]: unknown;
}

export interface KubeconfigUser {
  readonly token?: string;
  readonly tokenFile?: string;
  readonly 'client-certificate-data'?: string;
  readonly 'client-certificate'?: string;
  readonly 'client-key-data'?: string;
  readonly 'client-key'?: string;
  readonly username?: string;
  readonly password?: string;
  readonly as?: string;
  readonly 'auth-provider'?: KubeconfigAuthProvider;
  readonly exec?: KubeconfigExec;
  readonly [field: string]: unknown;
}

export interface KubeconfigContext {
  readonly cluster?: string;
  readonly user?: string;
  readonly namespace?: string;
  readonly [field: string]: unknown;
}

export interface NamedCluster {
  readonly name?: string;
  readonly cluster?: KubeconfigCluster;
}

export interface NamedUser {
  readonly name?: string;
  readonly user?: KubeconfigUser;
}

export interface NamedContext {
  readonly name?: string;
  readonly context?: KubeconfigContext;
}

export interface Kubeconfig {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly clusters: readonly NamedCluster[];
  readonly contexts: readonly NamedContext[];
  readonly users: readonly NamedUser[];
  readonly 'current-context'?: string;
  readonly preferences?: Readonly<Record<string, unknown>>;
  readonly [field: string]: unknown;
}

/** A kubeconfig that cannot be read or used; `problems` never quote secret values. */
export class KubeconfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'KubeconfigError';
    this.problems = problems;
  }
}

// ---------------------------------------------------------------------------------------------
// YAML: a schema with strings, booleans and null only. Kubeconfigs have no numeric fields, and
// reading `token: 0123` or `password: 1e3` as a number would change the secret.

const nullType = new yaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: unknown) => data === null || ['', '~', 'null', 'Null', 'NULL'].includes(String(data)),
  construct: () => null,
  predicate: (value: unknown) => value === null,
  represent: () => 'null',
});

const boolType = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: unknown) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(String(data)),
  construct: (data: unknown) => /^(?:true|True|TRUE)$/.test(String(data)),
  predicate: (value: unknown) => typeof value === 'boolean',
  represent: (value: object) => String(value),
});

const KUBECONFIG_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType] });

function loadYamlDocuments(text: string): unknown[] {
  try {
    return yaml.loadAll(text, null, { schema: KUBECONFIG_SCHEMA });
  } catch (error: unknown) {
    throw new KubeconfigError([yamlErrorText(error)]);
  }
}

/** The reason and position only: js-yaml's own message quotes the offending line, which may hold a token. */
function yamlErrorText(error: unknown): string {
  if (error instanceof yaml.YAMLException) {
    return `is not valid YAML: ${error.reason} at line ${error.mark.line + 1}, column ${error.mark.column + 1}`;
  }
  return 'is not valid YAML';
}

export function serializeKubeconfig(config: Kubeconfig): string {
  return yaml.dump(config, { lineWidth: -1, noRefs: true });
}

// ---------------------------------------------------------------------------------------------
// Parsing: check the shape of every known field (collecting every problem), keep the rest.

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

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
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

/**
 * Parses one kubeconfig (YAML text, already decoded) into the typed model. Throws a KubeconfigError
 * listing every field of the wrong type; missing fields and broken references are for
 * validateKubeconfig.
 */
export function parseKubeconfig(text: string): Kubeconfig {
  const documents = loadYamlDocuments(text).filter((document) => document !== null && document !== undefined);
  if (documents.length === 0) throw new KubeconfigError(['is empty']);
  if (documents.length > 1) {
    throw new KubeconfigError([`holds ${documents.length} YAML documents where one kubeconfig was expected`]);
  }
  const [document] = documents;
  if (!isMapping(document)) {
    throw new KubeconfigError([
      `is not a kubeconfig: expected a mapping with clusters, contexts and users, found ${describe(document)}`,
    ]);
  }
  const problems: string[] = [];
  const checked = checkMapping(document, KUBECONFIG_FIELDS, '', problems);
  if (problems.length > 0) throw new KubeconfigError(problems);
  // The shape of every typed field was checked above; this is the one place the model is asserted.
  const config = checked as Partial<Kubeconfig>;
  return {
    ...config,
    clusters: config.clusters ?? [],
    contexts: config.contexts ?? [],
    users: config.users ?? [],
  };
}

// ---------------------------------------------------------------------------------------------
// Decoding and splitting inputs.

export type KubeconfigInputFormat = 'yaml' | 'base64';

export interface DecodedKubeconfigInput {
  readonly text: string;
  readonly format: KubeconfigInputFormat;
}

const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

/** YAML kubeconfigs always contain `key: value`; the base64 alphabet has no colon. */
function looksLikeYaml(text: string): boolean {
  return text.includes(':');
}

/** Strict base64 (standard or URL-safe, line breaks allowed) to UTF-8 text, or undefined. */
export function decodeBase64Text(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (compact === '' || !BASE64_PATTERN.test(compact)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Buffer.from(compact, 'base64'));
  } catch (error: unknown) {
    if (error instanceof TypeError) return undefined; // not UTF-8: binary, not a kubeconfig
    throw error;
  }
}

/** Accepts a kubeconfig as raw YAML or as base64 of that YAML (`base64 -w0 ~/.kube/config`). */
export function decodeKubeconfigInput(text: string): DecodedKubeconfigInput {
  const trimmed = text.trim();
  if (trimmed === '') throw new KubeconfigError(['is empty']);
  if (looksLikeYaml(trimmed)) return { text: trimmed, format: 'yaml' };
  const decoded = decodeBase64Text(trimmed);
  if (decoded === undefined) {
    throw new KubeconfigError([
      'is neither YAML nor base64: pass the kubeconfig YAML (apiVersion: v1, clusters: ...) or its base64 ' +
        '(base64 -w0 kubeconfig)',
    ]);
  }
  if (!looksLikeYaml(decoded)) {
    throw new KubeconfigError(['is base64, but what it decodes to is not kubeconfig YAML']);
  }
  return { text: decoded.trim(), format: 'base64' };
}

const DOCUMENT_SEPARATOR = /^---[ \t]*(?:#.*)?$/m;

function splitYamlDocuments(text: string): string[] {
  return text
    .split(DOCUMENT_SEPARATOR)
    .map((document) => document.trim())
    .filter((document) =>
      document.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('#')),
    );
}

const KUBECONFIG_TOP_LEVEL_KEYS = ['apiVersion', 'kind', 'clusters', 'contexts', 'users', 'current-context'];

function isKubeconfigYaml(text: string): boolean {
  try {
    const documents = yaml.loadAll(text, null, { schema: KUBECONFIG_SCHEMA });
    return documents.every(
      (document) =>
        isMapping(document) && KUBECONFIG_TOP_LEVEL_KEYS.some((key) => Object.hasOwn(document, key)),
    );
  } catch (error: unknown) {
    if (error instanceof yaml.YAMLException) return false;
    throw error;
  }
}

/**
 * Splits an input holding several kubeconfigs into YAML texts: YAML documents separated by `---`
 * lines, or one base64 kubeconfig per line. A base64 text wrapped over several lines (plain
 * `base64` output) is one kubeconfig; base64 of a `---`-separated stream gives several.
 */
export function splitKubeconfigs(text: string): readonly string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (looksLikeYaml(trimmed)) return splitYamlDocuments(trimmed);
  const lines = trimmed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const perLine = lines.map((line) => decodeBase64Text(line));
  if (perLine.every((decoded): decoded is string => decoded !== undefined && isKubeconfigYaml(decoded))) {
    return perLine.flatMap(splitYamlDocuments);
  }
  const whole = decodeBase64Text(trimmed);
  if (whole !== undefined && looksLikeYaml(whole)) return splitYamlDocuments(whole);
  const bad = perLine.findIndex((decoded) => decoded === undefined);
  throw new KubeconfigError([
    bad >= 0
      ? `line ${bad + 1} is not base64: give one base64 kubeconfig per line, or YAML kubeconfigs separated by --- lines`
      : 'is neither YAML kubeconfigs separated by --- lines nor one base64 kubeconfig per line',
  ]);
}

// ---------------------------------------------------------------------------------------------
// Lookups.

function contextNames(config: Kubeconfig): string[] {
  return config.contexts.map((entry) => entry.name).filter((name): name is string => name !== undefined);
}

function availableContexts(config: Kubeconfig): string {
  const names = contextNames(config);
  return names.length === 0 ? 'it has no contexts' : `available contexts: ${names.join(', ')}`;
}

function findIndex<T extends { readonly name?: string }>(entries: readonly T[], name: string): number {
  return entries.findIndex((entry) => entry.name === name);
}

/** The context a single-cluster kubeconfig means: its current-context, or its only context. */
export function currentContextName(config: Kubeconfig): string {
  const current = config['current-context'];
  if (current !== undefined && current !== '') return current;
  const names = contextNames(config);
  if (names.length === 1 && names[0] !== undefined) return names[0];
  throw new KubeconfigError([
    `has no current-context and ${names.length} contexts (${availableContexts(config)}): set current-context, ` +
      'or pass one merged kubeconfig with primary-context and remote-contexts',
  ]);
}

function currentCluster(config: Kubeconfig): NamedCluster {
  if (config['current-context'] === undefined && config.clusters.length === 1 && config.clusters[0]) {
    return config.clusters[0];
  }
  const contextName = currentContextName(config);
  const context = config.contexts.find((entry) => entry.name === contextName);
  if (context === undefined) throw new KubeconfigError([`context "${contextName}" is not in contexts`]);
  const clusterName = context.context?.cluster;
  const cluster = config.clusters.find((entry) => entry.name === clusterName);
  if (cluster === undefined) {
    throw new KubeconfigError([
      `context "${contextName}" refers to cluster "${clusterName ?? ''}", not in clusters`,
    ]);
  }
  return cluster;
}

/** The API server of the cluster the kubeconfig's current context uses. */
export function serverOf(config: Kubeconfig): string {
  const cluster = currentCluster(config);
  const server = cluster.cluster?.server;
  if (server === undefined || server === '') {
    throw new KubeconfigError([`cluster "${cluster.name ?? ''}" has no server`]);
  }
  return server;
}

/** The name of the cluster the kubeconfig's current context uses. */
export function clusterNameOf(config: Kubeconfig): string {
  const name = currentCluster(config).name;
  if (name === undefined || name === '') throw new KubeconfigError(['the current cluster has no name']);
  return name;
}

/** True for servers only the machine itself can reach: 127.0.0.0/8, localhost, ::1, 0.0.0.0, ::. */
export function isLoopbackServer(url: string): boolean {
  let host: string;
  try {
    host = new URL(url.includes('://') ? url : `https://${url}`).hostname.toLowerCase();
  } catch (error: unknown) {
    if (error instanceof TypeError) return false; // not a URL at all: validation reports it
    throw error;
  }
  host = host.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host)
  );
}

// ---------------------------------------------------------------------------------------------
// Extraction.

/**
 * A self-contained kubeconfig with only `contextName`, its cluster and its user, and
 * `current-context` set. Throws a KubeconfigError (listing the available contexts when the context
 * is missing) when the context or what it refers to is not there.
 */
export function extractContext(config: Kubeconfig, contextName: string): Kubeconfig {
  const context = config.contexts.find((entry) => entry.name === contextName);
  if (context === undefined) {
    throw new KubeconfigError([`has no context "${contextName}" (${availableContexts(config)})`]);
  }
  const clusterName = context.context?.cluster;
  const cluster = config.clusters.find((entry) => entry.name === clusterName);
  if (cluster === undefined) {
    throw new KubeconfigError([
      `context "${contextName}" refers to cluster "${clusterName ?? ''}", not in clusters`,
    ]);
  }
  const userName = context.context?.user;
  const user = userName === undefined ? undefined : config.users.find((entry) => entry.name === userName);
  if (userName !== undefined && user === undefined) {
    throw new KubeconfigError([`context "${contextName}" refers to user "${userName}", not in users`]);
  }
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [cluster],
    contexts: [context],
    'current-context': contextName,
    preferences: config.preferences ?? {},
    users: user === undefined ? [] : [user],
  };
}

/**
 * Renames the cluster, context and user of a single-context kubeconfig to `name`. Loaded together,
 * files named this way never share a user name, so client-node's credential cache (keyed by user
 * name) cannot mix clusters up.
 */
export function renameKubeconfigEntries(config: Kubeconfig, name: string): Kubeconfig {
  const [cluster, ...otherClusters] = config.clusters;
  const [context, ...otherContexts] = config.contexts;
  const [user, ...otherUsers] = config.users;
  if (cluster === undefined || context === undefined || otherClusters.length + otherContexts.length > 0) {
    throw new KubeconfigError([
      'renaming needs exactly one cluster and one context: extract the context first',
    ]);
  }
  if (otherUsers.length > 0) throw new KubeconfigError(['renaming needs at most one user']);
  const contextFields: KubeconfigContext = { ...context.context, cluster: name };
  return {
    ...config,
    clusters: [{ ...cluster, name }],
    contexts: [{ name, context: user === undefined ? contextFields : { ...contextFields, user: name } }],
    'current-context': name,
    users: user === undefined ? [] : [{ ...user, name }],
  };
}

// ---------------------------------------------------------------------------------------------
// Validation: every problem, each with its path.

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch (error: unknown) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

function isBase64(value: string): boolean {
  return BASE64_PATTERN.test(value.replace(/\s+/g, ''));
}

function clusterProblems(entry: NamedCluster, path: string): string[] {
  const problems: string[] = [];
  if (!entry.name) problems.push(`${path}.name is missing`);
  const cluster = entry.cluster;
  if (cluster === undefined) return [...problems, `${path}.cluster is missing`];
  const server = cluster.server;
  if (!server) problems.push(`${path}.cluster.server is missing`);
  else if (!isUrl(server))
    problems.push(
      `${path}.cluster.server "${redactUrlCredentials(server)}" is not a URL such as https://10.0.0.1:6443`,
    );
  const caData = cluster['certificate-authority-data'];
  if (caData !== undefined && !isBase64(caData)) {
    problems.push(`${path}.cluster.certificate-authority-data is not base64`);
  }
  if (cluster['insecure-skip-tls-verify'] === true && (caData || cluster['certificate-authority'])) {
    problems.push(
      `${path}.cluster sets insecure-skip-tls-verify together with a certificate authority (kubectl refuses it)`,
    );
  }
  return problems;
}

function userProblems(entry: NamedUser, path: string): string[] {
  const problems: string[] = [];
  if (!entry.name) problems.push(`${path}.name is missing`);
  const user = entry.user ?? {};
  for (const field of ['client-certificate-data', 'client-key-data'] as const) {
    const value = user[field];
    if (value !== undefined && !isBase64(value)) problems.push(`${path}.user.${field} is not base64`);
  }
  const hasCertificate = Boolean(user['client-certificate-data'] || user['client-certificate']);
  const hasKey = Boolean(user['client-key-data'] || user['client-key']);
  if (hasCertificate && !hasKey) problems.push(`${path}.user has a client certificate but no client key`);
  if (hasKey && !hasCertificate) problems.push(`${path}.user has a client key but no client certificate`);
  if (user.exec !== undefined && !user.exec.command) problems.push(`${path}.user.exec.command is missing`);
  return problems;
}

function contextProblems(config: Kubeconfig, entry: NamedContext, path: string): string[] {
  const problems: string[] = [];
  if (!entry.name) problems.push(`${path}.name is missing`);
  const context = entry.context;
  if (context === undefined) return [...problems, `${path}.context is missing`];
  if (!context.cluster) problems.push(`${path}.context.cluster is missing`);
  else if (findIndex(config.clusters, context.cluster) < 0) {
    problems.push(`${path}.context.cluster "${context.cluster}" is not in clusters`);
  }
  if (context.user && findIndex(config.users, context.user) < 0) {
    problems.push(`${path}.context.user "${context.user}" is not in users`);
  }
  return problems;
}

function duplicateProblems(list: string, entries: readonly { readonly name?: string }[]): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    if (!entry.name) return;
    const first = seen.get(entry.name);
    if (first === undefined) seen.set(entry.name, index);
    else problems.push(`${list}[${index}].name "${entry.name}" repeats ${list}[${first}].name`);
  });
  return problems;
}

function validateWhole(config: Kubeconfig): string[] {
  const problems: string[] = [];
  if (config.clusters.length === 0) problems.push('clusters is empty');
  if (config.contexts.length === 0) problems.push('contexts is empty');
  config.clusters.forEach((entry, index) => problems.push(...clusterProblems(entry, `clusters[${index}]`)));
  config.users.forEach((entry, index) => problems.push(...userProblems(entry, `users[${index}]`)));
  config.contexts.forEach((entry, index) =>
    problems.push(...contextProblems(config, entry, `contexts[${index}]`)),
  );
  problems.push(
    ...duplicateProblems('clusters', config.clusters),
    ...duplicateProblems('users', config.users),
  );
  problems.push(...duplicateProblems('contexts', config.contexts));
  const current = config['current-context'];
  if (current && findIndex(config.contexts, current) < 0)
    problems.push(`current-context "${current}" is not in contexts`);
  return problems;
}

function validateOneContext(config: Kubeconfig, contextName: string): string[] {
  const contextIndex = findIndex(config.contexts, contextName);
  const context = config.contexts[contextIndex];
  if (context === undefined) return [`has no context "${contextName}" (${availableContexts(config)})`];
  const problems = contextProblems(config, context, `contexts[${contextIndex}]`);
  const clusterIndex = context.context?.cluster ? findIndex(config.clusters, context.context.cluster) : -1;
  const cluster = config.clusters[clusterIndex];
  if (cluster !== undefined) problems.push(...clusterProblems(cluster, `clusters[${clusterIndex}]`));
  const userIndex = context.context?.user ? findIndex(config.users, context.context.user) : -1;
  const user = config.users[userIndex];
  if (user !== undefined) problems.push(...userProblems(user, `users[${userIndex}]`));
  const sameName = (list: readonly { readonly name?: string }[], name: string | undefined) =>
    list.filter((entry) => name !== undefined && entry.name === name).length > 1;
  if (sameName(config.contexts, contextName))
    problems.push(`contexts has several entries named "${contextName}"`);
  if (sameName(config.clusters, cluster?.name))
    problems.push(`clusters has several entries named "${cluster?.name}"`);
  if (sameName(config.users, user?.name)) problems.push(`users has several entries named "${user?.name}"`);
  return problems;
}

/**
 * Every problem of the kubeconfig, with paths such as `clusters[0].cluster.server is missing`.
 * With `context`, only that context and the cluster and user it uses are checked (other entries of
 * a merged kubeconfig may be broken without harm); paths still index the whole file.
 */
export function validateKubeconfig(
  config: Kubeconfig,
  options: { readonly context?: string } = {},
): readonly string[] {
  return options.context === undefined ? validateWhole(config) : validateOneContext(config, options.context);
}

/**
 * The fields that point at files (`user "kind-east": client-key`), which must exist at that path
 * wherever the kubeconfig is used: on a runner, a path from a workstation rarely does.
 */
export function fileReferences(config: Kubeconfig): readonly string[] {
  const references: string[] = [];
  for (const entry of config.clusters) {
    if (entry.cluster?.['certificate-authority'])
      references.push(`cluster "${entry.name ?? ''}": certificate-authority`);
  }
  for (const entry of config.users) {
    for (const field of ['client-certificate', 'client-key', 'tokenFile'] as const) {
      if (entry.user?.[field]) references.push(`user "${entry.name ?? ''}": ${field}`);
    }
  }
  return references;
}

// ---------------------------------------------------------------------------------------------
// Secrets.

const SECRET_NAME_PATTERN =
  /token|secret|passw|pwd|credential|private|session|api[-_]?key|access[-_]?key|auth/i;
const SECRET_FLAG_PATTERN =
  /^--?(?:[\w-]*(?:token|secret|password|passwd|credential|api-key|access-key)[\w-]*)(?:=(.*))?$/i;

function execSecrets(exec: KubeconfigExec): string[] {
  const secrets: string[] = [];
  for (const variable of exec.env ?? []) {
    if (variable.name && variable.value && SECRET_NAME_PATTERN.test(variable.name))
      secrets.push(variable.value);
  }
  const args = exec.args ?? [];
  args.forEach((arg, index) => {
    const match = SECRET_FLAG_PATTERN.exec(arg);
    if (match === null) return;
    const value = match[1] ?? args[index + 1];
    if (value !== undefined && !value.startsWith('-')) secrets.push(value);
  });
  return secrets;
}

function authProviderSecrets(provider: KubeconfigAuthProvider): string[] {
  return Object.entries(provider.config ?? {})
    .filter(([key]) => SECRET_NAME_PATTERN.test(key))
    .map(([, value]) => value);
}

function userSecrets(user: KubeconfigUser): string[] {
  const secrets = [user.token, user['client-key-data'], user.password];
  if (user.username && user.password) secrets.push(`${user.username}:${user.password}`);
  if (user['auth-provider']) secrets.push(...authProviderSecrets(user['auth-provider']));
  if (user.exec) secrets.push(...execSecrets(user.exec));
  return secrets.filter((secret): secret is string => secret !== undefined && secret.trim() !== '');
}

/**
 * Every sensitive string of the kubeconfig, as written in it: tokens, client-key-data, passwords
 * (and `user:password`), auth-provider tokens and secrets, exec env values and flags that look secret.
 * Certificates and CA data are public and not listed. See secretMaskForms for what to mask.
 */
export function kubeconfigSecrets(config: Kubeconfig): readonly string[] {
  return [...new Set(config.users.flatMap((entry) => (entry.user ? userSecrets(entry.user) : [])))];
}

const PEM_ARMOR = /^-----(?:BEGIN|END) [A-Z0-9 ]+-----$/;

/**
 * What to register with the runner's masker for each secret: the value, its base64 encoding and,
 * for base64 of a PEM (client-key-data), each line of the PEM except its armor lines.
 * Never a multi-line string: the runner masks those line by line, armor lines included.
 */
export function secretMaskForms(secrets: readonly string[]): readonly string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    const value = secret.trim();
    if (value === '') continue;
    for (const line of maskableLines(value)) forms.add(line);
    forms.add(Buffer.from(value, 'utf8').toString('base64'));
    const decoded = decodeBase64Text(value);
    if (decoded?.includes('-----BEGIN')) for (const line of maskableLines(decoded)) forms.add(line);
  }
  return [...forms];
}

function maskableLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !PEM_ARMOR.test(line));
}

// ---------------------------------------------------------------------------------------------
// The kubeconfig a remote registers with the primary.

export interface TokenKubeconfigOptions {
  /** Cluster, context and user name: the remote's DNS-1123 name. */
  readonly name: string;
  readonly server: string;
  /** Base64 CA bundle, as in the token Secret's `ca.crt` data. */
  readonly caData: string;
  readonly token: string;
  readonly tlsServerName?: string;
}

function tokenKubeconfigProblems(options: TokenKubeconfigOptions): string[] {
  const problems: string[] = [];
  if (!isDns1123Label(options.name))
    problems.push(`name "${options.name}" is not a DNS-1123 label such as "east-1"`);
  const serverProblem = serverUrlProblem(options.server);
  if (serverProblem !== undefined)
    problems.push(`server "${redactUrlCredentials(options.server)}" ${serverProblem}`);
  if (options.caData.trim() === '' || !isBase64(options.caData)) {
    problems.push('caData must be the base64 CA bundle (the ca.crt field of the token Secret data, as is)');
  }
  if (options.token.trim() === '') problems.push('token is empty');
  return problems;
}

/**
 * The kubeconfig of the seed procedure as YAML: one cluster, context and user, all named `name`,
 * with certificate-authority-data, server (and tls-server-name when given) and the token.
 */
export function buildTokenKubeconfig(options: TokenKubeconfigOptions): string {
  const problems = tokenKubeconfigProblems(options);
  if (problems.length > 0) throw new KubeconfigError(problems);
  const { name, server, caData, token, tlsServerName } = options;
  const cluster: KubeconfigCluster = {
    'certificate-authority-data': caData.replace(/\s+/g, ''),
    server,
    ...(tlsServerName ? { 'tls-server-name': tlsServerName } : {}),
  };
  return serializeKubeconfig({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster }],
    contexts: [{ name, context: { cluster: name, user: name } }],
    'current-context': name,
    preferences: {},
    users: [{ name, user: { token: token.trim() } }],
  });
}
