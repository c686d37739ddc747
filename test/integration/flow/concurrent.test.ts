// Runs at the same time against one primary (real charts, real istiod), as the shard matrix of
// examples/fleet.yml starts them: disjoint shards end in exactly the state one run over every remote
// leaves; two runs over the same remotes end with one token Secret and one registration per remote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { startHarness, testbedInputs, type ActionHarness, type ActionRun } from '../support/action.js';
import { NS, setUpRealIstio, tearDownRealIstio, waitSynced } from '../support/real-istio.js';
import { binaries, clusterByName } from '../support/testbed.js';
import { istioModuleDir } from '../../testbed/istio-module.js';

const REMOTES = ['remote-1', 'remote-2'];
const RELEASE_LABEL = 'istio-multicluster-action/release';

function getJson(cluster: string, args: readonly string[]): { items: Record<string, unknown>[] } {
  const out = execFileSync(
    binaries.kubectl,
    [`--kubeconfig=${clusterByName(cluster).kubeconfigPath}`, 'get', ...args, '--output=json'],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  return JSON.parse(out) as { items: Record<string, unknown>[] };
}

interface Meta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

const metaOf = (item: Record<string, unknown>): Meta => item.metadata as Meta;

/** What a run leaves, without what the API server stamps (versions, UIDs, times) or token bytes. */
function fleetState(): unknown {
  const registrations = getJson('primary', [
    'secrets',
    `--namespace=${NS}`,
    '--selector=istio/multiCluster=true',
  ]).items.map((item) => {
    const meta = metaOf(item);
    return {
      name: meta.name,
      labels: meta.labels,
      annotations: meta.annotations,
      keys: Object.keys((item.data as Record<string, string> | undefined) ?? {}),
    };
  });
  const remotes = Object.fromEntries(
    REMOTES.map((remote) => {
      const kinds =
        'serviceaccounts,configmaps,services,endpointslices,clusterroles,clusterrolebindings,roles,rolebindings,mutatingwebhookconfigurations,validatingwebhookconfigurations,customresourcedefinitions';
      // EndpointSlices the controller mirrors from a labelled Service carry the label too, under a random name.
      const objects = getJson(remote, [
        kinds,
        '--all-namespaces',
        `--selector=${RELEASE_LABEL},endpointslice.kubernetes.io/managed-by!=endpointslice-controller.k8s.io`,
      ])
        .items.map((item) => {
          const meta = metaOf(item);
          return `${String(item.kind)}/${meta.namespace ?? ''}/${meta.name} ${meta.annotations?.['istio-multicluster-action/values-hash'] ?? ''}`;
        })
        .sort();
      return [remote, { objects, tokenSecrets: tokenSecrets(remote) }];
    }),
  );
  return { registrations: registrations.sort((a, b) => a.name.localeCompare(b.name)), remotes };
}

/** Token Secrets of the reader account on a remote (the action creates one; a race must not make two). */
function tokenSecrets(remote: string): string[] {
  return getJson(remote, [
    'secrets',
    `--namespace=${NS}`,
    '--field-selector=type=kubernetes.io/service-account-token',
  ])
    .items.filter(
      (item) =>
        metaOf(item).annotations?.['kubernetes.io/service-account.name'] === 'istio-reader-service-account',
    )
    .map((item) => metaOf(item).name)
    .sort();
}

describe('concurrent runs against one primary (real charts, real istiod)', () => {
  let harness: ActionHarness;
  const run = (remotes: readonly string[], extra: Record<string, string> = {}): Promise<ActionRun> =>
    harness.run(testbedInputs(remotes, { profile: 'istio-current', chart: 'manifests/charts', ...extra }), {
      workspace: istioModuleDir(),
    });
  const expectSuccess = (runs: readonly ActionRun[]): void => {
    for (const r of runs) expect(r.success, r.log).toBe(true);
  };

  beforeAll(async () => {
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
    // Warm the tool cache, so the runs below race on the clusters, not on the download.
    expectSuccess([await run(REMOTES, { mode: 'render' })]);
  });

  afterAll(async () => {
    await harness?.close();
    await tearDownRealIstio(REMOTES);
  });

  it('two shards at the same time both succeed and leave exactly the state one run over all remotes leaves', async () => {
    expectSuccess(await Promise.all([run(['remote-1']), run(['remote-2'])]));
    await waitSynced(REMOTES);
    const sharded = fleetState();
    expectSuccess([await run(REMOTES, { mode: 'uninstall' })]);
    expectSuccess([await run(REMOTES)]);
    await waitSynced(REMOTES);
    expect(sharded).toEqual(fleetState());
  });

  it('two runs over the same remotes at the same time: no error, one token Secret and one registration per remote', async () => {
    expectSuccess([await run(REMOTES, { mode: 'uninstall' })]);
    expectSuccess(await Promise.all([run(REMOTES), run(REMOTES)]));
    const state = fleetState() as {
      registrations: { name: string }[];
      remotes: Record<string, { tokenSecrets: string[] }>;
    };
    expect(state.registrations.map((r) => r.name)).toEqual(REMOTES.map((r) => `istio-remote-secret-${r}`));
    for (const remote of REMOTES) expect(state.remotes[remote]?.tokenSecrets).toHaveLength(1);
    await waitSynced(REMOTES);
  });
});
