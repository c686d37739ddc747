// global-services gives back exactly what it changed: a Service dropped from the input loses the
// istio.io/global label the action set, uninstall takes back every label the action set (listed or
// not), a label another manager set to another value is refused (named, never forced over) and is
// the same after install and uninstall, and a label another manager set to true is left as it was.
// Stand-in 1.0 chart on primary + remote-1: the labels are the action's own work, not the chart's.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { core, kubeConfig, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import { installControlPlane, resetPrimaryRegistrations, resetRemote } from '../support/cluster-state.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';

const REMOTE = 'remote-1';
const CLUSTERS = ['primary', REMOTE];
const NAMESPACE = 'global-services-test';
const LABEL = 'istio.io/global';
/** Another field manager (a GitOps tool, say) that owns the Service and its labels. */
const OTHER_MANAGER = 'team-gitops';

/** cart: no label; orders: another manager set false; shared: another manager set true. */
const SERVICES: Record<string, string | undefined> = { cart: undefined, orders: 'false', shared: 'true' };

async function createServices(cluster: string): Promise<void> {
  await core(cluster).createNamespace({ body: { metadata: { name: NAMESPACE } } });
  const api = k8s.KubernetesObjectApi.makeApiClient(kubeConfig(cluster));
  for (const [name, value] of Object.entries(SERVICES)) {
    const service: k8s.V1Service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name,
        namespace: NAMESPACE,
        labels: value === undefined ? { app: name } : { [LABEL]: value },
      },
      spec: { ports: [{ port: 8080, name: 'http' }], selector: { app: name } },
    };
    await api.patch(service, undefined, undefined, OTHER_MANAGER, true, k8s.PatchStrategy.ServerSideApply);
  }
}

/** Deletes the test namespace and waits until it is gone, so the next file's snapshots never see it go. */
async function deleteNamespace(cluster: string): Promise<void> {
  await deleteNamespaceAndWait(kubeConfig(cluster), NAMESPACE);
}

/** cluster/service -> the label's value ('absent' when unset) and the resourceVersion. */
async function labels(): Promise<Record<string, { value: string; version: string }>> {
  const result: Record<string, { value: string; version: string }> = {};
  for (const cluster of CLUSTERS)
    for (const name of Object.keys(SERVICES)) {
      const service = await core(cluster).readNamespacedService({ namespace: NAMESPACE, name });
      result[`${cluster}/${name}`] = {
        value: service.metadata?.labels?.[LABEL] ?? 'absent',
        version: service.metadata?.resourceVersion ?? '',
      };
    }
  return result;
}

function valuesOf(state: Record<string, { value: string }>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([key, { value }]) => [key, value]));
}

const expected = (cart: string) =>
  Object.fromEntries(
    CLUSTERS.flatMap((c) => [
      [`${c}/cart`, cart],
      [`${c}/orders`, 'false'],
      [`${c}/shared`, 'true'],
    ]),
  );

describe('global-services gives back exactly what it changed', () => {
  let harness: ActionHarness;
  let original: Record<string, { value: string; version: string }>;
  const run = (services: string[], extra: Record<string, string> = {}) =>
    harness.run(testbedInputs([REMOTE], { 'global-services': services.join(','), ...extra }));

  beforeAll(async () => {
    await installControlPlane();
    await resetRemote(REMOTE);
    await resetPrimaryRegistrations();
    for (const cluster of CLUSTERS) {
      await deleteNamespace(cluster);
      await createServices(cluster);
    }
    original = await labels();
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    for (const cluster of CLUSTERS) await deleteNamespace(cluster);
    await resetRemote(REMOTE);
    await resetPrimaryRegistrations();
  });

  it('install labels cart, refuses orders (false, set by another manager) with a warning naming it, leaves shared; a rerun writes nothing', async () => {
    expect(valuesOf(original)).toEqual(expected('absent'));
    const all = Object.keys(SERVICES).map((name) => `${NAMESPACE}/${name}`);
    const installed = await run(all);
    expect(installed.success, installed.log).toBe(true);
    const after = await labels();
    expect(valuesOf(after)).toEqual(expected('true'));
    for (const cluster of CLUSTERS) {
      expect(after[`${cluster}/orders`]?.version).toBe(original[`${cluster}/orders`]?.version);
      expect(after[`${cluster}/shared`]?.version).toBe(original[`${cluster}/shared`]?.version);
      expect(installed.log).toContain(
        `${cluster}: Service ${NAMESPACE}/orders already carries ${LABEL}=false, set by someone else; it was not changed. Fix: remove that label (kubectl -n ${NAMESPACE} label service orders ${LABEL}-) to let the action mark it, or take ${NAMESPACE}/orders out of global-services.`,
      );
      expect(installed.summary).toContain(`${cluster}: Service ${NAMESPACE}/cart labelled`);
    }

    const again = await run(all);
    expect(again.success, again.log).toBe(true);
    expect(await labels()).toEqual(after);
  });

  it('a Service dropped from the input gets its label back (render plans it and writes nothing); a rerun writes nothing', async () => {
    const before = await labels();
    const plan = await run([`${NAMESPACE}/shared`], { mode: 'render' });
    expect(plan.success, plan.log).toBe(true);
    expect(plan.summary).toContain(
      `${REMOTE}: Service ${NAMESPACE}/cart would-unlabel (not in global-services)`,
    );
    expect(await labels()).toEqual(before);

    const dropped = await run([`${NAMESPACE}/shared`]);
    expect(dropped.success, dropped.log).toBe(true);
    expect(dropped.summary).toContain(
      `primary: Service ${NAMESPACE}/cart unlabelled (not in global-services)`,
    );
    const after = await labels();
    expect(valuesOf(after)).toEqual(expected('absent'));
    const again = await run([`${NAMESPACE}/shared`]);
    expect(again.success, again.log).toBe(true);
    expect(await labels()).toEqual(after);
  });

  it('uninstall takes back every label the action set, listed in the input or not: false stays false, true set by another stays', async () => {
    const relabelled = await run([`${NAMESPACE}/cart`, `${NAMESPACE}/orders`]);
    expect(relabelled.success, relabelled.log).toBe(true);
    expect(valuesOf(await labels())).toEqual(expected('true'));

    const removed = await run([], { mode: 'uninstall' });
    expect(removed.success, removed.log).toBe(true);
    const after = await labels();
    expect(valuesOf(after)).toEqual(valuesOf(original));
    for (const cluster of CLUSTERS) {
      expect(after[`${cluster}/orders`]?.version).toBe(original[`${cluster}/orders`]?.version);
      expect(after[`${cluster}/shared`]?.version).toBe(original[`${cluster}/shared`]?.version);
      const cart = await core(cluster).readNamespacedService({ namespace: NAMESPACE, name: 'cart' });
      const managers = (cart.metadata?.managedFields ?? []).map((f) => f.manager);
      expect(managers).toEqual([OTHER_MANAGER]);
    }
    const again = await run([], { mode: 'uninstall' });
    expect(again.success, again.log).toBe(true);
    expect(await labels()).toEqual(after);
  });
});
