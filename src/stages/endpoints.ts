import * as k8s from '@kubernetes/client-node';
import type { V1Pod, V1Service } from '@kubernetes/client-node';
import { apiMessage, coreApi, isNotFound, type ClusterHandle } from '../kube/client.js';
import { waitFor } from '../kube/wait.js';
import {
  addressInput,
  addressProblem,
  componentsFor,
  DEFAULT_GATEWAY_SERVICE,
  settingsProblems,
  type ComponentName,
  type ComponentSpec,
  type ControlPlaneAddresses,
  type EndpointMode,
  type EndpointSettings,
  type ExplicitAddresses,
} from '../istio/components.js';
import type { ProfileName } from '../istio/profiles.js';
import { StageError } from '../util/errors.js';

export interface EndpointsInput {
  readonly primary: ClusterHandle;
  readonly namespace: string;
  /** One deadline for the whole stage: pods, Services and their LoadBalancer addresses. */
  readonly timeoutMs: number;
  /** Default pod-ip (the seed's procedure). */
  readonly mode?: EndpointMode;
  /** Default istio-1.0 (five components); istio-current has one discovery address. */
  readonly profile?: ProfileName;
  /** The `*-address` inputs, read only with mode explicit. */
  readonly explicit?: ExplicitAddresses;
  /** The ingress gateway Service for mode gateway; default istio-ingressgateway. */
  readonly gatewayService?: string;
}

/** Where one address came from, for the report. */
export type CapturedEndpoint =
  | { readonly component: ComponentName; readonly address: string; readonly via: 'pod'; readonly pod: string }
  | {
      readonly component: ComponentName;
      readonly address: string;
      readonly via: 'service';
      readonly service: string;
    }
  | {
      readonly component: ComponentName;
      readonly address: string;
      readonly via: 'input';
      readonly input: string;
    };

export interface AbsentComponent {
  readonly component: ComponentName;
  readonly reason: string;
}

export interface EndpointsResult {
  readonly mode: EndpointMode;
  readonly profile: ProfileName;
  readonly addresses: ControlPlaneAddresses;
  readonly captured: readonly CapturedEndpoint[];
  readonly absent: readonly AbsentComponent[];
}

const STAGE = 'endpoints';

/** The input with defaults applied; `deadline` is shared by every wait of the stage. */
interface Context {
  readonly primary: ClusterHandle;
  readonly namespace: string;
  readonly timeoutMs: number;
  readonly deadline: number;
  readonly settings: EndpointSettings;
}

type Found =
  | { readonly kind: 'captured'; readonly endpoint: CapturedEndpoint }
  | ({ readonly kind: 'absent' } & AbsentComponent);

function remainingMs(ctx: Context): number {
  return Math.max(0, ctx.deadline - Date.now());
}

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

async function listPods(ctx: Context, selector: string): Promise<V1Pod[]> {
  const list = await coreApi(ctx.primary).listNamespacedPod({
    namespace: ctx.namespace,
    labelSelector: selector,
  });
  return list.items;
}

/** A component is deployed when pods or a Deployment carry its labels; otherwise it is legitimately absent. */
async function isDeployed(ctx: Context, spec: ComponentSpec): Promise<boolean> {
  if ((await listPods(ctx, spec.selector)).length > 0) return true;
  const apps = ctx.primary.config.makeApiClient(k8s.AppsV1Api);
  const deployments = await apps.listNamespacedDeployment({
    namespace: ctx.namespace,
    labelSelector: spec.selector,
  });
  return deployments.items.length > 0;
}

