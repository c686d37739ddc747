// credential-mode token-request against the real charts and a real istiod: each registration holds a
// TokenRequest token of token-lifetime, a rerun with time left writes nothing, and resync renews a
// token once less than a third of its lifetime is left, in place, while istiod stays synced.
// Near-expiry and expired tokens are real service-account tokens signed with the remote's own
// signing key (the API server accepts the first and refuses the second): no clock is moved.
import * as k8s from '@kubernetes/client-node';
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { core, kubeConfig, startHarness, type ActionHarness } from '../support/action.js';
import { withoutWrites } from '../support/cluster-state.js';
import { NS, setUpRealIstio, tearDownRealIstio, waitSynced, realChartRuns } from '../support/real-istio.js';
import { clusterWorkdir } from '../../testbed/layout.js';
import { registryz } from '../../testbed/istiod.js';
import { waitFor } from '../../testbed/wait.js';

const REMOTES = ['remote-1', 'remote-2'];
const READER = 'istio-reader-service-account';
const ISSUER = 'https://kubernetes.default.svc.cluster.local';
const LIFETIME = 600;

interface Registration {
  readonly secret: k8s.V1Secret;
  readonly token: string;
  readonly claims: { iat: number; exp: number; sub: string };
}

async function registration(remote: string): Promise<Registration> {
  const secret = await core('primary').readNamespacedSecret({
    namespace: NS,
    name: `istio-remote-secret-${remote}`,
  });
  const config = yaml.load(Buffer.from(secret.data?.[remote] ?? '', 'base64').toString()) as {
    users: { user: { token: string } }[];
  };
  const token = config.users[0]?.user.token ?? '';
  const claims = JSON.parse(
    Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
  ) as Registration['claims'];
  return { secret, token, claims };
}

