import { randomBytes } from 'node:crypto';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';
import { stateFile } from '../../testbed/layout.js';
import { readState, type ClusterState, type TestbedState } from '../../testbed/state.js';

export type { ClusterState, TestbedState };

/** The running testbed (.testbed/state.json); throws when it is not up. */
export function loadTestbed(): TestbedState {
  const state = readState();
  if (!state) throw new Error(`${stateFile} is missing: the testbed is not up (npm run testbed -- up)`);
  return state;
}

export function clusterByName(name: string): ClusterState {
  const { clusters } = loadTestbed();
  const cluster = clusters.find((c) => c.name === name);
  if (!cluster)
    throw new Error(`no testbed cluster "${name}"; clusters: ${clusters.map((c) => c.name).join(', ')}`);
  return cluster;
}

/** A client config for one cluster, from its self-contained kubeconfig file. */
export function kubeConfigFor(name: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(clusterByName(name).kubeconfigPath);
  return kc;
}

/** Paths of the testbed's pinned helm and kubectl. */
export const binaries = {
  get helm(): string {
    return loadTestbed().binaries.helm;
  },
  get kubectl(): string {
    return loadTestbed().binaries.kubectl;
  },
};

export interface TestNamespace {
  readonly name: string;
  /** Deletes the namespace and waits until it is gone. */
  readonly cleanup: () => Promise<void>;
}

/** Creates `<prefix>-<random>` on the cluster, labelled as a test namespace. */
export async function makeTestNamespace(cluster: string, prefix: string): Promise<TestNamespace> {
  const core = kubeConfigFor(cluster).makeApiClient(CoreV1Api);
  const name = `${prefix}-${randomBytes(3).toString('hex')}`;
  await core.createNamespace({
    body: { metadata: { name, labels: { 'istio-multicluster-testbed/test': 'true' } } },
  });
  return { name, cleanup: () => deleteNamespaceAndWait(kubeConfigFor(cluster), name) };
}
