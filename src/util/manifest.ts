import yaml from 'js-yaml';
import type { KubernetesObject } from '@kubernetes/client-node';

/** A manifest object with the fields every apply needs. */
export interface ManifestObject extends KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: NonNullable<KubernetesObject['metadata']> & { name: string };
}

/** Parses multi-document YAML (helm template output) into objects, dropping empty documents and Lists' wrappers. */
export function parseManifest(text: string): ManifestObject[] {
  const objects: ManifestObject[] = [];
  for (const doc of yaml.loadAll(text)) {
    if (doc === null || doc === undefined) continue;
    collect(doc, objects);
  }
  return objects;
}

function collect(doc: unknown, into: ManifestObject[]): void {
  if (typeof doc !== 'object' || doc === null) throw new Error('manifest document is not an object');
  const object = doc as Partial<ManifestObject> & { items?: unknown[] };
  if (object.kind?.endsWith('List') && Array.isArray(object.items)) {
    for (const item of object.items) collect(item, into);
    return;
  }
  if (!object.apiVersion || !object.kind || !object.metadata?.name) {
    throw new Error(
      `manifest object lacks apiVersion, kind or metadata.name: ${JSON.stringify(doc).slice(0, 120)}`,
    );
  }
  into.push(object as ManifestObject);
}

/** One key per object on a cluster (kind, namespace, name), to match objects across reads. */
export function objectKey(object: {
  readonly kind?: string;
  readonly metadata?: { readonly name?: string; readonly namespace?: string };
}): string {
  return `${object.kind ?? ''}/${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}

export function describeObject(object: Pick<ManifestObject, 'kind' | 'metadata'>): string {
  const ns = object.metadata?.namespace ? `${object.metadata.namespace}/` : '';
  return `${object.kind} ${ns}${object.metadata?.name ?? '?'}`;
}

/** Objects others depend on first: namespaces and RBAC before workloads, webhooks last. */
const APPLY_ORDER = [
  'Namespace',
  'CustomResourceDefinition',
  'ServiceAccount',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'ConfigMap',
  'Secret',
  'Service',
  'Endpoints',
  'EndpointSlice',
  'Deployment',
  'DaemonSet',
  'StatefulSet',
  'Job',
];
const LAST = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'];

function rank(kind: string): number {
  const early = APPLY_ORDER.indexOf(kind);
  if (early >= 0) return early;
  const late = LAST.indexOf(kind);
  return late >= 0 ? APPLY_ORDER.length + 1 + late : APPLY_ORDER.length;
}

export function sortForApply<T extends Pick<ManifestObject, 'kind'>>(objects: readonly T[]): T[] {
  return objects
    .map((object, index) => ({ object, index }))
    .sort((a, b) => rank(a.object.kind) - rank(b.object.kind) || a.index - b.index)
    .map(({ object }) => object);
}

export function sortForDelete<T extends Pick<ManifestObject, 'kind'>>(objects: readonly T[]): T[] {
  return sortForApply(objects).reverse();
}

/** The objects with namespace `default` where they name none (as kubectl apply would place them). */
export function defaultNamespace(objects: readonly ManifestObject[]): ManifestObject[] {
  return objects.map((o) => ({
    ...o,
    metadata: { ...o.metadata, namespace: o.metadata.namespace ?? 'default' },
  }));
}
