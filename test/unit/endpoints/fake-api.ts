import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { V1Deployment, V1Pod, V1Service } from '@kubernetes/client-node';
import { openCluster, type ClusterHandle } from '../../../src/kube/client.js';

/** The objects a fake API server answers with; tests change them while the stage polls. */
export interface FakeObjects {
  pods: V1Pod[];
  deployments: V1Deployment[];
  services: V1Service[];
}

export interface FakeApi {
  readonly objects: FakeObjects;
  /** Paths requested so far (method and path without query). */
  readonly requests: string[];
  readonly cluster: ClusterHandle;
  close(): Promise<void>;
}

function matchesSelector(labels: Record<string, string> | undefined, selector: string): boolean {
  return selector
    .split(',')
    .filter(Boolean)
    .every((term) => {
      const [key = '', value = ''] = term.split('=');
      return labels?.[key] === value;
    });
}

function notFound(kind: string, name: string): { status: number; body: unknown } {
  return {
    status: 404,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      message: `${kind} "${name}" not found`,
      reason: 'NotFound',
      code: 404,
    },
  };
}

function route(objects: FakeObjects, method: string, url: URL): { status: number; body: unknown } {
  const selector = url.searchParams.get('labelSelector') ?? '';
  const inNs = <T extends { metadata?: { namespace?: string; labels?: Record<string, string> } }>(
    items: T[],
    ns: string,
  ) => items.filter((i) => i.metadata?.namespace === ns && matchesSelector(i.metadata.labels, selector));
  let m = /^\/api\/v1\/namespaces\/([^/]+)\/pods$/.exec(url.pathname);
  if (method === 'GET' && m?.[1]) return { status: 200, body: { items: inNs(objects.pods, m[1]) } };
  m = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments$/.exec(url.pathname);
  if (method === 'GET' && m?.[1]) return { status: 200, body: { items: inNs(objects.deployments, m[1]) } };
  m = /^\/api\/v1\/namespaces\/([^/]+)\/services\/([^/]+)$/.exec(url.pathname);
  if (method === 'GET' && m?.[1] && m[2]) {
    const [, ns, name] = m;
    const found = objects.services.find((s) => s.metadata?.namespace === ns && s.metadata.name === name);
    return found ? { status: 200, body: found } : notFound('services', name);
  }
  return { status: 404, body: { kind: 'Status', code: 404, message: `no route ${method} ${url.pathname}` } };
}

function kubeconfig(server: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters: [{ name: fake, cluster: { server: "' + server + '", insecure-skip-tls-verify: true } }]',
    'users: [{ name: admin, user: { token: fake-token } }]',
    'contexts: [{ name: fake, context: { cluster: fake, user: admin } }]',
    'current-context: fake',
    '',
  ].join('\n');
}

/** A loopback HTTP server answering the few reads the endpoints stage makes. */
export async function startFakeApi(name = 'primary'): Promise<FakeApi> {
  const objects: FakeObjects = { pods: [], deployments: [], services: [] };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.method ?? ''} ${url.pathname}`);
    const { status, body } = route(objects, req.method ?? '', url);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const dir = mkdtempSync(join(tmpdir(), 'endpoints-fake-api-'));
  const path = join(dir, 'kubeconfig');
  writeFileSync(path, kubeconfig(`http://127.0.0.1:${port}`), { mode: 0o600 });
  const cluster = openCluster(name, path);
  return {
    objects,
    requests,
    cluster,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

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
