import { availableParallelism } from 'node:os';
import type { CpuUse } from './cpu.js';

/** One cell of the bench: a round-trip time and a number of remotes, each measure's runs in seconds. */
export interface Cell {
  readonly rttMs: number;
  readonly remotes: number;
  readonly docs: readonly number[];
  readonly install: readonly number[];
  readonly resync: readonly number[];
  /** Median wall time of each step process of the action's installs. */
  readonly steps: readonly { step: string; seconds: number }[];
  /** The same of its no-op resyncs (cells recorded before 2026-12-04 have none). */
  readonly resyncSteps?: readonly { step: string; seconds: number }[];
  /** Per run, the CPU spent while each procedure ran (cells recorded before 2026-12-05 have none). */
  readonly cpu?: {
    readonly docs: readonly CpuUse[];
    readonly install: readonly CpuUse[];
    readonly resync: readonly CpuUse[];
  };
}

/** The middle value; of an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 0 && sorted.length > 0)
    return ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return sorted[middle] ?? NaN;
}

const s = (seconds: number): string => `${seconds.toFixed(2)} s`;
const runs = (values: readonly number[]): string => values.map((v) => v.toFixed(1)).join(' / ');

export function cellLine(cell: Cell): string {
  const stepTimes = (steps: Cell['steps'] = []) =>
    steps.map((s) => `${s.step} ${s.seconds.toFixed(2)}`).join(', ');
  return [
    `[bench] RTT ${cell.rttMs} ms, ${cell.remotes} remote(s): docs ${runs(cell.docs)} s, action install ${runs(cell.install)} s, no-op resync ${runs(cell.resync)} s`,
    `[bench]   install steps (s): ${stepTimes(cell.steps)}`,
    `[bench]   no-op resync steps (s): ${stepTimes(cell.resyncSteps)}`,
    ...(cell.cpu
      ? [
          `[bench]   CPU-s (clusters / whole machine): docs ${cpuText(cell.cpu.docs)}, install ${cpuText(cell.cpu.install)}, resync ${cpuText(cell.cpu.resync)}`,
        ]
      : []),
  ].join('\n');
}

const cpuText = (uses: readonly CpuUse[]) =>
  `${median(uses.map((u) => u.clusters)).toFixed(1)} / ${median(uses.map((u) => u.machine)).toFixed(1)}`;

/**
 * The CPU each procedure cost, and what it means on this machine: the clusters' processes alone,
 * shared by CORES cores, need at least clusters / CORES seconds, whatever the action does.
 */
function cpuTable(cells: readonly Cell[]): string[] {
  const measured = cells.filter((c) => c.cpu !== undefined);
  if (measured.length === 0) return [];
  const cores = availableParallelism();
  const floor = (uses: readonly CpuUse[]) => median(uses.map((u) => u.clusters)) / cores;
  return [
    '',
    `| RTT | remotes | docs: CPU-s clusters / machine | install: CPU-s clusters / machine | install: clusters' CPU / ${cores} cores | resync: CPU-s clusters / machine | resync: clusters' CPU / ${cores} cores |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...measured.map((c) => {
      const cpu = c.cpu as NonNullable<Cell['cpu']>;
      return `| ${c.rttMs} ms | ${c.remotes} | ${cpuText(cpu.docs)} | ${cpuText(cpu.install)} | ${s(floor(cpu.install))} | ${cpuText(cpu.resync)} | ${s(floor(cpu.resync))} |`;
    }),
  ];
}

function table(cells: readonly Cell[]): string[] {
  return [
    '| RTT | remotes | istio.io helm + istioctl | action install | install / docs | action no-op resync | runs |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...cells.map((c) => {
      const [docs, install] = [median(c.docs), median(c.install)];
      return `| ${c.rttMs} ms | ${c.remotes} | ${s(docs)} | ${s(install)} | ${(install / docs).toFixed(2)}x | ${s(median(c.resync))} | ${c.install.length} |`;
    }),
  ];
}

interface Target {
  readonly label: string;
  readonly measured: string;
  readonly met: boolean;
}

/** The targets of issue 18, at 50 ms RTT (the first RTT measured when 50 ms is not). */
function targets(cells: readonly Cell[]): Target[] {
  const rtt = cells.some((c) => c.rttMs === 50) ? 50 : (cells[0]?.rttMs ?? 0);
  const at = (n: number) => cells.find((c) => c.rttMs === rtt && c.remotes === n);
  const [one, eight] = [at(1), at(8)];
  const found: Target[] = [];
  const ratio = (label: string, value: number, limit: number) =>
    found.push({ label: `${label} <= ${limit}x`, measured: `${value.toFixed(2)}x`, met: value <= limit });
  if (one)
    ratio(`RTT ${rtt} ms: install of 1 remote / docs procedure`, median(one.install) / median(one.docs), 0.5);
  if (eight) {
    ratio(
      `RTT ${rtt} ms: install of 8 remotes / docs procedure`,
      median(eight.install) / median(eight.docs),
      0.1,
    );
    const resync = median(eight.resync);
    found.push({
      label: `RTT ${rtt} ms: no-op resync of 8 remotes <= 3 s`,
      measured: s(resync),
      met: resync <= 3,
    });
  }
  if (one && eight)
    ratio(
      `RTT ${rtt} ms: install of 8 remotes / install of 1`,
      median(eight.install) / median(one.install),
      1.3,
    );
  return found;
}

function stepTable(cells: readonly Cell[]): string[] {
  const ones = cells.filter((c) => c.remotes === 1 && c.steps.length > 0);
  if (ones.length === 0) return [];
  const names = [...new Set(ones.flatMap((c) => c.steps.map((step) => step.step)))];
  return [
    '',
    `| step (install, 1 remote; median wall time of its node process) | ${ones.map((c) => `RTT ${c.rttMs} ms`).join(' | ')} |`,
    `| --- | ${ones.map(() => '---').join(' | ')} |`,
    ...names.map(
      (name) =>
        `| ${name} | ${ones
          .map((c) => {
            const found = c.steps.find((step) => step.step === name);
            return found ? s(found.seconds) : '-';
          })
          .join(' | ')} |`,
    ),
  ];
}

/** The results table, the targets with met/missed, and the install's step times; `met`: every target met. */
export function report(cells: readonly Cell[]): { text: string; met: boolean } {
  const checks = targets(cells);
  const lines = [
    ...table(cells),
    '',
    '| target | measured | result |',
    '| --- | --- | --- |',
    ...checks.map((t) => `| ${t.label} | ${t.measured} | ${t.met ? 'met' : 'MISSED'} |`),
    ...stepTable(cells),
    ...cpuTable(cells),
  ];
  return { text: lines.join('\n'), met: checks.length > 0 && checks.every((t) => t.met) };
}
