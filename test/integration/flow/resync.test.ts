import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import { core, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import {
  diffSnapshots,
  installControlPlane,
  resetPrimaryRegistrations,
  resetRemote,
  rolloutRestart,
  snapshot,
  snapshotClusters,
} from '../support/cluster-state.js';

const NS = 'istio-system';
const REMOTES = ['remote-1', 'remote-2'];

/** Restarts pilot as `kubectl rollout restart` does; its new pod has a new IP (istio/istio#4822). */
async function restartPilot(): Promise<{ before: string; after: string }> {
  const ips = await rolloutRestart('primary', NS, 'istio=pilot');
  expect(ips.after).not.toBe(ips.before);
  return ips;
}

/** A client built from the kubeconfig registered for a remote on the primary. */
async function registeredKubeconfig(remote: string): Promise<string> {
  const secret = await core('primary').readNamespacedSecret({ namespace: NS, name: remote });
  return Buffer.from(secret.data?.[remote] ?? '', 'base64').toString('utf8');
}

async function registeredClient(remote: string): Promise<k8s.CoreV1Api> {
  const config = new k8s.KubeConfig();
  config.loadFromString(await registeredKubeconfig(remote));
  return config.makeApiClient(k8s.CoreV1Api);
}

async function waitForStatus(call: () => Promise<unknown>, status: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      await call();
    } catch (error: unknown) {
      if (error instanceof k8s.ApiException && error.code === status) return;
      throw error;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the call was not refused with HTTP ${status} within 60 s`);
}

async function mesh(remote: string): Promise<string> {
  return (await core(remote).readNamespacedConfigMap({ namespace: NS, name: 'istio' })).data?.mesh ?? '';
}

describe('mode: resync repairs remotes after a control-plane restart', () => {
  let harness: ActionHarness;

  beforeAll(async () => {
    await installControlPlane();
    await Promise.all(REMOTES.map((r) => resetRemote(r)));
    await resetPrimaryRegistrations();
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('re-applies only the remote that carries the old pilot address, then reports changed=false', async () => {
    const first = await harness.run(testbedInputs(['remote-1']));
    expect(first.success, first.log).toBe(true);
    const { before, after } = await restartPilot();
    expect(await mesh('remote-1')).toContain(`discoveryAddress: ${before}:15007`);
    const second = await harness.run(testbedInputs(['remote-2']));
    expect(second.success, second.log).toBe(true);
    expect(await mesh('remote-2')).toContain(`discoveryAddress: ${after}:15007`);

    const remote2Before = await snapshot('remote-2');
    const resync = await harness.run(testbedInputs(REMOTES, { mode: 'resync' }));
    expect(resync.success, resync.log).toBe(true);
    expect(resync.outputs.changed).toBe('true');
    const drifted = JSON.parse(resync.outputs['drifted-remotes'] ?? '[]') as {
      remote: string;
      reasons: string[];
    }[];
    expect(drifted.map((d) => d.remote)).toEqual(['remote-1']);
    expect(drifted[0]?.reasons.join(' ')).toContain(`pilot ${before} -> ${after}`);
    expect(await mesh('remote-1')).toContain(`discoveryAddress: ${after}:15007`);
    expect(diffSnapshots(remote2Before, await snapshot('remote-2'))).toEqual([]);
    expect(resync.summary).toMatch(/remote-2: in sync, nothing written/);
    expect(resync.summary).toMatch(/remote-1: applied .*repaired: addresses moved/);

    const quiet = await snapshotClusters();
    const again = await harness.run(testbedInputs(REMOTES, { mode: 'resync' }));
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');
    expect(again.outputs['drifted-remotes']).toBe('[]');
    expect(diffSnapshots(quiet, await snapshotClusters())).toEqual([]);
  });

  it('repairs a registration whose token Secret was deleted on the remote', async () => {
    const tokens = await core('remote-1').listNamespacedSecret({
      namespace: NS,
      labelSelector: 'app.kubernetes.io/managed-by=istio-multicluster-action',
    });
    expect(tokens.items).toHaveLength(1);
    const tokenSecret = tokens.items[0]?.metadata?.name ?? '';
    await core('remote-1').deleteNamespacedSecret({ namespace: NS, name: tokenSecret });
    // The API server notices the deleted Secret through its cache: wait until the token is refused.
    await waitForStatus(
      async () => (await registeredClient('remote-1')).listNamespacedPod({ namespace: NS }),
      401,
    );

    const resync = await harness.run(testbedInputs(REMOTES, { mode: 'resync' }));
    expect(resync.success, resync.log).toBe(true);
    expect(resync.outputs.changed).toBe('true');
    const drifted = JSON.parse(resync.outputs['drifted-remotes'] ?? '[]') as {
      remote: string;
      reasons: string[];
    }[];
    expect(drifted).toEqual([
      {
        remote: 'remote-1',
        reasons: [expect.stringMatching(new RegExp(`token Secret ${tokenSecret} was missing`))],
      },
    ]);
    const pods = await (await registeredClient('remote-1')).listNamespacedPod({ namespace: NS });
    expect(pods.items.length).toBeGreaterThan(0);
  });
});
