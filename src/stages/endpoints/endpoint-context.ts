import type { V1Pod, V1Service } from '@kubernetes/client-node';
import type { WorkloadReader } from '../../kube/workload-reader.js';
import type { EndpointSettings } from '../../istio/components.js';
import { StageError } from '../../util/errors.js';

const STAGE = 'endpoints';

/** The input with defaults applied; `deadline` is shared by every wait of the stage. */
export interface EndpointContext {
  readonly primary: WorkloadReader;
  readonly namespace: string;
  readonly timeoutMs: number;
  readonly deadline: number;
  readonly settings: EndpointSettings;
}

export function remainingMs(ctx: EndpointContext): number {
  return Math.max(0, ctx.deadline - Date.now());
}

export function listPods(ctx: EndpointContext, selector: string): Promise<V1Pod[]> {
  return ctx.primary.listPods(ctx.namespace, selector);
}

/** A component is deployed when pods or a Deployment carry its labels; otherwise it is legitimately absent. */
export function readService(ctx: EndpointContext, name: string): Promise<V1Service | undefined> {
  return ctx.primary.readService(ctx.namespace, name);
}

export function stageError(ctx: EndpointContext, message: string, fix: string, cause?: unknown): StageError {
  return new StageError({ stage: STAGE, cluster: ctx.primary.cluster, message, fix, cause });
}
