import * as k8s from '@kubernetes/client-node';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { kubeConfig, testbedState } from './action.js';
import { installControlPlane as installStandInControlPlane } from '../../testbed/control-plane.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';

const execFileAsync = promisify(execFile);

const RELEASE_LABEL = 'istio-multicluster-action/release';
const LEADER_LOCK_ANNOTATION = 'control-plane.alpha.kubernetes.io/leader';
const MANAGED_BY = 'app.kubernetes.io/managed-by=istio-multicluster-action';

const KINDS: readonly { apiVersion: string; kind: string; namespaced: boolean }[] = [
  { apiVersion: 'v1', kind: 'Namespace', namespaced: false },
  { apiVersion: 'v1', kind: 'ConfigMap', namespaced: true },
  { apiVersion: 'v1', kind: 'Secret', namespaced: true },
  { apiVersion: 'v1', kind: 'ServiceAccount', namespaced: true },
  { apiVersion: 'v1', kind: 'Service', namespaced: true },
  { apiVersion: 'v1', kind: 'Endpoints', namespaced: true },
  { apiVersion: 'apps/v1', kind: 'Deployment', namespaced: true },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', namespaced: false },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', namespaced: false },
  { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration', namespaced: false },
  {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
    namespaced: false,
  },
  { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', namespaced: false },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', namespaced: true },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', namespaced: true },
];

/**
 * Every object of the kinds the action may touch, keyed `Kind ns/name`, valued by what moves when
 * someone writes it: resourceVersion, or generation for Deployments (whose status kwok keeps updating).
 * Endpoints maintained by the endpoints controller and istiod's leader-election ConfigMaps are left
 * out for the same reason.
 */
export async function snapshot(cluster: string, namespace = 'istio-system'): Promise<Map<string, string>> {
  const api = k8s.KubernetesObjectApi.makeApiClient(kubeConfig(cluster));
  const result = new Map<string, string>();
  for (const kind of KINDS) {
    const list = await api.list(kind.apiVersion, kind.kind, kind.namespaced ? namespace : undefined);
    for (const item of list.items) {
      const meta = item.metadata ?? {};
      if (kind.kind === 'Endpoints' && !meta.labels?.[RELEASE_LABEL]) continue;
      // istiod's leader-election locks: renewed every few seconds by istiod, never by the action.
      if (kind.kind === 'ConfigMap' && meta.annotations?.[LEADER_LOCK_ANNOTATION] !== undefined) continue;
      const version =
        kind.kind === 'Deployment' ? `gen ${meta.generation ?? 0}` : (meta.resourceVersion ?? '');
      result.set(`${kind.kind} ${meta.namespace ? `${meta.namespace}/` : ''}${meta.name ?? ''}`, version);
    }
  }
  return result;
}

export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [key, version] of after) {
    if (!before.has(key)) changes.push(`added ${key}`);
    else if (before.get(key) !== version) changes.push(`changed ${key} (${before.get(key)} -> ${version})`);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`removed ${key}`);
  return changes;
}

/** Deletes the cluster-scoped objects matching any of the selectors, all kinds at once, and waits until they are gone. */
async function deleteLabelled(cluster: string, selectors: readonly string[]): Promise<void> {
  const api = k8s.KubernetesObjectApi.makeApiClient(kubeConfig(cluster));
  const targets = KINDS.filter((k) => !k.namespaced && k.kind !== 'Namespace').flatMap((kind) =>
    selectors.map((selector) => ({ kind, selector })),
  );
  const list = ({ kind, selector }: (typeof targets)[number]) =>
    api.list(kind.apiVersion, kind.kind, undefined, undefined, undefined, undefined, undefined, selector);
  await Promise.all(
    targets.map(async (target) => {
      for (const item of (await list(target)).items) {
        try {
          await api.delete({ ...item, apiVersion: target.kind.apiVersion, kind: target.kind.kind });
        } catch (error: unknown) {
          // matched by another selector too, and deleted there
          if (!(error instanceof k8s.ApiException && error.code === 404)) throw error;
        }
      }
    }),
  );
  // A deleted CRD lingers (Terminating) until its finalizer runs; helm refuses to adopt it meanwhile.
  await Promise.all(
    targets.map((target) =>
      waitEmpty(
        () => list(target),
        `${target.kind.kind} ${target.selector} on ${cluster}`,
        target.kind.kind === 'CustomResourceDefinition' ? (left) => nudgeStuckCrds(api, left) : undefined,
      ),
    ),
  );
}

