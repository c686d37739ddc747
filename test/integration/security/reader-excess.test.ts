// Cluster state as input: a remote's reader account that was granted more than a reader needs (a Role
// in kube-system, ClusterRoleBindings for impersonation and token requests) is refused by
// remote-kubeconfig on the testbed's real RBAC, the other remote is registered, and nothing of the
// refused remote reaches the primary. Profile istio-1.0 (the stand-in chart): the check is the same
// for every profile, and istio-multi is that profile's reader account.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  core,
  kubeConfig,
  startHarness,
  testbedInputs,
  type ActionHarness,
  type ActionRun,
} from '../support/action.js';
import { installControlPlane, resetPrimaryRegistrations, resetRemote } from '../support/cluster-state.js';

const REMOTES = ['remote-1', 'remote-2'];
const REFUSED = 'remote-1';
const NS = 'istio-system';
const READER = 'istio-multi';
const PREFIX = 'test-reader-excess';

const rbac = (): k8s.RbacAuthorizationV1Api => kubeConfig(REFUSED).makeApiClient(k8s.RbacAuthorizationV1Api);
const subjects = [{ kind: 'ServiceAccount', name: READER, namespace: NS }];
const roleRef = (kind: 'Role' | 'ClusterRole', name: string) => ({
  apiGroup: 'rbac.authorization.k8s.io',
  kind,
  name,
});

/** Grants the reader account `rules` in kube-system (a Role and RoleBinding); returns the cleanup. */
async function grantInKubeSystem(rules: k8s.V1PolicyRule[]): Promise<() => Promise<void>> {
  const namespace = 'kube-system';
  await rbac().createNamespacedRole({ namespace, body: { metadata: { name: PREFIX }, rules } });
  await rbac().createNamespacedRoleBinding({
    namespace,
    body: { metadata: { name: PREFIX }, roleRef: roleRef('Role', PREFIX), subjects },
  });
  return async () => {
    await rbac().deleteNamespacedRoleBinding({ namespace, name: PREFIX });
    await rbac().deleteNamespacedRole({ namespace, name: PREFIX });
  };
}

/** Grants the reader account `rules` everywhere (a ClusterRole and ClusterRoleBinding); returns the cleanup. */
async function grantClusterWide(rules: k8s.V1PolicyRule[]): Promise<() => Promise<void>> {
  await rbac().createClusterRole({ body: { metadata: { name: PREFIX }, rules } });
  await rbac().createClusterRoleBinding({
    body: { metadata: { name: PREFIX }, roleRef: roleRef('ClusterRole', PREFIX), subjects },
  });
  return async () => {
    await rbac().deleteClusterRoleBinding({ name: PREFIX });
    await rbac().deleteClusterRole({ name: PREFIX });
  };
}

interface Failure {
  remote: string;
  stage: string;
  message: string;
}

/** The run refused exactly the remote with the excess, in remote-kubeconfig; its message. */
function refusal(run: ActionRun): string {
  expect(run.success, 'a refused remote fails the run').toBe(false);
  expect(run.steps.find((s) => s.id === 'remote-kubeconfig')?.outcome).toBe('success');
  const failed = JSON.parse(run.outputs['failed-remotes'] ?? '[]') as Failure[];
  expect(failed.map((f) => [f.remote, f.stage])).toEqual([[REFUSED, 'remote-kubeconfig']]);
  expect(run.log).toContain(`kubectl auth can-i --list --as=system:serviceaccount:${NS}:${READER} -n `);
  expect(run.log).toContain(`kubectl get rolebindings,clusterrolebindings -A -o wide | grep ${READER}`);
  return failed[0]?.message ?? '';
}

/** The other remote is registered on the primary, and nothing names the refused one there. */
async function expectOnlyTheOtherRegistered(): Promise<void> {
  const secrets = await core('primary').listNamespacedSecret({ namespace: NS });
  const registrations = secrets.items.filter((s) => s.metadata?.labels?.['istio/multiCluster'] === 'true');
  expect(registrations.map((s) => s.metadata?.name)).toEqual(['remote-2']);
  const naming = secrets.items.filter(
    (s) =>
      (s.metadata?.name ?? '').includes(REFUSED) ||
      Object.keys(s.data ?? {}).some((key) => key.includes(REFUSED)),
  );
  expect(naming.map((s) => s.metadata?.name)).toEqual([]);
}

