// Fleet-grade runs with the real charts and a real istiod: a remote that fails at any stage is
// recorded and left out while the others are installed and registered; render asks each API server
// for a plan; resync sees hand edits and re-created registrations as drift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { core, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import { diffSnapshots, snapshotClusters } from '../support/cluster-state.js';
import { NS, setUpRealIstio, tearDownRealIstio, waitSynced } from '../support/real-istio.js';
import { clusterByName, binaries } from '../support/testbed.js';
import { istioModuleDir } from '../../testbed/istio-module.js';

const REMOTES = ['remote-1', 'remote-2'];
const POLICY = 'deny-istio-configmap';

function kubectl(cluster: string, args: readonly string[], input?: string): string {
  return execFileSync(binaries.kubectl, [`--kubeconfig=${clusterByName(cluster).kubeconfigPath}`, ...args], {
    input,
    encoding: 'utf8',
  });
}

/**
 * A ValidatingAdmissionPolicy on remote-2 that refuses the istiod chart's `values` ConfigMap: preflight passes (the
 * credentials have every right), and the remote-install stage fails there, as a real admission
 * controller (OPA, Kyverno) refusing an object would make it fail.
 */
function refuseIstioConfigMap(cluster: string): void {
  const policy = {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name: POLICY },
    spec: {
      failurePolicy: 'Fail',
      matchConstraints: {
        resourceRules: [
          {
            apiGroups: [''],
            apiVersions: ['v1'],
            operations: ['CREATE', 'UPDATE'],
            resources: ['configmaps'],
          },
        ],
      },
      validations: [
        {
          expression: "object.metadata.name != 'values'",
          message: 'the values ConfigMap is refused by policy',
        },
      ],
    },
  };
  const binding = {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: { name: POLICY },
    spec: { policyName: POLICY, validationActions: ['Deny'] },
  };
  kubectl(
    cluster,
    ['apply', '--filename=-'],
    JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [policy, binding] }),
  );
  // The API server takes a moment to compile a new policy: wait until it refuses (dry run, no write).
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      kubectl(cluster, ['create', 'configmap', 'values', '--namespace=default', '--dry-run=server']);
    } catch {
      return;
    }
    if (Date.now() > deadline)
      throw new Error(`the policy ${POLICY} was not in force on ${cluster} within 30 s`);
    execFileSync('sleep', ['0.5']);
  }
}

function allowIstioConfigMap(cluster: string): void {
  kubectl(cluster, [
    'delete',
    '--ignore-not-found',
    `validatingadmissionpolicybinding/${POLICY}`,
    `validatingadmissionpolicy/${POLICY}`,
  ]);
}

async function registrationNames(): Promise<string[]> {
  const secrets = await core('primary').listNamespacedSecret({
    namespace: NS,
    labelSelector: 'istio/multiCluster=true',
  });
  return secrets.items.map((s) => s.metadata?.name ?? '').sort();
}

interface Failure {
  remote: string;
  stage: string;
  message: string;
}

