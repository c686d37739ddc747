import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from './layout.js';
import { progress } from './log.js';
import { waitFor } from './wait.js';
import { alive } from './local-process.js';

/** A lock is stale when its owner died, or when it never got a pid file within 10 s. */
function stale(lockDir: string): boolean {
  try {
    return !alive(Number(readFileSync(join(lockDir, 'pid'), 'utf8')));
  } catch {
    try {
      return Date.now() - statSync(lockDir).mtimeMs > 10_000;
    } catch {
      return false; // the lock was released meanwhile
    }
  }
}

function tryLock(lockDir: string): boolean {
  try {
    mkdirSync(lockDir);
  } catch {
    return false;
  }
  writeFileSync(join(lockDir, 'pid'), String(process.pid));
  return true;
}

/** Waits for the lock directory `<cache>/<name>` (taking over a stale one); resolves with its release. */
async function acquire(name: string, holder: string, timeoutMs: number): Promise<() => void> {
  mkdirSync(cacheRoot(), { recursive: true });
  const lockDir = join(cacheRoot(), name);
  if (!tryLock(lockDir)) {
    progress(`another ${holder} holds ${lockDir}; waiting for it`);
    await waitFor(
      `the lock ${lockDir}`,
      async () => {
        if (tryLock(lockDir)) return true;
        if (stale(lockDir)) rmSync(lockDir, { recursive: true, force: true });
        return undefined;
      },
      { timeoutMs, intervalMs: 1_000 },
    );
  }
  return () => rmSync(lockDir, { recursive: true, force: true });
}

/**
 * Runs `body` holding the testbed lock, so two `up`/`down` runs (two developers, or CLI and
 * tests) never start or delete the same clusters at once. A lock left by a dead process is taken over.
 */
export async function withTestbedLock<T>(body: () => Promise<T>): Promise<T> {
  const release = await acquire('testbed.lock', 'testbed command', 20 * 60_000);
  try {
    return await body();
  } finally {
    release();
  }
}

/**
 * Holds the test-run lock until the returned release is called: integration runs share the clusters,
 * so two runs (two developers, or a developer and CI) take turns instead of resetting each other's remotes.
 */
export function acquireTestRunLock(): Promise<() => void> {
  return acquire('test-run.lock', 'integration run', 40 * 60_000);
}
