// Credentials that end, with the real charts and a real istiod (multi-primary: primary + remote-1,
// so the primary's reader account is issued tokens too). Switching credential-mode from token-secret
// to token-request deletes the long-lived token Secrets the action created (render only plans it):
// their tokens get HTTP 401 from the API server, and istiod keeps syncing the remote with the new
// token. Uninstall revokes the tokens of the reader account the action created (remote-1's comes with
// the base release: its TokenRequest token gets 401 afterwards) and leaves the primary's (the user's
// own Istio made it), naming the tokens that stay valid until they expire.
import * as k8s from '@kubernetes/client-node';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { core, kubeConfig, startHarness, type ActionHarness } from '../support/action.js';
import { withoutWrites } from '../support/cluster-state.js';
import {
  NS,
  expectServiceSeen,
  realChartRuns,
  setUpRealIstio,
  sharedRootCaInputs,
  tearDownRealIstio,
} from '../support/real-istio.js';
import { clusterz } from '../../testbed/istiod.js';
import { waitFor } from '../../testbed/wait.js';

const REMOTES = ['remote-1'];
const CLUSTERS = ['primary', ...REMOTES];
const READER = 'istio-reader-service-account';
const TOKEN_SECRET = `${READER}-token-istio-multicluster`;

/** The HTTP status the cluster's API server answers a reader's list of Services with. */
async function statusFor(cluster: string, token: string): Promise<number> {
  const config = new k8s.KubeConfig();
  const base = kubeConfig(cluster);
  config.loadFromClusterAndUser(base.getCurrentCluster() as k8s.Cluster, { name: 'probe', token });
  try {
    await config.makeApiClient(k8s.CoreV1Api).listNamespacedService({ namespace: 'default', limit: 1 });
    return 200;
  } catch (error: unknown) {
    if (error instanceof k8s.ApiException) return error.code;
    throw error;
  }
}

async function waitRefused(cluster: string, token: string): Promise<void> {
  await waitFor(
    `the API server of ${cluster} to refuse a revoked token`,
    async () => ((await statusFor(cluster, token)) === 401 ? true : undefined),
    { timeoutMs: 30_000, intervalMs: 250 },
  );
}

async function tokenSecret(cluster: string): Promise<k8s.V1Secret | undefined> {
  const secrets = await core(cluster).listNamespacedSecret({ namespace: NS });
  return secrets.items.find((s) => s.metadata?.name === TOKEN_SECRET);
}

/** The token in the registration of `cluster` held by `holder`. */
async function registeredToken(holder: string, cluster: string): Promise<string> {
  const secret = await core(holder).readNamespacedSecret({
    namespace: NS,
    name: `istio-remote-secret-${cluster}`,
  });
  const config = yaml.load(Buffer.from(secret.data?.[cluster] ?? '', 'base64').toString()) as {
    users: { user: { token: string } }[];
  };
  return config.users[0]?.user.token ?? '';
}

function expiresAt(token: string): number | undefined {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    exp?: number;
  };
  return claims.exp;
}

async function waitSyncedOnPrimary(): Promise<void> {
  await waitFor(
    'the primary istiod to report remote-1 synced',
    async () => {
      const views = await clusterz('primary');
      return views.length === 1 && views[0]?.id === 'remote-1' && views[0].syncStatus === 'synced'
        ? true
        : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 100 },
  );
}

