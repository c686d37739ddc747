/**
 * What applying one rendered chart would do on one cluster (kubectl method), asked of the API server:
 * objects created or changed (with the field paths), and objects of the release no longer rendered,
 * which are pruned. Resync re-applies a remote only when this plan is not empty.
 */
import type { ClusterHandle } from '../../kube/client.js';
import { deleteObjects } from '../../kube/apply.js';
import type { InstallIdentity } from '../../kube/ownership.js';
import { planApply, type PlanOptions, type PlannedObject } from '../../kube/dry-run.js';
import { describeObject, objectKey, type ManifestObject } from '../../util/manifest.js';
import { ADDRESSES_ANNOTATION, VALUES_HASH_ANNOTATION } from '../../istio/labels.js';
import type { DeployMarks } from '../../istio/remote-plan.js';
import { describeAddressChanges } from './deploy-chart.js';
import { byOwnership, installedObjects, partitionKept, uninstallKinds } from './uninstall-kinds.js';

export interface ChartPlan {
  readonly objects: readonly PlannedObject[];
  /** Objects labelled with the release that the chart no longer renders (CRDs are never pruned). */
  readonly prune: readonly ManifestObject[];
}

/**
 * Objects this install created on the cluster (see createdObjects) that `rendered` (kinds resolved,
 * namespaces set) no longer has. Adopted objects are never pruned: they existed before the action.
 * `labelled`: the install's objects listed already by the claims (else they are listed here).
 */
export async function pruneCandidates(
  cluster: ClusterHandle,
  identity: InstallIdentity,
  rendered: readonly ManifestObject[],
  labelled?: readonly ManifestObject[],
): Promise<ManifestObject[]> {
  const wanted = new Set(rendered.map(objectKey));
  const { created } = labelled
    ? byOwnership(labelled, identity)
    : await installedObjects(cluster, identity, uninstallKinds(rendered));
  return partitionKept(created).remove.filter((object) => !wanted.has(objectKey(object)));
}

export async function planChart(
  cluster: ClusterHandle,
  input: {
    readonly release: string;
    readonly namespace: string;
    /** The install's objects listed already by the claims (else listed here). */
    readonly labelled?: readonly ManifestObject[];
  } & PlanOptions,
  resolved: readonly ManifestObject[],
): Promise<ChartPlan> {
  const [objects, prune] = await Promise.all([
    planApply(cluster, resolved, input),
    pruneCandidates(
      cluster,
      { release: input.release, namespace: input.namespace },
      resolved,
      input.labelled,
    ),
  ]);
  return { objects, prune };
}

export function isEmptyPlan(plan: ChartPlan): boolean {
  return plan.prune.length === 0 && plan.objects.every((o) => o.action === 'unchanged');
}

function parseAddresses(annotation: string | undefined): Record<string, string> {
  try {
    return annotation ? (JSON.parse(annotation) as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Why a remote drifted, in words: objects rendered with other values (and which addresses moved),
 * objects changed on the cluster (with the field paths moved), missing objects, objects to prune.
 */
export function driftReasons(plan: ChartPlan, marks: DeployMarks): string[] {
  const reasons = new Set<string>();
  const missing: string[] = [];
  for (const object of plan.objects) {
    if (object.action === 'create') missing.push(object.object);
    if (object.action !== 'change') continue;
    const annotations = object.liveAnnotations ?? {};
    if (annotations[VALUES_HASH_ANNOTATION] !== marks.valuesHash) {
      const moved = describeAddressChanges(
        parseAddresses(annotations[ADDRESSES_ANNOTATION]),
        marks.addresses,
      );
      reasons.add(moved.length > 0 ? `addresses moved: ${moved.join(', ')}` : 'rendered with other values');
    } else {
      reasons.add(`changed on the cluster: ${object.object} (${object.fields.join(', ')})`);
    }
  }
  if (missing.length > 0) reasons.add(`missing: ${missing.join(', ')}`);
  if (plan.prune.length > 0)
    reasons.add(`no longer rendered: ${plan.prune.map((o) => describeObject(o)).join(', ')}`);
  return [...reasons];
}

/** Deletes what the plan prunes; returns what was deleted. */
export async function prune(cluster: ClusterHandle, plan: ChartPlan): Promise<string[]> {
  if (plan.prune.length === 0) return [];
  const { deleted } = await deleteObjects(cluster, plan.prune);
  return deleted;
}

/** One remote's plan as the `plan` output carries it. */
export interface RemotePlanEntry {
  readonly create: readonly string[];
  readonly change: readonly { readonly object: string; readonly fields: readonly string[] }[];
  readonly prune: readonly string[];
  readonly unchanged: number;
}

export function planEntry(planned: readonly PlannedObject[]): RemotePlanEntry {
  const names = (action: PlannedObject['action']): string[] =>
    planned.filter((p) => p.action === action).map((p) => p.object);
  return {
    create: names('create'),
    change: planned.filter((p) => p.action === 'change').map((p) => ({ object: p.object, fields: p.fields })),
    prune: names('prune'),
    unchanged: planned.filter((p) => p.action === 'unchanged').length,
  };
}
