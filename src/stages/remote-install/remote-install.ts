import { join } from 'node:path';
import { failedRemotesOf, fanOut } from '../../util/fan-out.js';
import type { FailedRemote } from '../../util/remote-failures.js';
import type { RemotePlan } from '../../istio/remote-plan.js';
import { apiMessage } from '../../kube/client.js';
import type { AppliedObject } from '../../kube/apply.js';
import { parseManifest } from '../../util/manifest.js';
import type { LabelOutcome } from '../../kube/namespaces.js';
import { INJECTION_ENABLED, INJECTION_LABEL } from '../../istio/labels.js';
import type { HelmChartRef } from '../../tools/helm-cli.js';
import { StageError } from '../../util/errors.js';
import { stableStringify } from '../../util/hash.js';
import { withoutUnservedPolicy } from './unserved-objects.js';
import type { ChartRenderer, InstallMethod } from '../deploy/deploy-chart.js';
import type { RenderedCharts } from '../deploy/deploy-remote.js';
import type { RemoteTarget } from './remote-target.js';
import type { PlannedObject } from '../../kube/dry-run.js';
import { FIXED_KINDS } from '../deploy/uninstall-kinds.js';

export interface RemoteInstallInput {
  readonly remotes: readonly RemoteTarget[];
  /** Each remote's plan, by remote name. */
  readonly plan: (remote: string) => RemotePlan;
  readonly render: ChartRenderer;
  readonly method: InstallMethod;
  readonly kubectlPath: string;
  readonly injectionNamespaces: readonly string[];
  readonly parallelism: number;
  /** mode: render: render and check kinds against each remote, write nothing to any cluster. */
  readonly dryRun: boolean;
  /** mode: resync: only remotes whose objects drifted from the current render are re-applied. */
  readonly resync: boolean;
  readonly manifestDir: string;
  /** multi-primary: a cluster that already runs an istiod the action did not install keeps it. */
  readonly keepOwnControlPlanes?: boolean;
  /** Take over objects that existed before the action (recorded as adopted, never deleted). */
  readonly adopt: boolean;
}

export interface RemoteInstallOutcome {
  readonly remote: string;
  readonly manifestPath: string;
  readonly objects: readonly AppliedObject[];
  /** Objects of the release no longer rendered, deleted by this run. */
  readonly pruned: readonly string[];
  /** What an apply would do, asked of the API server (render and resync). */
  readonly planned: readonly PlannedObject[];
  readonly injection: readonly { namespace: string; outcome: LabelOutcome | 'would-label' }[];
  readonly changed: boolean;
  /** Why the remote was re-applied in resync mode (empty when it was in sync and left alone). */
  readonly drift: readonly string[];
  /** Objects left out because the remote does not serve their Istio CRDs (MeshPolicy, DestinationRule). */
  readonly warnings: readonly string[];
}

export interface RemoteInstallResult {
  /** The remotes that were installed (or planned), in the order given. */
  readonly remotes: readonly RemoteInstallOutcome[];
  /** The remotes that failed; the others were installed all the same. */
  readonly failures: readonly FailedRemote[];
}

const STAGE = 'remote-install';

type Rendered = RenderedCharts;

type RenderedChart = Rendered['charts'][number] & { readonly path: string };

/**
 * Renders each distinct chart (chart and values) once: the 1.0 profile renders one manifest shared by
 * all remotes, istio-current one base chart for all and one istiod chart per remote.
 */
function makeRenderer(
  manifestDir: string,
  renderManifest: ChartRenderer,
): (plan: RemotePlan) => Promise<Rendered> {
  const cache = new Map<string, Promise<RenderedChart>>();
  const renderChart = (chart: HelmChartRef): Promise<RenderedChart> => {
    const key = stableStringify(chart);
    let rendered = cache.get(key);
    if (!rendered) {
      const file = cache.size === 0 ? 'istio-remote.yaml' : `istio-remote-${cache.size}.yaml`;
      rendered = renderManifest(chart, join(manifestDir, file)).then((manifest) => ({
        chart,
        manifest,
        objects: parseManifest(manifest),
        path: join(manifestDir, file),
      }));
      cache.set(key, rendered);
    }
    return rendered;
  };
  return async (plan) => {
    const rendered = await Promise.all(plan.charts.map(renderChart));
    const charts = rendered.map((part) => {
      const extra = plan.extraObjects?.[part.chart.release] ?? [];
      return extra.length === 0 ? part : { ...part, objects: [...part.objects, ...extra] };
    });
    // The remote's own manifest: istiod's for istio-current, the only one for 1.0.
    const own = charts.find((c) => c.chart.release === 'istiod') ?? charts.at(-1);
    return { manifestPath: own?.path ?? '', charts };
  };
}

