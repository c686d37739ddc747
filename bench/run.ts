/**
 * Benchmarks of the action against the local testbed (primary + 2 remotes): wall time of each mode
 * and peak RSS of the step processes' parent. Targets (checked here, never in tests):
 *   install (2 remotes, warm tool cache) < 60 s; no-op install < 30 s; no-op resync < 30 s; render < 30 s.
 * Prints a Markdown table; `npm run bench` appends nothing, copy the figures into bench/flow.md.
 */
import { performance } from 'node:perf_hooks';
import { acquireTestRunLock } from '../test/testbed/lock.js';
import { up } from '../test/testbed/up.js';
import { startHarness, testbedInputs } from '../test/integration/support/action.js';
import {
  installControlPlane,
  resetPrimaryRegistrations,
  resetRemote,
} from '../test/integration/support/cluster-state.js';

const TARGETS_MS: Record<string, number> = {
  'install (fresh remotes)': 60_000,
  'install again (no-op)': 30_000,
  'resync (nothing drifted)': 30_000,
  render: 30_000,
};

async function main(): Promise<void> {
  const release = await acquireTestRunLock();
  try {
    await up(3);
    installControlPlane();
    const remotes = ['remote-1', 'remote-2'];
    for (const remote of remotes) await resetRemote(remote);
    await resetPrimaryRegistrations();
    const harness = await startHarness();
    // Warm the tool cache once so every measured run starts from a cached helm and kubectl.
    await harness.run(testbedInputs(remotes, { mode: 'render' }));
    const rows: string[] = [];
    let failed = false;
    for (const [label, inputs] of [
      ['install (fresh remotes)', testbedInputs(remotes)],
      ['install again (no-op)', testbedInputs(remotes)],
      ['resync (nothing drifted)', testbedInputs(remotes, { mode: 'resync' })],
      ['render', testbedInputs(remotes, { mode: 'render' })],
    ] as const) {
      const started = performance.now();
      const run = await harness.run(inputs);
      const ms = performance.now() - started;
      const target = TARGETS_MS[label] ?? Infinity;
      const ok = run.success && ms <= target;
      failed ||= !ok;
      rows.push(
        `| ${label} | ${(ms / 1000).toFixed(1)} s | < ${target / 1000} s | ${ok ? 'met' : run.success ? 'MISSED' : 'FAILED'} |`,
      );
    }
    await harness.close();
    process.stdout.write(
      ['| run | wall time | target | result |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n',
    );
    process.stdout.write(
      `peak RSS of this driver: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`,
    );
    process.exitCode = failed ? 1 : 0;
  } finally {
    release();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
