import type { V1Pod } from '@kubernetes/client-node';
import { apiMessage, coreApi, type ClusterHandle } from '../kube/client.js';
import { waitFor } from '../kube/wait.js';
import {
  COMPONENTS,
  type ComponentName,
  type ComponentSpec,
  type ControlPlaneAddresses,
} from '../istio/components.js';
import { StageError } from '../util/errors.js';
import * as k8s from '@kubernetes/client-node';

export interface EndpointsInput {
  readonly primary: ClusterHandle;
  readonly namespace: string;
  readonly timeoutMs: number;
}

export interface CapturedEndpoint {
  readonly component: ComponentName;
  readonly pod: string;
  readonly address: string;
}

export interface EndpointsResult {
  readonly addresses: ControlPlaneAddresses;
  readonly captured: readonly CapturedEndpoint[];
  readonly absent: readonly { component: ComponentName; reason: string }[];
}

const STAGE = 'endpoints';

function usablePodIp(pod: V1Pod): string | undefined {
  if (pod.metadata?.deletionTimestamp) return undefined;
  if (pod.status?.phase !== 'Running') return undefined;
  return pod.status.podIP || undefined;
}

/** Running, not terminating, with an IP; sorted by name so repeated captures pick the same pod. */
function pickPod(pods: readonly V1Pod[]): { pod: string; address: string } | undefined {
  const usable = pods
    .map((pod) => ({ pod: pod.metadata?.name ?? '', address: usablePodIp(pod) }))
    .filter((p): p is { pod: string; address: string } => p.address !== undefined)
    .sort((a, b) => a.pod.localeCompare(b.pod));
  return usable[0];
}

async function listPods(input: EndpointsInput, selector: string): Promise<V1Pod[]> {
  const list = await coreApi(input.primary).listNamespacedPod({
    namespace: input.namespace,
    labelSelector: selector,
  });
  return list.items;
}

/** A component is deployed when pods or a Deployment carry its labels; otherwise it is legitimately absent. */
async function isDeployed(input: EndpointsInput, spec: ComponentSpec): Promise<boolean> {
  if ((await listPods(input, spec.selector)).length > 0) return true;
  const apps = input.primary.config.makeApiClient(k8s.AppsV1Api);
  const deployments = await apps.listNamespacedDeployment({
    namespace: input.namespace,
    labelSelector: spec.selector,
  });
  return deployments.items.length > 0;
}

async function capture(input: EndpointsInput, spec: ComponentSpec): Promise<CapturedEndpoint> {
  try {
    const found = await waitFor(
      `a Running ${spec.name} pod (${spec.selector}) with an IP`,
      async () => pickPod(await listPods(input, spec.selector)),
      { timeoutMs: input.timeoutMs, intervalMs: 1000 },
    );
    return { component: spec.name, ...found };
  } catch (error: unknown) {
    throw new StageError({
      stage: STAGE,
      cluster: input.primary.name,
      message: `no ${spec.name} pod became ready in namespace ${input.namespace}: ${apiMessage(error)}`,
      fix: `check that the Istio control plane runs in "${input.namespace}" (istio-namespace input) and raise wait-timeout if it is still starting.`,
      cause: error,
    });
  }
}

/**
 * The seed's "capture the pod IPs" stage. Pilot is required and waited for; the others are waited for
 * only when deployed, and reported absent otherwise (statsd since 1.0.3, tracing unless enabled).
 */
export async function captureEndpoints(input: EndpointsInput): Promise<EndpointsResult> {
  const captured: CapturedEndpoint[] = [];
  const absent: { component: ComponentName; reason: string }[] = [];
  for (const spec of COMPONENTS) {
    if (!spec.required && !(await isDeployed(input, spec))) {
      absent.push({ component: spec.name, reason: spec.absentBecause ?? 'not deployed' });
      continue;
    }
    captured.push(await capture(input, spec));
  }
  const addresses: Partial<Record<ComponentName, string>> = {};
  for (const endpoint of captured) addresses[endpoint.component] = endpoint.address;
  return { addresses, captured, absent };
}
