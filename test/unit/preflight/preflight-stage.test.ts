// The preflight stage through its port (src/kube/cluster-facts-port.ts) with in-memory clusters: every
// problem that can be found before a write, all at once; a problem of one remote leaves that remote
// out (a failure), a problem of the primary or of every remote stops the run.
import { describe, expect, it } from 'vitest';
import { requiredPermissions, type PermissionPlan } from '../../../src/istio/permissions.js';
import { ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import { runPreflight, type PreflightInput } from '../../../src/stages/preflight/preflight.js';
import { ProblemsError } from '../../../src/util/errors.js';
import { FakeFactsCluster } from '../fakes/facts-cluster.js';

const NS = 'istio-system';
const PLAN: PermissionPlan = {
  mode: 'install',
  istioNamespace: NS,
  injectionNamespaces: ['default'],
  installPrimary: false,
  sidecarInjector: true,
};

function mesh() {
  const primary = new FakeFactsCluster('primary', 0);
  primary.istiod = '1.30.2';
  const east = new FakeFactsCluster('east', 1);
  const west = new FakeFactsCluster('west', 2);
  return { primary, east, west };
}

function input(clusters: ReturnType<typeof mesh>, overrides: Partial<PreflightInput> = {}): PreflightInput {
  return {
    primary: clusters.primary,
    remotes: [clusters.east, clusters.west],
    helmVersion: 'v3.22.0',
    plan: PLAN,
    apiServerOverrides: {},
    profile: ISTIO_CURRENT,
    ...overrides,
  };
}

const failed = async (promise: Promise<unknown>): Promise<string> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemsError);
  return String((error as Error).message);
};

describe('preflight stage (in-memory clusters)', () => {
  it('a sound mesh: the facts of every cluster, no failure, no warning, and nothing written', async () => {
    const clusters = mesh();
    const result = await runPreflight(input(clusters));
    expect(result.failures).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.clusters.map((c) => [c.name, c.role, c.version, c.podCidrs, c.serviceCidrs])).toEqual([
      ['primary', 'primary', 'v1.36.3', ['10.10.0.0/16'], ['10.255.0.0/24']],
      ['east', 'remote', 'v1.36.3', ['10.20.0.0/16'], ['10.255.1.0/24']],
      ['west', 'remote', 'v1.36.3', ['10.30.0.0/16'], ['10.255.2.0/24']],
    ]);
    expect(clusters.primary.secrets.calls.filter((c) => !c.startsWith('read '))).toEqual([]);
  });

  it('an unreachable remote and one whose pod range overlaps the primary are left out, each with its problem; the run goes on', async () => {
    const clusters = mesh();
    const north = new FakeFactsCluster('north', 3);
    clusters.east.unreachable = true;
    clusters.west.podCidrs = ['10.10.128.0/17'];
    const result = await runPreflight(input(clusters, { remotes: [clusters.east, clusters.west, north] }));
    expect(result.failures.map((f) => f.remote)).toEqual(['east', 'west']);
    expect(result.clusters.map((c) => c.name)).toEqual(['primary', 'west', 'north']);
    expect(result.failures[0]?.message).toMatch(
      /cluster "east" \(remote\) is not reachable or refused the credentials: connect ECONNREFUSED 10\.0\.1\.4:6443\. Fix: check its kubeconfig input and that https:\/\/10\.0\.1\.4:6443 is reachable from the runner\./,
    );
    expect(result.failures[1]?.message).toMatch(
      /the pod CIDR 10\.10\.0\.0\/16 of "primary" overlaps the pod CIDR 10\.10\.128\.0\/17 of "west"/,
    );
  });

  it('every remote failing stops the run with all the problems at once', async () => {
    const clusters = mesh();
    clusters.east.gitVersion = 'v1.20.4';
    clusters.west.uid = clusters.primary.uid;
    const message = await failed(runPreflight(input(clusters)));
    expect(message).toMatch(/cluster "east" runs Kubernetes v1\.20\.4; at least 1\.22\.0 is needed/);
    expect(message).toMatch(/"west".*"primary"|"primary".*"west"/);
  });

  it("the primary's credentials lacking a right stop the run, naming each right and the fix", async () => {
    const clusters = mesh();
    const needed = requiredPermissions('primary', PLAN);
    clusters.primary.allowOnly(needed.slice(1));
    const message = await failed(runPreflight(input(clusters)));
    expect(message).toContain(
      'cluster "primary": the supplied credentials lack 1 permission(s) this run needs: ',
    );
    expect(message).toContain('Fix: use a kubeconfig with those rights');
  });

  it('a remote named so that its registration would replace a Secret on the primary it does not own is left out', async () => {
    const clusters = mesh();
    clusters.primary.secrets.put(NS, { metadata: { name: 'istio-remote-secret-west' }, type: 'Opaque' });
    const result = await runPreflight(input(clusters));
    expect(result.failures.map((f) => f.remote)).toEqual(['west']);
    expect(result.failures[0]?.message).toContain('istio-remote-secret-west');
  });

  it('multi-primary: a remote running istiod of another minor is left out; the primary without istiod stops the run', async () => {
    const clusters = mesh();
    clusters.east.istiod = '1.29.0';
    clusters.west.istiod = '1.30.0';
    const result = await runPreflight(input(clusters, { multiPrimary: { caProvided: true } }));
    expect(result.failures.map((f) => f.remote)).toEqual(['east']);
    expect(result.failures[0]?.message).toMatch(
      /runs istiod 1\.29\.0 and the primary 1\.30\.2: multi-primary needs one minor/,
    );

    clusters.primary.istiod = undefined;
    expect(await failed(runPreflight(input(clusters, { multiPrimary: { caProvided: true } })))).toMatch(
      /the primary "primary" runs no istiod in istio-system\. Fix: install istiod there first, or set install-primary: true\./,
    );
  });

  it('ambient: a cluster without the Gateway API is named with the fix', async () => {
    const clusters = mesh();
    for (const cluster of [clusters.primary, clusters.west])
      cluster.servedKinds.add('gateway.networking.k8s.io/v1 Gateway');
    const result = await runPreflight(
      input(clusters, { multiPrimary: { caProvided: true }, ambient: { caProvided: true } }),
    );
    expect(result.failures.map((f) => f.remote)).toEqual(['east']);
    expect(result.failures[0]?.message).toMatch(
      /does not serve the Gateway API .* Fix: install the Gateway API standard CRDs/,
    );
  });

  it('a remote at a loopback address with no override is warned about, with the fix', async () => {
    const clusters = mesh();
    Object.defineProperty(clusters.west, 'server', { value: 'https://127.0.0.1:32020' });
    const result = await runPreflight(input(clusters));
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /remote "west": API server https:\/\/127\.0\.0\.1:32020 is a loopback address.*Fix: set remote-api-servers/,
      ),
    ]);
  });
});
