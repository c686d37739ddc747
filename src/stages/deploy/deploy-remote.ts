/**
 * Puts one remote's rendered charts on it. kubectl method: every chart's objects are planned against
 * the API server first (server-side dry run, prune candidates) when the mode needs a plan; render
 * stops there, resync writes only when the plan is not empty, install applies and prunes. helm
 * method: render and resync plan each release object by object the same way (plan-helm.ts); resync
 * upgrades a release rendered with other values or whose objects were edited or deleted, and helm
 * deletes what its release no longer renders.
 */
import type { ClusterHandle } from '../../kube/client.js';
import { servesAll, type AppliedObject, type KnownObjects, type ResolveOptions } from '../../kube/apply.js';

import type { PlannedObject, PlanOptions } from '../../kube/dry-run.js';
import { markNamespace } from '../../kube/namespaces.js';
import type { RemotePlan } from '../../istio/remote-plan.js';
import type { HelmChartRef } from '../../tools/helm-cli.js';
import { describeObject, type ManifestObject } from '../../util/manifest.js';
import {
  deployedMatches,
  identityOf,
  installWithHelm,
  installWithKubectl,
  resolveMarked,
  type DeployInput,
  type InstallMethod,
} from './deploy-chart.js';
import {
  driftReasons,
  isEmptyPlan,
  planChart,
  prune,
  pruneCandidates,
  type ChartPlan,
} from './plan-chart.js';
import { helmDriftReasons, planHelmChart } from './plan-helm.js';
import { claimHelmRelease, claimObjects } from './ownership-claims.js';

export interface RenderedCharts {
  readonly manifestPath: string;
  readonly charts: readonly { chart: HelmChartRef; manifest: string; objects: ManifestObject[] }[];
}

/** How long a chart waits for the API server to serve kinds whose CRDs an earlier chart created. */
const KINDS_FROM_EARLIER_CHARTS_MS = 60_000;

export interface DeploySettings {
  readonly stage: string;
  readonly method: InstallMethod;
  readonly kubectlPath: string;
  readonly mode: 'install' | 'render' | 'resync';
  /** Take over objects that existed before the action (recorded as adopted, never deleted). */
  readonly adopt: boolean;
  /**
   * Install with the kubectl method only: more writes on the remote that need none of the install's
   * objects (the injection labels), made once every object is claimed, beside the first apply wave.
   */
  readonly beside?: () => Promise<void>;
}

export interface DeployedRemote {
  readonly objects: readonly AppliedObject[];
  readonly pruned: readonly string[];
  /** Why resync re-applied the remote (empty: in sync, nothing written). */
  readonly drift: readonly string[];
  /** What an apply would do (render and resync; for the helm method, per release). */
  readonly planned: readonly PlannedObject[];
  /** Objects another install of the action owns (e.g. a second mesh's CRDs): left as they are. */
  readonly shared?: readonly string[];
}

function deployInput(
  settings: DeploySettings,
  plan: RemotePlan,
  manifestPath: string,
  chart: HelmChartRef,
): DeployInput {
  return {
    stage: settings.stage,
    chart,
    method: settings.method,
    kubectlPath: settings.kubectlPath,
    dryRun: settings.mode === 'render',
    manifestPath,
    marks: plan.marks,
    adopt: settings.adopt,
  };
}

function plannedOf(plans: readonly ChartPlan[]): PlannedObject[] {
  return plans.flatMap((p) => [
    ...p.objects,
    ...p.prune.map((o): PlannedObject => ({ object: describeObject(o), action: 'prune', fields: [] })),
  ]);
}

/**
 * What each mode asks of a plan: a dry run as strict as the apply (the API server checks the fields;
 * nothing is read on the runner for it), and the objects the claims read already (kubectl method).
 */
function planOptions(known?: KnownObjects): PlanOptions {
  return { validate: true, known };
}

async function deployWithHelm(
  settings: DeploySettings,
  remote: ClusterHandle,
  plan: RemotePlan,
  rendered: RenderedCharts,
): Promise<DeployedRemote> {
  const inputs = rendered.charts.map((part) =>
    deployInput(settings, plan, rendered.manifestPath, part.chart),
  );
  // Every release claimed before the first write (installWithHelm claims again right before upgrading).
  await Promise.all(inputs.map((input) => claimHelmRelease(settings, remote, identityOf(input.chart))));
  const plans =
    settings.mode === 'install'
      ? undefined
      : await Promise.all(
          rendered.charts.map((part) => planHelmChart(remote, part.chart, part.objects, planOptions())),
        );
  const planned = plans ? plannedOf(plans) : [];
  if (settings.mode === 'render') return { objects: [], pruned: [], drift: [], planned };
  const reasons = rendered.charts.map((part, index) => {
    const chartPlan = plans?.[index];
    return chartPlan
      ? helmDriftReasons(part.chart.release, chartPlan, (deployed) => deployedMatches(deployed, part.objects))
      : [];
  });
  const drift = reasons.flat();
  if (settings.mode === 'resync' && drift.length === 0) return { objects: [], pruned: [], drift, planned };
  const objects: AppliedObject[] = [];
  const pruned: string[] = [];
  for (const [index, part] of rendered.charts.entries()) {
    const repair = (reasons[index] ?? []).length > 0;
    const outcome = await installWithHelm(inputs[index] as DeployInput, remote, part.manifest, repair);
    objects.push(...outcome.objects);
    // helm deletes what the release no longer renders; the plan (resync) knows which objects.
    if (outcome.objects.some((o) => o.outcome !== 'unchanged'))
      pruned.push(...(plans?.[index]?.prune ?? []).map((o) => describeObject(o)));
  }
  await markRemoteNamespace(remote, rendered.charts[0]?.chart.namespace ?? '', plan);
  return { objects, pruned, drift, planned };
}

