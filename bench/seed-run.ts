/**
 * `npm run bench:seed` (the bench before issue 18): the action against a scripted seed procedure on the local testbed (primary +
 * remote-1..remote-8, stand-in Istio 1.0 chart, profile istio-1.0, tool cache warm), in one run, for
 * 1, 2, 4 and 8 remotes: bench/seed.sh (what a person types per the seed doc), the action's install
 * on fresh remotes, and the action's resync with nothing drifted. Medians of BENCH_RUNS (3) runs.
 * The action is the bench's own build of the sources (bench/action-build.ts; BENCH_REF=<git ref>
 * builds a commit instead of the working tree); BENCH_NODE=<node binary> runs its steps with that
 * Node. Prints the table with the targets of issue 10 (bench/flow.md), then the wall time of each
 * step process of one install of 1 remote. Targets live here, never in tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { acquireTestRunLock } from '../test/testbed/lock.js';
import { up } from '../test/testbed/up.js';
import {
  repoRoot,
  startHarness,
  testbedInputs,
  testbedState,
  type ActionHarness,
} from '../test/integration/support/action.js';
import { installControlPlane } from '../test/integration/support/cluster-state.js';
import { buildActionCopy } from './action-build.js';
import { remoteNames, resetAll } from './clusters.js';
import { nodeShim, withPathFirst } from './step-times.js';
import { childrenCpuSeconds, clusterCpuSeconds } from './cpu.js';

const COUNTS = [1, 2, 4, 8] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHART = 'test/fixtures/charts/istio-remote';

/** CPU seconds of one action run: the action's processes (steps, kubectl, helm) and the local clusters'. */
interface CpuSplit {
  readonly action: number;
  readonly clusters: number;
}

