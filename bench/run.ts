/**
 * `npm run bench`: the action (profile istio-current, the real base and istiod charts of the
 * istio.io/istio module, install-method kubectl, tool cache warm) against istio.io's primary-remote
 * procedure typed as the docs give it (bench/docs-procedure.sh: helm install istio-base and istiod
 * with profile=remote per remote, one after another, then istioctl create-remote-secret | kubectl
 * apply on the primary), with every cluster behind a toxiproxy proxy adding a round-trip time
 * (test/testbed/network.ts; BENCH_RTTS, default 0,50,100 ms) for 1, 2, 4 and 8 remotes (BENCH_COUNTS), plus the action's no-op resync of the same remotes.
 * Docs and action alternate within each run; medians of BENCH_RUNS (3); BENCH_RUNS_8 sets the runs
 * of 8 remotes. The action is the bench's own build (bench/action-build.ts; BENCH_REF=<git ref>);
 * BENCH_NODE=<node binary> runs its steps with that Node. Prints the table, the targets of issue 18
 * (met or MISSED) and each install step's wall time. BENCH_CELLS=<file> appends each measured cell
 * as a JSON line as it is done; `--report <file>` prints the table from such a file. Targets live
 * here, never in tests.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireTestRunLock } from '../test/testbed/lock.js';
import { up } from '../test/testbed/up.js';
import { startHarness, type ActionHarness } from '../test/integration/support/action.js';
import { installControlPlane } from '../test/integration/support/cluster-state.js';
import { uninstallControlPlane } from '../test/testbed/control-plane.js';
import { installCurrentPrimary, uninstallCurrentPrimary } from '../test/testbed/istio-primary.js';
import { buildActionCopy } from './action-build.js';
import { remoteNames, resetAll } from './clusters.js';
import { nodeShim, withPathFirst, type NodeShim } from './step-times.js';
import { loopbackAccess, networkAt } from './network-access.js';
import { actionInputs, runAction, runDocsProcedure, runNoOpResync, timed } from './procedures.js';
import { cellLine, median, report, type Cell } from './report.js';
import { withCpu, type CpuUse } from './cpu.js';

const list = (text: string | undefined, fallback: readonly number[]): number[] =>
  text ? text.split(',').map(Number) : [...fallback];
const RTTS = list(process.env.BENCH_RTTS, [0, 50, 100]);
const COUNTS = list(process.env.BENCH_COUNTS, [1, 2, 4, 8]);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RUNS_8 = Number(process.env.BENCH_RUNS_8 ?? RUNS);

function medianSteps(samples: readonly { step: string; seconds: number }[][]): Cell['steps'] {
  const names = [...new Set(samples.flatMap((sample) => sample.map((s) => s.step)))];
  return names.map((step) => ({
    step,
    seconds: median(samples.flatMap((sample) => sample.filter((s) => s.step === step).map((s) => s.seconds))),
  }));
}

async function measure(
  harness: ActionHarness,
  shim: NodeShim,
  rttMs: number,
  count: number,
  discovery: string,
): Promise<Cell> {
  const remotes = remoteNames(count);
  const network = await networkAt(rttMs, ['primary', ...remotes]);
  const docs: number[] = [];
  const install: number[] = [];
  const resync: number[] = [];
  const cpu: { docs: CpuUse[]; install: CpuUse[]; resync: CpuUse[] } = { docs: [], install: [], resync: [] };
  const measured = async (into: number[], spent: CpuUse[], work: () => Promise<unknown>) => {
    const { value, cpu: used } = await withCpu(() => timed(work));
    into.push(value);
    spent.push(used);
  };
  const steps: { step: string; seconds: number }[][] = [];
  const resyncSteps: { step: string; seconds: number }[][] = [];
  try {
    const inputs = actionInputs(network.access, remotes);
    for (let i = 0; i < (count === 8 ? RUNS_8 : RUNS); i++) {
      await resetAll(remotes);
      await measured(docs, cpu.docs, () => runDocsProcedure(network.access, remotes, discovery));
      await resetAll(remotes);
      shim.take();
      await measured(install, cpu.install, () => runAction(harness, inputs));
      steps.push(shim.take());
      await measured(resync, cpu.resync, () => runNoOpResync(harness, inputs));
      resyncSteps.push(shim.take());
    }
  } finally {
    await network.close();
  }
  const cell = {
    rttMs,
    remotes: count,
    docs,
    install,
    resync,
    cpu,
    steps: medianSteps(steps),
    resyncSteps: medianSteps(resyncSteps),
  };
  process.stderr.write(`${cellLine(cell)}\n`);
  if (process.env.BENCH_CELLS) appendFileSync(process.env.BENCH_CELLS, `${JSON.stringify(cell)}\n`);
  return cell;
}

/** The testbed's primary with the real charts (no istiod process: neither procedure needs it running). */
async function realPrimary(): Promise<string> {
  await uninstallControlPlane();
  await resetAll(remoteNames(Math.max(...COUNTS)));
  return installCurrentPrimary();
}