describe('fleet-grade runs (real charts, real istiod)', () => {
  let harness: ActionHarness;
  let pilot = '';
  let sliceName = '';
  const inputs = (extra: Record<string, string> = {}): Record<string, string> =>
    testbedInputs(REMOTES, { profile: 'istio-current', chart: 'manifests/charts', ...extra });
  /** A resync that repairs something: it succeeds, reports changed=true, and returns drifted-remotes. */
  const repairingResync = async (): Promise<{ remote: string; reasons: string[] }[]> => {
    const resync = await run({ mode: 'resync' });
    expect(resync.success, resync.log).toBe(true);
    expect(resync.outputs.changed).toBe('true');
    return JSON.parse(resync.outputs['drifted-remotes'] ?? '[]') as { remote: string; reasons: string[] }[];
  };
  const run = (extra: Record<string, string> = {}) =>
    harness.run(inputs(extra), { workspace: istioModuleDir() });

  beforeAll(async () => {
    pilot = await setUpRealIstio(REMOTES);
    harness = await startHarness();
  });

  afterAll(async () => {
    allowIstioConfigMap('remote-2');
    await harness?.close();
    await tearDownRealIstio(REMOTES);
  });

  it('a remote refused at remote-install is left out; the other is installed, registered and synced; the run fails at the end', async () => {
    refuseIstioConfigMap('remote-2');
    const result = await run();
    expect(result.success).toBe(false);
    const outcomes = Object.fromEntries(result.steps.map((s) => [s.id, s.outcome]));
    expect(outcomes).toMatchObject({
      'remote-install': 'success',
      'remote-kubeconfig': 'success',
      register: 'success',
      summary: 'failure',
    });
    const failed = JSON.parse(result.outputs['failed-remotes'] ?? '[]') as Failure[];
    expect(failed.map((f) => [f.remote, f.stage])).toEqual([['remote-2', 'remote-install']]);
    expect(failed[0]?.message).toMatch(
      /\[remote-install\] cluster "remote-2": .*the values ConfigMap is refused by policy/,
    );
    expect(result.outputs.changed).toBe('true');
    expect(JSON.parse(result.outputs['secret-names'] ?? '[]')).toEqual(['istio-remote-secret-remote-1']);
    expect(await registrationNames()).toEqual(['istio-remote-secret-remote-1']);
    await waitSynced(['remote-1']);
    expect(result.log).toMatch(/::error::remote "remote-2" left out of the rest of the run/);
    expect(result.summary).toContain('| remote | outcome | failed at | detail |');
    expect(result.summary).toMatch(/\| remote-1 \| changed \| {2}\|/);
    expect(result.summary).toMatch(/\| remote-2 \| failed \| remote-install \| .*refused by policy/);
    expect(result.log).toMatch(/2 remote\(s\) failed|1 of 2 remote\(s\) failed/);
    // Once the policy is gone, a rerun finishes the fleet.
    allowIstioConfigMap('remote-2');
    const rerun = await run();
    expect(rerun.success, rerun.log).toBe(true);
    expect(JSON.parse(rerun.outputs['failed-remotes'] ?? '[]')).toEqual([]);
    expect(await registrationNames()).toEqual(REMOTES.map((r) => `istio-remote-secret-${r}`));
    await waitSynced(REMOTES);
  });

  it('render asks the API servers: a hand edit shows as a change with its field path, nothing is written', async () => {
    const slice = JSON.parse(
      kubectl('remote-1', ['get', 'endpointslices', `--namespace=${NS}`, '--output=json']),
    ) as { items: { metadata: { name: string; labels?: Record<string, string> } }[] };
    sliceName = slice.items.find((item) => item.metadata.name.startsWith('istiod'))?.metadata.name ?? '';
    expect(sliceName).not.toBe('');
    // Someone points remote-1's istiod endpoint elsewhere by hand (another field manager).
    kubectl('remote-1', [
      'patch',
      `endpointslice/${sliceName}`,
      `--namespace=${NS}`,
      '--type=json',
      '--field-manager=someone',
      '--patch=[{"op":"replace","path":"/endpoints/0/addresses/0","value":"203.0.113.9"}]',
    ]);
    const before = await snapshotClusters();
    const render = await run({ mode: 'render' });
    expect(render.success, render.log).toBe(true);
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
    const plan = JSON.parse(render.outputs.plan ?? '{}') as Record<
      string,
      {
        create: string[];
        change: { object: string; fields: string[] }[];
        prune: string[];
        unchanged: number;
        registration: string;
      }
    >;
    expect(Object.keys(plan)).toEqual(REMOTES);
    expect(plan['remote-1']?.change).toEqual([
      { object: `EndpointSlice ${NS}/${sliceName}`, fields: ['endpoints[0].addresses[0]'] },
    ]);
    expect(plan['remote-2']?.change).toEqual([]);
    expect(render.summary).toContain('### Plan (nothing was written)');
    expect(render.summary).toMatch(/\| remote-1 \| 0 \| 1 \| 0 \| \d+ \| unchanged \| EndpointSlice /);
    for (const remote of REMOTES) {
      expect(plan[remote]?.create).toEqual([]);
      expect(plan[remote]?.prune).toEqual([]);
      expect(plan[remote]?.unchanged).toBeGreaterThan(25);
      expect(plan[remote]?.registration).toBe('unchanged');
    }
  });

  it('resync moves the hand edit back and reports its field path; a second resync writes nothing', async () => {
    const drifted = await repairingResync();
    expect(drifted).toEqual([
      {
        remote: 'remote-1',
        reasons: [`changed on the cluster: EndpointSlice ${NS}/${sliceName} (endpoints[0].addresses[0])`],
      },
    ]);
    const repaired = kubectl('remote-1', [
      'get',
      `endpointslice/${sliceName}`,
      `--namespace=${NS}`,
      '--output=json',
    ]);
    expect(repaired).not.toContain('203.0.113.9');
    expect(repaired).toContain(pilot);
    const quiet = await snapshotClusters();
    const again = await run({ mode: 'resync' });
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');
    expect(diffSnapshots(quiet, await snapshotClusters())).toEqual([]);
  });

  it('a registration deleted by hand is re-created by resync and reported as a change', async () => {
    await core('primary').deleteNamespacedSecret({ namespace: NS, name: 'istio-remote-secret-remote-2' });
    const drifted = await repairingResync();
    expect(drifted).toEqual([
      {
        remote: 'remote-2',
        reasons: [
          'the registration istio-remote-secret-remote-2 was missing on the primary and was created again',
        ],
      },
    ]);
    expect(await registrationNames()).toEqual(REMOTES.map((r) => `istio-remote-secret-${r}`));
    await waitSynced(REMOTES);
  });

  it('an unreachable remote is left out at preflight; the run over the other still happens', async () => {
    const unreachable = testbedInputs(REMOTES, { profile: 'istio-current', chart: 'manifests/charts' });
    unreachable['remote-kubeconfigs'] = (unreachable['remote-kubeconfigs'] ?? '').replace(
      clusterByName('remote-2').apiServer ?? '',
      'https://127.0.0.1:1',
    );
    const result = await harness.run(unreachable, { workspace: istioModuleDir() });
    expect(result.success).toBe(false);
    const failed = JSON.parse(result.outputs['failed-remotes'] ?? '[]') as Failure[];
    expect(failed.map((f) => [f.remote, f.stage])).toEqual([['remote-2', 'preflight']]);
    expect(failed[0]?.message).toMatch(/cluster "remote-2" \(remote\) is not reachable/);
    expect(result.steps.find((s) => s.id === 'register')?.outcome).toBe('success');
    expect(result.outputs.changed).toBe('false');
  });

  it('version gate: preflight refuses an istiod whose release does not support the clusters, before any write', async () => {
    const deployment = JSON.parse(
      kubectl('primary', [
        'get',
        'deployments',
        `--namespace=${NS}`,
        '--selector=app=istiod',
        '--output=json',
      ]),
    ) as { items: { metadata: { name: string; labels: Record<string, string> } }[] };
    const istiod = deployment.items[0]?.metadata;
    expect(istiod?.name).toBeTruthy();
    const original = istiod?.labels['app.kubernetes.io/version'] ?? '';
    const label = (value: string): string =>
      kubectl('primary', [
        'label',
        '--overwrite',
        `--namespace=${NS}`,
        `deployment/${istiod?.name ?? ''}`,
        `app.kubernetes.io/version=${value}`,
      ]);
    label('1.29.3');
    try {
      const before = await snapshotClusters();
      const refused = await run({ mode: 'install' });
      expect(refused.success).toBe(false);
      expect(refused.steps.find((s) => s.id === 'preflight')?.outcome).toBe('failure');
      expect(refused.log).toMatch(
        /cluster "primary": Istio 1\.29 supports Kubernetes 1\.31 to 1\.35, and the cluster runs 1\.36\. Fix: upgrade istiod/,
      );
      expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
    } finally {
      label(original);
    }
    // The testbed's istiod is a development build of the module: the gate notes it and lets it run.
    const render = await run({ mode: 'render' });
    expect(render.success, render.log).toBe(true);
    expect(render.log).toMatch(/version gate: istiod reports .*development build/);
  });
});
