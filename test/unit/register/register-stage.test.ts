// The register stage through its port (src/kube/secret-port.ts) with an in-memory primary: what
// `istioctl create-remote-secret | kubectl apply` does, with the action's rules on top (its own
// Secrets only, why a registration is replaced, one failing remote never stopping the others).
import * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { REGISTRATION_LABEL } from '../../../src/istio/labels.js';
import { ISTIO_1_0, ISTIO_CURRENT, type Profile } from '../../../src/istio/profiles.js';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import {
  registerEverywhere,
  registerRemotes,
  registrationSecret,
  type RegisterInput,
} from '../../../src/stages/register/register.js';
import { registrationCollisionProblems } from '../../../src/stages/secrets/registration-guard.js';
import { credentialTable, FakeSecrets } from '../fakes/secret-port.js';

const NS = 'istio-system';

function kubeconfigOf(remote: string, token = `token-of-${remote}`): string {
  return buildTokenKubeconfig({
    name: remote,
    server: `https://${remote}.example:6443`,
    caData: Buffer.from(`CA of ${remote}`).toString('base64'),
    token,
  });
}

function input(primary: FakeSecrets, overrides: Partial<RegisterInput> = {}): RegisterInput {
  return {
    primary,
    tryCredential: credentialTable(new Set()),
    namespace: NS,
    profile: ISTIO_CURRENT,
    registrations: ['east', 'west'].map((remote) => ({ remote, kubeconfig: kubeconfigOf(remote) })),
    dryRun: false,
    parallelism: 2,
    ...overrides,
  };
}

const writes = (primary: FakeSecrets): string[] => primary.calls.filter((c) => !c.startsWith('read '));
const outcomes = (result: Awaited<ReturnType<typeof registerRemotes>>) =>
  Object.fromEntries(result.secrets.map((s) => [s.remote, s.outcome]));

/** A registration of `remote` as an earlier run left it, with the kubeconfig of `token`. */
function registered(
  primary: FakeSecrets,
  remote: string,
  token: string,
  profile: Profile = ISTIO_CURRENT,
): void {
  primary.put(NS, registrationSecret(NS, profile, { remote, kubeconfig: kubeconfigOf(remote, token) }));
}

