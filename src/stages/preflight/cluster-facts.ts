/** What preflight reads from one cluster: version, identity, CIDRs and the access this run needs. */
import { apiMessage } from '../../kube/client.js';
import type { FactsCluster } from '../../kube/cluster-facts-port.js';
import { requiredPermissions, type Permission, type PermissionPlan } from '../../istio/permissions.js';
import type { ClusterFacts } from './preflight-checks.js';

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Any verb on any resource of any group, cluster-wide: what cluster-admin holds. */
const EVERYTHING: Permission = { verb: '*', group: '*', resource: '*' };

async function missingPermissions(cluster: FactsCluster, wanted: readonly Permission[]): Promise<string[]> {
  const isAllowed = (p: Permission): Promise<boolean> => cluster.allowed(p);
  // Credentials that may do everything (the usual cluster-admin) are answered by one review instead
  // of one per permission: about 30 per remote, which a fleet resync paid on every run.
  if (await isAllowed(EVERYTHING)) return [];
  const allowed = await Promise.all(wanted.map(isAllowed));
  return wanted
    .filter((_, index) => !allowed[index])
    .map((p) => {
      const where = p.namespace ? ` in namespace ${p.namespace}` : ' (cluster-wide)';
      const resource = p.subresource ? `${p.resource}/${p.subresource}` : p.resource;
      return `${p.verb} ${p.group ? `${resource}.${p.group}` : resource}${where}`;
    });
}

/** Gathers what preflight needs from one cluster; what cannot be determined is noted, not fatal. */
type Attempt<T> = { readonly value: T } | { readonly note: string };

/** A fact read from the cluster, or why it could not be read (noted, not fatal). */
async function attempt<T>(read: () => Promise<T>, note: (error: unknown) => string): Promise<Attempt<T>> {
  try {
    return { value: await read() };
  } catch (error: unknown) {
    return { note: note(error) };
  }
}

function valueOr<T>(result: Attempt<T>, fallback: T): T {
  return 'value' in result ? result.value : fallback;
}

/** Gathers what preflight needs from one cluster, its reads at once; what cannot be determined is noted, not fatal. */
export async function inspect(
  cluster: FactsCluster,
  role: ClusterFacts['role'],
  plan: PermissionPlan,
): Promise<ClusterFacts> {
  const server = cluster.server;
  // Read beside the version, which still decides first whether the cluster answers at all.
  const reads = Promise.all([
    attempt(
      () => cluster.namespaceUid('kube-system'),
      (error) => `cluster identity (kube-system namespace: ${apiMessage(error)})`,
    ),
    attempt(
      async () => uniqueSorted(await cluster.nodePodCidrs()),
      (error) => `pod CIDR (${apiMessage(error)})`,
    ),
    attempt(
      async () => uniqueSorted(await cluster.serviceCidrs()),
      (error) => `service CIDR (ServiceCIDR API: ${apiMessage(error)})`,
    ),
    missingPermissions(cluster, requiredPermissions(role, plan)),
  ]);
  reads.catch(() => undefined);
  const version = await cluster.version();
  const [identity, pods, services, missing] = await reads;
  const undetermined = [identity, pods, services].flatMap((r) => ('note' in r ? [r.note] : []));
  if (valueOr(pods, undefined)?.length === 0) undetermined.push('pod CIDR (no node has spec.podCIDRs)');
  if (valueOr(services, undefined)?.length === 0) undetermined.push('service CIDR (no ServiceCIDR objects)');
  return {
    name: cluster.name,
    role,
    server,
    version,
    identity: valueOr(identity, undefined),
    podCidrs: valueOr(pods, []),
    serviceCidrs: valueOr(services, []),
    undetermined,
    missingPermissions: missing,
  };
}
