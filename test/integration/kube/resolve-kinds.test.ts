// A chart's kinds served by CRDs created a moment before (base's CRDs, then the east-west Gateway of
// a later chart on a fresh remote): on a real kube-apiserver a new CRD's group version is served a
// moment after the create returns, so resolveObjects keeps asking discovery for a bounded time, and
// still refuses a kind that never comes, naming it.
import * as k8s from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import { openCluster } from '../../../src/kube/client.js';
import { applyObjects, resolveObjects } from '../../../src/kube/apply.js';
import type { ManifestObject } from '../../../src/util/manifest.js';
import { clusterByName, kubeConfigFor } from '../support/testbed.js';
import { waitFor } from '../../testbed/wait.js';

const CLUSTER = 'remote-2';
const GROUP = 'resolve-kinds.test.example';
const CRD_NAME = `gadgets.${GROUP}`;

const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: CRD_NAME },
  spec: {
    group: GROUP,
    scope: 'Namespaced',
    names: { plural: 'gadgets', singular: 'gadget', kind: 'Gadget', listKind: 'GadgetList' },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
      },
    ],
  },
};

const gadget: ManifestObject = {
  apiVersion: `${GROUP}/v1`,
  kind: 'Gadget',
  metadata: { name: 'one' },
} as ManifestObject;

const extensions = () => kubeConfigFor(CLUSTER).makeApiClient(k8s.ApiextensionsV1Api);

const isNotFound = (error: unknown) => error instanceof k8s.ApiException && error.code === 404;

/** Deletes the CRD and waits until it is gone (its group version no longer served). */
async function deleteCrd(): Promise<void> {
  try {
    await extensions().deleteCustomResourceDefinition({ name: CRD_NAME });
  } catch (error: unknown) {
    if (!isNotFound(error)) throw error;
  }
  await waitFor(
    `CRD ${CRD_NAME} gone`,
    async () => {
      try {
        await extensions().readCustomResourceDefinition({ name: CRD_NAME });
        return undefined;
      } catch (error: unknown) {
        if (isNotFound(error)) return true;
        throw error;
      }
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  );
}

describe('resolveObjects() on a real API server: kinds whose CRDs were just created', () => {
  afterAll(deleteCrd);

  it('waits for a kind whose CRD is created while it asks, and refuses at once without a wait', async () => {
    await deleteCrd();
    const cluster = () => openCluster(CLUSTER, clusterByName(CLUSTER).kubeconfigPath);
    await expect(resolveObjects(cluster(), [gadget], 'default')).rejects.toThrow(
      /the cluster does not serve these kinds \(their CRDs are not installed\): Gadget \(resolve-kinds\.test\.example\/v1\) one/,
    );
    const resolving = resolveObjects(cluster(), [gadget], 'default', { waitForKindsMs: 60_000 });
    await new Promise((r) => setTimeout(r, 1_000));
    await extensions().createCustomResourceDefinition({ body: crd as k8s.V1CustomResourceDefinition });
    const [resolved] = await resolving;
    expect(resolved?.metadata.namespace).toBe('default');
  });

  it('refuses a kind no CRD serves once the wait is over, naming it', async () => {
    const cluster = openCluster(CLUSTER, clusterByName(CLUSTER).kubeconfigPath);
    const started = Date.now();
    await expect(
      resolveObjects(cluster, [{ ...gadget, apiVersion: `never.${GROUP}/v1` }], 'default', {
        waitForKindsMs: 1_500,
      }),
    ).rejects.toThrow(/does not serve these kinds .*Gadget \(never\.resolve-kinds\.test\.example\/v1\) one/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  });
});

describe('applyObjects() on a real API server: the namespace written beside the CRDs', () => {
  const NAMESPACE = 'apply-beside-test';
  const core = () => kubeConfigFor(CLUSTER).makeApiClient(k8s.CoreV1Api);
  afterAll(async () => {
    await core()
      .deleteNamespace({ name: NAMESPACE })
      .catch(() => undefined);
    await deleteCrd();
  });

  it('runs beforeNamespaced while the CRDs are applied, and applies namespaced objects only after it', async () => {
    await deleteCrd();
    const cluster = openCluster(CLUSTER, clusterByName(CLUSTER).kubeconfigPath);
    const configMap = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'beside', namespace: NAMESPACE },
      data: { a: '1' },
    } as ManifestObject;
    let crdWhileWaiting: string | undefined;
    const outcomes = await applyObjects(cluster, [configMap, crd as unknown as ManifestObject], {
      beforeNamespaced: async () => {
        await new Promise((r) => setTimeout(r, 1_500));
        crdWhileWaiting = (await extensions().readCustomResourceDefinition({ name: CRD_NAME })).metadata
          ?.name;
        await core().createNamespace({ body: { metadata: { name: NAMESPACE } } });
      },
    });
    // The CRD was applied while beforeNamespaced waited; the ConfigMap, in the namespace it made, after.
    expect(crdWhileWaiting).toBe(CRD_NAME);
    expect(outcomes.map((o) => o.outcome)).toEqual(['created', 'created']);
    const live = await core().readNamespacedConfigMap({ name: 'beside', namespace: NAMESPACE });
    expect(live.data).toEqual({ a: '1' });
  });
});