async function markRemoteNamespace(
  remote: ClusterHandle,
  namespace: string,
  plan: RemotePlan,
): Promise<void> {
  if (Object.keys(plan.namespaceAnnotations).length === 0 && Object.keys(plan.namespaceLabels).length === 0)
    return;
  await markNamespace(remote, namespace, {
    annotations: { ...plan.namespaceAnnotations },
    labels: { ...plan.namespaceLabels },
  });
}

export async function deployRemote(
  settings: DeploySettings,
  remote: ClusterHandle,
  plan: RemotePlan,
  rendered: RenderedCharts,
): Promise<DeployedRemote> {
  if (settings.method === 'helm' && plan.extraObjects !== undefined)
    throw new Error(
      'the east-west gateway is installed with install-method kubectl only (its Gateway is not part of any chart helm could own); set install-method: kubectl.',
    );
  if (settings.method === 'helm') return deployWithHelm(settings, remote, plan, rendered);
  const parts = rendered.charts.map((part) => ({
    input: deployInput(settings, plan, rendered.manifestPath, part.chart),
    objects: part.objects,
  }));
  // Every chart's objects claimed before the first write, so a refused remote is left untouched.
  const { claims, known, labelled } = await claimObjects(
    settings,
    remote,
    parts.map((part) => ({ identity: identityOf(part.input.chart), objects: part.objects })),
  );
  const resolve = (index: number, options?: ResolveOptions) => {
    const part = parts[index] as (typeof parts)[number];
    return resolveMarked(part.input, remote, part.objects, claims[index] ?? [], options);
  };
  const shared = parts.flatMap((part, index) =>
    part.objects.filter((_, at) => claims[index]?.[at] === 'shared').map((o) => describeObject(o)),
  );
  // A plan resolves every chart at once. Install does too when the cluster serves every kind already,
  // else it resolves each chart right before applying it, after the charts before it (base's CRDs
  // serve the east-west Gateway that comes later).
  const atOnce =
    settings.mode !== 'install' ||
    (await servesAll(
      remote,
      parts.flatMap((part) => part.objects),
    ));
  const upfront = atOnce ? await Promise.all(parts.map((_, index) => resolve(index))) : undefined;
  const plans =
    upfront === undefined || settings.mode === 'install'
      ? undefined
      : await Promise.all(
          parts.map(({ input }, index) =>
            planChart(
              remote,
              { ...input.chart, ...planOptions(known), labelled: labelled[index] },
              upfront[index] ?? [],
            ),
          ),
        );
  const planned = plans ? plannedOf(plans) : [];
  if (settings.mode === 'render') return { objects: [], pruned: [], drift: [], planned, shared };
  const drift = plans ? plans.flatMap((p) => driftReasons(p, plan.marks)) : [];
  const namespace = rendered.charts[0]?.chart.namespace ?? '';
  const mark = () => markRemoteNamespace(remote, namespace, plan);
  const markAndBeside = async () => {
    await Promise.all([mark(), settings.beside?.()]);
  };
  if (plans) {
    // Before the in-sync return, so a namespace installed before its network label gets it on resync.
    await mark();
    if (plans.every(isEmptyPlan)) return { objects: [], pruned: [], drift: [], planned, shared };
  }
  // What each chart no longer renders, from what the claims listed before any write.
  const candidates = async (index: number, resolved: readonly ManifestObject[]): Promise<ChartPlan> =>
    plans?.[index] ?? {
      objects: [],
      prune: await pruneCandidates(
        remote,
        identityOf((parts[index] as (typeof parts)[number]).input.chart),
        resolved,
        labelled[index],
      ),
    };
  if (upfront) {
    // Every chart in the same dependency waves (kubectl method: CRDs, then the rest, then webhooks).
    const [outcome, chartPlans] = await Promise.all([
      // Install: the namespace, its labels and `beside` are written beside the CRDs, not before them.
      installWithKubectl(
        parts[0]?.input as DeployInput,
        remote,
        upfront.flat(),
        known,
        plans ? undefined : markAndBeside,
      ),
      Promise.all(upfront.map((resolved, index) => candidates(index, resolved))),
    ]);
    const pruned: string[] = [];
    for (const chartPlan of chartPlans) pruned.push(...(await prune(remote, chartPlan)));
    return { objects: outcome.objects, pruned, drift, planned, shared };
  }
  if (!plans) await markAndBeside();
  const objects: AppliedObject[] = [];
  const pruned: string[] = [];
  for (const [index, { input }] of parts.entries()) {
    // A later chart's kinds may come from CRDs a chart before it has just created.
    const resolved = await resolve(index, { waitForKindsMs: index > 0 ? KINDS_FROM_EARLIER_CHARTS_MS : 0 });
    const [outcome, chartPlan] = await Promise.all([
      installWithKubectl(input, remote, resolved, known),
      candidates(index, resolved),
    ]);
    objects.push(...outcome.objects);
    pruned.push(...(await prune(remote, chartPlan)));
  }
  return { objects, pruned, drift, planned, shared };
}
