import { apiMessage } from '../../kube/client.js';
import { FIELD_MANAGER, listObjectsByLabel, type KindRef, type ListOptions } from '../../kube/apply.js';
import type { ClusterHandle } from '../../kube/client.js';
import {
  INSTALL_NAMESPACE_LABEL,
  installSelector,
  installsSelector,
  ownershipOf,
  RELEASE_LABEL,
  type InstallIdentity,
} from '../../kube/ownership.js';
import { parseManifest, type ManifestObject } from '../../util/manifest.js';
import { helmTemplate, type HelmChartRef } from '../../tools/helm-cli.js';
import { StageError } from '../../util/errors.js';

const STAGE = 'uninstall';

/** What the claims list: labels, annotations and managed fields, never a CRD's schema. */
const METADATA_ONLY: ListOptions = { metadataOnly: true };

/** Kinds searched for release-labelled objects whatever the chart renders (kubectl method). */
export const FIXED_KINDS: readonly KindRef[] = [
  { apiVersion: 'v1', kind: 'ServiceAccount' },
  { apiVersion: 'v1', kind: 'ConfigMap' },
  { apiVersion: 'v1', kind: 'Service' },
  { apiVersion: 'v1', kind: 'Endpoints' },
  { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' },
  { apiVersion: 'apps/v1', kind: 'Deployment' },
  { apiVersion: 'v1', kind: 'Secret' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' },
  { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration' },
  { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration' },
  { apiVersion: 'batch/v1', kind: 'Job' },
];

/** Never searched by label: the Istio namespace goes only when the action created it. */
const UNSEARCHED_KINDS = new Set(['Namespace']);
/**
 * Deleted only while unused: deleting a CRD deletes every resource of that kind on the cluster (users'
 * Istio configuration too). A CRD the action created that still has resources is kept and reported.
 */
const KEPT_KINDS = new Set(['CustomResourceDefinition']);

/** The field manager kube/namespaces.ts applies the injection label with. */

/** A documentation address (RFC 5737) standing in for pilot when charts are rendered only to learn their kinds. */
export const PLACEHOLDER_PILOT_ADDRESS = '192.0.2.1';

export function releaseSelector(release: string): string {
  return `${RELEASE_LABEL}=${release}`;
}

/**
 * The objects labelled for this install, split by what the action may do with them: `created` (it
 * made them: pruned and uninstalled), `adopted` (they existed before: kept). Labelled objects the
 * action's field manager never applied (Endpoints a controller copied a Service's labels onto, or
 * someone's look-alike) are neither, and are never touched.
 */
export async function installedObjects(
  cluster: ClusterHandle,
  identity: InstallIdentity,
  kinds: readonly KindRef[],
): Promise<{ created: ManifestObject[]; adopted: ManifestObject[] }> {
  const { objects } = await listObjectsByLabel(cluster, kinds, installSelector(identity), identity.namespace);
  return byOwnership(objects, identity);
}

/**
 * The objects labelled for each of several installs (whoever made them), each with its kinds, with
 * their metadata only (what claims, the applied digest and prune read). The installs of one
 * namespace (a remote's base and istiod charts) share one list per kind, split by release
 * afterwards; each gets the objects of every kind listed, which only widens what its prune finds.
 */
export async function labelledObjectsOfInstalls(
  cluster: ClusterHandle,
  installs: readonly { readonly identity: InstallIdentity; readonly kinds: readonly KindRef[] }[],
): Promise<ManifestObject[][]> {
  const namespaces = [...new Set(installs.map((i) => i.identity.namespace))];
  const listed = await Promise.all(
    namespaces.map(async (namespace) => {
      const those = installs.filter((i) => i.identity.namespace === namespace);
      const kinds = those
        .flatMap((i) => i.kinds)
        .filter((k, index, all) => all.findIndex((o) => o.kind === k.kind) === index);
      const selector = installsSelector(
        those.map((i) => i.identity.release),
        namespace,
      );
      return (await listObjectsByLabel(cluster, kinds, selector, namespace, METADATA_ONLY)).objects;
    }),
  );
  return installs.map((i) =>
    (listed[namespaces.indexOf(i.identity.namespace)] ?? []).filter(
      (o) =>
        o.metadata.labels?.[RELEASE_LABEL] === i.identity.release &&
        o.metadata.labels[INSTALL_NAMESPACE_LABEL] === i.identity.namespace,
    ),
  );
}

/** installedObjects() of objects listed already (labelledObjectsOfInstalls()). */
export function byOwnership(
  objects: readonly ManifestObject[],
  identity: InstallIdentity,
): { created: ManifestObject[]; adopted: ManifestObject[] } {
  const owned = objects.map((object) => ({
    object,
    ownership: ownershipOf(object, identity, FIELD_MANAGER),
  }));
  return {
    created: owned.filter((o) => o.ownership === 'created').map((o) => o.object),
    adopted: owned.filter((o) => o.ownership === 'adopted').map((o) => o.object),
  };
}

/** FIXED_KINDS first, then every other kind the charts render (one entry per kind name, no Namespace). */
export function uninstallKinds(rendered: readonly KindRef[]): KindRef[] {
  const kinds: KindRef[] = [...FIXED_KINDS];
  for (const { apiVersion, kind } of rendered) {
    if (UNSEARCHED_KINDS.has(kind) || kinds.some((k) => k.kind === kind)) continue;
    kinds.push({ apiVersion, kind });
  }
  return kinds;
}

/** Renders the charts (placeholder addresses, no hooks) to learn their kinds; without charts, the fixed list. */
export async function discoverKinds(charts: readonly HelmChartRef[]): Promise<KindRef[]> {
  const rendered: KindRef[] = [];
  for (const chart of charts) {
    try {
      rendered.push(...parseManifest(await helmTemplate(chart)));
    } catch (error: unknown) {
      throw new StageError({
        stage: STAGE,
        message: `rendering chart ${chart.chart} to learn its kinds failed: ${apiMessage(error)}`,
        fix: 'give the chart (or istio-version) and values the install used, or leave chart and istio-version empty to search the fixed kind list only.',
        cause: error,
      });
    }
  }
  return uninstallKinds(rendered);
}

/** Splits found objects into those to delete and those kept on purpose (CRDs). */
export function partitionKept(objects: readonly ManifestObject[]): {
  remove: ManifestObject[];
  keep: ManifestObject[];
} {
  return {
    remove: objects.filter((o) => !KEPT_KINDS.has(o.kind)),
    keep: objects.filter((o) => KEPT_KINDS.has(o.kind)),
  };
}
