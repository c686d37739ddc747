import { readState } from '../testbed/state.js';
import { DEFAULT_CLUSTERS } from '../testbed/topology.js';
import { up } from '../testbed/up.js';
import { acquireTestRunLock } from '../testbed/lock.js';

/**
 * Vitest globalSetup of the integration project: brings the testbed up (reusing running
 * clusters, keeping any extra ones) and throws when it cannot: integration tests never skip.
 * No teardown: the clusters stay up for the next run; CI runs `npm run testbed -- down`.
 */
export default async function setup(): Promise<() => void> {
  const release = await acquireTestRunLock();
  const running = readState()?.clusters.length ?? 0;
  try {
    await up(Math.max(DEFAULT_CLUSTERS, running));
  } catch (error: unknown) {
    release();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`integration testbed could not start: ${message}`, { cause: error });
  }
  return release;
}
