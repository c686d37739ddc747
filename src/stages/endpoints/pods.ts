import type { V1Pod } from '@kubernetes/client-node';

function usablePodIp(pod: V1Pod): string | undefined {
  if (pod.metadata?.deletionTimestamp) return undefined;
  if (pod.status?.phase !== 'Running') return undefined;
  return pod.status.podIP || undefined;
}

/** Running, not terminating, with an IP; sorted by name so repeated captures pick the same pod. */
export function pickPod(pods: readonly V1Pod[]): { pod: string; address: string } | undefined {
  const usable = pods
    .map((pod) => ({ pod: pod.metadata?.name ?? '', address: usablePodIp(pod) }))
    .filter((p): p is { pod: string; address: string } => p.address !== undefined)
    .sort((a, b) => a.pod.localeCompare(b.pod));
  return usable[0];
}