async function restoreTestbed(): Promise<void> {
  await resetAll(remoteNames(Math.max(...COUNTS)));
  await uninstallCurrentPrimary();
  installControlPlane();
}

async function measureAll(actionDir: string, discovery: string): Promise<void> {
  const harness = await startHarness({ actionDir });
  const shim = nodeShim(true);
  try {
    await withPathFirst(shim.path, async () => {
      const node = execFileSync('node', ['--version']).toString().trim();
      process.stderr.write(`[bench] action built in ${actionDir}; steps run on Node ${node}\n`);
      // Warms the tool cache (and Node's compile cache) once: every measured run starts warm.
      await runAction(harness, actionInputs(loopbackAccess(), remoteNames(1), { mode: 'render' }));
      const cells: Cell[] = [];
      for (const rtt of RTTS)
        for (const count of COUNTS) cells.push(await measure(harness, shim, rtt, count, discovery));
      const { text, met } = report(cells);
      process.stdout.write(
        `Steps on Node ${node}; medians of ${RUNS} runs (${RUNS_8} for 8 remotes).\n\n${text}\n`,
      );
      process.exitCode = met ? 0 : 1;
    });
  } finally {
    shim.close();
    await harness.close();
  }
}

async function main(): Promise<void> {
  const release = await acquireTestRunLock();
  try {
    await up(9); // the whole testbed, whatever BENCH_COUNTS asks: up(n) deletes clusters beyond n
    try {
      const discovery = await realPrimary();
      const actionDir = buildActionCopy();
      try {
        await measureAll(actionDir, discovery);
      } finally {
        rmSync(join(actionDir, '..'), { recursive: true, force: true });
      }
    } finally {
      await restoreTestbed();
    }
  } finally {
    release();
  }
}

/** `tsx bench/run.ts --report <cells file>`: the table of cells a run wrote (BENCH_CELLS), e.g. one cut short. */
function reportFrom(file: string): void {
  const cells = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Cell);
  // Runs of one cell measured by several bench runs count together.
  const merged = new Map<string, Cell>();
  for (const cell of cells) {
    const key = `${cell.rttMs}/${cell.remotes}`;
    const before = merged.get(key);
    merged.set(
      key,
      before
        ? {
            ...before,
            docs: [...before.docs, ...cell.docs],
            install: [...before.install, ...cell.install],
            resync: [...before.resync, ...cell.resync],
          }
        : cell,
    );
  }
  const ordered = [...merged.values()].sort((a, b) => a.rttMs - b.rttMs || a.remotes - b.remotes);
  process.stdout.write(`${report(ordered).text}\n`);
}

const reportIndex = process.argv.indexOf('--report');
const run = reportIndex >= 0 ? Promise.resolve(reportFrom(process.argv[reportIndex + 1] ?? '')) : main();
run.catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