interface Row {
  readonly remotes: number;
  readonly seed: number;
  readonly install: number;
  readonly resync: number;
  readonly installCpu: CpuSplit;
  readonly resyncCpu: CpuSplit;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timed(body: () => Promise<void> | void): Promise<number> {
  const started = performance.now();
  await body();
  return (performance.now() - started) / 1000;
}

function runSeed(remotes: readonly string[]): void {
  const state = testbedState();
  const work = mkdtempSync(join(tmpdir(), 'bench-seed-'));
  const kubeconfigOf = (name: string) => state.clusters.find((c) => c.name === name)?.kubeconfigPath ?? '';
  try {
    execFileSync(
      'bash',
      [
        join(repoRoot, 'bench', 'seed.sh'),
        state.binaries.kubectl,
        state.binaries.helm,
        join(repoRoot, CHART),
        kubeconfigOf('primary'),
        work,
        ...remotes.map((r) => `${r}=${kubeconfigOf(r)}`),
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function runAction(harness: ActionHarness, inputs: Record<string, string>): Promise<void> {
  const run = await harness.run(inputs);
  if (!run.success) throw new Error(`action run failed:\n${run.log.slice(-4000)}`);
}

/** Wall time of one action run, and the CPU it and the local clusters used meanwhile. */
async function timedRun(
  harness: ActionHarness,
  inputs: Record<string, string>,
): Promise<{ seconds: number; cpu: CpuSplit }> {
  const [action, clusters] = [childrenCpuSeconds(), clusterCpuSeconds()];
  const seconds = await timed(() => runAction(harness, inputs));
  return {
    seconds,
    cpu: { action: childrenCpuSeconds() - action, clusters: clusterCpuSeconds() - clusters },
  };
}

function medianCpu(runs: readonly { cpu: CpuSplit }[]): CpuSplit {
  return {
    action: median(runs.map((r) => r.cpu.action)),
    clusters: median(runs.map((r) => r.cpu.clusters)),
  };
}

async function measure(harness: ActionHarness, count: number): Promise<Row> {
  const remotes = remoteNames(count);
  const seed: number[] = [];
  const installs: { seconds: number; cpu: CpuSplit }[] = [];
  const resyncs: { seconds: number; cpu: CpuSplit }[] = [];
  for (let i = 0; i < RUNS; i++) {
    await resetAll(remotes);
    seed.push(await timed(() => runSeed(remotes)));
  }
  for (let i = 0; i < RUNS; i++) {
    await resetAll(remotes);
    installs.push(await timedRun(harness, testbedInputs(remotes)));
  }
  for (let i = 0; i < RUNS; i++)
    resyncs.push(await timedRun(harness, testbedInputs(remotes, { mode: 'resync' })));
  const install = installs.map((r) => r.seconds);
  const resync = resyncs.map((r) => r.seconds);
  const row = {
    remotes: count,
    seed: median(seed),
    install: median(install),
    resync: median(resync),
    installCpu: medianCpu(installs),
    resyncCpu: medianCpu(resyncs),
  };
  process.stderr.write(
    `[bench] ${count} remote(s): seed ${seed.map((s) => s.toFixed(1)).join('/')} s, install ${install.map((s) => s.toFixed(1)).join('/')} s, resync ${resync.map((s) => s.toFixed(1)).join('/')} s\n`,
  );
  return row;
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

function report(rows: readonly Row[]): { text: string; met: boolean } {
  const by = (n: number) => rows.find((r) => r.remotes === n);
  const one = by(1);
  const eight = by(8);
  const lines = [
    `| remotes | seed script | action install | install / seed | action resync (no-op) |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.remotes} | ${r.seed.toFixed(2)} s | ${r.install.toFixed(2)} s | ${(r.install / r.seed).toFixed(2)}x | ${r.resync.toFixed(2)} s |`,
    ),
    '',
    '| target | measured | result |',
    '| --- | --- | --- |',
  ];
  const checks: [string, number, boolean][] = [];
  if (one)
    checks.push([
      'install of 1 remote <= 0.7x the seed script',
      one.install / one.seed,
      one.install <= 0.7 * one.seed,
    ]);
  if (eight) {
    checks.push([
      'install of 8 remotes <= 0.2x the seed script',
      eight.install / eight.seed,
      eight.install <= 0.2 * eight.seed,
    ]);
    checks.push(['no-op resync of 8 remotes within about 2 s', eight.resync, eight.resync <= 2.25]);
  }
  if (one && eight)
    checks.push([
      'install of 8 remotes <= 1.5x install of 1',
      eight.install / one.install,
      eight.install <= 1.5 * one.install,
    ]);
  for (const [label, value, ok] of checks)
    lines.push(
      `| ${label} | ${label.includes('resync') ? `${value.toFixed(2)} s` : `${value.toFixed(2)}x`} | ${verdict(ok)} |`,
    );
  lines.push(
    '',
    '| remotes | install: CPU of the action (steps, kubectl, helm) | install: CPU of the local clusters | resync: CPU of the action | resync: CPU of the local clusters |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.remotes} | ${r.installCpu.action.toFixed(2)} s | ${r.installCpu.clusters.toFixed(2)} s | ${r.resyncCpu.action.toFixed(2)} s | ${r.resyncCpu.clusters.toFixed(2)} s |`,
    ),
  );
  return { text: lines.join('\n'), met: checks.every(([, , ok]) => ok) };
}

async function stepTimes(harness: ActionHarness): Promise<string> {
  const remotes = remoteNames(1);
  await resetAll(remotes);
  const shim = nodeShim(true);
  try {
    const total = await timed(() =>
      withPathFirst(shim.path, () => runAction(harness, testbedInputs(remotes))),
    );
    const steps = shim.take();
    const inSteps = steps.reduce((sum, s) => sum + s.seconds, 0);
    return [
      '| step (install, 1 remote) | wall time of its node process |',
      '| --- | --- |',
      ...steps.map((s) => `| ${s.step} | ${s.seconds.toFixed(2)} s |`),
      `| all ${steps.length} step processes | ${inSteps.toFixed(2)} s of ${total.toFixed(2)} s for the run |`,
    ].join('\n');
  } finally {
    shim.close();
  }
}

async function main(): Promise<void> {
  const release = await acquireTestRunLock();
  try {
    await up(1 + Math.max(...COUNTS));
    installControlPlane();
    const actionDir = buildActionCopy();
    const harness = await startHarness({ actionDir });
    const shim = nodeShim(false);
    try {
      await withPathFirst(shim.path, async () => {
        const node = execFileSync('node', ['--version']).toString().trim();
        process.stderr.write(`[bench] action built in ${actionDir}; steps run on Node ${node}\n`);
        // Warms the tool cache (and Node's compile cache) once: every measured run starts warm.
        await runAction(harness, testbedInputs(remoteNames(1), { mode: 'render' }));
        const rows: Row[] = [];
        for (const count of COUNTS) rows.push(await measure(harness, count));
        const { text, met } = report(rows);
        const steps = await stepTimes(harness);
        await resetAll(remoteNames(Math.max(...COUNTS)));
        process.stdout.write(`Steps on Node ${node}, medians of ${RUNS} runs.\n\n${text}\n\n${steps}\n`);
        process.exitCode = met ? 0 : 1;
      });
    } finally {
      shim.close();
      await harness.close();
      rmSync(join(actionDir, '..'), { recursive: true, force: true });
    }
  } finally {
    release();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
