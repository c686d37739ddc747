import { Address4 } from 'ip-address';
import { isDns1123Label, isDns1123Subdomain } from '../util/names.js';
import type { ProfileName } from './profiles.js';

/** The control-plane components whose addresses remotes need; Istio 1.2x keeps only `pilot` (istiod). */
export type ComponentName = 'pilot' | 'policy' | 'telemetry' | 'statsd' | 'zipkin';

export interface ComponentSpec {
  readonly name: ComponentName;
  /** Label selector for the component's pods on the primary (endpoint-mode pod-ip). */
  readonly selector: string;
  /** Service in the Istio namespace whose LoadBalancer address stands for it (endpoint-mode load-balancer). */
  readonly service: string;
  /** The ports the remote chart appends to the address, for messages. */
  readonly ports: string;
  /** Pilot (istiod) is the only one a remote cannot work without. */
  readonly required: boolean;
  /** Why it may legitimately be absent. */
  readonly absentBecause?: string;
}

/** Istio 1.0: the seed's five components (also the names of the `<name>-pod-ip` outputs). */
export const COMPONENTS: readonly ComponentSpec[] = [
  {
    name: 'pilot',
    selector: 'istio=pilot',
    service: 'istio-pilot',
    ports: '15007, or 15005 with control-plane security',
    required: true,
  },
  // istio=mixer matches both mixer pods, so .items[0] may be telemetry: select by mixer type.
  {
    name: 'policy',
    selector: 'istio-mixer-type=policy',
    service: 'istio-policy',
    ports: '15004',
    required: false,
    absentBecause: 'policy (mixer) is not deployed',
  },
  {
    name: 'telemetry',
    selector: 'istio-mixer-type=telemetry',
    service: 'istio-telemetry',
    ports: '15004',
    required: false,
    absentBecause: 'telemetry (mixer) is not deployed',
  },
  {
    name: 'statsd',
    selector: 'istio=statsd-prom-bridge',
    service: 'istio-statsd-prom-bridge',
    ports: '9125',
    required: false,
    absentBecause: 'statsd-prom-bridge was removed in Istio 1.0.3',
  },
  {
    name: 'zipkin',
    selector: 'app=jaeger',
    service: 'zipkin',
    ports: '9411',
    required: false,
    absentBecause: 'tracing is off by default',
  },
];

/**
 * Current Istio: one discovery address (istiod). Remotes reach it through the east-west gateway
 * (15012 xDS/CA, 15017 webhook); istiod's own ClusterIP Service has no 15017.
 */
const ISTIO_CURRENT_COMPONENTS: readonly ComponentSpec[] = [
  {
    name: 'pilot',
    selector: 'app=istiod',
    service: 'istio-eastwestgateway',
    ports: '15012 and 15017',
    required: true,
  },
];

export function componentsFor(profile: ProfileName): readonly ComponentSpec[] {
  switch (profile) {
    case 'istio-1.0':
      return COMPONENTS;
    case 'istio-current':
      return ISTIO_CURRENT_COMPONENTS;
  }
}

/** Addresses as the remote chart wants them: bare IPs or host names, no ports. */
export type ControlPlaneAddresses = Readonly<Partial<Record<ComponentName, string>>>;

export const STATSD_PORT = 9125;

/** Where the addresses handed to remotes come from (istio.md §2: pod IPs change on restart). */
export const ENDPOINT_MODES = ['pod-ip', 'load-balancer', 'gateway', 'explicit'] as const;
export type EndpointMode = (typeof ENDPOINT_MODES)[number];

export const DEFAULT_GATEWAY_SERVICE = 'istio-ingressgateway';

export function describeMode(mode: EndpointMode): string {
  switch (mode) {
    case 'pod-ip':
      return 'Running pod IPs, found by label';
    case 'load-balancer':
      return "each control-plane Service's LoadBalancer address";
    case 'gateway':
      return "one ingress gateway's LoadBalancer address for every component";
    case 'explicit':
      return 'the *-address inputs';
  }
}

