import {
  ApiException,
  ApisApi,
  CoreV1Api,
  CustomObjectsApi,
  Health,
  KubeConfig,
  KubernetesObjectApi,
  type V1Node,
} from '@kubernetes/client-node';
import { cidrContains } from './cidr.js';
import type { ClusterSpec } from './topology.js';
import { waitFor } from './wait.js';

export function loadKubeConfig(path: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(path);
  return kc;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiException && error.code === 404;
}

/**
 * Deletes a namespace and everything in it (absent is fine), and resolves once the API no longer has
 * it. Left to kube-controller-manager this takes about 10 s: its namespace controller waits 5 s before
 * it starts (namespaceDeletionGracePeriod, not configurable) and kwok holds deleted pods for 3 s. Most
 * test resets are namespace deletions, so the testbed does the controller's work itself: it marks the
 * namespace Terminating (from then on nothing new is admitted into it), deletes every object of every
 * namespaced kind the API lists (pods without grace), repeats until a pass finds nothing, then
 * finalizes the namespace.
 */
export async function deleteNamespaceAndWait(
  kc: KubeConfig,
  name: string,
  timeoutMs = 120_000,
): Promise<void> {
  const core = kc.makeApiClient(CoreV1Api);
  try {
    await core.deleteNamespace({ name });
  } catch (error: unknown) {
    if (isNotFound(error)) return;
    throw error;
  }
  const objects = KubernetesObjectApi.makeApiClient(kc);
  const kinds = await namespacedKinds(kc);
  await waitFor(
    `namespace ${name} to be emptied`,
    async () => ((await deleteContent(objects, kinds, name)) === 0 ? true : undefined),
    { timeoutMs, intervalMs: 100 },
  );
  try {
    await core.replaceNamespaceFinalize({ name, body: { metadata: { name }, spec: { finalizers: [] } } });
  } catch (error: unknown) {
    if (!isNotFound(error)) throw error;
  }
  await waitFor(
    `namespace ${name} to be deleted`,
    async () => {
      try {
        await core.readNamespace({ name });
        return undefined;
      } catch (error: unknown) {
        if (isNotFound(error)) return true;
        throw error;
      }
    },
    { timeoutMs, intervalMs: 100 },
  );
}

interface NamespacedKind {
  readonly apiVersion: string;
  readonly kind: string;
}

/** Every namespaced kind the API server can list and delete, from discovery (preferred versions). */
async function namespacedKinds(kc: KubeConfig): Promise<NamespacedKind[]> {
  const custom = kc.makeApiClient(CustomObjectsApi);
  const groups = (await kc.makeApiClient(ApisApi).getAPIVersions()).groups;
  const lists = await Promise.all([
    kc
      .makeApiClient(CoreV1Api)
      .getAPIResources()
      .then((list) => ({ apiVersion: 'v1', list })),
    ...groups.flatMap((group) =>
      group.preferredVersion
        ? [
            custom
              .getAPIResources({ group: group.name, version: group.preferredVersion.version })
              .then((list) => ({ apiVersion: group.preferredVersion?.groupVersion ?? '', list })),
          ]
        : [],
    ),
  ]);
  return lists.flatMap(({ apiVersion, list }) =>
    list.resources
      .filter(
        (r) =>
          r.namespaced && !r.name.includes('/') && r.verbs.includes('list') && r.verbs.includes('delete'),
      )
      .map((r) => ({ apiVersion, kind: r.kind })),
  );
}

/** One deletion pass over every kind; resolves with how many objects it found. */
async function deleteContent(
  objects: KubernetesObjectApi,
  kinds: readonly NamespacedKind[],
  namespace: string,
): Promise<number> {
  const found = await Promise.all(
    kinds.map(async ({ apiVersion, kind }) => {
      const items = (await objects.list(apiVersion, kind, namespace)).items;
      await Promise.all(
        items.map(async (item) => {
          try {
            await objects.delete(
              { ...item, apiVersion, kind },
              undefined,
              undefined,
              0,
              undefined,
              'Background',
            );
          } catch (error: unknown) {
            if (!isNotFound(error)) throw error;
          }
        }),
      );
      return items.length;
    }),
  );
  return found.reduce((sum, count) => sum + count, 0);
}

