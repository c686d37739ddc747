import * as k8s from '@kubernetes/client-node';
import { afterEach, describe, expect, it } from 'vitest';
import { limitTransientRetries } from '../../../src/kube/retry-window.js';
import { TransientRetryHttpLibrary, retryable } from '../../../src/kube/transient-retry.js';

/** A network failure as node-fetch reports one (FetchError with a system code). */
const networkError = (code: string) => Object.assign(new Error(`request failed, reason: ${code}`), { code });

type Outcome = number | Error | 'stall';

/** An HTTP library that answers each attempt with the next outcome and records the methods sent. */
function scripted(outcomes: Outcome[]) {
  const sent: string[] = [];
  const library: k8s.HttpLibrary = {
    send(request) {
      sent.push(String(request.getHttpMethod()));
      const next = outcomes.shift() ?? 200;
      if (next === 'stall') {
        return new k8s.Observable(
          new Promise<k8s.ResponseContext>((_, reject) =>
            request
              .getSignal()
              ?.addEventListener('abort', () =>
                reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
              ),
          ),
        );
      }
      if (next instanceof Error) return new k8s.Observable(Promise.reject(next));
      const body = new k8s.SelfDecodingBody(Promise.resolve(Buffer.from('{"kind":"Status"}')));
      return new k8s.Observable(Promise.resolve(new k8s.ResponseContext(next, {}, body)));
    },
  };
  return { library, sent };
}

function request(method: k8s.HttpMethod, contentType?: string): k8s.RequestContext {
  const context = new k8s.RequestContext('https://127.0.0.1:6443/api/v1/namespaces/x', method);
  if (contentType) context.setHeaderParam('Content-Type', contentType);
  return context;
}

const send = (library: k8s.HttpLibrary, context: k8s.RequestContext) =>
  new TransientRetryHttpLibrary(library).send(context).toPromise();

afterEach(() => limitTransientRetries(300_000));

describe('TransientRetryHttpLibrary', () => {
  it('retries a read after a reset connection and returns the answer', async () => {
    const { library, sent } = scripted([networkError('ECONNRESET'), networkError('ECONNRESET'), 200]);
    const response = await send(library, request(k8s.HttpMethod.GET));
    expect(response.httpStatusCode).toBe(200);
    expect(await response.body.text()).toBe('{"kind":"Status"}');
    expect(sent).toEqual(['GET', 'GET', 'GET']);
  });

  it('retries a server-side apply patch, and a create only when the connection was refused', async () => {
    const apply = scripted([networkError('ECONNRESET'), 200]);
    await send(apply.library, request(k8s.HttpMethod.PATCH, 'application/apply-patch+yaml'));
    expect(apply.sent).toHaveLength(2);
    const refused = scripted([networkError('ECONNREFUSED'), 201]);
    expect((await send(refused.library, request(k8s.HttpMethod.POST))).httpStatusCode).toBe(201);
    expect(refused.sent).toHaveLength(2);
  });

  it('never repeats a create, replace, delete or merge patch whose connection broke', async () => {
    for (const method of [
      k8s.HttpMethod.POST,
      k8s.HttpMethod.PUT,
      k8s.HttpMethod.DELETE,
      k8s.HttpMethod.PATCH,
    ]) {
      const { library, sent } = scripted([networkError('ECONNRESET'), 200]);
      await expect(send(library, request(method, 'application/merge-patch+json'))).rejects.toThrow(
        /ECONNRESET/,
      );
      expect(sent).toEqual([method]);
    }
    expect(retryable('POST', 'application/json', 503)).toBe(false);
  });

  it('retries a review POST (access, rules and token reviews create nothing), and no other POST', () => {
    const reset = networkError('ECONNRESET');
    for (const path of [
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews',
      '/apis/authorization.k8s.io/v1/subjectaccessreviews',
      '/apis/authorization.k8s.io/v1/namespaces/istio-system/localsubjectaccessreviews',
      '/apis/authentication.k8s.io/v1/tokenreviews',
      '/k8s/clusters/c-1/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    ])
      expect(retryable('POST', 'application/json', reset, path), path).toBe(true);
    for (const path of [
      '/api/v1/namespaces/istio-system/secrets',
      '/api/v1/namespaces/istio-system/serviceaccounts/reader/token',
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews/x',
    ])
      expect(retryable('POST', 'application/json', reset, path), path).toBe(false);
  });

  it('gives up a stalled attempt and stops retrying at the window, naming the request and why', async () => {
    limitTransientRetries(1_200);
    const { library, sent } = scripted(['stall', 'stall', 'stall', 'stall', 'stall', 'stall']);
    const started = Date.now();
    await expect(send(library, request(k8s.HttpMethod.GET))).rejects.toThrow(
      /^GET \/api\/v1\/namespaces\/x: no answer \(the connection stalled\); gave up after \d+ attempt\(s\) in \ds \(wait-timeout bounds the retries\)$/,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(sent.length).toBeGreaterThanOrEqual(1);
  });

  it('retries 503 and 429 answers to reads, and returns other errors as they are', async () => {
    const busy = scripted([503, 429, 200]);
    expect((await send(busy.library, request(k8s.HttpMethod.GET))).httpStatusCode).toBe(200);
    expect(busy.sent).toHaveLength(3);
    const missing = scripted([404]);
    expect((await send(missing.library, request(k8s.HttpMethod.GET))).httpStatusCode).toBe(404);
    expect(missing.sent).toHaveLength(1);
  });
});
