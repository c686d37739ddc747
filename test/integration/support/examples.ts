import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const ACTION = /^[\w.-]+\/istio-multicluster-action@/;
const EXPRESSION = /\$\{\{\s*secrets\.([A-Z0-9_]+)\s*\}\}/g;

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

interface MeshCluster {
  name: string;
  apiServer?: string;
}

/** What the testbed puts in place of an example's secrets and of the addresses only its clusters have. */
export interface ExampleSubstitutes {
  /** Values of `${{ secrets.NAME }}`. */
  readonly secrets: Readonly<Record<string, string>>;
  /** The chart source here (the examples name Istio's public chart repository, out of reach here). */
  readonly charts: Readonly<Record<string, string>>;
  /** The API servers, in the order of the mesh's clusters (the examples' 10.0.x.y addresses). */
  readonly apiServers: readonly string[];
}

/**
 * The `with:` of the example's step that uses the action, as the runner would pass it with the
 * substitutes in place. Any other expression is refused: the example must run as written.
 */
export function exampleInputs(file: string, substitutes: ExampleSubstitutes): Record<string, string> {
  const workflow = yaml.load(readFileSync(join('examples', file), 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .filter((step) => ACTION.test(step.uses ?? ''));
  if (steps.length !== 1)
    throw new Error(`${file}: expected one step that uses the action, found ${steps.length}`);
  const inputs: Record<string, string> = {};
  for (const [name, raw] of Object.entries(steps[0]?.with ?? {})) {
    const value = String(raw).replace(EXPRESSION, (_, secret: string) => {
      const known = substitutes.secrets[secret];
      if (known === undefined)
        throw new Error(`${file}: input ${name} uses secrets.${secret}, which the test has no value for`);
      return known;
    });
    if (value.includes('${{'))
      throw new Error(`${file}: input ${name} holds an expression the test cannot evaluate: ${value}`);
    inputs[name] = value;
  }
  if (inputs.mesh) inputs.mesh = localMesh(inputs.mesh, substitutes);
  return inputs;
}

function localMesh(text: string, substitutes: ExampleSubstitutes): string {
  const mesh = yaml.load(text) as { charts?: unknown; clusters?: MeshCluster[] };
  mesh.charts = substitutes.charts;
  for (const [index, cluster] of (mesh.clusters ?? []).entries()) {
    if (cluster.apiServer === undefined) continue;
    const server = substitutes.apiServers[index];
    if (!server) throw new Error(`no testbed API server for the mesh's cluster ${cluster.name}`);
    cluster.apiServer = server;
  }
  return yaml.dump(mesh);
}