describe('register stage (in-memory primary)', () => {
  it('creates one labelled Secret per remote holding its kubeconfig; a second run writes nothing', async () => {
    const primary = new FakeSecrets();
    expect(outcomes(await registerRemotes(input(primary)))).toEqual({ east: 'created', west: 'created' });
    const east = primary.get(NS, 'istio-remote-secret-east');
    expect(east?.metadata?.labels).toMatchObject({
      'istio/multiCluster': 'true',
      [REGISTRATION_LABEL]: 'east',
    });
    expect(east?.metadata?.annotations).toEqual({ 'networking.istio.io/cluster': 'east' });
    expect(Buffer.from(east?.data?.east ?? '', 'base64').toString()).toBe(kubeconfigOf('east'));

    primary.calls.length = 0;
    expect(outcomes(await registerRemotes(input(primary)))).toEqual({ east: 'unchanged', west: 'unchanged' });
    expect(writes(primary)).toEqual([]);
  });

  it('render (dry run) plans each Secret and writes nothing', async () => {
    const primary = new FakeSecrets();
    registered(primary, 'west', 'old-token');
    const result = await registerRemotes(input(primary, { dryRun: true, pending: ['north'] }));
    expect(outcomes(result)).toEqual({ east: 'would-create', west: 'would-replace', north: 'would-create' });
    expect(result.secrets.find((s) => s.remote === 'west')?.reason).toMatch(
      /HTTP 401.*the token was revoked/,
    );
    expect(writes(primary)).toEqual([]);
  });

  it('istio-current replaces a changed registration in place and says why', async () => {
    const primary = new FakeSecrets();
    registered(primary, 'east', 'revoked-token');
    registered(primary, 'west', 'rotated-but-valid');
    const result = await registerRemotes(
      input(primary, { tryCredential: credentialTable(new Set(['rotated-but-valid'])) }),
    );
    expect(outcomes(result)).toEqual({ east: 'updated', west: 'updated' });
    const reasons = Object.fromEntries(result.secrets.map((s) => [s.remote, s.reason]));
    expect(reasons.east).toBe(
      'the registered credentials no longer authenticate (HTTP 401): the token was revoked',
    );
    expect(reasons.west).toBe(
      'the registered kubeconfig differs from the current one (server, CA or token changed)',
    );
    expect(writes(primary)).toEqual(['replace istio-remote-secret-east', 'replace istio-remote-secret-west']);
  });

  it('istio-1.0 re-registers by delete and create (its pilot ignores updates)', async () => {
    const primary = new FakeSecrets();
    registered(primary, 'east', 'old-token', ISTIO_1_0);
    const registrations = [{ remote: 'east', kubeconfig: kubeconfigOf('east') }];
    const result = await registerRemotes(input(primary, { profile: ISTIO_1_0, registrations }));
    expect(outcomes(result)).toEqual({ east: 'replaced' });
    expect(writes(primary).map((c) => c.replace(/-dry-run-[0-9a-f]{8}/, '-dry-run-*'))).toEqual([
      'create east-dry-run-* (dry run)',
      'remove east (dry run)',
      'remove east',
      'create east',
    ]);
    expect(Buffer.from(primary.get(NS, 'east')?.data?.east ?? '', 'base64').toString()).toBe(
      kubeconfigOf('east'),
    );
  });

  it('a Secret of that name the action did not write is refused and untouched; the other remote is registered', async () => {
    const primary = new FakeSecrets();
    const foreign = primary.put(NS, {
      metadata: { name: 'istio-remote-secret-east' },
      data: { owner: 'c29tZW9uZQ==' },
    });
    const result = await registerRemotes(input(primary));
    expect(outcomes(result)).toEqual({ west: 'created' });
    expect(result.failures).toEqual([expect.objectContaining({ remote: 'east', stage: 'register' })]);
    expect(result.failures[0]?.message).toMatch(
      /^\[register\] cluster "primary": Secret istio-system\/istio-remote-secret-east exists on the primary and is not the registration of remote "east"/,
    );
    expect(primary.get(NS, 'istio-remote-secret-east')).toEqual(foreign);
  });

  it('a write the primary refuses fails that remote alone, with a fix that names the rights', async () => {
    const primary = new FakeSecrets();
    primary.fail = ({ verb, name }) =>
      verb === 'create' && name.endsWith('-east')
        ? new k8s.ApiException(403, 'Forbidden', JSON.stringify({ message: 'secrets is forbidden' }), {})
        : undefined;
    const result = await registerRemotes(input(primary));
    expect(outcomes(result)).toEqual({ west: 'created' });
    expect(result.failures.map((f) => f.message)).toEqual([
      '[register] cluster "primary": registering remote "east" failed: secrets is forbidden (HTTP 403). Fix: the primary kubeconfig needs get/create/delete on secrets in istio-system.',
    ]);
  });

  it('another run writing the same registration between the read and the write is not an error', async () => {
    const primary = new FakeSecrets();
    registered(primary, 'east', 'old-token');
    const registrations = [{ remote: 'east', kubeconfig: kubeconfigOf('east') }];
    primary.beforeNextWrite = () => registered(primary, 'east', 'token-of-east');
    const result = await registerRemotes(input(primary, { registrations }));
    expect(outcomes(result)).toEqual({ east: 'unchanged' });
    expect(result.failures).toEqual([]);
    expect(primary.calls).toEqual([
      'read istio-remote-secret-east',
      'replace istio-remote-secret-east',
      'read istio-remote-secret-east',
    ]);
  });

  it("multi-primary: every holder gets the others; a failure on a later holder is that holder's", async () => {
    const holders = ['primary', 'east', 'west'].map((name) => new FakeSecrets(name));
    const [, east] = holders;
    if (!east) throw new Error('three holders');
    east.fail = ({ verb }) => (verb === 'create' ? new Error('connection reset') : undefined);
    const all = ['primary', 'east', 'west'].map((remote) => ({ remote, kubeconfig: kubeconfigOf(remote) }));
    const result = await registerEverywhere(holders, (holder) =>
      input(holder as FakeSecrets, { registrations: all.filter((r) => r.remote !== holder.cluster) }),
    );
    expect(result.secrets.map((s) => `${s.on}:${s.remote}:${s.outcome}`).sort()).toEqual([
      'primary:east:created',
      'primary:west:created',
      'west:east:created',
      'west:primary:created',
    ]);
    // Both registrations east holds (of primary and of west) failed, each reported as east's failure.
    expect(result.failures.map((f) => f.remote)).toEqual(['east', 'east']);
    for (const failure of result.failures)
      expect(failure.message).toMatch(
        /^on east: \[register\] cluster "east": registering remote "(primary|west)" failed: connection reset\. Fix: /,
      );
  });
});

describe('preflight: registration names (in-memory primary)', () => {
  it('names each remote whose registration name is taken by a foreign Secret, reads only, and lets its own pass', async () => {
    const primary = new FakeSecrets();
    registered(primary, 'east', 'token-of-east');
    primary.put(NS, {
      metadata: { name: 'istio-remote-secret-west', labels: { [REGISTRATION_LABEL]: 'north' } },
    });
    const problems = await registrationCollisionProblems({
      primary,
      namespace: NS,
      profile: ISTIO_CURRENT,
      remotes: ['east', 'west', 'north'],
    });
    expect(problems.map((p) => p.remote)).toEqual(['west']);
    expect(problems[0]?.problem).toMatch(
      /^Secret istio-system\/istio-remote-secret-west exists on the primary and is not the registration of remote "west"/,
    );
    expect(writes(primary)).toEqual([]);
  });

  it('a Secret the primary cannot read is a problem of the whole run, with the right to grant', async () => {
    const primary = new FakeSecrets();
    primary.read = () =>
      Promise.reject(
        new k8s.ApiException(403, 'Forbidden', JSON.stringify({ message: 'secrets "x" is forbidden' }), {}),
      );
    const problems = await registrationCollisionProblems({
      primary,
      namespace: NS,
      profile: ISTIO_1_0,
      remotes: ['east'],
    });
    expect(problems).toEqual([
      {
        remote: undefined,
        problem:
          'cluster "primary": cannot read Secret istio-system/east to check that registering "east" replaces nothing else: secrets "x" is forbidden (HTTP 403). Fix: the primary kubeconfig needs get on secrets in istio-system.',
      },
    ]);
  });
});
