/**
 * Whether every istiod synced a registered remote, and the likely cause when it did not, from what
 * the istiod pods answered and what the action knows (the registered credential tried from the
 * runner, the remote's Services). Pure.
 */
import type { ClusterzEntry, SyncStatus } from './istiod-debug.js';

/** What one istiod pod answered (its clusterz, and endpointShardz counts per cluster when read). */
export type PodAnswer =
  | {
      readonly pod: string;
      readonly ok: true;
      readonly clusters: readonly ClusterzEntry[];
      readonly endpoints?: ReadonlyMap<string, number>;
    }
  | { readonly pod: string; readonly ok: false; readonly problem: string };

/** A remote as one istiod pod sees it: a clusterz status, `missing` from clusterz, or `drift`. */
export type PodStatus = SyncStatus | 'missing' | 'drift';

export type RemoteStatus = PodStatus | 'unanswered';

/** The registered credential tried from the runner: accepted, rejected (401), or not reached. */
export type CredentialProbe =
  | { readonly kind: 'accepted'; readonly server: string }
  | { readonly kind: 'rejected'; readonly server: string }
  | { readonly kind: 'unreachable'; readonly server: string; readonly problem: string }
  | { readonly kind: 'unreadable'; readonly problem: string };

/** Worst first: the status a remote gets when its istiod pods disagree. */
const SEVERITY: readonly PodStatus[] = [
  'missing',
  'closed',
  'timeout',
  'unknown',
  'syncing',
  'drift',
  'synced',
];

/**
 * The remote's status in one pod's answer. A synced remote from which istiod holds no endpoint while
 * the remote has Services with endpoints is drift (only when both counts are known).
 */
export function podStatusOf(
  answer: PodAnswer & { ok: true },
  remote: string,
  servicesWithEndpoints?: number,
): PodStatus {
  const entry = answer.clusters.find((c) => c.id === remote);
  if (!entry) return 'missing';
  if (entry.syncStatus !== 'synced') return entry.syncStatus;
  const held = answer.endpoints?.get(remote);
  if (held === 0 || (held === undefined && answer.endpoints !== undefined))
    return (servicesWithEndpoints ?? 0) > 0 ? 'drift' : 'synced';
  return 'synced';
}

/** The remote's status on a holder: the worst status of the pods that answered; `unanswered` when none did. */
export function remoteStatusOf(statuses: readonly PodStatus[]): RemoteStatus {
  if (statuses.length === 0) return 'unanswered';
  return SEVERITY.find((status) => statuses.includes(status)) ?? 'synced';
}

/** Since when each pod has reported its status: kept from the last round while it is unchanged. */
export function since(
  previous: ReadonlyMap<string, { status: string; since: string }>,
  key: string,
  status: string,
  now: string,
): { status: string; since: string } {
  const before = previous.get(key);
  return before?.status === status ? before : { status, since: now };
}

function notLoaded(remote: string, secret: string, namespace: string): string {
  return (
    `istiod has not loaded the registration ${namespace}/${secret} (cluster name mismatch: istiod skips a ` +
    `registration whose cluster ID "${remote}" is its own, and reads only Secrets labelled ` +
    `istio/multiCluster=true in its own namespace). Fix: give the remote a name other than the primary's ` +
    `(remote-names, primary-name) and set istio-namespace to istiod's namespace.`
  );
}

function notSynced(remote: string, status: PodStatus, probe: CredentialProbe | undefined): string {
  const what = `istiod reports "${remote}" ${status}`;
  switch (probe?.kind) {
    case 'rejected':
      return `${what}: token rejected, the API server ${probe.server} refuses the registered reader token (revoked, or its token Secret deleted). Fix: run the action with mode: resync to issue a new one.`;
    case 'unreachable':
      return `${what}: API server unreachable, ${probe.server} does not answer the runner either (${probe.problem}). Fix: check that the remote's API server is up, and remote-api-servers.`;
    case 'accepted':
      return `${what}: API server unreachable from istiod, the runner reaches ${probe.server} with the registered token but istiod does not. Fix: let istiod's pods reach ${probe.server} (network policy, firewall, private endpoint), or register an address they reach with remote-api-servers.`;
    case 'unreadable':
      return `${what}; the registration could not be tried from the runner: ${probe.problem}. Fix: run the action with mode: resync.`;
    default:
      return `${what}. Fix: run the action with mode: resync.`;
  }
}

/** The likely cause of a remote that is not synced, naming it; undefined for a synced remote. */
export function likelyCause(options: {
  readonly remote: string;
  readonly status: RemoteStatus;
  readonly secret: string;
  readonly namespace: string;
  readonly holder: string;
  readonly probe?: CredentialProbe;
  readonly servicesWithEndpoints?: number;
  readonly unanswered?: readonly string[];
}): string | undefined {
  const { remote, status } = options;
  switch (status) {
    case 'synced':
      return undefined;
    case 'unanswered':
      return `no istiod pod on ${options.holder} answered (${(options.unanswered ?? []).join('; ') || 'no Running istiod pod'}). Fix: check istiod's pods in ${options.namespace} on ${options.holder}, and that the credentials may create pods/portforward there.`;
    case 'missing':
      return notLoaded(remote, options.secret, options.namespace);
    case 'drift':
      return `istiod reports "${remote}" synced but holds no endpoint from it while it has ${options.servicesWithEndpoints ?? 0} Service(s) with endpoints: the registered API server may be another cluster (cluster name mismatch), or istiod's view is stale. Fix: compare the server in ${options.namespace}/${options.secret} with the remote's, and run the action with mode: resync.`;
    default:
      return notSynced(remote, status, options.probe);
  }
}
