import * as k8s from '@kubernetes/client-node';
import { expect } from 'vitest';
import { uninstallControlPlane } from '../../testbed/control-plane.js';
import { installCurrentPrimary, uninstallCurrentPrimary } from '../../testbed/istio-primary.js';
import { clusterz, registryz, startIstiod, stopIstiod } from '../../testbed/istiod.js';
import { waitFor } from '../../testbed/wait.js';
import { core, kubeConfig, testbedInputs, type ActionHarness, type ActionRun } from './action.js';
import { istioModuleDir } from '../../testbed/istio-module.js';
import { makeCert } from '../../unit/security/fixtures.js';
import { installControlPlane, resetPrimaryRegistrations, resetRemote } from './cluster-state.js';

export const NS = 'istio-system';

/**
 * Replaces the stand-in 1.0 control plane on primary with the real base and istiod charts and starts
 * the real istiod against it; remotes start clean. Resolves with the istiod pod's IP.
 */
export async function setUpRealIstio(remotes: readonly string[]): Promise<string> {
  await resetPrimaryRegistrations();
  // The primary and the remotes are reset side by side: each waits out a namespace deletion.
  await Promise.all([uninstallControlPlane(), ...remotes.map((r) => resetRemote(r))]);
  const pilot = await installCurrentPrimary();
  await startIstiod();
  return pilot;
}

/** Stops istiod, cleans the remotes and puts the stand-in 1.0 control plane back for other tests. */
export async function tearDownRealIstio(remotes: readonly string[]): Promise<void> {
  await stopIstiod();
  const restoreStandIn = async () => {
    await resetPrimaryRegistrations();
    await uninstallCurrentPrimary();
    await installControlPlane();
  };
  await Promise.all([restoreStandIn(), ...remotes.map((r) => resetRemote(r))]);
}

/** Waits until istiod reports exactly `remotes` as synced; resolves with the seconds it took. */
export async function waitSynced(remotes: readonly string[], timeoutMs = 60_000): Promise<number> {
  const start = Date.now();
  await waitFor(
    `the real istiod to report ${remotes.join(', ') || 'no remote'} synced`,
    async () => {
      const views = await clusterz();
      const synced = views.filter((v) => v.syncStatus === 'synced').map((v) => v.id);
      return remotes.every((r) => synced.includes(r)) && views.length === remotes.length ? true : undefined;
    },
    { timeoutMs, intervalMs: 100, reportEveryMs: 10_000 },
  );
  return (Date.now() - start) / 1000;
}

/** The addresses of the remote's `istiod` EndpointSlice (where its proxies find the discovery service). */
export async function discoveryEndpoint(remote: string): Promise<string[]> {
  const slices = await kubeConfig(remote).makeApiClient(k8s.DiscoveryV1Api).listNamespacedEndpointSlice({
    namespace: NS,
    labelSelector: 'kubernetes.io/service-name=istiod',
  });
  return slices.items.flatMap((s) => s.endpoints.flatMap((e) => e.addresses));
}

/** Creates a Service on the remote and waits until istiod's registry lists it under that cluster. */
export async function expectServiceSeen(remote: string): Promise<number> {
  const name = `probe-${Date.now().toString(36)}`;
  const start = Date.now();
  await core(remote).createNamespacedService({
    namespace: 'default',
    body: { metadata: { name }, spec: { ports: [{ port: 8080, name: 'http' }], selector: { app: name } } },
  });
  try {
    const host = `${name}.default.svc.cluster.local`;
    const seen = await waitFor(
      `istiod to list ${host} from ${remote}`,
      async () => (await registryz()).find((s) => s.hostname === host && s.clusters.includes(remote)),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(seen.clusters).toEqual([remote]);
    return (Date.now() - start) / 1000;
  } finally {
    await core(remote).deleteNamespacedService({ namespace: 'default', name });
  }
}

/**
 * Runs of the action with the real charts of the module (profile istio-current, chart
 * manifests/charts, the module as the workspace), each timed into `timings` under its name.
 * `inputs` is read at each run (values such as a CA made in beforeAll).
 */
export function realChartRuns(
  harness: () => ActionHarness,
  remotes: readonly string[],
  inputs: () => Record<string, string>,
  timings: Record<string, number>,
): (name: string, extra?: Record<string, string>) => Promise<ActionRun> {
  return async (name, extra = {}) => {
    const start = Date.now();
    const result = await harness().run(
      testbedInputs(remotes, { profile: 'istio-current', chart: 'manifests/charts', ...inputs(), ...extra }),
      { workspace: istioModuleDir() },
    );
    timings[name] = (Date.now() - start) / 1000;
    return result;
  };
}

/** Inputs that give every cluster an intermediate CA issued from one fresh root (multi-primary, ambient). */
export async function sharedRootCaInputs(name: string): Promise<Record<string, string>> {
  const root = await makeCert({ name, ca: true });
  return { 'generate-intermediate-cas': 'true', 'root-cert': root.pem, 'root-key': await root.keyPem() };
}

/**
 * Starts the real istiod of each remote once an install has put its chart's mesh ConfigMap and its
 * intermediate CA there, as a real cluster starts the istiod pod the chart deploys (an istiod still
 * running is reused).
 */
export async function startIstiodsOnceInstalled(remotes: readonly string[]): Promise<void> {
  for (const remote of remotes) {
    await waitFor(
      `the istiod chart's ConfigMap and the cacerts Secret on ${remote}`,
      async () => {
        try {
          await core(remote).readNamespacedConfigMap({ namespace: NS, name: 'istio' });
          await core(remote).readNamespacedSecret({ namespace: NS, name: 'cacerts' });
          return true;
        } catch {
          return undefined;
        }
      },
      { timeoutMs: 240_000, intervalMs: 250 },
    );
    await startIstiod(NS, remote);
  }
}
