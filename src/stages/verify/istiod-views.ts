/** What every Running istiod pod of a holder answers on its monitoring port, read through port-forwards. */
import type { ClusterHandle } from '../../kube/client.js';
import { apiMessage } from '../../kube/client.js';
import { servicesWithEndpoints } from '../../kube/credential-probe.js';
import { secretPortOf, type SecretPort } from '../../kube/secret-port.js';
import { getFromPod, runningPods } from '../../kube/port-forward.js';
import { DebugAnswerError, endpointsByCluster, parseClusterz } from '../../istio/istiod-debug.js';
import type { PodAnswer } from '../../istio/verify-decision.js';

/** istiod's monitoring listener (/metrics and /debug), served to loopback callers without auth. */
export const ISTIOD_MONITORING_PORT = 15014;
/** The istiod pods of the default revision, as the istiod chart labels them. */
export const ISTIOD_PODS = 'app=istiod,istio.io/rev=default';
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
const PATHS = ['/debug/clusterz', '/debug/endpointShardz'] as const;

async function askPod(
  holder: ClusterHandle,
  namespace: string,
  pod: string,
  timeoutMs: number,
): Promise<PodAnswer> {
  let answers;
  try {
    answers = await getFromPod(holder, { namespace, pod, port: ISTIOD_MONITORING_PORT }, PATHS, {
      timeoutMs,
      maxBytes: MAX_ANSWER_BYTES,
    });
  } catch (error: unknown) {
    return {
      pod,
      ok: false,
      problem: `port-forward to ${pod}:${ISTIOD_MONITORING_PORT} failed: ${apiMessage(error)}`,
    };
  }
  const [clusterz, shardz] = answers;
  if (!clusterz?.ok) return { pod, ok: false, problem: clusterz?.problem ?? 'no answer' };
  if (clusterz.status !== 200)
    return { pod, ok: false, problem: `/debug/clusterz answered HTTP ${clusterz.status}` };
  try {
    const clusters = parseClusterz(clusterz.body);
    const endpoints = shardz?.ok && shardz.status === 200 ? endpointsByCluster(shardz.body) : undefined;
    return { pod, ok: true, clusters, ...(endpoints ? { endpoints } : {}) };
  } catch (error: unknown) {
    if (error instanceof DebugAnswerError) return { pod, ok: false, problem: error.message };
    throw error;
  }
}

/** Every Running istiod pod of `holder` in `namespace`, each asked once; a pod that does not answer says why. */
export async function askIstiods(
  holder: ClusterHandle,
  namespace: string,
  timeoutMs: number,
): Promise<PodAnswer[]> {
  const pods = await runningPods(holder, namespace, ISTIOD_PODS);
  return Promise.all(pods.map((pod) => askPod(holder, namespace, pod, timeoutMs)));
}

/** A cluster as verify sees it: its registrations, its istiod pods' answers, its Services. */
export interface VerifyCluster {
  readonly name: string;
  readonly secrets: SecretPort;
  /** Every Running istiod pod of the cluster, each asked once (holders only). */
  askIstiods(namespace: string, timeoutMs: number): Promise<PodAnswer[]>;
  /** How many Services have at least one endpoint (a synced remote with none in istiod is drift). */
  servicesWithEndpoints(): Promise<number>;
}

export function verifyClusterOf(cluster: ClusterHandle): VerifyCluster {
  return {
    name: cluster.name,
    secrets: secretPortOf(cluster),
    askIstiods: (namespace, timeoutMs) => askIstiods(cluster, namespace, timeoutMs),
    servicesWithEndpoints: () => servicesWithEndpoints(cluster.config),
  };
}
