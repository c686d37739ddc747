// Every way users get the real charts (a release's manifests/charts directory, istio-version through
// a checksum-verified release mirror, a Helm chart repository), both install methods, field-for-field
// fidelity of what is applied, the registration compared with istioctl's, and the reader check,
// against the real istiod on the testbed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
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
import { resetPrimaryRegistrations, resetRemote } from '../support/cluster-state.js';
import {
  NS,
  expectServiceSeen,
  setUpRealIstio,
  tearDownRealIstio,
  waitSynced,
} from '../support/real-istio.js';
import { buildChartRepository, buildIstioReleaseMirror } from '../../support/istio-charts.js';
import { TESTBED_HELM_VERSIONS, serveDirectory, type LoopbackServer } from '../../support/release-mirror.js';
import { ensureIstioBinary, istioModuleDir, realCharts } from '../../testbed/istio-module.js';
import { currentRemoteCharts } from '../../../src/istio/profiles.js';
import { helmTemplate } from '../../../src/tools/helm-cli.js';

const REMOTES = ['remote-1', 'remote-2'];
let work = '';
/** The real charts, as a user passes them: a release's manifests/charts, relative to the workspace. */
const CHARTS = 'manifests/charts';
const READER = 'istio-reader-service-account';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every rendered leaf (path and value) that the live object must carry unchanged; empty values are dropped by the API server. */
function leaves(value: Json, path: readonly string[] = []): [string[], Json][] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, String(index)]));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [[[...path], value]];
}

function at(value: Json | undefined, path: readonly string[]): Json | undefined {
  let current: Json | undefined = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(step)] : current[step];
  }
  return current;
}