/** The Terminating condition kube-apiserver sets when a CRD's finalizer could not list its instances. */
function instanceDeletionFailed(item: k8s.KubernetesObject): boolean {
  const conditions = (item as { status?: { conditions?: { type?: string; reason?: string }[] } }).status
    ?.conditions;
  return (conditions ?? []).some((c) => c.type === 'Terminating' && c.reason === 'InstanceDeletionFailed');
}

/**
 * A CRD deleted right after it was created can fail its finalizer with "could not list instances:
 * storage is (re)initializing"; kube-apiserver's finalizer controller then retries with an exponential
 * backoff that reached minutes on a loaded runner (the bench's resets waited over 5 minutes). Any
 * update of the CRD puts it back on the controller's queue at once, so the reset annotates it.
 */
async function nudgeStuckCrds(api: k8s.KubernetesObjectApi, left: readonly k8s.KubernetesObject[]) {
  await Promise.all(
    left.filter(instanceDeletionFailed).map(async (item) => {
      try {
        await api.patch(
          {
            apiVersion: 'apiextensions.k8s.io/v1',
            kind: 'CustomResourceDefinition',
            metadata: {
              name: item.metadata?.name,
              annotations: { 'testbed/finalizer-retry': String(Date.now()) },
            },
          },
          undefined,
          undefined,
          undefined,
          undefined,
          k8s.PatchStrategy.MergePatch,
        );
      } catch (error: unknown) {
        // gone meanwhile
        if (!(error instanceof k8s.ApiException && error.code === 404)) throw error;
      }
    }),
  );
}

/**
 * Waits until the list is empty. A CRD's finalizer deletes every resource of its kind first, which
 * on a loaded 2-core runner has taken over three minutes: 5 minutes, then the stragglers are named.
 */
/** A reset usually takes about 10 s; a wait longer than this says what it still waits for (CI logs). */
const SLOW_RESET_MS = 20_000;

/** How often a wait for a deletion runs its nudge (nudgeStuckCrds) while objects are left. */
const NUDGE_EVERY_MS = 3_000;

