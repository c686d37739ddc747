// The remote-kubeconfig stage through its port (src/kube/account-tokens.ts) with an in-memory remote:
// what `istioctl create-remote-secret` does to obtain the reader account's token (a token Secret the
// token controller fills, or a TokenRequest token), with the action's rules on top (a token of an
// earlier account is never used, a Secret it did not create is never deleted, a token the API server
// refuses a moment after it was issued is tried again, one failing remote never stops the others).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readerRights } from '../../../src/istio/reader-rights.js';
import { readClusterKubeconfig } from '../../../src/kube/cluster-kubeconfig.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../../src/kube/marks.js';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import {
  generateRemoteKubeconfig,
  generateRemoteKubeconfigs,
  type RemoteKubeconfigInput,
} from '../../../src/stages/remote-kubeconfig/remote-kubeconfig.js';
import { tokenBindingName } from '../../../src/stages/secrets/token-binding.js';
import { tokenSecretName } from '../../../src/stages/secrets/token-secret.js';
import { StageError } from '../../../src/util/errors.js';
import { FakeAccountTokenCluster, jwt } from '../fakes/account-tokens.js';
import { FakeSecrets } from '../fakes/secret-port.js';

const NS = 'istio-system';
const SA = 'istio-reader-service-account';
const TOKEN_SECRET = tokenSecretName(SA);
const OURS = { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE };

const directories: string[] = [];
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function remoteWithAccount(name = 'east'): FakeAccountTokenCluster {
  const remote = new FakeAccountTokenCluster(name);
  remote.addAccount(NS, SA);
  return remote;
}

function input(
  remote: FakeAccountTokenCluster,
  overrides: Partial<RemoteKubeconfigInput> = {},
): RemoteKubeconfigInput {
  const outputDir = mkdtempSync(join(tmpdir(), 'remote-kubeconfig-'));
  directories.push(outputDir);
  return {
    remote,
    namespace: NS,
    serviceAccount: SA,
    apiServerOverride: undefined,
    timeoutMs: 2000,
    rights: readerRights('istio-current'),
    outputDir,
    dryRun: false,
    expiring: undefined,
    checkReader: remote.readerCheck(),
    ...overrides,
  };
}

const writes = (remote: FakeAccountTokenCluster): string[] =>
  remote.secrets.calls.filter((call) => !call.startsWith('read '));

function tokenIn(path: string | undefined): string {
  return readClusterKubeconfig(readFileSync(path ?? '', 'utf8'), 'the written kubeconfig').token;
}