function kubectl(remote: string, args: readonly string[]): Json {
  const state = testbedState();
  const kubeconfig = state.clusters.find((c) => c.name === remote)?.kubeconfigPath ?? '';
  const out = execFileSync(state.binaries.kubectl, [`--kubeconfig=${kubeconfig}`, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as Json;
}

/** Rendered fields that differ on the live objects, as `Kind/name path: rendered != live`. */
function fieldDifferences(
  remote: string,
  manifests: readonly string[],
): { objects: number; differences: string[] } {
  const differences: string[] = [];
  let objects = 0;
  for (const [index, manifest] of manifests.entries()) {
    const path = join(work, `${remote}-rendered-${index}.yaml`);
    writeFileSync(path, manifest);
    const rendered = (yaml.loadAll(manifest) as Json[]).filter((d) => d !== null);
    const live = kubectl(remote, ['get', `--namespace=${NS}`, `--filename=${path}`, '--output=json']);
    const items = (at(live, ['items']) ?? []) as Json[];
    expect(items).toHaveLength(rendered.length);
    rendered.forEach((doc, index) => {
      objects++;
      const name = `${String(at(doc, ['kind']))}/${String(at(doc, ['metadata', 'name']))}`;
      for (const [field, value] of leaves(doc)) {
        const actual = at(items[index], field);
        if (actual !== value)
          differences.push(
            `${name} ${field.join('.')}: ${JSON.stringify(value)} != ${JSON.stringify(actual)}`,
          );
      }
    });
  }
  return { objects, differences };
}

/** What the action renders for a remote, through its own plan (the same pure function and helm). */
async function renderForRemote(remote: string, discoveryAddress: string): Promise<string[]> {
  const charts = currentRemoteCharts({
    helmPath: testbedState().binaries.helm,
    namespace: NS,
    release: 'istio-remote',
    source: { kind: 'directory', charts: { base: realCharts.base, istiod: realCharts.istiod } },
    values: [],
    remote,
    network: 'network1',
    meshId: 'mesh1',
    discoveryAddress,
  });
  return Promise.all(charts.map((chart) => helmTemplate(chart)));
}

describe('istio-current: chart sources, install methods and fidelity with the real charts and istiod', () => {
  let harness: ActionHarness;

  let repository: LoopbackServer;
  let releases: LoopbackServer;
  const inputs = (extra: Record<string, string>): Record<string, string> =>
    testbedInputs(REMOTES, { profile: 'istio-current', chart: '', ...extra });
  const runAction = (extra: Record<string, string>) =>
    harness.run(inputs(extra), { workspace: istioModuleDir() });

  beforeAll(async () => {
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
    work = mkdtempSync(join(tmpdir(), 'istio-sources-'));
    repository = await serveDirectory(
      buildChartRepository(work, testbedState().binaries.helm, ['1.0.0', '1.5.0']),
    );
    releases = await serveDirectory(buildIstioReleaseMirror(work, '1.31.0'));
  });

  afterAll(async () => {
    await harness?.close();
    await repository?.close();
    await releases?.close();
    rmSync(work, { recursive: true, force: true });
    await tearDownRealIstio(REMOTES);
  });

  // istiod lets go of the remotes first: resetting a remote istiod still watches has twice held a
  // CI run for 210 s (the CRD deletions waited on).
  const cleanRemotes = async () => {
    await resetPrimaryRegistrations();
    await waitSynced([]);
    await Promise.all(REMOTES.map((r) => resetRemote(r)));
  };

  it('chart: a release manifests/charts directory; every rendered field is live as rendered', async () => {
    const run = await runAction({ chart: CHARTS });
    expect(run.success, run.log).toBe(true);
    await waitSynced(REMOTES);
    for (const remote of REMOTES) {
      const rendered = await renderForRemote(remote, run.outputs['pilot-pod-ip'] ?? '');
      const { objects, differences } = fieldDifferences(remote, rendered);
      expect(objects).toBeGreaterThan(25);
      expect(differences).toEqual([]);
    }
    // The CRD that broke the typed apply path keeps its int-or-string schema.
    const crd = kubectl('remote-1', [
      'get',
      '--output=json',
      '--',
      'customresourcedefinition',
      'trafficextensions.extensions.istio.io',
    ]);
    expect(JSON.stringify(crd)).toContain('"x-kubernetes-int-or-string":true');
  });

  it('the registration equals the one istioctl create-remote-secret writes, except the token and the action labels', async () => {
    const istioctl = ensureIstioBinary('istioctl');
    const remote = 'remote-1';
    const kubeconfig = testbedState().clusters.find((c) => c.name === remote)?.kubeconfigPath ?? '';
    const server = kubeConfig(remote).getCurrentCluster()?.server ?? '';
    const printed = execFileSync(
      istioctl,
      [
        'create-remote-secret',
        `--kubeconfig=${kubeconfig}`,
        `--name=${remote}`,
        `--server=${server}`,
        '--create-service-account=false',
        `--istioNamespace=${NS}`,
      ],
      { encoding: 'utf8' },
    );
    try {
      const documents = yaml.loadAll(printed) as (k8s.V1Secret | null)[];
      const theirs = documents.find((d) => d?.kind === 'Secret');
      if (!theirs) throw new Error(`istioctl create-remote-secret printed no Secret:\n${printed}`);
      const ours = await core('primary').readNamespacedSecret({
        namespace: NS,
        name: `istio-remote-secret-${remote}`,
      });
      expect(ours.metadata?.name).toBe(theirs.metadata?.name);
      expect(ours.type ?? 'Opaque').toBe(theirs.type ?? 'Opaque');
      expect(ours.metadata?.annotations).toEqual(theirs.metadata?.annotations);
      expect(ours.metadata?.labels).toMatchObject(theirs.metadata?.labels ?? {});
      const theirData = theirs.stringData ?? {};
      expect(Object.keys(ours.data ?? {})).toEqual(Object.keys(theirData));
      const mine = yaml.load(Buffer.from(ours.data?.[remote] ?? '', 'base64').toString()) as Record<
        string,
        unknown
      >;
      const other = yaml.load(theirData[remote] ?? '') as Record<string, unknown>;
      const withoutToken = (config: Record<string, unknown>) => ({
        ...config,
        users: (config.users as { name: string; user: Record<string, unknown> }[]).map((u) => ({
          name: u.name,
          user: { ...u.user, token: '<token>' },
        })),
        preferences: undefined,
      });
      expect(withoutToken(mine)).toEqual(withoutToken(other));
    } finally {
      await core(remote)
        .deleteNamespacedSecret({ namespace: NS, name: `${READER}-istio-remote-secret-token` })
        .catch(() => undefined);
    }
  });

  it('a reader account bound to cluster-admin is refused with a true fix', async () => {
    const rbac = kubeConfig('remote-1').makeApiClient(k8s.RbacAuthorizationV1Api);
    const name = 'test-reader-cluster-admin';
    await rbac.createClusterRoleBinding({
      body: {
        metadata: { name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [{ kind: 'ServiceAccount', name: READER, namespace: NS }],
      },
    });
    try {
      const run = await runAction({ chart: CHARTS });
      expect(run.success).toBe(false);
      expect(run.log).toMatch(
        /\[remote-kubeconfig\] cluster "remote-1": the generated kubeconfig has more rights than a reader needs: everything \(cluster-admin\)/,
      );
      expect(run.log).toMatch(
        /has more rights than a reader needs: everything \(cluster-admin\) in every namespace \(granted even in imc-probe-[0-9a-f]{8}, which does not exist\)\. Fix:/,
      );
      expect(run.log).toContain(`grant ${NS}/${READER} these rights`);
      expect(run.log).toContain(`kubectl auth can-i --list --as=system:serviceaccount:${NS}:${READER} -n `);
    } finally {
      await rbac.deleteClusterRoleBinding({ name });
    }
  });

  it.each(['v3', 'v4'] as const)(
    'install-method helm (Helm %s): the real charts install, istiod syncs, a second run writes nothing, uninstall removes them',
    async (major) => {
      await cleanRemotes();
      const helmInputs = {
        chart: CHARTS,
        'install-method': 'helm',
        'helm-version': TESTBED_HELM_VERSIONS[major],
      };
      const run = await runAction(helmInputs);
      expect(run.success, run.log).toBe(true);
      await waitSynced(REMOTES);
      await expectServiceSeen('remote-2');
      const again = await runAction(helmInputs);
      expect(again.success, again.log).toBe(true);
      expect(again.outputs.changed).toBe('false');
      const removed = await runAction({ ...helmInputs, mode: 'uninstall' });
      expect(removed.success, removed.log).toBe(true);
      await waitSynced([]);
    },
  );

  it.each(['v3', 'v4'] as const)(
    'chart-repository (Helm %s): the version is checked against the primary istiod, and the charts install from the repository',
    async (major) => {
      await cleanRemotes();
      const helmVersion = { 'helm-version': TESTBED_HELM_VERSIONS[major] };
      const far = await harness.run(
        inputs({
          mode: 'render',
          'chart-repository': repository.url,
          'chart-version': '1.5.0',
          ...helmVersion,
        }),
      );
      expect(far.success, far.log).toBe(true);
      expect(far.log).toContain('the remote istiod chart is 1.5.0 but istiod on primary is 1.0.0');
      expect(repository.requests).toContain('/index.yaml');

      const run = await runAction({
        'chart-repository': repository.url,
        'chart-version': '1.0.0',
        ...helmVersion,
      });
      expect(run.success, run.log).toBe(true);
      expect(run.log).not.toContain('the remote istiod chart is');
      expect(repository.requests).toContain('/istiod-1.0.0.tgz');
      await waitSynced(REMOTES);
    },
  );

  it('istio-version: a release archive through a checksum-verified mirror', async () => {
    await cleanRemotes();
    const run = await runAction({ 'istio-version': '1.31.0', 'istio-mirror': releases.url });
    expect(run.success, run.log).toBe(true);
    expect(releases.requests).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/1\.31\.0\/istio-1\.31\.0-.*\.tar\.gz$/),
        expect.stringMatching(/\.sha256$/),
      ]),
    );
    await waitSynced(REMOTES);
    await expectServiceSeen('remote-1');
  });
});