describe('credentials that end, with the real charts and a real istiod', () => {
  let harness: ActionHarness;
  let ca: Record<string, string>;
  const longLived: Record<string, string> = {};
  const timings: Record<string, number> = {};
  const run = realChartRuns(
    () => harness,
    REMOTES,
    // verify asks every holder's istiod; the testbed runs none for remote-2 (see verify.test.ts).
    () => ({ topology: 'multi-primary', verify: 'false', ...ca }),
    timings,
  );
  const expiring = { 'credential-mode': 'token-request', 'token-lifetime': '10m' };

  beforeAll(async () => {
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
    ca = await sharedRootCaInputs('credential switch root');
  });

  afterAll(async () => {
    console.log(`credential-switch timings (s): ${JSON.stringify(timings)}`);
    await harness?.close();
    await core('primary')
      .deleteNamespacedSecret({ namespace: NS, name: 'cacerts' })
      .catch(() => undefined);
    await tearDownRealIstio(REMOTES);
  });

  it('token-secret install: a long-lived token Secret on every cluster whose reader is registered', async () => {
    const installed = await run('token-secret install');
    expect(installed.success, installed.log).toBe(true);
    for (const cluster of CLUSTERS) {
      const secret = await tokenSecret(cluster);
      expect(secret?.metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('istio-multicluster-action');
      longLived[cluster] = Buffer.from(secret?.data?.token ?? '', 'base64').toString();
      expect(expiresAt(longLived[cluster])).toBeUndefined();
      expect(await statusFor(cluster, longLived[cluster])).toBe(200);
    }
    await waitSyncedOnPrimary();
  });

  it('render with token-request plans the removal and writes nothing', async () => {
    const plan = await withoutWrites(() => run('render token-request', { ...expiring, mode: 'render' }));
    expect(plan.success, plan.log).toBe(true);
    for (const cluster of CLUSTERS) {
      expect(plan.summary).toMatch(
        new RegExp(`${cluster}: token from .*; would remove long-lived token Secret ${NS}/${TOKEN_SECRET}`),
      );
      expect(await tokenSecret(cluster)).toBeDefined();
    }
  });

  it('resync with token-request removes the token Secrets: the old tokens get 401, istiod syncs with the new token; a rerun writes nothing', async () => {
    const switched = await run('resync to token-request', { ...expiring, mode: 'resync' });
    expect(switched.success, switched.log).toBe(true);
    const drift = JSON.parse(switched.outputs['drifted-remotes'] ?? '[]') as {
      remote: string;
      reasons: string[];
    }[];
    for (const cluster of CLUSTERS) {
      expect(drift.find((d) => d.remote === cluster)?.reasons).toEqual(
        expect.arrayContaining([
          'token renewed: the registered credential is not an expiring token',
          `long-lived token Secret ${NS}/${TOKEN_SECRET} removed`,
        ]),
      );
      expect(await tokenSecret(cluster)).toBeUndefined();
      await waitRefused(cluster, longLived[cluster] ?? '');
    }
    const remoteToken = await registeredToken('primary', 'remote-1');
    expect(expiresAt(remoteToken)).toBeGreaterThan(Date.now() / 1000);
    expect(await statusFor('remote-1', remoteToken)).toBe(200);
    await waitSyncedOnPrimary();
    timings['service seen through the new token'] = await expectServiceSeen('remote-1');

    const again = await withoutWrites(() => run('resync again', { ...expiring, mode: 'resync' }));
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');
  });

  it("uninstall revokes every TokenRequest token it issued: the remote's and the primary's, whose account (the user's) stays", async () => {
    const remoteToken = await registeredToken('primary', 'remote-1');
    const primaryToken = await registeredToken('remote-1', 'primary');
    expect(await statusFor('remote-1', remoteToken)).toBe(200);
    expect(await statusFor('primary', primaryToken)).toBe(200);

    const removed = await run('uninstall', { ...expiring, mode: 'uninstall' });
    expect(removed.success, removed.log).toBe(true);
    await waitRefused('remote-1', remoteToken);
    // The primary's account is not the action's: it stays, but the tokens bound to the action's binding Secret die.
    const left = await core('primary').readNamespacedServiceAccount({ namespace: NS, name: READER });
    expect(left.metadata?.name).toBe(READER);
    await waitRefused('primary', primaryToken);
    expect(removed.summary).toContain('primary: TokenRequest tokens revoked (their binding Secret deleted)');
    expect(removed.log).not.toContain('stay valid until they expire');
  });
});
