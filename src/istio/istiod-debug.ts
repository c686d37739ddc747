/**
 * istiod's debug answers, parsed as the hostile input they are (the JSON comes from a pod of a
 * cluster): /debug/clusterz lists the remote clusters istiod reads with their sync status, and
 * /debug/endpointShardz the endpoints it holds per service, sharded by cluster. Pure.
 */

/** The statuses istiod's remote-cluster controller reports (pkg/kube/multicluster). */
export const SYNC_STATUSES = ['synced', 'syncing', 'timeout', 'closed'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number] | 'unknown';

export interface ClusterzEntry {
  readonly id: string;
  readonly secretName: string;
  readonly syncStatus: SyncStatus;
}

/** An answer that is not what istiod serves; the message never quotes the body. */
export class DebugAnswerError extends Error {
  constructor(path: string, problem: string) {
    super(`istiod's ${path} is not usable: ${problem}`);
    this.name = 'DebugAnswerError';
  }
}

const MAX_CLUSTERS = 10_000;
const MAX_SERVICES = 200_000;
/** Cluster IDs and Secret names are printable ASCII without spaces, at most 253 characters. */
const PRINTABLE_NAME = /^[\x21-\x7e]{1,253}$/;

function parseJson(path: string, body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new DebugAnswerError(path, 'the body is not JSON');
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function syncStatusOf(value: unknown): SyncStatus {
  return SYNC_STATUSES.find((status) => status === value) ?? 'unknown';
}

/**
 * The remote clusters of /debug/clusterz (`null` when istiod has none). Entries whose id is not a
 * printable name are left out: they cannot be a registration of the action, whose names are DNS labels.
 */
export function parseClusterz(body: string): ClusterzEntry[] {
  const path = '/debug/clusterz';
  const parsed = parseJson(path, body);
  if (parsed === null) return [];
  if (!Array.isArray(parsed)) throw new DebugAnswerError(path, 'expected a JSON array of clusters');
  if (parsed.length > MAX_CLUSTERS)
    throw new DebugAnswerError(path, `more than ${MAX_CLUSTERS} clusters listed`);
  return parsed.flatMap((entry): ClusterzEntry[] => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || !PRINTABLE_NAME.test(entry.id)) return [];
    const secretName =
      typeof entry.secretName === 'string' && PRINTABLE_NAME.test(entry.secretName) ? entry.secretName : '';
    return [{ id: entry.id, secretName, syncStatus: syncStatusOf(entry.syncStatus) }];
  });
}

/** `Kubernetes/remote-1` -> `remote-1`: a shard key is the registry's provider, a slash, the cluster ID. */
function clusterOfShard(key: string): string | undefined {
  const slash = key.indexOf('/');
  const cluster = slash < 0 ? '' : key.slice(slash + 1);
  return PRINTABLE_NAME.test(cluster) ? cluster : undefined;
}

function addShards(counts: Map<string, number>, shards: unknown): void {
  if (!isRecord(shards)) return;
  for (const [key, endpoints] of Object.entries(shards)) {
    const cluster = clusterOfShard(key);
    if (cluster === undefined || !Array.isArray(endpoints)) continue;
    counts.set(cluster, (counts.get(cluster) ?? 0) + endpoints.length);
  }
}

/**
 * Endpoints istiod holds per cluster ID, summed over every service of /debug/endpointShardz
 * (service -> namespace -> {Shards: {"<provider>/<cluster>": [endpoint...]}}).
 */
export function endpointsByCluster(body: string): Map<string, number> {
  const path = '/debug/endpointShardz';
  const parsed = parseJson(path, body);
  const counts = new Map<string, number>();
  if (parsed === null) return counts;
  if (!isRecord(parsed)) throw new DebugAnswerError(path, 'expected a JSON object of services');
  const services = Object.values(parsed);
  if (services.length > MAX_SERVICES)
    throw new DebugAnswerError(path, `more than ${MAX_SERVICES} services listed`);
  for (const byNamespace of services) {
    if (!isRecord(byNamespace)) continue;
    for (const shards of Object.values(byNamespace)) if (isRecord(shards)) addShards(counts, shards.Shards);
  }
  return counts;
}
