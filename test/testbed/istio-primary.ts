import { CoreV1Api } from '@kubernetes/client-node';
import { loadKubeConfig } from './cluster-api.js';
import { uninstallControlPlane } from './control-plane.js';
import { run } from './exec.js';
import { realCharts } from './istio-module.js';
import { progress } from './log.js';
import { readState, type ClusterState, type TestbedState } from './state.js';
import { waitFor } from './wait.js';

export const ISTIO_NAMESPACE = 'istio-system';

export interface CurrentPrimaryOptions {
  readonly namespace?: string;
  readonly clusterName?: string;
  readonly meshId?: string;
  readonly network?: string;
}

function primaryOf(): { state: TestbedState; primary: ClusterState } {
  const state = readState();
  const primary = state?.clusters.find((c) => c.name === 'primary');
  if (!state || !primary)
    throw new Error('the testbed is not up (no primary in .testbed/state.json); run `npm run testbed -- up`');
  return { state, primary };
}

function helm(state: TestbedState, primary: ClusterState, args: readonly string[]): Promise<string> {
  return run(state.binaries.helm, [...args, '--kubeconfig', primary.kubeconfigPath]);
}

/**
 * A current Istio primary from the real charts of the istio.io/istio module: `base` and `istiod`
 * (istio-control/istio-discovery) with an external-istiod-capable configuration. kwok runs the istiod
 * pod (it gets an IP from primary's pod range; nothing listens there); the real istiod runs out of
 * cluster (`testbed istiod`) and reads the same ConfigMaps. Replaces the stand-in 1.0 control plane.
 * Returns the istiod pod's IP.
 */
export async function installCurrentPrimary(options: CurrentPrimaryOptions = {}): Promise<string> {
  const { state, primary } = primaryOf();
  const namespace = options.namespace ?? ISTIO_NAMESPACE;
  const releases = (await helm(state, primary, ['list', '-n', namespace, '-q'])).split('\n');
  if (releases.includes('istio')) await uninstallControlPlane(namespace); // the stand-in 1.0 control plane
  progress(`installing the real base and istiod charts on primary (${namespace})`);
  await helm(state, primary, [
    'upgrade',
    '--install',
    'istio-base',
    realCharts.base,
    '-n',
    namespace,
    '--create-namespace',
  ]);
  await helm(state, primary, [
    'upgrade',
    '--install',
    'istiod',
    realCharts.istiod,
    '-n',
    namespace,
    '--set',
    `global.multiCluster.clusterName=${options.clusterName ?? 'primary'}`,
    '--set',
    `global.meshID=${options.meshId ?? 'mesh1'}`,
    '--set',
    `global.network=${options.network ?? 'network1'}`,
    '--set',
    'global.externalIstiod=true',
  ]);
  return waitForIstiodPod(namespace);
}

export async function uninstallCurrentPrimary(namespace = ISTIO_NAMESPACE): Promise<void> {
  const { state, primary } = primaryOf();
  for (const release of ['istiod', 'istio-base']) {
    const releases = await helm(state, primary, ['list', '-n', namespace, '-q']);
    if (releases.split('\n').includes(release))
      await helm(state, primary, ['uninstall', release, '-n', namespace, '--wait']);
  }
}

/** The IP of the Running istiod pod (app=istiod) on primary, waiting up to 120 s for one. */
export async function waitForIstiodPod(namespace = ISTIO_NAMESPACE): Promise<string> {
  const { primary } = primaryOf();
  const core = loadKubeConfig(primary.kubeconfigPath).makeApiClient(CoreV1Api);
  return waitFor(
    `a Running istiod pod in ${namespace} on primary`,
    async () => {
      const pods = await core.listNamespacedPod({ namespace, labelSelector: 'app=istiod' });
      const pod = pods.items.find(
        (p) => p.status?.phase === 'Running' && p.status.podIP && !p.metadata?.deletionTimestamp,
      );
      return pod?.status?.podIP;
    },
    { timeoutMs: 120_000 },
  );
}
