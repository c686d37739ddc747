/**
 * An HTTP GET to a port of a pod, through the API server's pod port-forward (client-node's
 * PortForward over a WebSocket) bridged to a loopback socket of the runner. Knows nothing of what
 * runs in the pod. The API server's pod proxy is not used: it reaches the pod from the node's
 * network, where servers that trust only loopback callers refuse it.
 */
import { request } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from './client.js';
import { isDns1123Subdomain } from '../util/names.js';

export interface PodPort {
  readonly namespace: string;
  readonly pod: string;
  readonly port: number;
}

/** What a GET through a port-forward answered, or why it did not. */
export type ForwardedGet =
  | { readonly ok: true; readonly status: number; readonly body: string }
  | { readonly ok: false; readonly problem: string };

const MAX_ERROR_TEXT = 300;

/** A loopback listener whose every connection is one port-forward stream to the pod's port. */
interface LoopbackBridge {
  readonly port: number;
  /** What the forward's error streams said (the kubelet's reason for a refused connection). */
  errors(): string;
  close(): Promise<void>;
}

function forwardConnection(
  config: k8s.KubeConfig,
  target: PodPort,
  socket: Socket,
  note: (t: string) => void,
) {
  const errors = new PassThrough();
  errors.on('data', (chunk: Buffer) => note(chunk.toString('utf8')));
  new k8s.PortForward(config)
    .portForward(target.namespace, target.pod, [target.port], socket, errors, socket)
    .then((ws) => {
      const websocket = typeof ws === 'function' ? ws() : ws;
      websocket?.on('close', () => socket.end());
      socket.on('close', () => websocket?.close());
    })
    .catch((error: unknown) => {
      note(error instanceof Error ? error.message : String(error));
      socket.destroy();
    });
}

async function openBridge(cluster: ClusterHandle, target: PodPort): Promise<LoopbackBridge> {
  let errorText = '';
  const note = (text: string) => {
    if (errorText.length < MAX_ERROR_TEXT) errorText = (errorText + text).slice(0, MAX_ERROR_TEXT);
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', (error) => note(error.message));
    forwardConnection(cluster.config, target, socket, note);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    errors: () => errorText.replace(/[^\x20-\x7e]+/g, ' ').trim(),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function get(port: number, path: string, timeoutMs: number, maxBytes: number): Promise<ForwardedGet> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy();
          resolve({ ok: false, problem: `the answer to ${path} exceeds ${maxBytes} bytes` });
        } else chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({ ok: true, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', (error) => resolve({ ok: false, problem: error.message }));
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({ ok: false, problem: `no answer to ${path} within ${timeoutMs} ms` });
    });
    req.on('error', (error) => resolve({ ok: false, problem: error.message }));
    req.end();
  });
}

/**
 * GETs each path from the pod's port through one port-forward bridge, one after another. A path
 * that fails carries the forward's own error text (the kubelet's "connection refused", a refused
 * pods/portforward) when it gave one.
 */
export async function getFromPod(
  cluster: ClusterHandle,
  target: PodPort,
  paths: readonly string[],
  options: { readonly timeoutMs: number; readonly maxBytes: number },
): Promise<ForwardedGet[]> {
  const bridge = await openBridge(cluster, target);
  try {
    const answers: ForwardedGet[] = [];
    for (const path of paths) {
      const answer = await get(bridge.port, path, options.timeoutMs, options.maxBytes);
      const reason = bridge.errors();
      answers.push(answer.ok || !reason ? answer : { ok: false, problem: `${answer.problem} (${reason})` });
    }
    return answers;
  } finally {
    await bridge.close();
  }
}

/** Running, not terminating pods in `namespace` matching `labelSelector`, sorted by name. */
export async function runningPods(
  cluster: ClusterHandle,
  namespace: string,
  labelSelector: string,
): Promise<string[]> {
  const pods = await cluster.config
    .makeApiClient(k8s.CoreV1Api)
    .listNamespacedPod({ namespace, labelSelector });
  return pods.items
    .filter((pod) => pod.status?.phase === 'Running' && !pod.metadata?.deletionTimestamp)
    .map((pod) => pod.metadata?.name ?? '')
    .filter(isDns1123Subdomain)
    .sort();
}
