/**
 * What `helm upgrade --install` of one rendered chart would do on one cluster (helm method), object
 * by object: objects it would create, objects whose live fields differ from the render (asked of the
 * API server with the same server-side dry run the kubectl method plans with, so a hand edit shows
 * with its field paths), and objects of the deployed release the render no longer has, which helm
 * deletes on upgrade. The action never deletes those itself: helm owns the release.
 */
import type { ClusterHandle } from '../../kube/client.js';
import { resolveObjects } from '../../kube/apply.js';
import { planApply, type PlanOptions } from '../../kube/dry-run.js';
import { helmGetManifest, type HelmChartRef } from '../../tools/helm-cli.js';
import { parseManifest, type ManifestObject } from '../../util/manifest.js';
import type { ChartPlan } from './plan-chart.js';

export interface HelmChartPlan extends ChartPlan {
  /** The release as deployed (`helm get manifest`), or undefined when it is not installed. */
  readonly deployed: string | undefined;
}

const HOOK_ANNOTATION = 'helm.sh/hook';

/** Hooks run around an install and are not part of the release, so they are never planned. */
function isHook(object: ManifestObject): boolean {
  return object.metadata.annotations?.[HOOK_ANNOTATION] !== undefined;
}

/** Kind, namespace (the release's where the manifest names none) and name: how helm tells objects apart. */
function releaseKey(object: ManifestObject, namespace: string): string {
  return `${object.kind}/${object.metadata.namespace ?? namespace}/${object.metadata.name}`;
}

export async function planHelmChart(
  cluster: ClusterHandle,
  chart: HelmChartRef,
  rendered: readonly ManifestObject[],
  options: PlanOptions,
): Promise<HelmChartPlan> {
  const deployed = await helmGetManifest(
    chart.helmPath,
    chart.release,
    chart.namespace,
    cluster.kubeconfigPath,
  );
  const templates = rendered.filter((object) => !isHook(object));
  const resolved = await resolveObjects(cluster, templates, chart.namespace);
  const objects = await planApply(cluster, resolved, options);
  const wanted = new Set(templates.map((object) => releaseKey(object, chart.namespace)));
  const prune = parseManifest(deployed ?? '')
    .filter((object) => !isHook(object))
    .filter((object) => !wanted.has(releaseKey(object, chart.namespace)));
  return { objects, prune, deployed };
}

/**
 * Why resync upgrades a helm release, in words (empty: the release and its objects are as rendered).
 * A release rendered with other values is named once; a release as rendered whose objects were
 * edited or deleted on the cluster names each object (and the field paths an upgrade moves back).
 */
export function helmDriftReasons(
  release: string,
  plan: HelmChartPlan,
  sameAsDeployed: (deployed: string) => boolean,
): string[] {
  if (plan.deployed === undefined) return [`helm release ${release} is not installed`];
  if (!sameAsDeployed(plan.deployed))
    return [`the deployed release ${release} differs from the chart rendered with the current addresses`];
  const reasons: string[] = [];
  const missing = plan.objects.filter((o) => o.action === 'create').map((o) => o.object);
  if (missing.length > 0) reasons.push(`missing: ${missing.join(', ')}`);
  for (const changed of plan.objects.filter((o) => o.action === 'change'))
    reasons.push(`changed on the cluster: ${changed.object} (${changed.fields.join(', ')})`);
  return reasons;
}
