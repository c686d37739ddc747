import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import yaml from 'js-yaml';
import { MESH_SCHEMA } from './mesh-schema.js';

export type ClusterRole = 'primary' | 'remote';

export interface MeshCluster {
  readonly name: string;
  readonly role: ClusterRole;
  readonly context?: string;
  readonly network?: string;
  readonly apiServer?: string;
}

export type ChartSource =
  | { readonly directory: string }
  | { readonly release: string }
  | { readonly repository: string; readonly version?: string };

export interface MeshDescription {
  readonly meshID?: string;
  readonly topology: 'primary-remote' | 'multi-primary';
  readonly dataplane?: 'sidecar' | 'ambient';
  readonly istioNamespace?: string;
  readonly charts?: ChartSource;
  /** The primary first (in multi-primary, the cluster the action treats as its primary), then the others in order. */
  readonly clusters: readonly MeshCluster[];
}

interface RawCluster {
  name: string;
  role?: ClusterRole;
  context?: string;
  network?: string;
  apiServer?: string;
}

interface RawDescription extends Omit<MeshDescription, 'clusters' | 'topology'> {
  topology?: MeshDescription['topology'];
  clusters: RawCluster[];
}

const validate = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
}).compile<RawDescription>(MESH_SCHEMA);

/** `/clusters/1/name` as `mesh.clusters[1].name`. */
function fieldPath(instancePath: string, missing?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`));
  if (missing) parts.push(`.${missing}`);
  return `mesh${parts.join('')}`;
}

function schemaProblem(error: ErrorObject): string {
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
  const extra =
    error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  if (extra) return `${fieldPath(error.instancePath, extra)} is not a field of the mesh description`;
  if (missing) return `${fieldPath(error.instancePath, missing)} is required`;
  if (error.keyword === 'oneOf')
    return `${fieldPath(error.instancePath)} needs exactly one of directory, release, repository`;
  if (error.keyword === 'pattern')
    return `${fieldPath(error.instancePath)} is not valid (expected ${error.params.pattern})`;
  return `${fieldPath(error.instancePath)} ${error.message ?? 'is not valid'}`;
}

/** Schema errors, without the oneOf branches' own "required" noise. */
function schemaProblems(errors: readonly ErrorObject[]): string[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const kept = errors.filter(
    (e) => !(e.keyword === 'required' && e.schemaPath.includes('/oneOf/') && oneOfPaths.has(e.instancePath)),
  );
  return [...new Set(kept.map(schemaProblem))];
}

function assignRoles(raw: RawDescription, topology: MeshDescription['topology']): MeshCluster[] {
  const primaries = raw.clusters.filter((c) => c.role === 'primary');
  const primary = primaries[0] ?? raw.clusters[0];
  const ordered = [primary, ...raw.clusters.filter((c) => c !== primary)].filter((c) => c !== undefined);
  return ordered.map((c) => ({
    ...c,
    role: topology === 'multi-primary' || c === primary ? 'primary' : 'remote',
  }));
}

function meaningProblems(raw: RawDescription, topology: MeshDescription['topology']): string[] {
  const problems: string[] = [];
  const names = raw.clusters.map((c) => c.name);
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i)))
    problems.push(`mesh.clusters: the name "${name}" is given more than once`);
  const primaries = raw.clusters.filter((c) => c.role === 'primary').length;
  if (topology === 'primary-remote' && primaries > 1)
    problems.push(
      `mesh.clusters: ${primaries} clusters have role primary; topology primary-remote has one (use topology: multi-primary)`,
    );
  if (topology === 'multi-primary' && raw.clusters.some((c) => c.role === 'remote'))
    problems.push(
      'mesh.clusters: topology multi-primary has no remotes; leave role out or set it to primary',
    );
  const withContext = raw.clusters.filter((c) => c.context !== undefined).length;
  if (withContext !== 0 && withContext !== raw.clusters.length)
    problems.push('mesh.clusters: give every cluster a context (of the kubeconfig input) or none');
  const primary = assignRoles(raw, topology)[0];
  if (topology === 'primary-remote' && primary?.apiServer !== undefined)
    problems.push(
      `mesh.clusters: apiServer of ${primary.name} is not used (it is the primary); set it on the clusters the primary reaches`,
    );
  if (raw.dataplane === 'ambient' && topology !== 'multi-primary')
    problems.push('mesh.dataplane: ambient needs topology: multi-primary');
  return problems;
}

export type MeshParse =
  | { readonly ok: true; readonly value: MeshDescription }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Parses and checks the `mesh` input (YAML or JSON); every problem names its field path. */
export function parseMeshDescription(text: string): MeshParse {
  let raw: unknown;
  try {
    raw = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (error: unknown) {
    const reason = error instanceof yaml.YAMLException ? error.reason : 'not YAML';
    return { ok: false, problems: [`mesh is not valid YAML (${reason})`] };
  }
  if (!validate(raw)) return { ok: false, problems: schemaProblems(validate.errors ?? []) };
  const topology = raw.topology ?? 'primary-remote';
  const problems = meaningProblems(raw, topology);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { ...raw, topology, clusters: assignRoles(raw, topology) } };
}
