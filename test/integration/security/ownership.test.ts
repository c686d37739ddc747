// Ownership with the real charts and the real istiod: an Istio the user installed with helm under
// Istio's documented release names is never taken over (kubectl and helm methods), `adopt: true`
// takes it over and records it, uninstall never deletes what existed before the action, and a second
// install of the action on the same cluster (another istio-namespace) neither takes nor deletes the
// first one's objects.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  core,
  kubeConfig,
  startHarness,
  testbedInputs,
  testbedState,
  type ActionHarness,
} from '../support/action.js';
import { diffSnapshots, resetRemote, snapshot, snapshotClusters } from '../support/cluster-state.js';
import { NS, realChartRuns, setUpRealIstio, tearDownRealIstio, waitSynced } from '../support/real-istio.js';
import { istioModuleDir } from '../../testbed/istio-module.js';
import { waitFor } from '../../testbed/wait.js';
import { TESTBED_HELM_VERSIONS } from '../../support/release-mirror.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';

const REMOTES = ['remote-1', 'remote-2'];
const USERS = 'remote-1';
const CRD = 'virtualservices.networking.istio.io';
const OTHER_NS = 'istio-second';

function helm(cluster: string, args: readonly string[]): string {
  const state = testbedState();
  const kubeconfig = state.clusters.find((c) => c.name === cluster)?.kubeconfigPath ?? '';
  return execFileSync(state.binaries.helm, [...args, `--kubeconfig=${kubeconfig}`], { encoding: 'utf8' });
}

/** The user's own Istio base, installed as istio.io's helm procedure does. */
function userInstallsBase(cluster: string): void {
  const chart = join(istioModuleDir(), 'manifests', 'charts', 'base');
  helm(cluster, ['install', 'istio-base', chart, `--namespace=${NS}`, '--create-namespace']);
}

/**
 * Waits until the API server has accepted every CRD's names and established it: it writes those
 * conditions a moment after the install, and a snapshot taken before would count them as writes.
 */
async function crdsEstablished(cluster: string): Promise<void> {
  const api = kubeConfig(cluster).makeApiClient(k8s.ApiextensionsV1Api);
  const settled = (crd: k8s.V1CustomResourceDefinition) =>
    ['NamesAccepted', 'Established'].every((type) =>
      crd.status?.conditions?.some((c) => c.type === type && c.status === 'True'),
    );
  await waitFor(
    `the CRDs on ${cluster} to be established`,
    async () => ((await api.listCustomResourceDefinition()).items.every(settled) ? true : undefined),
    { timeoutMs: 60_000, intervalMs: 100 },
  );
}

async function crdAnnotations(cluster: string): Promise<Record<string, string>> {
  const api = kubeConfig(cluster).makeApiClient(k8s.ApiextensionsV1Api);
  return (await api.readCustomResourceDefinition({ name: CRD })).metadata?.annotations ?? {};
}

interface Failed {
  remote: string;
  stage: string;
  message: string;
}

