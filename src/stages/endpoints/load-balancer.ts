import type { V1Service } from '@kubernetes/client-node';
import { apiMessage } from '../../kube/client.js';
import { waitFor } from '../../kube/wait.js';
import { DEFAULT_GATEWAY_SERVICE } from '../../istio/components.js';
import { StageError } from '../../util/errors.js';
import { readService, remainingMs, stageError, type EndpointContext } from './endpoint-context.js';

/** What a Service offers as a stable address: only a LoadBalancer with an ingress entry has one. */
export type LoadBalancerState =
  | { readonly state: 'missing' }
  | { readonly state: 'not-load-balancer'; readonly type: string }
  | { readonly state: 'pending' }
  | { readonly state: 'ready'; readonly address: string };

/** The first `status.loadBalancer.ingress` entry with an ip (preferred) or a hostname. */
export function loadBalancerState(service: V1Service | undefined): LoadBalancerState {
  if (!service) return { state: 'missing' };
  const type = service.spec?.type ?? 'ClusterIP';
  if (type !== 'LoadBalancer') return { state: 'not-load-balancer', type };
  for (const ingress of service.status?.loadBalancer?.ingress ?? []) {
    const address = ingress.ip || ingress.hostname;
    if (address) return { state: 'ready', address };
  }
  return { state: 'pending' };
}

export function notLoadBalancerError(
  ctx: EndpointContext,
  service: string,
  type: string,
  fix: string,
): StageError {
  return stageError(
    ctx,
    `Service ${service} in namespace ${ctx.namespace} is type ${type}, not LoadBalancer, so it has no address remotes can use.`,
    fix,
  );
}

/** What to do when a component's own Service is not a LoadBalancer (load-balancer mode). */
export function componentServiceFix(service: string): string {
  return `make ${service} type LoadBalancer (the Istio 1.0 charts have no option for it: change the chart or patch the Service), or use endpoint-mode explicit with addresses the remotes can reach.`;
}

/** What to do when gateway-service is not a LoadBalancer (gateway mode). */
export function gatewayServiceFix(service: string): string {
  return `set gateway-service to the ingress gateway's LoadBalancer Service (default ${DEFAULT_GATEWAY_SERVICE}; istio-eastwestgateway for istio-current), or make ${service} type LoadBalancer.`;
}

/**
 * Waits until `service` has a LoadBalancer address. Fails at once when it exists with another type
 * (it will never get one); a missing Service is waited for, as the primary step may just have made it.
 */
export async function waitLoadBalancer(
  ctx: EndpointContext,
  service: string,
  notLoadBalancerFix: string,
): Promise<string> {
  const seen: { last: LoadBalancerState | undefined } = { last: undefined };
  let settled: string | StageError;
  try {
    settled = await waitFor(
      `a LoadBalancer address on Service ${service}`,
      async () => {
        const last = loadBalancerState(await readService(ctx, service));
        seen.last = last;
        switch (last.state) {
          case 'ready':
            return last.address;
          case 'not-load-balancer':
            return notLoadBalancerError(ctx, service, last.type, notLoadBalancerFix);
          case 'missing':
          case 'pending':
            return undefined;
        }
      },
      { timeoutMs: remainingMs(ctx), intervalMs: 1000 },
    );
  } catch (error: unknown) {
    throw noAddressError(ctx, service, seen.last, error);
  }
  if (settled instanceof StageError) throw settled;
  return settled;
}

/** Why the wait for a LoadBalancer address ran out, from the last successful read of the Service. */
export function noAddressError(
  ctx: EndpointContext,
  service: string,
  last: LoadBalancerState | undefined,
  cause: unknown,
): StageError {
  const seconds = Math.round(ctx.timeoutMs / 1000);
  if (last === undefined)
    return stageError(
      ctx,
      `could not read Service ${service} in namespace ${ctx.namespace}: ${apiMessage(cause)}`,
      `check that the primary's API server is reachable and its credentials may get services in "${ctx.namespace}".`,
      cause,
    );
  if (last.state === 'missing')
    return stageError(
      ctx,
      `Service ${service} does not exist in namespace ${ctx.namespace} (waited ${seconds}s).`,
      `check istio-namespace, install the Service, or name the right one (gateway-service input for endpoint-mode gateway).`,
      cause,
    );
  return stageError(
    ctx,
    `Service ${service} in namespace ${ctx.namespace} got no LoadBalancer address (status.loadBalancer.ingress) within ${seconds}s.`,
    `check that a load-balancer controller (cloud provider, MetalLB) serves this cluster: \`kubectl -n ${ctx.namespace} get service ${service}\` shows EXTERNAL-IP <pending> until it assigns one; raise wait-timeout, or use endpoint-mode explicit with addresses you route to the primary.`,
    cause,
  );
}
