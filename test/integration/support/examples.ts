import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { kubeConfig, kubeconfigText } from './action.js';

const ACTION = /^[\w.-]+\/istio-multicluster-action@/;
const EXPRESSION = /\$\{\{\s*secrets\.([A-Z0-9_]+)\s*\}\}/g;
const DISPATCH_INPUT = /\$\{\{\s*github\.event\.inputs\.([\w-]+)\s*\}\}/g;

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

interface Workflow {
  on?: { workflow_dispatch?: { inputs?: Record<string, { default?: string }> } };
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
  /** What the user typed into the example's workflow_dispatch form (the others take their default). */
  readonly dispatch?: Readonly<Record<string, string>>;
}

/**
 * The testbed's substitutes for an example over the primary and `remotes`: its kubeconfigs as the
 * examples' PRIMARY_KUBECONFIG and REMOTE_KUBECONFIGS secrets (plus `secrets`), the module's charts,
 * and the clusters' API servers.
 */
export function testbedSubstitutes(
  remotes: readonly string[],
  secrets: Readonly<Record<string, string>> = {},
): ExampleSubstitutes {
  return {
    secrets: {
      PRIMARY_KUBECONFIG: kubeconfigText('primary'),
      REMOTE_KUBECONFIGS: remotes.map(kubeconfigText).join('\n---\n'),
      ...secrets,
    },
    charts: { directory: 'manifests/charts' },
    apiServers: ['primary', ...remotes].map(
      (cluster) => kubeConfig(cluster).getCurrentCluster()?.server ?? '',
    ),
  };
}

/**
 * The `with:` of the example's step that uses the action, as the runner would pass it with the
 * substitutes in place (secrets, and the dispatch form's inputs for a manual run). Any other
 * expression is refused: the example must run as written.
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
    const value = String(raw)
      .replace(EXPRESSION, (_, secret: string) => {
        const known = substitutes.secrets[secret];
        if (known === undefined)
          throw new Error(`${file}: input ${name} uses secrets.${secret}, which the test has no value for`);
        return known;
      })
      .replace(DISPATCH_INPUT, (_, input: string) => {
        const declared = workflow.on?.workflow_dispatch?.inputs?.[input];
        if (declared === undefined)
          throw new Error(
            `${file}: input ${name} uses github.event.inputs.${input}, which the workflow does not declare`,
          );
        return substitutes.dispatch?.[input] ?? declared.default ?? '';
      });
    if (value.includes('${{'))
      throw new Error(`${file}: input ${name} holds an expression the test cannot evaluate: ${value}`);
    inputs[name] = value;
  }
  if (inputs.mesh) inputs.mesh = localMesh(inputs.mesh, substitutes);
  return inputs;
}

/** The mesh description with the chart source and the API servers the testbed has in their place. */
export function localMesh(
  text: string,
  substitutes: Pick<ExampleSubstitutes, 'charts' | 'apiServers'>,
): string {
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
