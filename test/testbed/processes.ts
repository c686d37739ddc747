import { readdirSync, readFileSync } from 'node:fs';
import { basename, sep } from 'node:path';
import { waitFor } from './wait.js';

export interface ComponentProcess {
  readonly pid: number;
  /** Binary name, e.g. kube-apiserver. */
  readonly component: string;
  readonly rssBytes: number;
  /** Proportional set size: shared pages (the same binaries in every cluster) divided among their users. */
  readonly pssBytes: number;
}

function readProc(pid: string, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // the process exited while we looked
  }
}

function kilobytes(text: string | undefined, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(text ?? '');
  return match?.[1] ? Number(match[1]) * 1024 : 0;
}

/**
 * The processes whose executable lives under `dir` (kwokctl runs each component from
 * `<workdir>/clusters/<name>/bin/`), so only processes the testbed started ever match.
 */
export function processesUnder(dir: string): ComponentProcess[] {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const found: ComponentProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const argv0 = readProc(entry, 'cmdline')?.split('\0')[0];
    if (!argv0?.startsWith(prefix) || !isLive(Number(entry))) continue;
    found.push({
      pid: Number(entry),
      component: basename(argv0),
      rssBytes: kilobytes(readProc(entry, 'status'), 'VmRSS'),
      pssBytes: kilobytes(readProc(entry, 'smaps_rollup'), 'Pss'),
    });
  }
  return found;
}

/** Running, and not a zombie waiting to be reaped (kwokctl would count a zombie as running). */
function isLive(pid: number): boolean {
  const stat = readProc(String(pid), 'stat');
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** Stops the given processes (by pid): SIGTERM, then SIGKILL for any still there after 10 s. */
export async function stopProcesses(processes: readonly ComponentProcess[]): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    for (const { pid } of processes) {
      try {
        if (isLive(pid)) process.kill(pid, sig);
      } catch {
        // it exited between the check and the signal
      }
    }
  };
  if (processes.length === 0) return;
  signal('SIGTERM');
  const gone = async () => (processes.every(({ pid }) => !isLive(pid)) ? true : undefined);
  try {
    await waitFor('leftover processes to exit', gone, {
      timeoutMs: 10_000,
      intervalMs: 200,
      reportEveryMs: 0,
    });
  } catch {
    signal('SIGKILL');
    await waitFor('leftover processes to exit after SIGKILL', gone, { timeoutMs: 5_000, intervalMs: 100 });
  }
}
