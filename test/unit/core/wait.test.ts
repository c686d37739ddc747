import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it, vi } from 'vitest';
import { retryWhile, waitFor } from '../../../src/kube/wait.js';

const forbidden = () =>
  new ApiException(
    403,
    'Forbidden',
    JSON.stringify({ message: 'secrets is forbidden: User "x" cannot get' }),
    {},
  );

describe('waitFor()', () => {
  it('waitFor() - stops at the first 403 with the API message, long before the timeout', async () => {
    const started = Date.now();
    let probes = 0;
    const wait = waitFor(
      'a token',
      () => {
        probes++;
        return Promise.reject(forbidden());
      },
      { timeoutMs: 60_000, intervalMs: 10 },
    );
    await expect(wait).rejects.toThrow(
      'gave up waiting for a token: secrets is forbidden: User "x" cannot get (HTTP 403)',
    );
    expect(probes).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('waitFor() - retries other errors (500, network) and returns the first value', async () => {
    const answers: (() => Promise<string | undefined>)[] = [
      () => Promise.reject(new ApiException(500, 'oops', '{}', {})),
      () => Promise.reject(new Error('ECONNREFUSED')),
      () => Promise.resolve(undefined),
      () => Promise.resolve('ready'),
    ];
    let call = 0;
    const value = await waitFor('ready', () => (answers[call++] ?? answers[3]!)(), {
      timeoutMs: 5000,
      intervalMs: 1,
    });
    expect(value).toBe('ready');
    expect(call).toBe(4);
  });

  it('waitFor() - a timeout names what it waited for and the last error', async () => {
    await expect(
      waitFor('pods', () => Promise.reject(new Error('connection reset')), { timeoutMs: 30, intervalMs: 5 }),
    ).rejects.toThrow(/timed out after 0s waiting for pods \(last error: connection reset\)/);
  });

  it('waitFor() - pauses 50 ms after the first probe, then twice as long each time, up to intervalMs', async () => {
    vi.useFakeTimers();
    try {
      const probedAt: number[] = [];
      const wait = waitFor(
        'a filled token',
        () => {
          probedAt.push(Date.now());
          return Promise.resolve(probedAt.length === 5 ? 'token' : undefined);
        },
        { timeoutMs: 10_000, intervalMs: 300 },
      );
      await vi.runAllTimersAsync();
      await expect(wait).resolves.toBe('token');
      const pauses = probedAt.slice(1).map((at, index) => at - (probedAt[index] ?? 0));
      expect(pauses).toEqual([50, 100, 200, 300]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('retryWhile()', () => {
  it('retryWhile() - tries again while the answer calls for it, and returns the first one that does not', async () => {
    const answers = ['unauthorized', 'unauthorized', 'verified', 'never asked'];
    let call = 0;
    const answer = await retryWhile(
      () => Promise.resolve(answers[call++]),
      (a) => a === 'unauthorized',
      5000,
    );
    expect(answer).toBe('verified');
    expect(call).toBe(3);
  });

  it('retryWhile() - after the grace period, returns the last answer as it is', async () => {
    vi.useFakeTimers();
    try {
      const triedAt: number[] = [];
      const result = retryWhile(
        () => {
          triedAt.push(Date.now());
          return Promise.resolve('unauthorized');
        },
        (a) => a === 'unauthorized',
        1000,
      );
      await vi.advanceTimersByTimeAsync(5000);
      expect(await result).toBe('unauthorized');
      const start = triedAt[0]!;
      expect(triedAt.map((t) => t - start)).toEqual([0, 100, 300, 700, 1000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retryWhile() - an error is not retried: it is thrown at once', async () => {
    let call = 0;
    await expect(
      retryWhile(
        () => {
          call++;
          return Promise.reject(new Error('the reader account lacks rights'));
        },
        () => true,
        5000,
      ),
    ).rejects.toThrow('the reader account lacks rights');
    expect(call).toBe(1);
  });
});