describe('remote-kubeconfig refuses a reader account with excess rights anywhere on its cluster', () => {
  let harness: ActionHarness;
  const run = () => harness.run(testbedInputs(REMOTES));

  beforeAll(async () => {
    await installControlPlane();
    await Promise.all(REMOTES.map((r) => resetRemote(r)));
    await resetPrimaryRegistrations();
    harness = await startHarness();
  });

  afterAll(async () => {
    await Promise.all(REMOTES.map((r) => resetRemote(r)));
    await resetPrimaryRegistrations();
    await harness?.close();
  });

  it('a Role in kube-system that creates Secrets: refused, naming the right and kube-system', async () => {
    const cleanup = await grantInKubeSystem([{ apiGroups: [''], resources: ['secrets'], verbs: ['create'] }]);
    try {
      const result = await run();
      const message = refusal(result);
      expect(message).toContain(
        'has more rights than a reader needs: create secrets in namespace kube-system',
      );
      expect(result.log).toContain(`--as=system:serviceaccount:${NS}:${READER} -n kube-system`);
      await expectOnlyTheOtherRegistered();
      // The check's cost, visible in the job summary's report of the remote that passed.
      const cost =
        /remote-2: .*none of (\d+) excess rights in kube-system, istio-system, default, imc-probe-[0-9a-f]{8} or cluster-wide \((\d+) checks; (\d+) API requests\)/.exec(
          result.summary,
        );
      expect(cost, result.summary).not.toBeNull();
      console.log(
        `reader check on remote-2: ${cost?.[1]} rights, ${cost?.[2]} checks, ${cost?.[3]} API requests`,
      );
    } finally {
      await cleanup();
    }
  });

  it('a ClusterRole that impersonates: refused, naming users and groups cluster-wide and service accounts in every namespace', async () => {
    const cleanup = await grantClusterWide([
      { apiGroups: [''], resources: ['users', 'groups', 'serviceaccounts'], verbs: ['impersonate'] },
    ]);
    try {
      const message = refusal(await run());
      expect(message).toContain('impersonate users cluster-wide; impersonate groups cluster-wide');
      expect(message).toMatch(
        /impersonate serviceaccounts in every namespace \(granted even in imc-probe-[0-9a-f]{8}, which does not exist\)/,
      );
      await expectOnlyTheOtherRegistered();
    } finally {
      await cleanup();
    }
  });

  it('a ClusterRoleBinding that requests service account tokens: refused, naming the made-up namespace', async () => {
    const cleanup = await grantClusterWide([
      { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
    ]);
    try {
      const message = refusal(await run());
      expect(message).toMatch(
        /more rights than a reader needs: create serviceaccounts\/token in every namespace \(granted even in imc-probe-[0-9a-f]{8}, which does not exist\)/,
      );
      await expectOnlyTheOtherRegistered();
    } finally {
      await cleanup();
    }
  });
  // Last: it registers both remotes, which the cases above must not find.
  it('a reader ClusterRole trimmed of a right istiod needs: render refuses that remote, naming the right', async () => {
    const installed = await run();
    expect(installed.success, installed.log).toBe(true);
    const trimmed = await rbac().readClusterRole({ name: 'istio-reader' });
    await rbac().replaceClusterRole({
      name: 'istio-reader',
      body: {
        ...trimmed,
        rules: (trimmed.rules ?? []).map((rule) => ({
          ...rule,
          resources: (rule.resources ?? []).filter((resource) => resource !== 'services'),
        })),
      },
    });
    const rendered = await harness.run(testbedInputs(REMOTES, { mode: 'render' }));
    expect(rendered.success, rendered.log).toBe(false);
    const failed = JSON.parse(rendered.outputs['failed-remotes'] ?? '[]') as Failure[];
    expect(failed.map((f) => [f.remote, f.stage])).toEqual([[REFUSED, 'remote-kubeconfig']]);
    expect(failed[0]?.message).toContain(
      "the generated kubeconfig lacks rights the primary's control plane needs on this remote: list services",
    );
    expect(failed[0]?.message).not.toContain('list pods');
    expect(rendered.log).toContain('do not trim that ClusterRole');
  });
});