/** GET /readyz answered 200 (false on any error, e.g. connection refused). */
export async function apiReady(kc: KubeConfig): Promise<boolean> {
  try {
    return await new Health(kc).readyz({ signal: AbortSignal.timeout(5_000) });
  } catch {
    return false;
  }
}

async function defaultServiceAccountExists(core: CoreV1Api): Promise<boolean> {
  try {
    await core.readNamespacedServiceAccount({ name: 'default', namespace: 'default' });
    return true;
  } catch (error: unknown) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** The node's podCIDR if it lies inside the cluster's pod range, else undefined. */
function allocatedPodCidr(node: V1Node, spec: ClusterSpec): string | undefined {
  const cidr = node.spec?.podCIDR;
  return cidr && cidrContains(spec.podCidr, cidr) ? cidr : undefined;
}

/**
 * What is wrong with a running cluster, or undefined when it is ready to use: API ready, the
 * service-account controller has run, and the kwok node has its podCIDR from the pod range.
 */
export async function clusterProblem(kc: KubeConfig, spec: ClusterSpec): Promise<string | undefined> {
  if (!(await apiReady(kc))) return 'API server /readyz does not answer ok';
  const core = kc.makeApiClient(CoreV1Api);
  if (!(await defaultServiceAccountExists(core))) return 'no default ServiceAccount in namespace default';
  try {
    const node = await core.readNode({ name: spec.nodeName });
    if (!allocatedPodCidr(node, spec)) return `node ${spec.nodeName} has no podCIDR inside ${spec.podCidr}`;
  } catch (error: unknown) {
    if (isNotFound(error)) return `node ${spec.nodeName} does not exist`;
    throw error;
  }
  return undefined;
}

export async function waitApiReady(
  kc: KubeConfig,
  spec: ClusterSpec,
  options: { timeoutMs: number; giveUpIf?: () => string | undefined },
): Promise<void> {
  await waitFor(
    `${spec.name}: API server /readyz`,
    async () => ((await apiReady(kc)) ? true : undefined),
    options,
  );
  const core = kc.makeApiClient(CoreV1Api);
  await waitFor(
    `${spec.name}: ServiceAccount default/default (controller manager running)`,
    async () => ((await defaultServiceAccountExists(core)) ? true : undefined),
    options,
  );
}

/**
 * Creates the cluster's kwok node (kwok manages every node in a testbed cluster) and waits until
 * the controller manager has given it a podCIDR inside the pod range. No taint, so ordinary
 * workloads schedule onto it; label type=kwok like nodes from `kwokctl scale node`.
 */
export async function ensureNode(
  kc: KubeConfig,
  spec: ClusterSpec,
  options: { timeoutMs: number; giveUpIf?: () => string | undefined },
): Promise<string> {
  const core = kc.makeApiClient(CoreV1Api);
  const name = spec.nodeName;
  try {
    await core.readNode({ name });
  } catch (error: unknown) {
    if (!isNotFound(error)) throw error;
    await core.createNode({
      body: {
        metadata: {
          name,
          annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
          labels: {
            type: 'kwok',
            'kubernetes.io/hostname': name,
            'kubernetes.io/os': 'linux',
            'kubernetes.io/arch': 'amd64',
            'kubernetes.io/role': 'agent',
          },
        },
      },
    });
  }
  return waitFor(
    `${spec.name}: node ${name} to get a podCIDR inside ${spec.podCidr}`,
    async () => {
      const node = await core.readNode({ name });
      const ready = node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
      return ready ? allocatedPodCidr(node, spec) : undefined;
    },
    options,
  );
}
