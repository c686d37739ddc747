/**
 * The calls remote-install makes to one remote, as a narrow interface: the cluster handle implements
 * it here (discovery, the istiod Deployments, stages/deploy's plan-claim-apply-prune, the namespace
 * label), and stage tests give the stage an in-memory one. Errors are client-node's or StageErrors.
 */
import type { ClusterHandle } from '../../kube/client.js';
import { labelNamespace, type LabelOutcome, type NamespaceLabel } from '../../kube/namespaces.js';
import { kindServedOn, type KindServed } from '../../kube/served-kinds.js';
import type { RemotePlan } from '../../istio/remote-plan.js';
import {
  deployRemote,
  type DeployedRemote,
  type DeploySettings,
  type RenderedCharts,
} from '../deploy/deploy-remote.js';
import { foreignIstiod } from './own-control-plane.js';

export interface RemoteTarget {
  readonly name: string;
  /** Whether the remote's API server serves the kind (discovery). */
  readonly serves: KindServed;
  /** The istiod Deployment in `namespace` the action did not install, or undefined (multi-primary). */
  foreignIstiod(namespace: string): Promise<string | undefined>;
  /** Plans, claims, applies and prunes the rendered charts on the remote (stages/deploy/deploy-remote.ts). */
  deploy(settings: DeploySettings, plan: RemotePlan, rendered: RenderedCharts): Promise<DeployedRemote>;
  /** Labels the namespace, creating it when missing; no write when it carries the label already. */
  labelNamespace(namespace: string, label: NamespaceLabel): Promise<LabelOutcome>;
}

export function remoteTargetOf(cluster: ClusterHandle): RemoteTarget {
  return {
    name: cluster.name,
    serves: kindServedOn(cluster),
    foreignIstiod: (namespace) => foreignIstiod(cluster, namespace),
    deploy: (settings, plan, rendered) => deployRemote(settings, cluster, plan, rendered),
    labelNamespace: (namespace, label) => labelNamespace(cluster, namespace, label),
  };
}
