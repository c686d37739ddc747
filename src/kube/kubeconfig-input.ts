/**
 * Reading kubeconfig inputs without losing a secret value: raw YAML or base64 (`base64 -w0`),
 * several in one input (`---` documents or one base64 per line), parsed with a YAML schema that has
 * strings, booleans and null only, into checked kubeconfig documents. client-node's loadFromString
 * uses the default schema (`token: 0123` would become the number 123) and quotes the offending line
 * of a YAML error, which may hold a token.
 */
import yaml from 'js-yaml';
import { KubeconfigError, type Kubeconfig } from './kubeconfig-model.js';
import { checkKubeconfigShape, describe, isMapping } from './kubeconfig-shape.js';

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

export type KubeconfigInputFormat = 'yaml' | 'base64';

export interface DecodedKubeconfigInput {
  readonly text: string;
  readonly format: KubeconfigInputFormat;
}

const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

/** True when `value` is base64 (line breaks allowed). */
export function isBase64(value: string): boolean {
  return BASE64_PATTERN.test(value.replace(/\s+/g, ''));
}

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
  const checked = checkKubeconfigShape(document, problems);
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