describe('ownership: what the action did not create it never takes over or deletes', () => {
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
    userInstallsBase(USERS);
    await crdsEstablished(USERS);
    harness = await startHarness();
  });

  afterAll(async () => {
    console.log(`ownership timings (s): ${JSON.stringify(timings)}`);
    await harness?.close();
    await resetRemote('remote-2', OTHER_NS);
    // Gone before the next file takes its snapshots.
    await deleteNamespaceAndWait(kubeConfig('primary'), OTHER_NS);
    await deleteNamespaceAndWait(kubeConfig('remote-2'), 'second-apps');
    await tearDownRealIstio(REMOTES);
  });

  it('a user-installed Istio is refused, untouched, with kubectl and with helm; the other remote is installed and synced', async () => {
    const before = await snapshot(USERS);
    const refused = await run("install over a user's istio-base");
    expect(refused.success).toBe(false);
    const failed = JSON.parse(refused.outputs['failed-remotes'] ?? '[]') as Failed[];
    expect(failed.map((f) => [f.remote, f.stage])).toEqual([[USERS, 'remote-install']]);
    expect(refused.log).toContain('exist already and were not created by this action');
    expect(refused.log).toContain(`CustomResourceDefinition ${CRD} (helm release ${NS}/istio-base`);
    expect(refused.log).toContain('set adopt: true');
    expect(diffSnapshots(before, await snapshot(USERS))).toEqual([]);
    await waitSynced(['remote-2']);

    for (const helmVersion of Object.values(TESTBED_HELM_VERSIONS)) {
      const helmRefused = await harness.run(
        testbedInputs([USERS], {
          profile: 'istio-current',
          chart: 'manifests/charts',
          'install-method': 'helm',
          'helm-version': helmVersion,
        }),
        { workspace: istioModuleDir() },
      );
      expect(helmRefused.success, helmVersion).toBe(false);
      expect(helmRefused.log).toContain(
        `helm release ${NS}/istio-base (installed with helm by someone else)`,
      );
      expect(diffSnapshots(before, await snapshot(USERS))).toEqual([]);
    }

    // render and resync name the same objects and write nothing; uninstall leaves the user's Istio.
    const alone = (extra: Record<string, string>) =>
      harness.run(testbedInputs([USERS], { profile: 'istio-current', chart: 'manifests/charts', ...extra }), {
        workspace: istioModuleDir(),
      });
    for (const mode of ['render', 'resync']) {
      const other = await alone({ mode });
      expect(other.success, `${mode}: ${other.log}`).toBe(false);
      expect(other.log).toContain(`CustomResourceDefinition ${CRD} (helm release ${NS}/istio-base`);
    }
    const uninstalled = await alone({ mode: 'uninstall' });
    expect(uninstalled.success, uninstalled.log).toBe(true);
    expect(uninstalled.log).toContain(
      'helm release istio-base exists in istio-system; if the action installed it (install-method: helm)',
    );
    expect(diffSnapshots(before, await snapshot(USERS))).toEqual([]);
    expect(helm(USERS, ['history', 'istio-base', `--namespace=${NS}`, '--output=json'])).toMatch(
      /^\[\{"revision":1,[^\]]*\]\s*$/,
    );
  });

  it('adopt: true takes the user objects over and records them as adopted; uninstall keeps them', async () => {
    const adopted = await run('install with adopt', { adopt: 'true' });
    expect(adopted.success, adopted.log).toBe(true);
    await waitSynced(REMOTES);
    expect(await crdAnnotations(USERS)).toMatchObject({
      'istio-multicluster-action/adopted-by': `${NS}/istio-base`,
    });
    expect(await crdAnnotations('remote-2')).toMatchObject({
      'istio-multicluster-action/created-by': `${NS}/istio-base`,
    });

    const again = await run('install with adopt, again', { adopt: 'true' });
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');

    const removed = await run('uninstall', { mode: 'uninstall' });
    expect(removed.success, removed.log).toBe(true);
    expect(removed.log).toContain('they existed before the action (adopted), so it does not delete them');
    // The user's CRD (adopted) stays; the one the action created on remote-2 is gone.
    expect((await crdAnnotations(USERS))['istio-multicluster-action/adopted-by']).toBe(`${NS}/istio-base`);
    await expect(crdAnnotations('remote-2')).rejects.toThrow();
  });

  it('a second install on one cluster (another istio-namespace) leaves the first install alone, at install and at uninstall', async () => {
    // remote-1 still has the user's istio-base (its CRDs carry helm's keep policy), adopted again.
    const first = await run('first install', { adopt: 'true' });
    expect(first.success, first.log).toBe(true);
    await waitSynced(REMOTES);
    // The second mesh's namespace on the primary, where its registrations go.
    await core('primary').createNamespace({ body: { metadata: { name: OTHER_NS } } });
    const firstObjects = await snapshotClusters();

    const pilot = first.outputs['pilot-pod-ip'] ?? '';
    const second = await harness.run(
      {
        ...secondInstallInputs(),
        'endpoint-mode': 'explicit',
        'pilot-address': pilot,
      },
      { workspace: istioModuleDir() },
    );
    expect(second.success, second.log).toBe(true);
    expect(second.log).toContain(
      'another install of this action (another istio-namespace or release) created them',
    );
    const afterSecond = await snapshotClusters();
    // Only additions (the second install's own objects); nothing of the first changed or went.
    expect(diffSnapshots(firstObjects, afterSecond).filter((c) => !c.startsWith('added '))).toEqual([]);

    const removed = await harness.run(
      { ...secondInstallInputs(), 'endpoint-mode': 'explicit', 'pilot-address': pilot, mode: 'uninstall' },
      { workspace: istioModuleDir() },
    );
    expect(removed.success, removed.log).toBe(true);
    expect(
      diffSnapshots(firstObjects, await snapshotClusters()).filter((c) => !c.startsWith('added ')),
    ).toEqual([]);
    await waitSynced(REMOTES);
  });
});

function secondInstallInputs(): Record<string, string> {
  return testbedInputs(['remote-2'], {
    profile: 'istio-current',
    chart: 'manifests/charts',
    'istio-namespace': OTHER_NS,
    // One namespace cannot be injected by two meshes: the second mesh injects its own.
    'injection-namespaces': 'second-apps',
    // No istiod of the second mesh runs (the testbed's real istiod serves istio-system): nothing to verify.
    verify: 'false',
  });
}
