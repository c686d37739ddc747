/**
 * The call the primary stage makes to the primary, as a narrow interface: the cluster handle
 * implements it here (stages/deploy: ownership claims and server-side apply, or helm), and stage
 * tests give the stage an in-memory one. Errors are client-node's, helm's or StageErrors.
 */
import type { ClusterHandle } from '../../kube/client.js';
import { parseManifest } from '../../util/manifest.js';
import {
  installWithHelm,
  installWithKubectl,
  resolveClaimed,
  type DeployInput,
  type DeployOutcome,
} from '../deploy/deploy-chart.js';

export interface ChartTarget {
  readonly name: string;
  /** Puts the rendered manifest on the cluster: claimed and applied (kubectl method), or a helm release. */
  install(deploy: DeployInput, manifest: string): Promise<DeployOutcome>;
}

export function chartTargetOf(cluster: ClusterHandle): ChartTarget {
  return {
    name: cluster.name,
    async install(deploy, manifest) {
      if (deploy.method === 'helm') return installWithHelm(deploy, cluster, manifest);
      const claimed = await resolveClaimed(deploy, cluster, parseManifest(manifest));
      return installWithKubectl(deploy, cluster, claimed.objects, claimed.known);
    },
  };
}
