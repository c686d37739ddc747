import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // On a loaded machine 5 s (the default) failed an exhaustive test that takes 0.3 s when
          // idle. CI reruns the suite under Node 24 niced beside the integration run, with more.
          testTimeout: Number(process.env.UNIT_TEST_TIMEOUT_MS ?? 30_000),
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          // The clusters are shared: files run one at a time, and 2 cores are busy enough.
          fileParallelism: false,
          // it.concurrent tests (runs that write nothing) of one file: 3 at a time on 2 cores.
          maxConcurrency: 3,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