async function readService(ctx: Context, name: string): Promise<V1Service | undefined> {
  try {
    return await coreApi(ctx.primary).readNamespacedService({ namespace: ctx.namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

function stageError(ctx: Context, message: string, fix: string, cause?: unknown): StageError {
  return new StageError({ stage: STAGE, cluster: ctx.primary.name, message, fix, cause });
}

async function capturePod(ctx: Context, spec: ComponentSpec): Promise<CapturedEndpoint> {
  try {
    const found = await waitFor(
      `a Running ${spec.name} pod (${spec.selector}) with an IP`,
      async () => pickPod(await listPods(ctx, spec.selector)),
      { timeoutMs: remainingMs(ctx), intervalMs: 1000 },
    );
    return { component: spec.name, via: 'pod', ...found };
  } catch (error: unknown) {
    throw stageError(
      ctx,
      `no ${spec.name} pod became ready in namespace ${ctx.namespace}: ${apiMessage(error)}`,
      `check that the Istio control plane runs in "${ctx.namespace}" (istio-namespace input) and raise wait-timeout if it is still starting.`,
      error,
    );
  }
}

function notLoadBalancerError(ctx: Context, service: string, type: string, fix: string): StageError {
  return stageError(
    ctx,
    `Service ${service} in namespace ${ctx.namespace} is type ${type}, not LoadBalancer, so it has no address remotes can use.`,
    fix,
  );
}

/** What to do when a component's own Service is not a LoadBalancer (load-balancer mode). */
function componentServiceFix(service: string): string {
  return `make ${service} type LoadBalancer (the Istio 1.0 charts have no option for it: change the chart or patch the Service), or use endpoint-mode explicit with addresses the remotes can reach.`;
}

/** What to do when gateway-service is not a LoadBalancer (gateway mode). */
function gatewayServiceFix(service: string): string {
  return `set gateway-service to the ingress gateway's LoadBalancer Service (default ${DEFAULT_GATEWAY_SERVICE}; istio-eastwestgateway for istio-current), or make ${service} type LoadBalancer.`;
}

/**
 * Waits until `service` has a LoadBalancer address. Fails at once when it exists with another type
 * (it will never get one); a missing Service is waited for, as the primary step may just have made it.
 */
async function waitLoadBalancer(ctx: Context, service: string, notLoadBalancerFix: string): Promise<string> {
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
function noAddressError(
  ctx: Context,
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

async function viaPod(ctx: Context, spec: ComponentSpec): Promise<Found> {
  if (!spec.required && !(await isDeployed(ctx, spec)))
    return { kind: 'absent', component: spec.name, reason: spec.absentBecause ?? 'not deployed' };
  return { kind: 'captured', endpoint: await capturePod(ctx, spec) };
}

async function viaOwnService(ctx: Context, spec: ComponentSpec): Promise<Found> {
  if (!spec.required && !(await readService(ctx, spec.service)))
    return {
      kind: 'absent',
      component: spec.name,
      reason: `no Service ${spec.service} (${spec.absentBecause ?? 'not deployed'})`,
    };
  const address = await waitLoadBalancer(ctx, spec.service, componentServiceFix(spec.service));
  return {
    kind: 'captured',
    endpoint: { component: spec.name, address, via: 'service', service: spec.service },
  };
}

function fromInput(ctx: Context, spec: ComponentSpec): Found {
  const address = ctx.settings.explicit[spec.name];
  if (!address)
    return { kind: 'absent', component: spec.name, reason: `${addressInput(spec.name)} is not set` };
  return {
    kind: 'captured',
    endpoint: { component: spec.name, address, via: 'input', input: addressInput(spec.name) },
  };
}

/** One gateway address for every deployed component (the seed's "Expose the Istio services via a gateway"). */
async function viaGateway(ctx: Context, specs: readonly ComponentSpec[]): Promise<Found[]> {
  const deployed: ComponentSpec[] = [];
  const found: Found[] = [];
  for (const spec of specs) {
    if (spec.required || (await isDeployed(ctx, spec))) deployed.push(spec);
    else found.push({ kind: 'absent', component: spec.name, reason: spec.absentBecause ?? 'not deployed' });
  }
  const service = ctx.settings.gatewayService;
  const address = await waitLoadBalancer(ctx, service, gatewayServiceFix(service));
  for (const spec of deployed)
    found.push({ kind: 'captured', endpoint: { component: spec.name, address, via: 'service', service } });
  return found;
}

async function findAll(ctx: Context, specs: readonly ComponentSpec[]): Promise<Found[]> {
  const mode = ctx.settings.mode;
  if (mode === 'gateway') return viaGateway(ctx, specs);
  const found: Found[] = [];
  for (const spec of specs) {
    switch (mode) {
      case 'pod-ip':
        found.push(await viaPod(ctx, spec));
        break;
      case 'load-balancer':
        found.push(await viaOwnService(ctx, spec));
        break;
      case 'explicit':
        found.push(fromInput(ctx, spec));
        break;
    }
  }
  return found;
}

/** LoadBalancer addresses go into the chart as they are: refuse what it cannot render (IPv6). */
function checkServiceAddresses(
  ctx: Context,
  specs: readonly ComponentSpec[],
  captured: readonly CapturedEndpoint[],
): void {
  for (const endpoint of captured) {
    const spec = specs.find((s) => s.name === endpoint.component);
    if (endpoint.via !== 'service' || !spec) continue;
    const problem = addressProblem(
      `the LoadBalancer address of Service ${endpoint.service}`,
      spec,
      endpoint.address,
    );
    if (problem)
      throw stageError(
        ctx,
        problem,
        'give the address with endpoint-mode explicit (a DNS name for an IPv6 load balancer).',
      );
  }
}

function contextOf(input: EndpointsInput): Context {
  const settings: EndpointSettings = {
    mode: input.mode ?? 'pod-ip',
    profile: input.profile ?? 'istio-1.0',
    explicit: input.explicit ?? {},
    gatewayService: input.gatewayService || DEFAULT_GATEWAY_SERVICE,
  };
  const problems = settingsProblems(settings);
  if (problems.length > 0)
    throw new StageError({
      stage: STAGE,
      cluster: input.primary.name,
      message: `endpoint settings are not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      fix: 'correct the inputs listed above (endpoint-mode, profile, gateway-service, *-address).',
    });
  const { primary, namespace, timeoutMs } = input;
  return { primary, namespace, timeoutMs, deadline: Date.now() + timeoutMs, settings };
}

/**
 * The seed's "capture the pod IPs" stage, with the stable alternatives of its "Deployment
 * considerations". Pilot is required and waited for; the others are waited for only when deployed
 * (pod-ip, gateway) or when their Service exists (load-balancer), and reported absent otherwise.
 */
export async function captureEndpoints(input: EndpointsInput): Promise<EndpointsResult> {
  const ctx = contextOf(input);
  const specs = componentsFor(ctx.settings.profile);
  const found = await findAll(ctx, specs);
  const captured = found.flatMap((f) => (f.kind === 'captured' ? [f.endpoint] : []));
  const absent = found.flatMap((f) =>
    f.kind === 'absent' ? [{ component: f.component, reason: f.reason }] : [],
  );
  checkServiceAddresses(ctx, specs, captured);
  const addresses: Partial<Record<ComponentName, string>> = {};
  for (const endpoint of captured) addresses[endpoint.component] = endpoint.address;
  return { mode: ctx.settings.mode, profile: ctx.settings.profile, addresses, captured, absent };
}