describe('remote-kubeconfig stage, token-secret (in-memory remote)', () => {
  it('creates a labelled token Secret, waits until it is filled, and writes a 0600 kubeconfig; a second run writes nothing', async () => {
    const remote = remoteWithAccount();
    const first = await generateRemoteKubeconfig(input(remote));
    expect(first.tokenSource).toBe('created-token-secret');
    expect(remote.secrets.get(NS, TOKEN_SECRET)?.metadata?.labels).toMatchObject(OURS);
    expect(tokenIn(first.kubeconfigPath)).toBe(remote.issued[0]);
    expect(statSync(first.kubeconfigPath ?? '').mode & 0o777).toBe(0o600);
    expect(first.secretValues).toContain(remote.issued[0]);
    expect(first.server).toBe('https://east.example:6443');

    remote.secrets.calls.length = 0;
    const second = await generateRemoteKubeconfig(input(remote));
    expect(second.tokenSource).toBe('existing-token-secret');
    expect(tokenIn(second.kubeconfigPath)).toBe(remote.issued[0]);
    expect(writes(remote)).toEqual([]);
  });

  it('render creates nothing, and says the token Secret would be created', async () => {
    const remote = remoteWithAccount();
    const result = await generateRemoteKubeconfig(input(remote, { dryRun: true }));
    expect(result.tokenSource).toBe('would-create');
    expect(result.kubeconfigPath).toBeUndefined();
    expect(result.verification).toMatch(/not verified \(render mode: the token Secret would be created\)/);
    expect(writes(remote)).toEqual([]);
  });

  it('a token the API server refuses a moment after it was filled (its cache trailing) is checked again, and used', async () => {
    const remote = remoteWithAccount();
    const result = await generateRemoteKubeconfig(input(remote, { checkReader: remote.readerCheck(2) }));
    expect(result.tokenSource).toBe('created-token-secret');
    expect(tokenIn(result.kubeconfigPath)).toBe(remote.issued[0]);
  });

  it('a token refused for good fails the remote after the grace period, naming the stage, the cluster and a fix', async () => {
    const remote = remoteWithAccount();
    remote.secrets.put(
      NS,
      remote.filledTokenSecret(TOKEN_SECRET, SA, remote.accounts.get(`${NS}/${SA}`) ?? '', OURS),
    );
    remote.revoked.add(remote.issued[0] ?? '');
    const check = remote.readerCheck();
    const started = Date.now();
    const failure = await generateRemoteKubeconfig(
      input(remote, { timeoutMs: 400, checkReader: check }),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StageError);
    expect(String(failure)).toMatch(
      /\[remote-kubeconfig\] cluster "east": the reader token is refused by the API server \(HTTP 401\)\. Fix: /,
    );
    expect(check.servers.length).toBeGreaterThan(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it("the action's token Secret filled for an earlier account of that name is deleted, created again, and the new token used", async () => {
    const remote = remoteWithAccount();
    const stale = remote.filledTokenSecret(TOKEN_SECRET, SA, 'uid-of-an-earlier-account', OURS);
    remote.secrets.put(NS, stale);
    const result = await generateRemoteKubeconfig(input(remote));
    expect(result.tokenSource).toBe('created-token-secret');
    expect(writes(remote)).toEqual([`remove ${TOKEN_SECRET}`, `create ${TOKEN_SECRET}`]);
    expect(tokenIn(result.kubeconfigPath)).toBe(remote.issued[1]);
  });

  it('a token Secret the token controller filled from a stale cache (an earlier account) is replaced until it is filled for the current one', async () => {
    const remote = remoteWithAccount();
    let staleFills = 1;
    remote.controllerUid = () => (staleFills-- > 0 ? 'uid-of-an-earlier-account' : undefined);
    const result = await generateRemoteKubeconfig(input(remote));
    expect(writes(remote)).toEqual([
      `create ${TOKEN_SECRET}`,
      `remove ${TOKEN_SECRET}`,
      `create ${TOKEN_SECRET}`,
    ]);
    expect(tokenIn(result.kubeconfigPath)).toBe(remote.issued[1]);
  });

  it('a stale token Secret of that name the action did not create is refused at once, with "delete it", and kept', async () => {
    const remote = remoteWithAccount();
    remote.secrets.put(NS, remote.filledTokenSecret(TOKEN_SECRET, SA, 'uid-of-an-earlier-account'));
    const failure = await generateRemoteKubeconfig(input(remote)).catch((error: unknown) => error);
    expect(String(failure)).toMatch(
      /it was not created by this action, so it is left as it is\. Fix: delete it \(kubectl -n istio-system delete secret istio-reader-service-account-token-istio-multicluster\) and run again\./,
    );
    expect(writes(remote)).toEqual([]);
  });

  it('a missing reader account fails with the fix to install istio-remote first', async () => {
    const remote = new FakeAccountTokenCluster('east');
    const failure = await generateRemoteKubeconfig(input(remote)).catch((error: unknown) => error);
    expect(String(failure)).toMatch(
      /serviceaccounts "istio-reader-service-account" not found \(HTTP 404\)\. Fix: install istio-remote first/,
    );
  });

  it('an override address the runner cannot reach: the token is checked through the runner address, and the gap reported', async () => {
    const remote = remoteWithAccount();
    const check = remote.readerCheck();
    const unreachable = Object.assign(
      (kubeconfig: string, namespace: string, rights: RemoteKubeconfigInput['rights']) =>
        kubeconfig.includes('https://10.0.0.9:6443')
          ? Promise.reject(new Error('connect ETIMEDOUT'))
          : check(kubeconfig, namespace, rights),
    );
    const result = await generateRemoteKubeconfig(
      input(remote, { apiServerOverride: 'https://10.0.0.9:6443', checkReader: unreachable }),
    );
    expect(check.servers).toEqual(['https://east.example:6443']);
    expect(readClusterKubeconfig(readFileSync(result.kubeconfigPath ?? '', 'utf8'), 'k').server).toBe(
      'https://10.0.0.9:6443',
    );
    expect(result.warnings).toEqual([
      'east: https://10.0.0.9:6443 is not reachable from this runner; the credentials were verified through https://east.example:6443 instead.',
    ]);
  });

  it('one remote without its reader account fails alone; the others get their kubeconfigs', async () => {
    const east = remoteWithAccount('east');
    const west = new FakeAccountTokenCluster('west');
    const checks = new Map([east, west].map((r) => [r.server, r.readerCheck()]));
    const { results, failures } = await generateRemoteKubeconfigs({
      ...input(east),
      remotes: [east, west],
      apiServerOverrides: {},
      parallelism: 2,
      checkReader: (kubeconfig, namespace, rights) =>
        (checks.get(readClusterKubeconfig(kubeconfig, 'k').server) ?? (() => Promise.reject(new Error('?'))))(
          kubeconfig,
          namespace,
          rights,
        ),
    });
    expect(results.map((r) => r.remote)).toEqual(['east']);
    expect(failures.map((f) => f.remote)).toEqual(['west']);
  });
});

describe('remote-kubeconfig stage, token-request (in-memory remote and primary)', () => {
  const LIFETIME = 24 * 3600;

  function expiringInput(
    remote: FakeAccountTokenCluster,
    primary: FakeSecrets,
    now = Math.floor(Date.now() / 1000),
  ) {
    return input(remote, {
      expiring: {
        holder: () => primary,
        registrationSecret: (name) => `istio-remote-secret-${name}`,
        lifetimeSeconds: LIFETIME,
        now,
      },
    });
  }

  /** The remote's registration on the primary, holding `token`. */
  function registered(primary: FakeSecrets, remote: FakeAccountTokenCluster, token: string): void {
    const kubeconfig = buildTokenKubeconfig({
      name: remote.name,
      server: remote.server,
      caData: Buffer.from(`CA of ${remote.name}`).toString('base64'),
      token,
    });
    primary.put(NS, {
      metadata: { name: `istio-remote-secret-${remote.name}` },
      data: { [remote.name]: Buffer.from(kubeconfig).toString('base64') },
    });
  }

  it('requests a token bound to a binding Secret it creates; a rerun keeps the registered token and writes nothing', async () => {
    const remote = remoteWithAccount();
    const primary = new FakeSecrets();
    const first = await generateRemoteKubeconfig(expiringInput(remote, primary));
    expect(first.tokenSource).toBe('requested-token');
    expect(writes(remote)).toEqual([`create ${tokenBindingName(SA)}`]);
    const token = tokenIn(first.kubeconfigPath);
    expect(token).toBe(remote.issued[0]);
    expect(first.expiresAt).toBeGreaterThan(Math.floor(Date.now() / 1000) + LIFETIME - 5);

    registered(primary, remote, token);
    remote.secrets.calls.length = 0;
    const second = await generateRemoteKubeconfig(expiringInput(remote, primary));
    expect(second.tokenSource).toBe('registered-token');
    expect(tokenIn(second.kubeconfigPath)).toBe(token);
    expect(writes(remote)).toEqual([]);
    expect(remote.issued).toHaveLength(1);
  });

  it('a registered token that no longer authenticates is replaced, and the renewal says why', async () => {
    const remote = remoteWithAccount();
    const primary = new FakeSecrets();
    const first = await generateRemoteKubeconfig(expiringInput(remote, primary));
    registered(primary, remote, tokenIn(first.kubeconfigPath));
    remote.revoked.add(remote.issued[0] ?? '');
    const second = await generateRemoteKubeconfig(expiringInput(remote, primary));
    expect(second.tokenSource).toBe('requested-token');
    expect(second.renewal).toBe('the registered token no longer authenticates (HTTP 401)');
    expect(tokenIn(second.kubeconfigPath)).toBe(remote.issued[1]);
  });

  it('a registered token with less than a third of its lifetime left is renewed', async () => {
    const remote = remoteWithAccount();
    const primary = new FakeSecrets();
    await generateRemoteKubeconfig(expiringInput(remote, primary));
    const now = Math.floor(Date.now() / 1000);
    const binding = remote.secrets.get(NS, tokenBindingName(SA));
    const old = jwt({
      iat: now - LIFETIME + 3600,
      exp: now + 3600,
      sub: `system:serviceaccount:${NS}:${SA}`,
      'kubernetes.io': { secret: { name: tokenBindingName(SA), uid: binding?.metadata?.uid } },
    });
    remote.issued.push(old);
    registered(primary, remote, old);
    const result = await generateRemoteKubeconfig(expiringInput(remote, primary, now));
    expect(result.tokenSource).toBe('requested-token');
    expect(result.renewal).toMatch(/expires at .*: 1h left of its 24h lifetime, less than a third/);
  });

  it('switching to token-request removes the long-lived token Secret the action created, and keeps one it did not', async () => {
    const remote = remoteWithAccount();
    const uid = remote.accounts.get(`${NS}/${SA}`) ?? '';
    remote.secrets.put(NS, remote.filledTokenSecret(TOKEN_SECRET, SA, uid, OURS));
    const result = await generateRemoteKubeconfig(expiringInput(remote, new FakeSecrets()));
    expect(result.retiredTokenSecret).toEqual({
      kind: 'long-lived',
      namespace: NS,
      name: TOKEN_SECRET,
      outcome: 'deleted',
    });
    expect(remote.secrets.get(NS, TOKEN_SECRET)).toBeUndefined();

    const other = remoteWithAccount('west');
    other.secrets.put(NS, other.filledTokenSecret(TOKEN_SECRET, SA, other.accounts.get(`${NS}/${SA}`) ?? ''));
    const kept = await generateRemoteKubeconfig(expiringInput(other, new FakeSecrets()));
    expect(kept.retiredTokenSecret?.outcome).toBe('kept-unmanaged');
    expect(kept.warnings.join('\n')).toMatch(/was not created by this action and was left in place/);
    expect(other.secrets.get(NS, TOKEN_SECRET)).toBeDefined();
  });
});