/** The action input carrying a component's address in endpoint-mode explicit. */
export function addressInput(component: ComponentName): string {
  return `${component}-address`;
}

/** What the user typed for each component in the `*-address` inputs (blank ones left out). */
export type ExplicitAddresses = Readonly<Partial<Record<ComponentName, string>>>;

/** Strips scheme, path and port so a refusal can show the value that would be accepted. */
function bareHost(text: string): string {
  const withoutScheme = text.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
  const host = withoutScheme.split('/')[0] ?? '';
  return host.replace(/:\d*$/, '');
}

function looksLikeIpv4(text: string): boolean {
  return /^[0-9.]+$/.test(text);
}

/**
 * Checks one address for the remote chart: an IPv4 address or a DNS name, nothing else. Returns the
 * problem (naming `source`, e.g. the input) or undefined when it is usable.
 */
export function addressProblem(source: string, spec: ComponentSpec, value: string): string | undefined {
  const bare = bareHost(value);
  const appends = `the chart appends the ports itself (${spec.name}: ${spec.ports})`;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value))
    return `${source} "${value}" has a scheme: give the bare address "${bare}"; ${appends}.`;
  if (value.includes('/')) return `${source} "${value}" has a path: give the bare address "${bare}".`;
  if (value.startsWith('[') || (value.match(/:/g) ?? []).length > 1)
    return `${source} "${value}" is an IPv6 address: the istio-remote chart writes "<address>:<port>" without brackets, so give an IPv4 address or a DNS name that resolves to it.`;
  if (value.includes(':'))
    return `${source} "${value}" has a port: give the bare address "${bare}"; ${appends}.`;
  if (looksLikeIpv4(value))
    return Address4.isValid(value)
      ? undefined
      : `${source} "${value}" is not a valid IPv4 address (example: 10.0.0.1).`;
  if (!isDns1123Subdomain(value.toLowerCase()))
    return `${source} "${value}" is neither an IPv4 address nor a DNS name (examples: 10.0.0.1, istio-pilot.mesh.example.com).`;
  return undefined;
}

/** The settings of endpoint capture that need no cluster: checked before anything is read. */
export interface EndpointSettings {
  readonly mode: EndpointMode;
  readonly profile: ProfileName;
  readonly explicit: ExplicitAddresses;
  readonly gatewayService: string;
}

function explicitProblems(settings: EndpointSettings): string[] {
  const specs = componentsFor(settings.profile);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(settings.explicit) as [ComponentName, string][]) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      problems.push(
        `${addressInput(name)} is set, but profile ${settings.profile} has no ${name} component: give only ${specs.map((s) => addressInput(s.name)).join(', ')}.`,
      );
      continue;
    }
    const problem = addressProblem(addressInput(name), spec, value);
    if (problem) problems.push(problem);
  }
  for (const spec of specs.filter((s) => s.required && !settings.explicit[s.name]))
    problems.push(
      `${addressInput(spec.name)} is required with endpoint-mode explicit (example: ${addressInput(spec.name)}: 10.0.0.1).`,
    );
  return problems;
}

/** Every problem with the settings, each saying what a valid value looks like; empty when usable. */
export function settingsProblems(settings: EndpointSettings): string[] {
  switch (settings.mode) {
    case 'explicit':
      return explicitProblems(settings);
    case 'gateway':
    case 'load-balancer':
    case 'pod-ip': {
      const given = Object.keys(settings.explicit) as ComponentName[];
      const problems = given.map(
        (name) =>
          `${addressInput(name)} is set, but endpoint-mode is ${settings.mode}: the *-address inputs are read only with endpoint-mode explicit.`,
      );
      if (settings.mode === 'gateway' && !isDns1123Label(settings.gatewayService))
        problems.push(
          `gateway-service "${settings.gatewayService}" is not a Service name (example: ${DEFAULT_GATEWAY_SERVICE}).`,
        );
      return problems;
    }
  }
}
