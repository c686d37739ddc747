import type { MeshDescription } from './mesh-description.js';

/**
 * The inputs a mesh description stands for, and the mesh field each older input became. The steps
 * read these inputs; a run given `mesh` gets them from the description, so both forms take the same
 * path through the action.
 */
export const MESH_FIELD_OF_INPUT: Readonly<Record<string, string>> = {
  'mesh-id': 'meshID',
  topology: 'topology',
  dataplane: 'dataplane',
  'istio-namespace': 'istioNamespace',
  chart: 'charts.directory',
  'istio-version': 'charts.release',
  'chart-repository': 'charts.repository',
  'chart-version': 'charts.version',
  'primary-name': 'clusters[].name (of the primary)',
  'primary-context': 'clusters[].context (of the primary)',
  'remote-names': 'clusters[].name',
  'remote-contexts': 'clusters[].context',
  'remote-api-servers': 'clusters[].apiServer',
  network: 'clusters[].network',
};

/** The action.yml default of each input the description stands for (a unit test keeps them equal). */
export const DESCRIBED_INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  'mesh-id': 'mesh1',
  topology: 'primary-remote',
  dataplane: 'sidecar',
  'istio-namespace': 'istio-system',
  chart: '',
  'istio-version': '',
  'chart-repository': '',
  'chart-version': '',
  'primary-name': 'primary',
  'primary-context': '',
  'remote-names': '',
  'remote-contexts': '',
  'remote-api-servers': '',
  network: 'network1',
};

function chartInputs(description: MeshDescription): Record<string, string> {
  const source = description.charts;
  if (source === undefined) return {};
  if ('directory' in source) return { chart: source.directory };
  if ('release' in source) return { 'istio-version': source.release };
  return {
    'chart-repository': source.repository,
    ...(source.version ? { 'chart-version': source.version } : {}),
  };
}

function networkInput(description: MeshDescription): Record<string, string> {
  const networks = description.clusters.map((c) => c.network ?? DESCRIBED_INPUT_DEFAULTS.network);
  if (description.clusters.every((c) => c.network === undefined)) return {};
  if (new Set(networks).size === 1) return { network: networks[0] ?? '' };
  return { network: description.clusters.map((c, i) => `${c.name}=${networks[i] ?? ''}`).join('\n') };
}

/** The input values (only those the description sets) a description stands for. */
export function inputsOfDescription(description: MeshDescription): Record<string, string> {
  const [primary, ...others] = description.clusters;
  const values: Record<string, string> = {
    topology: description.topology,
    'primary-name': primary?.name ?? '',
    'remote-names': others.map((c) => c.name).join(','),
    ...chartInputs(description),
    ...networkInput(description),
  };
  if (description.meshID !== undefined) values['mesh-id'] = description.meshID;
  if (description.dataplane !== undefined) values.dataplane = description.dataplane;
  if (description.istioNamespace !== undefined) values['istio-namespace'] = description.istioNamespace;
  if (primary?.context !== undefined) {
    values['primary-context'] = primary.context;
    values['remote-contexts'] = others.map((c) => c.context ?? '').join(',');
  }
  // In multi-primary the primary's address is read too (the other istiods use it), by its name.
  const servers = description.clusters
    .filter((c) => c.apiServer !== undefined)
    .map((c) => `${c.name}=${c.apiServer ?? ''}`);
  if (servers.length > 0) values['remote-api-servers'] = servers.join('\n');
  return values;
}

/**
 * Inputs given beside `mesh` that it also sets: refused, since which one wins would be a guess.
 * `given` holds the inputs the step received (defaults filled in by the runner); absent ones are not compared.
 */
export function inputsClashingWithDescription(given: Readonly<Record<string, string>>): string[] {
  return Object.keys(MESH_FIELD_OF_INPUT).filter(
    (name) => given[name] !== undefined && given[name].trim() !== (DESCRIBED_INPUT_DEFAULTS[name] ?? ''),
  );
}

/** Older inputs used without `mesh`, each with the mesh field to use instead (deprecation warnings). */
export function deprecatedInputs(given: Readonly<Record<string, string>>): string[] {
  return inputsClashingWithDescription(given).map(
    (name) =>
      `input ${name} is deprecated and will be removed in v2: describe the mesh with the mesh input (${MESH_FIELD_OF_INPUT[name] ?? ''})`,
  );
}
