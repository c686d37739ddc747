/**
 * Before the first write on a cluster: which rendered objects the action created earlier (its own),
 * adopted earlier, or finds there without having made them. An object that existed before the action
 * is never taken over: the cluster is refused, naming each object and who manages it, unless the
 * user set `adopt: true`; then it is adopted, recorded as adopted, and never deleted by the action.
 */
import type { ClusterHandle } from '../../kube/client.js';
import { FIELD_MANAGER, readLiveObjects, type KnownObjects } from '../../kube/apply.js';
import { helmReleaseLabels } from '../../kube/helm-storage.js';
import {
  foreignObject,
  ownershipOf,
  type ForeignObject,
  type InstallIdentity,
} from '../../kube/ownership.js';
import { StageError } from '../../util/errors.js';
import type { ManifestObject } from '../../util/manifest.js';
import { labelledObjectsOfInstalls, uninstallKinds } from './uninstall-kinds.js';

/**
 * What one object will be to the action once applied; `shared`: another install of the action (other
 * Istio namespace or release, e.g. the CRDs of a second mesh on one cluster) owns it, so it is left
 * as it is, neither applied nor ever deleted by this install.
 */
export type Claim = 'absent' | 'created' | 'adopted' | 'adopt' | 'shared';

/** One chart's objects on one cluster, claimed as a whole before any of them is written. */
export interface ClaimRequest {
  readonly identity: InstallIdentity;
  readonly objects: readonly ManifestObject[];
}

export interface ClaimSettings {
  readonly stage: string;
  readonly adopt: boolean;
}

function refusal(
  settings: ClaimSettings,
  cluster: ClusterHandle,
  foreign: readonly ForeignObject[],
): StageError {
  const listed = foreign.map((f) => `${f.object} (${f.managers})`).join(', ');
  return new StageError({
    stage: settings.stage,
    cluster: cluster.name,
    message: `${foreign.length} object(s) exist already and were not created by this action: ${listed}`,
    fix: 'this cluster has Istio (or objects of the same names) installed another way: uninstall it first, or use another istio-namespace; or set adopt: true to let the action manage these objects from now on (it records them as adopted and never deletes them).',
  });
}

/** The claims of each request's objects, in order, and what the reads found (so the apply reads nothing again). */
export interface ClaimedObjects {
  readonly claims: Claim[][];
  /** Every object read (undefined: absent), by objectKey with the namespace resolved. */
  readonly known: KnownObjects;
  /**
   * Per request, what the cluster held with the install's labels before any write (its kinds and
   * FIXED_KINDS): the prune candidates come from it, so nothing is listed twice.
   */
  readonly labelled: readonly (readonly ManifestObject[])[];
}

/** One claim per object of each request, in order; throws (nothing written) on a foreign object unless adopt. */
export async function claimObjects(
  settings: ClaimSettings,
  cluster: ClusterHandle,
  requests: readonly ClaimRequest[],
): Promise<ClaimedObjects> {
  // The installs' objects listed by label, a list per kind for all of them: on a rerun every
  // rendered object is among them, so none is read alone (a remote of the real charts: 17 lists
  // instead of 60 reads, and the prune candidates come from them too).
  const labelled = await labelledObjectsOfInstalls(
    cluster,
    requests.map((r) => ({ identity: r.identity, kinds: uninstallKinds(r.objects) })),
  );
  const lives = await Promise.all(
    requests.map((r, index) => readLiveObjects(cluster, r.objects, r.identity.namespace, labelled[index])),
  );
  const foreign: ForeignObject[] = [];
  const claims = requests.map((request, index) =>
    request.objects.map((object, at): Claim => {
      const live = lives[index]?.[at]?.live;
      const ownership = ownershipOf(live, request.identity, FIELD_MANAGER);
      if (ownership === 'other-install') return 'shared';
      if (ownership !== 'foreign') return ownership;
      if (live && !settings.adopt) foreign.push(foreignObject(object, live));
      return 'adopt';
    }),
  );
  if (foreign.length > 0) throw refusal(settings, cluster, foreign);
  return { claims, known: new Map(lives.flat().map((o) => [o.key, o.live])), labelled };
}

/** Helm release label: `created` or `adopted` on releases the action installed or adopted. */
export const HELM_OWNER_LABEL = 'istio-multicluster-action/owner';

export type HelmClaim = 'create' | 'created' | 'adopted' | 'adopt';

/** Helm method: whether the action may upgrade this release (install it, its own, or adopt it). */
export async function claimHelmRelease(
  settings: ClaimSettings,
  cluster: ClusterHandle,
  identity: InstallIdentity,
): Promise<HelmClaim> {
  const labels = await helmReleaseLabels(cluster, identity.release, identity.namespace);
  if (labels === undefined) return 'create';
  const owner = labels[HELM_OWNER_LABEL];
  if (owner === 'created' || owner === 'adopted') return owner;
  if (settings.adopt) return 'adopt';
  throw refusal(settings, cluster, [
    {
      object: `helm release ${identity.namespace}/${identity.release}`,
      managers: 'installed with helm by someone else',
    },
  ]);
}

/** The `--labels` value helm records on the release for a claim. */
export function helmOwnerLabel(claim: HelmClaim): string {
  return claim === 'adopt' || claim === 'adopted' ? 'adopted' : 'created';
}
