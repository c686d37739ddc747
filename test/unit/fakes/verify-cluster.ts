// An in-memory VerifyCluster (src/stages/verify/istiod-views.ts): its Secrets (FakeSecrets), the
// answers its istiod pods give round after round, and its count of Services with endpoints.
import type { ClusterzEntry, SyncStatus } from '../../../src/istio/istiod-debug.js';
import type { PodAnswer } from '../../../src/istio/verify-decision.js';
import type { VerifyCluster } from '../../../src/stages/verify/istiod-views.js';
import { FakeSecrets } from './secret-port.js';

/** One istiod pod's clusterz: remote -> status; endpoint shards held: 1 per synced remote unless given. */
export function podAnswer(
  pod: string,
  statuses: Readonly<Record<string, SyncStatus>>,
  shards?: ReadonlyMap<string, number>,
): PodAnswer {
  const clusters: ClusterzEntry[] = Object.entries(statuses).map(([id, syncStatus]) => ({
    id,
    secretName: `istio-system/istio-remote-secret-${id}`,
    syncStatus,
  }));
  const endpoints = shards ?? new Map(clusters.map((c) => [c.id, c.syncStatus === 'synced' ? 1 : 0]));
  return { pod, ok: true, clusters, endpoints };
}

export const unanswered = (pod: string, problem: string): PodAnswer => ({ pod, ok: false, problem });

export class FakeVerifyCluster implements VerifyCluster {
  readonly secrets: FakeSecrets;
  /** The answers of round n (the last one repeats). */
  rounds: PodAnswer[][] = [];
  asked = 0;
  services = 3;
  readonly name: string;

  constructor(name: string) {
    this.name = name;
    this.secrets = new FakeSecrets(name);
  }

  askIstiods(): Promise<PodAnswer[]> {
    const round = this.rounds[Math.min(this.asked, this.rounds.length - 1)] ?? [];
    this.asked += 1;
    return Promise.resolve(round);
  }

  servicesWithEndpoints(): Promise<number> {
    return Promise.resolve(this.services);
  }
}
