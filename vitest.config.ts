import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
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
