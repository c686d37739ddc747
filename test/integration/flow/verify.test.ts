// The verify step against the real istiod: kwok runs the istiod pod on primary, and its port 15014 is
// forwarded (kwok ClusterPortForward) to the real istiod's monitoring listener, so the action reads
// /debug/clusterz through the API server's pod port-forward as it would on a real cluster. One
// install is shared by every check.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { core, kubeConfig, startHarness, type ActionHarness } from '../support/action.js';
import { diffSnapshots, snapshotClusters } from '../support/cluster-state.js';
import { NS, realChartRuns, setUpRealIstio, tearDownRealIstio, waitSynced } from '../support/real-istio.js';
import { clusterz, startIstiod, stopIstiod } from '../../testbed/istiod.js';
import { forwardPodTo, removePodForward } from '../../testbed/istiod-forward.js';
import { waitFor } from '../../testbed/wait.js';

const REMOTES = ['remote-1', 'remote-2'];
const READER = 'istio-reader-service-account';

interface Verified {
  status: string;
  pods: Record<string, { status: string; since: string }>;
  causes: string[];
}

const verifiedOf = (outputs: Record<string, string>) =>
  JSON.parse(outputs.verified ?? '{}') as Record<string, Verified>;

/** The kubeconfig registered for `remote` on primary (its data, base64 as stored). */
async function registeredKubeconfig(remote: string): Promise<string> {
  const secret = await core('primary').readNamespacedSecret({
    namespace: NS,
    name: `istio-remote-secret-${remote}`,
  });
  return secret.data?.[remote] ?? '';
}

async function istiodPods(): Promise<string[]> {
  const pods = await core('primary').listNamespacedPod({ namespace: NS, labelSelector: 'app=istiod' });
  return pods.items
    .filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp)
    .map((p) => p.metadata?.name ?? '')
    .sort();
}

async function scaleIstiod(replicas: number): Promise<string[]> {
  await kubeConfig('primary')
    .makeApiClient(k8s.AppsV1Api)
    .patchNamespacedDeploymentScale(
      { name: 'istiod', namespace: NS, body: { spec: { replicas } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
  return waitFor(
    `${replicas} Running istiod pod(s) on primary`,
    async () => {
      const pods = await istiodPods();
      const all = await core('primary').listNamespacedPod({ namespace: NS, labelSelector: 'app=istiod' });
      return pods.length === replicas && all.items.length === replicas ? pods : undefined;
    },
    { timeoutMs: 60_000 },
  );
}

describe('verify: every istiod asked through a port-forward whether it synced every remote', () => {
  let harness: ActionHarness;
  const timings: Record<string, number> = {};
  const run = realChartRuns(
    () => harness,
    REMOTES,
    () => ({}),
    timings,
  );

  beforeAll(async () => {
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
  });

  afterAll(async () => {
    console.log(`verify timings (s): ${JSON.stringify(timings)}`);
    await harness?.close();
    await tearDownRealIstio(REMOTES);
  });

  it('install verifies: both remotes synced by the istiod pod, in the output and the summary table', async () => {
    const installed = await run('install');
    expect(installed.success, installed.log).toBe(true);
    const verified = verifiedOf(installed.outputs);
    const [pod] = await istiodPods();
    for (const remote of REMOTES) {
      expect(verified[remote]?.status, installed.log).toBe('synced');
      expect(verified[remote]?.pods[`primary/${pod}`]?.status).toBe('synced');
      expect(Date.parse(verified[remote]?.pods[`primary/${pod}`]?.since ?? '')).not.toBeNaN();
    }
    const summary = installed.summary || installed.log;
    expect(summary).toContain('| remote | istiod sync | istiod pods | likely cause |');
    expect(summary).toMatch(/\| remote-1 \| ✅ synced \|/);
  });

  it('mode verify alone: synced, and it writes nothing to any cluster', async () => {
    await waitSynced(REMOTES);
    const before = await snapshotClusters();
    const verified = await run('verify alone', { mode: 'verify' });
    expect(verified.success, verified.log).toBe(true);
    expect(Object.values(verifiedOf(verified.outputs)).map((v) => v.status)).toEqual(['synced', 'synced']);
    expect(verified.steps.filter((s) => s.outcome !== 'skipped').map((s) => s.id)).toEqual([
      'setup-tools',
      'credentials',
      'preflight',
      'verify',
      'summary',
    ]);
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
    timings['verify step alone'] = (verified.steps.find((s) => s.id === 'verify')?.durationMs ?? 0) / 1000;
  });

  it('two istiod pods, one forwarded to a closed port: reported, not fatal', async () => {
    const pods = await scaleIstiod(2);
    const broken = pods[1] ?? '';
    await forwardPodTo('primary', NS, broken, 1); // nothing listens on port 1 of loopback
    try {
      const verified = await run('verify, one pod unreachable', { mode: 'verify' });
      expect(verified.success, verified.log).toBe(true);
      const remote1 = verifiedOf(verified.outputs)['remote-1'];
      expect(remote1?.status).toBe('synced');
      expect(remote1?.pods[`primary/${pods[0] ?? ''}`]?.status).toBe('synced');
      expect(remote1?.pods[`primary/${broken}`]?.status).toBe('unreachable');
      expect(verified.log).toContain(`istiod pod ${broken} on primary did not answer`);
    } finally {
      await removePodForward('primary', NS, broken);
      await scaleIstiod(1);
    }
  });

  it('the reader account deleted on remote-2 (its token revoked): verify fails naming remote-2 and the cause; resync registers a new token and verifies', async () => {
    const registeredBefore = await registeredKubeconfig('remote-2');
    // Deleting the account revokes every token of it. (Deleting only its token Secret revokes the token
    // too, but the Secret the action then recreates holds the same token: legacy token claims carry
    // the account's uid and the Secret's name, nothing of the Secret itself.)
    await core('remote-2').deleteNamespacedServiceAccount({ namespace: NS, name: READER });
    // istiod keeps the watches it opened; a restarted istiod (a rescheduled pod) meets the revoked token.
    await stopIstiod();
    await startIstiod();
    const failed = await run('verify, token revoked', { mode: 'verify', 'verify-timeout': '5s' });
    expect(failed.success).toBe(false);
    const verified = verifiedOf(failed.outputs);
    expect(verified['remote-1']?.status).toBe('synced');
    expect(['timeout', 'syncing']).toContain(verified['remote-2']?.status);
    expect(verified['remote-2']?.causes.join(' ')).toContain('token rejected');
    const failedRemotes = JSON.parse(failed.outputs['failed-remotes'] ?? '[]') as {
      remote: string;
      stage: string;
    }[];
    expect(failedRemotes).toEqual([expect.objectContaining({ remote: 'remote-2', stage: 'verify' })]);
    expect(failed.log).toMatch(
      /remote "remote-2" is not synced by istiod on primary \((timeout|syncing)\): .*token rejected/,
    );
    console.log(`istiod's status of remote-2 with the revoked token: ${JSON.stringify(await clusterz())}`);

    const repaired = await run('resync after token loss', { mode: 'resync' });
    expect(repaired.success, repaired.log).toBe(true);
    expect(Object.values(verifiedOf(repaired.outputs)).map((v) => v.status)).toEqual(['synced', 'synced']);
    expect(await registeredKubeconfig('remote-2')).not.toBe(registeredBefore);
  });
});
