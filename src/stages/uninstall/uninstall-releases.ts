/**
 * Uninstall of the releases on one cluster: only what the action created. kubectl method: the objects
 * labelled for this install (release and Istio namespace) that the action created; adopted objects
 * and CRDs still in use are kept and reported. helm method: only a release the action installed.
 */
import type { KindRef } from '../../kube/apply.js';
import { installSelector, type InstallIdentity } from '../../kube/ownership.js';
import { describeObject, type ManifestObject } from '../../util/manifest.js';
import type { InstallMethod } from '../deploy/deploy-chart.js';
import { HELM_OWNER_LABEL } from '../deploy/ownership-claims.js';
import { partitionKept } from '../deploy/uninstall-kinds.js';
import type { UninstallCluster } from './uninstall-cluster.js';

export interface ReleaseRemoval {
  readonly deleted: string[];
  readonly absent: string[];
  readonly kept: string[];
}

export interface ReleasesToRemove {
  readonly namespace: string;
  /** The releases install created, in the order they are removed (the reverse of install order). */
  readonly releases: readonly string[];
  readonly method: InstallMethod;
  /** Kinds searched for objects labelled with a release; see uninstallKinds. */
  readonly kinds: readonly KindRef[];
}

async function removeKubectlRelease(
  input: ReleasesToRemove,
  remote: UninstallCluster,
  identity: InstallIdentity,
  warnings: string[],
): Promise<ReleaseRemoval> {
  const { created, adopted } = await remote.installedObjects(identity, input.kinds);
  if (created.length === 0 && adopted.length === 0) {
    if (await remote.helmReleaseExists(identity))
      warnings.push(
        `${remote.name}: no object is labelled ${installSelector(identity)}, but helm release ${identity.release} exists in ${identity.namespace}; if the action installed it (install-method: helm), uninstall with install-method: helm.`,
      );
  }
  if (adopted.length > 0)
    warnings.push(
      `${remote.name}: kept ${adopted.map(describeObject).join(', ')}: they existed before the action (adopted), so it does not delete them.`,
    );
  const { remove, keep } = partitionKept(created);
  const inUse: ManifestObject[] = [];
  for (const crd of keep) ((await remote.hasCustomResources(crd)) ? inUse : remove).push(crd);
  const kept = inUse.map(describeObject);
  if (kept.length > 0)
    warnings.push(
      `${remote.name}: kept ${kept.join(', ')}: resources of these kinds still exist, and deleting a CRD deletes them; delete them yourself when nothing uses them.`,
    );
  return { ...(await remote.deleteObjects(remove)), kept: [...kept, ...adopted.map(describeObject)] };
}

async function removeHelmRelease(
  input: ReleasesToRemove,
  remote: UninstallCluster,
  identity: InstallIdentity,
  warnings: string[],
): Promise<ReleaseRemoval> {
  const name = `helm release ${identity.release}`;
  const labels = await remote.helmReleaseLabels(identity);
  const owner = labels?.[HELM_OWNER_LABEL];
  if (labels !== undefined && owner !== 'created') {
    warnings.push(
      owner === 'adopted'
        ? `${remote.name}: kept ${name}: it existed before the action (adopted), so it does not uninstall it.`
        : `${remote.name}: kept ${name}: the action did not install it (its release carries no ${HELM_OWNER_LABEL} label); uninstall it with helm yourself if it is to go.`,
    );
    return { deleted: [], absent: [], kept: [name] };
  }
  const outcome = labels === undefined ? 'absent' : await remote.helmUninstall(identity);
  if (outcome === 'uninstalled') return { deleted: [name], absent: [], kept: [] };
  const { created } = await remote.installedObjects(identity, input.kinds);
  if (created.length > 0)
    warnings.push(
      `${remote.name}: no helm release ${identity.release}, but ${created.length} object(s) are labelled ${installSelector(identity)}; they were installed with install-method: kubectl, so uninstall with install-method: kubectl.`,
    );
  return { deleted: [], absent: [name], kept: [] };
}

export async function removeReleases(
  input: ReleasesToRemove,
  remote: UninstallCluster,
  warnings: string[],
): Promise<ReleaseRemoval> {
  const total: ReleaseRemoval = { deleted: [], absent: [], kept: [] };
  for (const release of input.releases) {
    const identity = { release, namespace: input.namespace };
    const removed =
      input.method === 'helm'
        ? await removeHelmRelease(input, remote, identity, warnings)
        : await removeKubectlRelease(input, remote, identity, warnings);
    total.deleted.push(...removed.deleted);
    total.absent.push(...removed.absent);
    total.kept.push(...removed.kept);
  }
  return total;
}
