import type { V1Pod, V1Service } from '@kubernetes/client-node';
import { coreApi, isNotFound, type ClusterHandle } from '../../kube/client.js';
import type { EndpointSettings } from '../../istio/components.js';
import { StageError } from '../../util/errors.js';

const STAGE = 'endpoints';

/** The input with defaults applied; `deadline` is shared by every wait of the stage. */
export interface EndpointContext {
  readonly primary: ClusterHandle;
  readonly namespace: string;
  readonly timeoutMs: number;
  readonly deadline: number;
  readonly settings: EndpointSettings;
}

export function remainingMs(ctx: EndpointContext): number {
  return Math.max(0, ctx.deadline - Date.now());
}

export async function listPods(ctx: EndpointContext, selector: string): Promise<V1Pod[]> {
  const list = await coreApi(ctx.primary).listNamespacedPod({
    namespace: ctx.namespace,
    labelSelector: selector,
  });
  return list.items;
}

/** A component is deployed when pods or a Deployment carry its labels; otherwise it is legitimately absent. */
export async function readService(ctx: EndpointContext, name: string): Promise<V1Service | undefined> {
  try {
    return await coreApi(ctx.primary).readNamespacedService({ namespace: ctx.namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export function stageError(ctx: EndpointContext, message: string, fix: string, cause?: unknown): StageError {
  return new StageError({ stage: STAGE, cluster: ctx.primary.name, message, fix, cause });
}
