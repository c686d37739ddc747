import { apiMessage } from '../../kube/client.js';
import type { WorkloadReader } from '../../kube/workload-reader.js';
import { waitFor } from '../../kube/wait.js';
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
} from '../../istio/components.js';
import type { ProfileName } from '../../istio/profiles.js';
import { StageError } from '../../util/errors.js';
import { listPods, remainingMs, readService, stageError, type EndpointContext } from './endpoint-context.js';
import { pickPod } from './pods.js';
import { componentServiceFix, gatewayServiceFix, waitLoadBalancer } from './load-balancer.js';

export interface EndpointsInput {
  /** The primary's pods, Deployments and Services. */
  readonly primary: WorkloadReader;
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

type Found =
  | { readonly kind: 'captured'; readonly endpoint: CapturedEndpoint }
  | ({ readonly kind: 'absent' } & AbsentComponent);

/** A Deployment, or a pod that is not on its way out (a removed component's pods may still be terminating). */
async function isDeployed(ctx: EndpointContext, spec: ComponentSpec): Promise<boolean> {
  const pods = await listPods(ctx, spec.selector);
  if (pods.some((pod) => !pod.metadata?.deletionTimestamp)) return true;
  return ctx.primary.hasDeployment(ctx.namespace, spec.selector);
}

async function capturePod(ctx: EndpointContext, spec: ComponentSpec): Promise<CapturedEndpoint> {
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

async function viaPod(ctx: EndpointContext, spec: ComponentSpec): Promise<Found> {
  if (!spec.required && !(await isDeployed(ctx, spec)))
    return { kind: 'absent', component: spec.name, reason: spec.absentBecause ?? 'not deployed' };
  return { kind: 'captured', endpoint: await capturePod(ctx, spec) };
}

async function viaOwnService(ctx: EndpointContext, spec: ComponentSpec): Promise<Found> {
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

function fromInput(ctx: EndpointContext, spec: ComponentSpec): Found {
  const address = ctx.settings.explicit[spec.name];
  if (!address)
    return { kind: 'absent', component: spec.name, reason: `${addressInput(spec.name)} is not set` };
  return {
    kind: 'captured',
    endpoint: { component: spec.name, address, via: 'input', input: addressInput(spec.name) },
  };
}

/** One gateway address for every deployed component (the seed's "Expose the Istio services via a gateway"). */
async function viaGateway(ctx: EndpointContext, specs: readonly ComponentSpec[]): Promise<Found[]> {
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

async function findAll(ctx: EndpointContext, specs: readonly ComponentSpec[]): Promise<Found[]> {
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
  ctx: EndpointContext,
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

function contextOf(input: EndpointsInput): EndpointContext {
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
      cluster: input.primary.cluster,
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
