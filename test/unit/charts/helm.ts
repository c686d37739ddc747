// Renders the fixture charts with the real helm binary the testbed builds, and small typed accessors
// for the rendered objects. No cluster needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Access } from '../../../src/istio/reader-rights.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const chartsDir = path.join(repoRoot, 'test/fixtures/charts');

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: string;
}

export interface Container {
  name: string;
  image: string;
  args?: string[];
  command?: string[];
  env?: { name: string; value?: string }[];
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}

export interface Volume {
  name: string;
  secret?: { secretName: string; optional?: boolean; items?: { key: string; path: string }[] };
  configMap?: { name: string };
}

export interface PodSpec {
  serviceAccountName?: string;
  containers: Container[];
  initContainers?: Container[];
  volumes?: Volume[];
  tolerations?: { key?: string; operator?: string; effect?: string }[];
  nodeSelector?: Record<string, string>;
}

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

export interface Webhook {
  name: string;
  clientConfig: { url?: string; service?: { name: string; namespace: string; path?: string; port?: number } };
  namespaceSelector?: {
    matchLabels?: Record<string, string>;
    matchExpressions?: { key: string; operator: string }[];
  };
  failurePolicy?: string;
  timeoutSeconds?: number;
  sideEffects?: string;
}

function helmVersion(): string {
  const env = readFileSync(path.join(repoRoot, 'test/testbed/versions.env'), 'utf8');
  const m = /^HELM_VERSION=(\S+)$/m.exec(env);
  if (!m?.[1]) throw new Error('HELM_VERSION is missing from test/testbed/versions.env');
  return m[1];
}

let cachedHelm: string | undefined;

/** Path of the helm binary built by test/testbed/build.sh; throws (never skips) when it is missing. */
export function helmBinary(): string {
  if (cachedHelm) return cachedHelm;
  const dir = execFileSync('bash', [path.join(repoRoot, 'test/testbed/build.sh'), '--print-dir'], {
    encoding: 'utf8',
  }).trim();
  const bin = path.join(dir, `helm-${helmVersion()}`);
  if (!existsSync(bin)) {
    throw new Error(`helm binary not found at ${bin}: build it with test/testbed/build.sh`);
  }
  cachedHelm = bin;
  return bin;
}

export interface RenderOptions {
  release: string;
  namespace: string;
  /** --set key=value pairs (values are passed as written; commas are escaped). */
  set?: Record<string, string | number | boolean>;
  /** Render hook manifests too (default: false, i.e. --no-hooks). */
  hooks?: boolean;
}

function templateArgs(chart: string, opts: RenderOptions): string[] {
  const args = ['template', opts.release, path.resolve(chartsDir, chart), '-n', opts.namespace];
  if (!opts.hooks) args.push('--no-hooks');
  for (const [key, value] of Object.entries(opts.set ?? {})) {
    args.push('--set', `${key}=${String(value).replace(/,/g, '\\,')}`);
  }
  return args;
}

function runHelm(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(helmBinary(), args, {
    encoding: 'utf8',
    // Keep the user's helm config/cache out of the render.
    env: { ...process.env, HELM_CONFIG_HOME: '/nonexistent', HELM_CACHE_HOME: '/nonexistent' },
  });
  if (res.error) throw res.error;
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** `helm template` a chart (a path under test/fixtures/charts, or absolute) and parse every document. */
export function render(chart: string, opts: RenderOptions): Manifest[] {
  const res = runHelm(templateArgs(chart, opts));
  if (res.status !== 0) {
    throw new Error(`helm template ${chart} failed (exit ${res.status}):\n${res.stderr}`);
  }
  return yaml
    .loadAll(res.stdout)
    .filter((doc): doc is Manifest => doc !== null && typeof doc === 'object')
    .map((doc) => {
      if (typeof doc.kind !== 'string' || typeof doc.metadata?.name !== 'string') {
        throw new Error(`rendered document without kind/metadata.name: ${JSON.stringify(doc)}`);
      }
      return doc;
    });
}

/** `helm template` that is expected to fail; returns its stderr. */
export function renderError(chart: string, opts: RenderOptions): string {
  const res = runHelm(templateArgs(chart, opts));
  if (res.status === 0) throw new Error(`helm template ${chart} unexpectedly succeeded`);
  return res.stderr;
}

/** Sorted `Kind/name` of every object. */
export function kindNames(docs: Manifest[]): string[] {
  return docs.map((d) => `${d.kind}/${d.metadata.name}`).sort();
}

export function findAll(docs: Manifest[], kind: string): Manifest[] {
  return docs.filter((d) => d.kind === kind);
}

export function maybeFind(docs: Manifest[], kind: string, name: string): Manifest | undefined {
  return docs.find((d) => d.kind === kind && d.metadata.name === name);
}

export function find(docs: Manifest[], kind: string, name: string): Manifest {
  const doc = maybeFind(docs, kind, name);
  if (!doc) throw new Error(`${kind}/${name} not rendered; have: ${kindNames(docs).join(', ')}`);
  return doc;
}

/** Field of an object as the caller's expected shape (the tests assert on the values). */
export function field<T>(doc: Manifest, key: string): T {
  return doc[key] as T;
}

export function podSpec(workload: Manifest): PodSpec {
  const spec = field<{ template: { spec: PodSpec } }>(workload, 'spec');
  return spec.template.spec;
}

export function servicePorts(svc: Manifest): ServicePort[] {
  return field<{ ports: ServicePort[] }>(svc, 'spec').ports;
}

export function configMapData(cm: Manifest): Record<string, string> {
  return field<Record<string, string>>(cm, 'data');
}

/** Parses a YAML-valued ConfigMap key (e.g. `mesh`, `config`). */
export function configMapYaml<T>(cm: Manifest, key: string): T {
  const text = configMapData(cm)[key];
  if (text === undefined) throw new Error(`ConfigMap ${cm.metadata.name} has no key ${key}`);
  return yaml.load(text) as T;
}

export const KWOK_TOLERATION = { key: 'kwok.x-k8s.io/node', operator: 'Exists', effect: 'NoSchedule' };

/** RBAC evaluation of one access against ClusterRole rules (wildcards included). */
export function allows(rules: readonly PolicyRule[], access: Access): boolean {
  const has = (list: readonly string[], value: string) => list.includes('*') || list.includes(value);
  return rules.some(
    (rule) =>
      has(rule.apiGroups, access.group) &&
      has(rule.resources, access.resource) &&
      (access.verb === '*' ? rule.verbs.includes('*') : has(rule.verbs, access.verb)),
  );
}
