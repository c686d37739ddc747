/**
 * The calls the east-west stage makes to the primary, as a narrow interface: the cluster handle
 * implements it here (stages/deploy's plan-claim-apply-prune, the registration Secrets' names, the
 * removal of what the action created), and stage tests give the stage an in-memory one. Errors are
 * client-node's or StageErrors.
 */
import { deleteObjects } from '../../kube/apply.js';
import type { ClusterHandle } from '../../kube/client.js';
import type { InstallIdentity } from '../../kube/ownership.js';
import { secretNames } from '../../kube/secrets.js';
import type { RemotePlan } from '../../istio/remote-plan.js';
import type { ManifestObject } from '../../util/manifest.js';
import {
  deployRemote,
  type DeployedRemote,
  type DeploySettings,
  type RenderedCharts,
} from '../deploy/deploy-remote.js';
import { releaseNamespaceFields } from '../deploy/namespace-undo.js';
import { installedObjects, uninstallKinds } from '../deploy/uninstall-kinds.js';

export interface ReleaseRemoved {
  readonly deleted: readonly string[];
  readonly absent: readonly string[];
  /** What the release holds that existed before the action (adopted): never deleted. */
  readonly adopted: number;
}

export interface GatewayCluster {
  readonly name: string;
  /** Plans, claims, applies and prunes the rendered charts (stages/deploy/deploy-remote.ts). */
  deploy(settings: DeploySettings, plan: RemotePlan, rendered: RenderedCharts): Promise<DeployedRemote>;
  /** The names of the Secrets in `namespace` that carry the label selector. */
  secretNames(namespace: string, selector: string): Promise<string[]>;
  /**
   * Deletes what the action created of the release among the objects' kinds, and gives back the
   * fields it set on the namespace.
   */
  removeRelease(identity: InstallIdentity, objects: readonly ManifestObject[]): Promise<ReleaseRemoved>;
}

export function gatewayClusterOf(cluster: ClusterHandle): GatewayCluster {
  return {
    name: cluster.name,
    deploy: (settings, plan, rendered) => deployRemote(settings, cluster, plan, rendered),
    secretNames: (namespace, selector) => secretNames(cluster, namespace, selector),
    async removeRelease(identity, objects) {
      const { created, adopted } = await installedObjects(cluster, identity, uninstallKinds(objects));
      const result = await deleteObjects(cluster, created);
      await releaseNamespaceFields(cluster, identity.namespace);
      return { ...result, adopted: adopted.length };
    },
  };
}
