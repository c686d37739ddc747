import * as k8s from '@kubernetes/client-node';
import { kubeConfig } from '../test/integration/support/action.js';
import { resetPrimaryRegistrations, resetRemote } from '../test/integration/support/cluster-state.js';

/** Every registration on the primary: bench/seed.sh's, istioctl create-remote-secret's, the action's. */
async function deleteRegistrations(namespace = 'istio-system'): Promise<void> {
  const core = kubeConfig('primary').makeApiClient(k8s.CoreV1Api);
  const secrets = await core.listNamespacedSecret({ namespace, labelSelector: 'istio/multiCluster=true' });
  for (const secret of secrets.items)
    await core.deleteNamespacedSecret({ namespace, name: secret.metadata?.name ?? '' });
}

/** Every remote back to a clean cluster and no registration on the primary, whoever made it. */
export async function resetAll(remotes: readonly string[]): Promise<void> {
  await Promise.all(remotes.map((remote) => resetRemote(remote)));
  await resetPrimaryRegistrations();
  await deleteRegistrations();
}

export function remoteNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `remote-${i + 1}`);
}
