/**
 * The calls the uninstall stage makes to a cluster, as a narrow interface: the cluster handle (and
 * helm) implement it here, and stage tests give the stage an in-memory one. Errors are client-node's,
 * helm's or StageErrors.
 */
import { deleteObjects, type KindRef } from '../../kube/apply.js';
import { coreApi, isNotFound, type ClusterHandle } from '../../kube/client.js';
import { hasCustomResources } from '../../kube/crds.js';
import { helmReleaseLabels } from '../../kube/helm-storage.js';
import { deleteNamespaceIfCreated, readNamespace } from '../../kube/namespaces.js';
import type { InstallIdentity } from '../../kube/ownership.js';
import { secretPortOf, type SecretPort } from '../../kube/secret-port.js';
import { helmGetManifest, helmUninstall } from '../../tools/helm-cli.js';
import type { ManifestObject } from '../../util/manifest.js';
import { releaseNamespaceFields, removeInjectionLabel } from '../deploy/namespace-undo.js';
import { installedObjects } from '../deploy/uninstall-kinds.js';
import type { InjectionOutcome } from './uninstall-report.js';

export interface UninstallCluster {
  readonly name: string;
  readonly secrets: SecretPort;
  /** The objects labelled for the install: those the action created, and those it adopted. */
  installedObjects(
    identity: InstallIdentity,
    kinds: readonly KindRef[],
  ): Promise<{ created: ManifestObject[]; adopted: ManifestObject[] }>;
  /** Whether resources of the CRD's kind exist (deleting the CRD would delete them). */
  hasCustomResources(crd: ManifestObject): Promise<boolean>;
  deleteObjects(objects: readonly ManifestObject[]): Promise<{ deleted: string[]; absent: string[] }>;
  /** The labels of the helm release's storage Secret, or undefined when there is no such release. */
  helmReleaseLabels(identity: InstallIdentity): Promise<Record<string, string> | undefined>;
  /** Whether helm knows the release (`helm get manifest`). */
  helmReleaseExists(identity: InstallIdentity): Promise<boolean>;
  helmUninstall(identity: InstallIdentity): Promise<'uninstalled' | 'absent'>;
  /** Deletes the namespace only when the action created it. */
  deleteNamespaceIfCreated(name: string): Promise<'deleted' | 'kept' | 'absent'>;
  namespaceExists(name: string): Promise<boolean>;
  /** Gives back the annotations and labels the action set on the namespace; true when any was. */
  releaseNamespaceFields(name: string): Promise<boolean>;
  /** Gives back the injection label the action set on the namespace. */
  removeInjectionLabel(name: string): Promise<InjectionOutcome>;
  serviceAccountExists(namespace: string, name: string): Promise<boolean>;
}

export function uninstallClusterOf(cluster: ClusterHandle, helmPath: string): UninstallCluster {
  const helm = (identity: InstallIdentity) =>
    [helmPath, identity.release, identity.namespace, cluster.kubeconfigPath] as const;
  return {
    name: cluster.name,
    secrets: secretPortOf(cluster),
    installedObjects: (identity, kinds) => installedObjects(cluster, identity, kinds),
    hasCustomResources: (crd) => hasCustomResources(cluster, crd),
    deleteObjects: (objects) => deleteObjects(cluster, objects),
    helmReleaseLabels: (identity) => helmReleaseLabels(cluster, identity.release, identity.namespace),
    helmReleaseExists: async (identity) => (await helmGetManifest(...helm(identity))) !== undefined,
    helmUninstall: (identity) => helmUninstall(...helm(identity)),
    deleteNamespaceIfCreated: (name) => deleteNamespaceIfCreated(cluster, name),
    namespaceExists: async (name) => (await readNamespace(cluster, name)) !== undefined,
    releaseNamespaceFields: (name) => releaseNamespaceFields(cluster, name),
    removeInjectionLabel: (name) => removeInjectionLabel(cluster, name),
    async serviceAccountExists(namespace, name) {
      try {
        await coreApi(cluster).readNamespacedServiceAccount({ namespace, name });
        return true;
      } catch (error: unknown) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
  };
}
