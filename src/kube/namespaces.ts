import * as k8s from '@kubernetes/client-node';
import { coreApi, isConflict, isNotFound, type ClusterHandle } from './client.js';
import { FIELD_MANAGER } from './apply.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from './marks.js';
import { objectApi } from './object-api.js';

/** Marks namespaces this action created, so uninstall removes only those. */
export const CREATED_NAMESPACE_LABEL = 'istio-multicluster-action/created';
/** Namespace labels are owned by their own field manager, so uninstall can take back exactly those labels. */
export const LABEL_FIELD_MANAGER = `${FIELD_MANAGER}-injection`;

/** One label, e.g. { key: 'istio-injection', value: 'enabled' }. */
export interface NamespaceLabel {
  readonly key: string;
  readonly value: string;
}

export type NamespaceOutcome = 'created' | 'exists';

export async function readNamespace(
  cluster: ClusterHandle,
  name: string,
): Promise<k8s.V1Namespace | undefined> {
  try {
    return await coreApi(cluster).readNamespace({ name });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Namespaces this process saw or created on each cluster, so it asks for each only once. */
const present = new WeakMap<ClusterHandle, Set<string>>();

function presentOn(cluster: ClusterHandle): Set<string> {
  let names = present.get(cluster);
  if (!names) {
    names = new Set();
    present.set(cluster, names);
  }
  return names;
}

/** After this process deleted a namespace itself, so a later ensureNamespace asks the cluster again. */
export function forgetNamespace(cluster: ClusterHandle, name: string): void {
  presentOn(cluster).delete(name);
}

/** The namespace created when missing: the outcome, and the namespace as read or created. */
async function ensured(
  cluster: ClusterHandle,
  name: string,
  extraLabels: Record<string, string>,
): Promise<{ outcome: NamespaceOutcome; current: k8s.V1Namespace | undefined }> {
  const read = await readNamespace(cluster, name);
  if (read) return { outcome: 'exists', current: read };
  try {
    const created = await coreApi(cluster).createNamespace({
      body: {
        metadata: {
          name,
          labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [CREATED_NAMESPACE_LABEL]: 'true', ...extraLabels },
        },
      },
    });
    return { outcome: 'created', current: created };
  } catch (error: unknown) {
    // Another run created it between the read and the create.
    if (isConflict(error)) return { outcome: 'exists', current: await readNamespace(cluster, name) };
    throw error;
  }
}

export async function ensureNamespace(
  cluster: ClusterHandle,
  name: string,
  extraLabels: Record<string, string> = {},
): Promise<NamespaceOutcome> {
  const names = presentOn(cluster);
  if (names.has(name)) return 'exists';
  const { outcome } = await ensured(cluster, name, extraLabels);
  names.add(name);
  return outcome;
}

export type LabelOutcome = 'labelled' | 'already-labelled' | 'created-labelled';

/** Labels a namespace, creating it when missing; no write when it already carries the label. */
export async function labelNamespace(
  cluster: ClusterHandle,
  name: string,
  label: NamespaceLabel,
): Promise<LabelOutcome> {
  const current = await readNamespace(cluster, name);
  if (!current) {
    // Created first, then labelled through the label field manager, so uninstall can take the label back.
    await ensureNamespace(cluster, name);
    await applyLabels(cluster, name, { [label.key]: label.value });
    return 'created-labelled';
  }
  if (current.metadata?.labels?.[label.key] === label.value) return 'already-labelled';
  await applyLabels(cluster, name, { [label.key]: label.value });
  return 'labelled';
}

/** Gives up this action's ownership of the labels it set; a label goes unless another manager set it. */
export async function releaseNamespaceLabels(
  cluster: ClusterHandle,
  name: string,
): Promise<'unlabelled' | 'absent'> {
  const current = await readNamespace(cluster, name);
  if (!current) return 'absent';
  const ownsLabel = (current.metadata?.managedFields ?? []).some(
    (field) => field.manager === LABEL_FIELD_MANAGER,
  );
  if (!ownsLabel) return 'absent';
  await applyLabels(cluster, name, {});
  return 'unlabelled';
}

async function applyLabels(
  cluster: ClusterHandle,
  name: string,
  labels: Record<string, string>,
): Promise<void> {
  const api = objectApi(cluster);
  await api.patch(
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } },
    undefined,
    undefined,
    LABEL_FIELD_MANAGER,
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
}

/** Deletes a namespace only when this action created it. */
export async function deleteNamespaceIfCreated(
  cluster: ClusterHandle,
  name: string,
): Promise<'deleted' | 'kept' | 'absent'> {
  const current = await readNamespace(cluster, name);
  if (!current) return 'absent';
  if (current.metadata?.labels?.[CREATED_NAMESPACE_LABEL] !== 'true') return 'kept';
  await coreApi(cluster).deleteNamespace({ name });
  forgetNamespace(cluster, name);
  return 'deleted';
}

/**
 * Sets annotations and labels on a namespace (creating it when missing) through this action's field
 * manager, in one apply (a later apply of the same manager without a field would remove it). No
 * write when the namespace already carries them.
 */
export async function markNamespace(
  cluster: ClusterHandle,
  name: string,
  marks: { readonly annotations: Record<string, string>; readonly labels: Record<string, string> },
): Promise<void> {
  const { current } = await ensured(cluster, name, {});
  presentOn(cluster).add(name);
  const has = (wanted: Record<string, string>, existing: Record<string, string> | undefined) =>
    Object.entries(wanted).every(([k, v]) => existing?.[k] === v);
  if (has(marks.annotations, current?.metadata?.annotations) && has(marks.labels, current?.metadata?.labels))
    return;
  const api = objectApi(cluster);
  const { annotations, labels } = marks;
  await api.patch(
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name, annotations, labels } },
    undefined,
    undefined,
    FIELD_MANAGER,
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
}

/**
 * The fields under `path` (e.g. f:metadata, f:labels) that a field manager applied, read from
 * managedFields. An entry can outlive its fields (an empty apply leaves `f:labels: {}`), so
 * ownership is the presence of the field, not of the manager's entry.
 */
export function appliedFields(
  object: { metadata?: { managedFields?: readonly k8s.V1ManagedFieldsEntry[] } } | undefined,
  manager: string,
  path: readonly string[],
): string[] {
  const fields = new Set<string>();
  for (const entry of object?.metadata?.managedFields ?? []) {
    if (entry.manager !== manager || entry.operation !== 'Apply') continue;
    let node: unknown = entry.fieldsV1;
    for (const key of path) node = isRecord(node) ? node[key] : undefined;
    if (isRecord(node)) for (const key of Object.keys(node)) if (key !== '.') fields.add(key);
  }
  return [...fields].sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
