/**
 * Which objects on a cluster the action may change or delete: only those it created for this install
 * (release and namespace), or adopted on the user's explicit word. An object the action finds already
 * there is never taken over by accident. Pure: reading the live objects is apply.ts's job.
 */
import type { KubernetesObject } from '@kubernetes/client-node';
import { describeObject, type ManifestObject } from '../util/manifest.js';

/** Every object the action applies for a release carries the release's name... */
export const RELEASE_LABEL = 'istio-multicluster-action/release';
/** ...and the namespace of the install, so cluster-scoped objects of two installs never mix. */
export const INSTALL_NAMESPACE_LABEL = 'istio-multicluster-action/namespace';
/** Set on objects the action created: the install (`<namespace>/<release>`) that created them. */
export const CREATED_BY_ANNOTATION = 'istio-multicluster-action/created-by';
/** Set on objects that existed before and were adopted with `adopt: true`; never deleted by the action. */
export const ADOPTED_BY_ANNOTATION = 'istio-multicluster-action/adopted-by';

/** One install of one release: what the ownership marks name. */
export interface InstallIdentity {
  readonly release: string;
  readonly namespace: string;
}

/** `other-install`: created or adopted by this action for another release or Istio namespace. */
export type Ownership = 'absent' | 'created' | 'adopted' | 'other-install' | 'foreign';

export function identityValue(identity: InstallIdentity): string {
  return `${identity.namespace}/${identity.release}`;
}

/** Selects the objects labelled for this install (the labels alone prove nothing: see ownershipOf). */
export function installSelector(identity: InstallIdentity): string {
  return `${RELEASE_LABEL}=${identity.release},${INSTALL_NAMESPACE_LABEL}=${identity.namespace}`;
}

/** installSelector() of several releases of one namespace, so one list serves them all. */
export function installsSelector(releases: readonly string[], namespace: string): string {
  const names = [...new Set(releases)].sort();
  return `${RELEASE_LABEL} in (${names.join(',')}),${INSTALL_NAMESPACE_LABEL}=${namespace}`;
}

interface ManagedFieldsEntry {
  readonly manager?: string;
  readonly operation?: string;
}

function managedFields(object: KubernetesObject): readonly ManagedFieldsEntry[] {
  return (object.metadata as { managedFields?: ManagedFieldsEntry[] } | undefined)?.managedFields ?? [];
}

/** Whether the action's field manager applied to this object (controllers copy labels onto Endpoints). */
export function appliedBy(object: KubernetesObject, fieldManager: string): boolean {
  return managedFields(object).some((m) => m.manager === fieldManager && m.operation === 'Apply');
}

/**
 * What the live object is to this install: created or adopted by it (its labels, its mark and the
 * action's field manager all agree), foreign (anything else that exists), or absent.
 */
export function ownershipOf(
  live: KubernetesObject | undefined,
  identity: InstallIdentity,
  fieldManager: string,
): Ownership {
  if (!live) return 'absent';
  const labels = live.metadata?.labels ?? {};
  const annotations = live.metadata?.annotations ?? {};
  const marked = annotations[CREATED_BY_ANNOTATION] ?? annotations[ADOPTED_BY_ANNOTATION];
  if (marked === undefined || !appliedBy(live, fieldManager)) return 'foreign';
  const labelled =
    labels[RELEASE_LABEL] === identity.release && labels[INSTALL_NAMESPACE_LABEL] === identity.namespace;
  if (!labelled || marked !== identityValue(identity)) return 'other-install';
  return annotations[ADOPTED_BY_ANNOTATION] === marked ? 'adopted' : 'created';
}

/** The ownership marks an object gets when applied: the same on every run, so a re-apply keeps them. */
export function ownershipMarks(
  ownership: 'absent' | 'created' | 'adopted' | 'adopt',
  identity: InstallIdentity,
): { labels: Record<string, string>; annotations: Record<string, string> } {
  const adopted = ownership === 'adopted' || ownership === 'adopt';
  return {
    labels: { [RELEASE_LABEL]: identity.release, [INSTALL_NAMESPACE_LABEL]: identity.namespace },
    annotations: { [adopted ? ADOPTED_BY_ANNOTATION : CREATED_BY_ANNOTATION]: identityValue(identity) },
  };
}

const HELM_RELEASE_ANNOTATION = 'meta.helm.sh/release-name';
const HELM_NAMESPACE_ANNOTATION = 'meta.helm.sh/release-namespace';

/** Who manages a foreign object, for the refusal message: its helm release and its field managers. */
export function describeManagers(live: KubernetesObject): string {
  const annotations = live.metadata?.annotations ?? {};
  const helm = annotations[HELM_RELEASE_ANNOTATION];
  const managers = [...new Set(managedFields(live).map((m) => m.manager ?? '?'))];
  const parts = [
    ...(helm ? [`helm release ${annotations[HELM_NAMESPACE_ANNOTATION] ?? '?'}/${helm}`] : []),
    ...(managers.length > 0 ? [`field managers ${managers.join(', ')}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'no recorded manager';
}

/** One object the action found already there, not its own. */
export interface ForeignObject {
  readonly object: string;
  readonly managers: string;
}

export function foreignObject(rendered: ManifestObject, live: KubernetesObject): ForeignObject {
  return { object: describeObject(rendered), managers: describeManagers(live) };
}
