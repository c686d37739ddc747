// Registration Secrets on the testbed primary, through the register, preflight-check and uninstall
// stages called directly: only a Secret carrying the registration marker of its remote is replaced
// or deleted. Every test works in a namespace of its own on the primary, deleted afterwards.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import { openCluster, type ClusterHandle } from '../../../src/kube/client.js';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import { listOnePod, secretPortOf } from '../../../src/kube/secret-port.js';
import { ISTIO_1_0 } from '../../../src/istio/profiles.js';
import { REGISTRATION_LABEL } from '../../../src/istio/labels.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../../src/kube/marks.js';
import { registerRemotes } from '../../../src/stages/register/register.js';
import { registrationCollisionProblems } from '../../../src/stages/secrets/registration-guard.js';
import { uninstall } from '../../../src/stages/uninstall/uninstall.js';
import { uninstallClusterOf } from '../../../src/stages/uninstall/uninstall-cluster.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';
import { clusterByName, kubeConfigFor } from '../support/testbed.js';

const used = new Set<string>();
const primary = (): ClusterHandle => openCluster('primary', clusterByName('primary').kubeconfigPath);
const api = (): k8s.CoreV1Api => kubeConfigFor('primary').makeApiClient(k8s.CoreV1Api);

async function freshNamespace(): Promise<string> {
  const name = `reg-guard-${randomBytes(3).toString('hex')}`;
  used.add(name);
  await api().createNamespace({ body: { metadata: { name } } });
  return name;
}

function kubeconfigFor(remote: string): string {
  return buildTokenKubeconfig({
    name: remote,
    server: 'https://192.0.2.10:6443',
    caData: Buffer.from('not a real CA').toString('base64'),
    token: `token-of-${remote}`,
  });
}

async function foreignSecret(namespace: string, name: string, labels: Record<string, string>): Promise<void> {
  await api().createNamespacedSecret({
    namespace,
    body: { metadata: { name, labels }, stringData: { owner: 'someone else' } },
  });
}

async function dataOf(namespace: string, name: string): Promise<Record<string, string> | undefined> {
  return (await api().readNamespacedSecret({ namespace, name })).data;
}

afterAll(async () => {
  for (const namespace of used) await deleteNamespaceAndWait(kubeConfigFor('primary'), namespace);
});

describe('registration guard on the primary', () => {
  it('preflight names every remote whose registration name is taken or reserved, and writes nothing', async () => {
    const namespace = await freshNamespace();
    await foreignSecret(namespace, 'east', {});
    await foreignSecret(namespace, 'west', { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE });
    const before = (await api().listNamespacedSecret({ namespace })).items.map(
      (s) => s.metadata?.resourceVersion,
    );
    const tagged = await registrationCollisionProblems({
      primary: secretPortOf(primary()),
      namespace,
      profile: ISTIO_1_0,
      remotes: ['east', 'west', 'cacerts', 'north'],
    });
    expect(tagged.map((t) => t.remote)).toEqual(['east', 'west', 'cacerts']);
    const problems = tagged.map((t) => t.problem);
    expect(problems[0]).toMatch(
      new RegExp(
        `Secret ${namespace}/east exists on the primary and is not the registration of remote "east"`,
      ),
    );
    expect(problems[1]).toMatch(new RegExp(`Secret ${namespace}/west exists`));
    expect(problems[2]).toMatch(/remote name "cacerts" would name its registration Secret cacerts/);
    const after = (await api().listNamespacedSecret({ namespace })).items.map(
      (s) => s.metadata?.resourceVersion,
    );
    expect(after).toEqual(before);
  });

  it('register refuses a Secret with the managed-by label alone, and marks what it creates', async () => {
    const namespace = await freshNamespace();
    await foreignSecret(namespace, 'west', { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE });
    const input = (remote: string) => ({
      primary: secretPortOf(primary()),
      tryCredential: listOnePod,
      namespace,
      profile: ISTIO_1_0,
      registrations: [{ remote, kubeconfig: kubeconfigFor(remote) }],
      dryRun: false,
      parallelism: 2,
    });
    const refused = await registerRemotes(input('west'));
    expect(refused.secrets).toEqual([]);
    expect(refused.failures.map((f) => [f.remote, f.stage])).toEqual([['west', 'register']]);
    expect(refused.failures[0]?.message).toMatch(
      /\[register\] cluster "primary": Secret .*\/west exists on the primary and is not the registration of remote "west".*Fix: /,
    );
    expect(await dataOf(namespace, 'west')).toEqual({
      owner: Buffer.from('someone else').toString('base64'),
    });
    const created = await registerRemotes(input('east'));
    expect(created.secrets.map((s) => s.outcome)).toEqual(['created']);
    const east = await api().readNamespacedSecret({ namespace, name: 'east' });
    expect(east.metadata?.labels?.[REGISTRATION_LABEL]).toBe('east');
    expect((await registerRemotes(input('east'))).secrets.map((s) => s.outcome)).toEqual(['unchanged']);
  });

  it('uninstall deletes only the Secret carrying the marker of its remote', async () => {
    const namespace = await freshNamespace();
    await foreignSecret(namespace, 'west', { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE });
    await foreignSecret(namespace, 'north', { [REGISTRATION_LABEL]: 'south' });
    await registerRemotes({
      primary: secretPortOf(primary()),
      tryCredential: listOnePod,
      namespace,
      profile: ISTIO_1_0,
      registrations: [{ remote: 'east', kubeconfig: kubeconfigFor('east') }],
      dryRun: false,
      parallelism: 2,
    });
    const remotePath = clusterByName('remote-1').kubeconfigPath;
    const result = await uninstall({
      primary: uninstallClusterOf(primary(), 'helm'),
      remotes: ['east', 'west', 'north'].map((name) =>
        uninstallClusterOf(openCluster(name, remotePath), 'helm'),
      ),
      namespace,
      profile: ISTIO_1_0,
      releases: [],
      method: 'kubectl',
      kinds: [],
      injectionNamespaces: [],
      parallelism: 1,
      timeoutMs: 30_000,
    });
    expect(result.registrations.map((r) => [r.secret, r.outcome])).toEqual([
      ['east', 'deleted'],
      ['west', 'kept-unmanaged'],
      ['north', 'kept-unmanaged'],
    ]);
    const left = (await api().listNamespacedSecret({ namespace })).items.map((s) => s.metadata?.name).sort();
    expect(left).toEqual(['north', 'west']);
    expect(result.warnings.join('\n')).toMatch(
      /west was not created by this action as the registration of west/,
    );
  });
});