async function waitEmpty(
  list: () => Promise<{ items: k8s.KubernetesObject[] }>,
  what: string,
  nudge?: (left: readonly k8s.KubernetesObject[]) => Promise<void>,
  timeoutMs = 300_000,
) {
  const start = Date.now();
  const deadline = start + timeoutMs;
  let reported = false;
  let nudgedAt = start;
  for (;;) {
    const left = (await list()).items;
    if (left.length === 0) return;
    if (nudge && Date.now() - nudgedAt > NUDGE_EVERY_MS) {
      nudgedAt = Date.now();
      await nudge(left);
    }
    if (!reported && Date.now() - start > SLOW_RESET_MS) {
      reported = true;
      console.warn(
        `[reset] after ${SLOW_RESET_MS / 1000} s, ${what} still has: ${left.map((i) => i.metadata?.name ?? '?').join(', ')}`,
      );
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for the deletion of ${what}: ${left.map((i) => i.metadata?.name ?? '?').join(', ')} still there`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Removes everything an install left on a remote (so each test starts from a clean remote). */
export async function resetRemote(cluster: string, namespace = 'istio-system'): Promise<void> {
  const core = kubeConfig(cluster).makeApiClient(k8s.CoreV1Api);
  await helmUninstallQuietly(cluster, namespace);
  await deleteLabelled(
    cluster,
    cluster === 'primary'
      ? [RELEASE_LABEL, 'release=istio-remote']
      : // The real base chart's CRDs carry helm.sh/resource-policy: keep, so a helm uninstall leaves them.
        [
          RELEASE_LABEL,
          'release=istio-remote',
          'release=istiod',
          'release=istio-base',
          'app.kubernetes.io/instance=istio-base',
        ],
  );
  // Only after the CRDs are gone: deleting both at once took one CI reset 215 s instead of 10 s.
  await deleteNamespaceAndWait(kubeConfig(cluster), namespace);
  const defaultNs = await core.readNamespace({ name: 'default' });
  if (defaultNs.metadata?.labels?.['istio-injection']) {
    await core.patchNamespace(
      { name: 'default', body: [{ op: 'remove', path: '/metadata/labels/istio-injection' }] },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
    );
  }
}

async function helmUninstallQuietly(cluster: string, namespace: string): Promise<void> {
  const state = testbedState();
  const kubeconfig = state.clusters.find((c) => c.name === cluster)?.kubeconfigPath ?? '';
  const releases = cluster === 'primary' ? ['istio-remote'] : ['istio-remote', 'istiod', 'istio-base'];
  const installed = (
    await execFileAsync(state.binaries.helm, [
      'list',
      '-a',
      '-q',
      '-n',
      namespace,
      '--kubeconfig',
      kubeconfig,
    ])
  ).stdout.split('\n');
  for (const release of releases.filter((r) => installed.includes(r)))
    await execFileAsync(state.binaries.helm, [
      'uninstall',
      release,
      '-n',
      namespace,
      '--kubeconfig',
      kubeconfig,
    ]);
}

/** Removes the registration secrets the action created on the primary. */
export async function resetPrimaryRegistrations(namespace = 'istio-system'): Promise<void> {
  const core = kubeConfig('primary').makeApiClient(k8s.CoreV1Api);
  const secrets = await core.listNamespacedSecret({ namespace, labelSelector: MANAGED_BY });
  for (const s of secrets.items)
    await core.deleteNamespacedSecret({ namespace, name: s.metadata?.name ?? '' });
}

/** The stand-in 1.0 control plane on primary (in process: `npm run testbed -- control-plane` costs npm and tsx start-up). */
export async function installControlPlane(flags: readonly string[] = []): Promise<void> {
  await installStandInControlPlane({
    statsd: !flags.includes('--no-statsd'),
    tracing: !flags.includes('--no-tracing'),
  });
}

/**
 * `kubectl rollout restart` for a Deployment: the new pod starts while the old one still holds its IP,
 * so the replacement always gets a different IP (as a restarted control plane does in a real cluster).
 * Resolves with the IPs before and after once only the new pod runs.
 */
export async function rolloutRestart(
  cluster: string,
  namespace: string,
  selector: string,
): Promise<{ before: string; after: string }> {
  const config = kubeConfig(cluster);
  const core = config.makeApiClient(k8s.CoreV1Api);
  const apps = config.makeApiClient(k8s.AppsV1Api);
  const running = async (): Promise<k8s.V1Pod[]> =>
    (await core.listNamespacedPod({ namespace, labelSelector: selector })).items.filter(
      (p) => p.status?.phase === 'Running' && p.status.podIP && !p.metadata?.deletionTimestamp,
    );
  const [old] = await running();
  if (!old) throw new Error(`no running pod matches ${selector} on ${cluster}`);
  const deployments = await apps.listNamespacedDeployment({ namespace, labelSelector: selector });
  const deployment = deployments.items[0]?.metadata?.name;
  if (!deployment) throw new Error(`no Deployment matches ${selector} on ${cluster}`);
  await apps.patchNamespacedDeployment(
    {
      namespace,
      name: deployment,
      body: {
        spec: {
          template: {
            metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': new Date().toISOString() } },
          },
        },
      },
    },
    k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
  );
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const pods = await core.listNamespacedPod({ namespace, labelSelector: selector });
    const alive = pods.items.filter((p) => !p.metadata?.deletionTimestamp);
    const fresh = alive.find(
      (p) => p.metadata?.name !== old.metadata?.name && p.status?.phase === 'Running' && p.status.podIP,
    );
    if (fresh && alive.length === 1)
      return { before: old.status?.podIP ?? '', after: fresh.status?.podIP ?? '' };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`rollout restart of ${deployment} on ${cluster} did not finish within 120 s`);
}

/** snapshot() of the three testbed clusters, keys prefixed with the cluster name. */
export async function snapshotClusters(namespace = 'istio-system'): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  for (const cluster of ['primary', 'remote-1', 'remote-2']) {
    for (const [key, value] of await snapshot(cluster, namespace)) all.set(`${cluster}: ${key}`, value);
  }
  return all;
}

/** Runs `act` and asserts that it wrote nothing to any cluster (snapshots before and after); resolves with its result. */
export async function withoutWrites<T>(act: () => Promise<T>): Promise<T> {
  const before = await snapshotClusters();
  const result = await act();
  expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
  return result;
}