/** A service-account token for the reader account, signed with the remote's signing key, as the API server would issue it. */
async function mintToken(remote: string, issuedAt: number, expiresAt: number): Promise<string> {
  const account = await core(remote).readNamespacedServiceAccount({ namespace: NS, name: READER });
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({
    aud: [ISSUER],
    iss: ISSUER,
    iat: issuedAt,
    nbf: issuedAt,
    exp: expiresAt,
    sub: `system:serviceaccount:${NS}:${READER}`,
    'kubernetes.io': { namespace: NS, serviceaccount: { name: READER, uid: account.metadata?.uid } },
  })}`;
  const key = readFileSync(join(clusterWorkdir(remote), 'pki', 'admin.key'), 'utf8');
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}

/** Puts `token` into the remote's registration, as if an earlier run had registered it. */
async function registerToken(remote: string, token: string): Promise<void> {
  const { secret } = await registration(remote);
  const kubeconfig = Buffer.from(secret.data?.[remote] ?? '', 'base64').toString();
  const config = yaml.load(kubeconfig) as { users: { user: { token: string } }[] };
  for (const user of config.users) user.user.token = token;
  await core('primary').replaceNamespacedSecret({
    namespace: NS,
    name: secret.metadata?.name ?? '',
    body: { ...secret, data: { [remote]: Buffer.from(yaml.dump(config)).toString('base64') } },
  });
}

async function canList(remote: string, token: string): Promise<boolean> {
  const config = new k8s.KubeConfig();
  const base = kubeConfig(remote);
  config.loadFromClusterAndUser(base.getCurrentCluster() as k8s.Cluster, { name: 'probe', token });
  try {
    await config.makeApiClient(k8s.CoreV1Api).listNamespacedService({ namespace: 'default', limit: 1 });
    return true;
  } catch {
    return false;
  }
}

const now = () => Math.floor(Date.now() / 1000);

describe('credential-mode token-request with the real charts and a real istiod', () => {
  let harness: ActionHarness;
  const timings: Record<string, number> = {};
  const run = realChartRuns(
    () => harness,
    REMOTES,
    () => ({
      'credential-mode': 'token-request',
      'token-lifetime': '10m',
    }),
    timings,
  );

  beforeAll(async () => {
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
  });

  afterAll(async () => {
    console.log(`token-request timings (s): ${JSON.stringify(timings)}`);
    await harness?.close();
    await tearDownRealIstio(REMOTES);
  });

  it('install registers a 10-minute TokenRequest token per remote, no token Secret; istiod syncs; a rerun writes nothing', async () => {
    const installed = await run('install');
    expect(installed.success, installed.log).toBe(true);
    expect(installed.log).toContain(
      'istiod before 1.30.3 can drop a remote when its registration is renewed in place',
    );
    await waitSynced(REMOTES);
    const expiry = JSON.parse(installed.outputs['registration-expiry'] ?? '{}') as Record<string, string>;
    for (const remote of REMOTES) {
      const { claims, token } = await registration(remote);
      expect(claims.exp - claims.iat).toBe(LIFETIME);
      expect(claims.sub).toBe(`system:serviceaccount:${NS}:${READER}`);
      expect(new Date(expiry[remote] ?? '').getTime() / 1000).toBe(claims.exp);
      expect(installed.log).not.toContain(token);
      const secrets = await core(remote).listNamespacedSecret({ namespace: NS });
      expect(secrets.items.filter((s) => s.type === 'kubernetes.io/service-account-token')).toEqual([]);
    }
    expect(installed.summary).toContain('token expires');

    const again = await withoutWrites(() => run('rerun with time left'));
    expect(again.success, again.log).toBe(true);
    expect(again.outputs.changed).toBe('false');
  });

  it('resync renews a token with less than a third left, in place, and istiod never loses the remote', async () => {
    const t = now();
    await registerToken('remote-1', await mintToken('remote-1', t - 480, t + 120));
    const before = await registration('remote-1');
    expect(await canList('remote-1', before.token)).toBe(true);
    await waitSynced(REMOTES);
    const probe = `probe-${Date.now().toString(36)}`;
    await core('remote-1').createNamespacedService({
      namespace: 'default',
      body: {
        metadata: { name: probe },
        spec: { ports: [{ port: 8080, name: 'http' }], selector: { app: probe } },
      },
    });
    const host = `${probe}.default.svc.cluster.local`;
    const seen = async () =>
      (await registryz()).some((s) => s.hostname === host && s.clusters.includes('remote-1'));
    await waitFor(`istiod to list ${host}`, async () => ((await seen()) ? true : undefined), {
      timeoutMs: 30_000,
    });
    let samples = 0;
    let gaps = 0;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        samples++;
        if (!(await seen())) gaps++;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    try {
      const renewed = await run('renewing resync', { mode: 'resync' });
      expect(renewed.success, renewed.log).toBe(true);
      const repairs = JSON.parse(renewed.outputs['drifted-remotes'] ?? '[]') as {
        remote: string;
        reasons: string[];
      }[];
      expect(repairs.map((r) => r.remote)).toEqual(['remote-1']);
      expect(repairs[0]?.reasons.join(' ')).toMatch(
        /token renewed: .* left of its 10m lifetime, less than a third/,
      );
      const after = await registration('remote-1');
      expect(after.secret.metadata?.uid).toBe(before.secret.metadata?.uid);
      expect(after.claims.exp - after.claims.iat).toBe(LIFETIME);
      expect(after.claims.exp).toBeGreaterThan(t + LIFETIME - 60);
      await waitSynced(REMOTES);
      await new Promise((r) => setTimeout(r, 2000));
    } finally {
      watching = false;
      await watcher;
      await core('remote-1').deleteNamespacedService({ namespace: 'default', name: probe });
    }
    timings['registry samples during renewal'] = samples;
    expect(gaps).toBe(0);
    expect(samples).toBeGreaterThan(10);

    const idle = await withoutWrites(() => run('resync with time left', { mode: 'resync' }));
    expect(idle.success, idle.log).toBe(true);
    expect(idle.outputs.changed).toBe('false');
  });

  it('an expired token is planned by render and re-issued by resync; istiod syncs the remote again', async () => {
    const t = now();
    const expired = await mintToken('remote-2', t - 700, t - 100);
    expect(await canList('remote-2', expired)).toBe(false);
    await registerToken('remote-2', expired);

    const plan = await withoutWrites(() => run('render with an expired token', { mode: 'render' }));
    expect(plan.success, plan.log).toBe(true);
    expect(JSON.parse(plan.outputs.plan ?? '{}')).toMatchObject({
      'remote-2': { registration: 'would-replace' },
    });
    expect(plan.summary).toMatch(
      /remote-2: .*would renew the registered token: the registered token expired at/,
    );

    const repaired = await run('resync re-issuing an expired token', { mode: 'resync' });
    expect(repaired.success, repaired.log).toBe(true);
    const repairs = JSON.parse(repaired.outputs['drifted-remotes'] ?? '[]') as {
      remote: string;
      reasons: string[];
    }[];
    expect(repairs).toEqual([
      {
        remote: 'remote-2',
        reasons: [
          expect.stringMatching(/^token renewed: the registered token expired at /),
          expect.stringMatching(/no longer authenticate \(HTTP 401\): the token expired at /),
        ],
      },
    ]);
    const after = await registration('remote-2');
    expect(await canList('remote-2', after.token)).toBe(true);
    expect(after.claims.exp).toBeGreaterThan(now() + LIFETIME - 60);
    timings['synced after re-issue'] = await waitSynced(REMOTES);
  });
});
