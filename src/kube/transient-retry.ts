import { setTimeout as sleep } from 'node:timers/promises';
import * as k8s from '@kubernetes/client-node';
import { transientRetryWindowMs } from './retry-window.js';

/**
 * Retries of Kubernetes API requests that failed on the way (connection refused or reset, a
 * stalled connection, 429/502/503/504), with backoff, for at most the window `limitTransientRetries`
 * sets (the steps set it to wait-timeout). Only requests that are safe to send twice are retried:
 * reads, server-side apply patches (the same apply gives the same object), and the review POSTs
 * (access, rules and token reviews are answered, never stored). A refused
 * connection carried nothing to the server, so any request is retried after one. Everything else
 * (a create, a replace, a delete whose connection broke) fails at once, as before.
 */

/** The longest one attempt may take, so a stalled connection is given up and tried again. */
const ATTEMPT_TIMEOUT_MS = 30_000;
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 5_000;

const RETRIED_STATUS = new Set([429, 502, 503, 504]);
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BROKEN_CONNECTION = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errno, name } = error as { code?: unknown; errno?: unknown; name?: unknown };
  if (name === 'AbortError') return 'ATTEMPT_TIMEOUT';
  for (const value of [code, errno]) if (typeof value === 'string') return value;
  return undefined;
}

function contentType(request: k8s.RequestContext): string {
  const headers = request.getHeaders();
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
  return key ? String(headers[key]) : '';
}

/** The review APIs: a POST there creates nothing (a server path may come before /apis, e.g. a proxy's). */
const REVIEWS =
  /\/apis\/(?:authorization\.k8s\.io\/v1\/(?:selfsubjectaccessreviews|selfsubjectrulesreviews|subjectaccessreviews|namespaces\/[^/]+\/localsubjectaccessreviews)|authentication\.k8s\.io\/v1\/(?:tokenreviews|selfsubjectreviews))$/;

/** Whether sending `request` again cannot do anything the first one did not. */
export function safeToRepeat(method: string, type: string, path = ''): boolean {
  if (READS.has(method)) return true;
  if (method === 'POST' && REVIEWS.test(path)) return true;
  return method === 'PATCH' && type.startsWith('application/apply-patch');
}

/** Whether a failed attempt may be tried again: the failure is transient and repeating is safe. */
export function retryable(method: string, type: string, failure: unknown, path = ''): boolean {
  const code = errorCode(failure);
  if (code === 'ECONNREFUSED') return true;
  if (!safeToRepeat(method, type, path)) return false;
  if (typeof failure === 'number') return RETRIED_STATUS.has(failure);
  if (code === 'ATTEMPT_TIMEOUT' || (code !== undefined && BROKEN_CONNECTION.has(code))) return true;
  return /socket hang up|premature close|before secure TLS connection/i.test(String(failure));
}

/** One attempt, response body read whole, so a connection that stalls mid-body is an attempt that failed. */
async function attempt(
  inner: k8s.HttpLibrary,
  request: k8s.RequestContext,
  timeoutMs: number,
  outer: AbortSignal | undefined,
): Promise<k8s.ResponseContext> {
  const timeout = AbortSignal.timeout(Math.max(timeoutMs, 1));
  request.setSignal(outer ? AbortSignal.any([outer, timeout]) : timeout);
  const response = await inner.send(request).toPromise();
  const body = await response.body.binary();
  return new k8s.ResponseContext(
    response.httpStatusCode,
    response.headers,
    new k8s.SelfDecodingBody(Promise.resolve(body)),
  );
}

function describe(failure: unknown): string {
  if (typeof failure === 'number') return `HTTP ${failure}`;
  if (errorCode(failure) === 'ATTEMPT_TIMEOUT') return 'no answer (the connection stalled)';
  return failure instanceof Error ? failure.message : String(failure);
}

/** client-node's fetch library, with the retries described at the top of this file. */
export class TransientRetryHttpLibrary implements k8s.HttpLibrary {
  private readonly inner: k8s.HttpLibrary;

  constructor(inner: k8s.HttpLibrary = new k8s.IsomorphicFetchHttpLibrary()) {
    this.inner = inner;
  }

  send(request: k8s.RequestContext): k8s.Observable<k8s.ResponseContext> {
    return new k8s.Observable(this.sendWithRetries(request));
  }

  private async sendWithRetries(request: k8s.RequestContext): Promise<k8s.ResponseContext> {
    const method = String(request.getHttpMethod());
    const type = contentType(request);
    const path = new URL(request.getUrl()).pathname;
    const outer = request.getSignal();
    const started = Date.now();
    const deadline = started + transientRetryWindowMs();
    for (let tries = 1; ; tries++) {
      let failure: unknown;
      try {
        const response = await attempt(
          this.inner,
          request,
          Math.min(ATTEMPT_TIMEOUT_MS, deadline - Date.now()),
          outer,
        );
        if (!RETRIED_STATUS.has(response.httpStatusCode)) return response;
        failure = response.httpStatusCode;
        if (!retryable(method, type, failure, path)) return response;
      } catch (error: unknown) {
        failure = error;
        if (outer?.aborted || !retryable(method, type, failure, path)) throw error;
      }
      const backoff =
        Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (tries - 1)) * (0.5 + Math.random() / 2);
      if (Date.now() + backoff >= deadline) {
        const seconds = Math.round((Date.now() - started) / 1000);
        throw new Error(
          `${method} ${path}: ${describe(failure)}; gave up after ${tries} attempt(s) in ${seconds}s (wait-timeout bounds the retries)`,
          { cause: failure },
        );
      }
      await sleep(backoff);
    }
  }
}
