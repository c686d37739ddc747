import type { V1Pod, V1Service } from '@kubernetes/client-node';

/** Typed Pod and Service fixtures for the pure selection logic. */
export function pod(
  name: string,
  labels: Record<string, string>,
  ip: string,
  phase = 'Running',
  namespace = 'istio-system',
): V1Pod {
  return { metadata: { name, namespace, labels }, status: { phase, podIP: ip } };
}

export function service(
  name: string,
  options: { type?: string; ip?: string; hostname?: string; namespace?: string } = {},
): V1Service {
  const ingress = options.ip || options.hostname ? [{ ip: options.ip, hostname: options.hostname }] : [];
  return {
    metadata: { name, namespace: options.namespace ?? 'istio-system' },
    spec: { type: options.type ?? 'LoadBalancer' },
    status: { loadBalancer: { ingress } },
  };
}

/** The stand-in Istio 1.0 pods, labelled as the chart labels them, with pod IPs 10.10.0.x. */
export function istio10Pods(options: { statsd?: boolean; tracing?: boolean } = {}): V1Pod[] {
  const pods = [
    pod('istio-pilot-a', { istio: 'pilot' }, '10.10.0.5'),
    pod('istio-policy-a', { istio: 'mixer', 'istio-mixer-type': 'policy' }, '10.10.0.6'),
    pod('istio-telemetry-a', { istio: 'mixer', 'istio-mixer-type': 'telemetry' }, '10.10.0.7'),
  ];
  if (options.statsd ?? true) pods.push(pod('istio-statsd-a', { istio: 'statsd-prom-bridge' }, '10.10.0.8'));
  if (options.tracing ?? true) pods.push(pod('istio-tracing-a', { app: 'jaeger' }, '10.10.0.9'));
  return pods;
}
