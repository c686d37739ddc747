/** The Istio 1.0 control-plane components whose pod addresses remotes need, and how to find their pods. */
export type ComponentName = 'pilot' | 'policy' | 'telemetry' | 'statsd' | 'zipkin';

export interface ComponentSpec {
  readonly name: ComponentName;
  /** Label selector for the component's pods on the primary. */
  readonly selector: string;
  /** Pilot is the only one a remote cannot work without. */
  readonly required: boolean;
  /** Why it may legitimately be absent. */
  readonly absentBecause?: string;
}

export const COMPONENTS: readonly ComponentSpec[] = [
  { name: 'pilot', selector: 'istio=pilot', required: true },
  // istio=mixer matches both mixer pods, so .items[0] may be telemetry: select by mixer type.
  {
    name: 'policy',
    selector: 'istio-mixer-type=policy',
    required: false,
    absentBecause: 'policy (mixer) is not deployed',
  },
  {
    name: 'telemetry',
    selector: 'istio-mixer-type=telemetry',
    required: false,
    absentBecause: 'telemetry (mixer) is not deployed',
  },
  {
    name: 'statsd',
    selector: 'istio=statsd-prom-bridge',
    required: false,
    absentBecause: 'statsd-prom-bridge was removed in Istio 1.0.3',
  },
  { name: 'zipkin', selector: 'app=jaeger', required: false, absentBecause: 'tracing is off by default' },
];

/** Addresses as the remote chart wants them: bare IPs or host names, no ports. */
export type ControlPlaneAddresses = Readonly<Partial<Record<ComponentName, string>>>;

export const STATSD_PORT = 9125;