async function labelInjection(
  input: RemoteInstallInput,
  remote: RemoteTarget,
): Promise<RemoteInstallOutcome['injection']> {
  const results: RemoteInstallOutcome['injection'][number][] = [];
  for (const namespace of input.injectionNamespaces) {
    results.push({
      namespace,
      outcome: input.dryRun
        ? 'would-label'
        : await remote.labelNamespace(namespace, { key: INJECTION_LABEL, value: INJECTION_ENABLED }),
    });
  }
  return results;
}

async function installOnRemote(
  input: RemoteInstallInput,
  remote: RemoteTarget,
  render: ReturnType<typeof makeRenderer>,
): Promise<RemoteInstallOutcome> {
  try {
    const kept = await keptControlPlane(input, remote);
    if (kept) return kept;
    const plan = input.plan(remote.name);
    // The remote's discovery of the kinds every install lists, asked while helm renders the charts.
    const [charts] = await Promise.all([render(plan), discoverFixedKinds(remote)]);
    const { rendered, warnings } = await withoutUnservedPolicy(input, remote, charts, plan);
    const mode = input.dryRun ? 'render' : input.resync ? 'resync' : 'install';
    // Install (kubectl method): the injection labels go beside the first apply wave.
    const labelled: { injection?: RemoteInstallOutcome['injection'] } = {};
    const beside =
      mode === 'install' && input.method === 'kubectl'
        ? async () => {
            labelled.injection = await labelInjection(input, remote);
          }
        : undefined;
    const { objects, drift, pruned, planned, shared } = await remote.deploy(
      {
        stage: STAGE,
        method: input.method,
        kubectlPath: input.kubectlPath,
        mode,
        adopt: input.adopt,
        beside,
      },
      plan,
      rendered,
    );
    const inSync = input.resync && drift.length === 0;
    const injection = labelled.injection ?? (inSync ? [] : await labelInjection(input, remote));
    const changed =
      pruned.length > 0 ||
      objects.some((o) => o.outcome !== 'unchanged') ||
      injection.some((i) => i.outcome === 'labelled' || i.outcome === 'created-labelled');
    return {
      remote: remote.name,
      manifestPath: rendered.manifestPath,
      objects,
      pruned,
      planned,
      injection,
      changed: !input.dryRun && changed,
      drift,
      warnings: [
        ...warnings,
        ...((shared ?? []).length > 0
          ? [
              `${remote.name}: left ${(shared ?? []).join(', ')} as they are: another install of this action (another istio-namespace or release) created them.`,
            ]
          : []),
      ],
    };
  } catch (error: unknown) {
    if (error instanceof StageError) throw error;
    throw new StageError({
      stage: STAGE,
      cluster: remote.name,
      message: apiMessage(error),
      fix: 'check that the remote kubeconfig may create these objects (see preflight) and that the chart matches the cluster version.',
      cause: error,
    });
  }
}

/** Errors are left to the requests that need the answer (discovery is asked once per group version). */
async function discoverFixedKinds(remote: RemoteTarget): Promise<void> {
  await Promise.all(FIXED_KINDS.map((k) => remote.serves(k.apiVersion, k.kind).catch(() => undefined)));
}

async function keptControlPlane(
  input: RemoteInstallInput,
  remote: RemoteTarget,
): Promise<RemoteInstallOutcome | undefined> {
  if (!input.keepOwnControlPlanes) return undefined;
  const namespace = input.plan(remote.name).charts[0]?.namespace ?? 'istio-system';
  const istiod = await remote.foreignIstiod(namespace);
  if (istiod === undefined) return undefined;
  return {
    remote: remote.name,
    manifestPath: '',
    objects: [],
    pruned: [],
    planned: [],
    injection: [],
    changed: false,
    drift: [],
    warnings: [
      `${remote.name}: runs its own istiod (Deployment ${namespace}/${istiod}, not installed by this action): its control plane is left as it is; only registrations are written.`,
    ],
  };
}

/**
 * Installs istio-remote on every remote in parallel (bounded by parallelism). Every remote is
 * attempted; each failure is returned with its remote, and never stops the others.
 */
export async function installRemotes(input: RemoteInstallInput): Promise<RemoteInstallResult> {
  const render = makeRenderer(input.manifestDir, input.render);
  const result = await fanOut(input.remotes, { parallelism: input.parallelism, stage: STAGE }, (remote) =>
    installOnRemote(input, remote, render),
  );
  return { remotes: result.done.map((d) => d.value), failures: failedRemotesOf(result) };
}
