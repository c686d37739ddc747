// Pruning: objects the action applied for a release that the chart no longer renders are planned for
// deletion by render and deleted by install (here the sidecar injector of the stand-in 1.0 chart,
// switched off with sidecar-injector: false); objects others created are never pruned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import { kubeConfig, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import {
  diffSnapshots,
  installControlPlane,
  resetPrimaryRegistrations,
  resetRemote,
  snapshotClusters,
} from '../support/cluster-state.js';

const REMOTE = 'remote-1';

async function injectorWebhooks(): Promise<string[]> {
  const api = kubeConfig(REMOTE).makeApiClient(k8s.AdmissionregistrationV1Api);
  const list = await api.listMutatingWebhookConfiguration();
  return list.items.map((w) => w.metadata?.name ?? '').filter((name) => name.includes('sidecar-injector'));
}

describe('pruning what the chart no longer renders', () => {
  let harness: ActionHarness;

  beforeAll(async () => {
    await installControlPlane();
    await resetRemote(REMOTE);
    await resetPrimaryRegistrations();
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    await resetRemote(REMOTE);
    await resetPrimaryRegistrations();
  });

  it('render plans the injector webhook for pruning after sidecar-injector: false, install deletes it, a second install changes nothing', async () => {
    const first = await harness.run(testbedInputs([REMOTE], { 'sidecar-injector': 'true' }));
    expect(first.success, first.log).toBe(true);
    const webhooks = await injectorWebhooks();
    expect(webhooks).toHaveLength(1);

    const before = await snapshotClusters();
    const render = await harness.run(
      testbedInputs([REMOTE], { 'sidecar-injector': 'false', mode: 'render' }),
    );
    expect(render.success, render.log).toBe(true);
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
    const plan = JSON.parse(render.outputs.plan ?? '{}') as Record<string, { prune: string[] }>;
    expect(plan[REMOTE]?.prune).toContain(`MutatingWebhookConfiguration ${webhooks[0] ?? ''}`);

    const off = await harness.run(testbedInputs([REMOTE], { 'sidecar-injector': 'false' }));
    expect(off.success, off.log).toBe(true);
    expect(off.outputs.changed).toBe('true');
    expect(await injectorWebhooks()).toEqual([]);

    const quiet = await snapshotClusters();
    const again = await harness.run(testbedInputs([REMOTE], { 'sidecar-injector': 'false' }));
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');
    expect(diffSnapshots(quiet, await snapshotClusters())).toEqual([]);
  });
});
