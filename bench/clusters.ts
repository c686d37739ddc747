import * as k8s from '@kubernetes/client-node';
import { kubeConfig } from '../test/integration/support/action.js';
import { resetPrimaryRegistrations, resetRemote } from '../test/integration/support/cluster-state.js';

/** Secrets bench/seed.sh created on the primary (labelled bench=seed). */
async function deleteSeedSecrets(namespace = 'istio-system'): Promise<void> {
  const core = kubeConfig('primary').makeApiClient(k8s.CoreV1Api);
  const secrets = await core.listNamespacedSecret({ namespace, labelSelector: 'bench=seed' });
  for (const secret of secrets.items)
    await core.deleteNamespacedSecret({ namespace, name: secret.metadata?.name ?? '' });
}

/** Every remote back to a clean cluster and no registration on the primary, the action's or the seed's. */
export async function resetAll(remotes: readonly string[]): Promise<void> {
  await Promise.all(remotes.map((remote) => resetRemote(remote)));
  await resetPrimaryRegistrations();
  await deleteSeedSecrets();
}

export function remoteNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `remote-${i + 1}`);
}
