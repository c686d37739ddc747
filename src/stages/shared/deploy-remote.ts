/**
 * Puts one remote's rendered charts on it. kubectl method: every chart's objects are planned against
 * the API server first (server-side dry run, prune candidates) when the mode needs a plan; render
 * stops there, resync writes only when the plan is not empty, install applies and prunes.
 */
import type { ClusterHandle } from '../../kube/client.js';
import type { AppliedObject } from '../../kube/apply.js';
import type { PlannedObject } from '../../kube/dry-run.js';
import { markNamespace } from '../../kube/namespaces.js';
import type { RemotePlan } from '../../istio/remote-plan.js';
import type { HelmChartRef } from '../../tools/helm-cli.js';
import { describeObject, type ManifestObject } from '../../util/manifest.js';
import {
  findDrift,
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

export interface RenderedCharts {
  readonly manifestPath: string;
  readonly charts: readonly { chart: HelmChartRef; manifest: string; objects: ManifestObject[] }[];
}

export interface DeploySettings {
  readonly stage: string;
  readonly method: InstallMethod;
  readonly kubectlPath: string;
  readonly mode: 'install' | 'render' | 'resync';
}

export interface DeployedRemote {
  readonly objects: readonly AppliedObject[];
  readonly pruned: readonly string[];
  /** Why resync re-applied the remote (empty: in sync, nothing written). */
  readonly drift: readonly string[];
  /** What an apply would do (render and resync; for the helm method, per release). */
  readonly planned: readonly PlannedObject[];
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
  };
}

function plannedOf(plans: readonly ChartPlan[]): PlannedObject[] {
  return plans.flatMap((p) => [
    ...p.objects,
    ...p.prune.map((o): PlannedObject => ({ object: describeObject(o), action: 'prune', fields: [] })),
  ]);
}

async function deployWithHelm(
  settings: DeploySettings,
  remote: ClusterHandle,
  plan: RemotePlan,
  rendered: RenderedCharts,
): Promise<DeployedRemote> {
  const drift: string[] = [];
  const inputs = rendered.charts.map((part) =>
    deployInput(settings, plan, rendered.manifestPath, part.chart),
  );
  if (settings.mode === 'resync')
    for (const [index, part] of rendered.charts.entries())
      drift.push(...(await findDrift(inputs[index] as DeployInput, remote, part.objects)));
  if (settings.mode === 'resync' && drift.length === 0)
    return { objects: [], pruned: [], drift, planned: [] };
  const objects: AppliedObject[] = [];
  for (const [index, part] of rendered.charts.entries())
    objects.push(...(await installWithHelm(inputs[index] as DeployInput, remote, part.manifest)).objects);
  if (settings.mode !== 'render')
    await markRemoteNamespace(remote, rendered.charts[0]?.chart.namespace ?? '', plan);
  const planned = objects.map((o): PlannedObject => ({
    object: o.object,
    action: o.outcome === 'created' ? 'create' : o.outcome === 'configured' ? 'change' : 'unchanged',
    fields: [],
  }));
  return { objects: settings.mode === 'render' ? [] : objects, pruned: [], drift, planned };
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
  const resolve = (index: number) => {
    const part = parts[index] as (typeof parts)[number];
    return resolveMarked(part.input, remote, part.objects);
  };
  // Render's plan is checked as strictly as install would apply it. Resync's plan only detects drift:
  // whatever it finds is then applied with strict validation, so its dry run skips kubectl's OpenAPI
  // reads. A plan resolves every chart at once; install resolves each chart right before applying it, after
  // the charts before it (base's CRDs serve the east-west Gateway that comes later).
  const upfront =
    settings.mode === 'install' ? undefined : await Promise.all(parts.map((_, index) => resolve(index)));
  const plans =
    upfront === undefined
      ? undefined
      : await Promise.all(
          parts.map(({ input }, index) =>
            planChart(
              remote,
              {
                ...input.chart,
                kubectlPath: settings.kubectlPath,
                validate: settings.mode === 'render',
                unchangedFirst: settings.mode === 'resync',
              },
              upfront[index] ?? [],
            ),
          ),
        );
  const planned = plans ? plannedOf(plans) : [];
  if (settings.mode === 'render') return { objects: [], pruned: [], drift: [], planned };
  const drift = plans ? plans.flatMap((p) => driftReasons(p, plan.marks)) : [];
  const namespace = rendered.charts[0]?.chart.namespace ?? '';
  // Before the in-sync return, so a namespace installed before its network label gets it on resync.
  await markRemoteNamespace(remote, namespace, plan);
  if (plans && plans.every(isEmptyPlan)) return { objects: [], pruned: [], drift: [], planned };
  const objects: AppliedObject[] = [];
  const pruned: string[] = [];
  for (const [index, { input }] of parts.entries()) {
    const resolved = upfront?.[index] ?? (await resolve(index));
    objects.push(...(await installWithKubectl(input, remote, resolved)).objects);
    const chartPlan = plans?.[index] ?? {
      objects: [],
      prune: await pruneCandidates(remote, input.chart.release, resolved, input.chart.namespace),
    };
    pruned.push(...(await prune(remote, chartPlan)));
  }
  return { objects, pruned, drift, planned };
}
