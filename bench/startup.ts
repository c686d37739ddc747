/**
 * Start-up cost of each composite step: `node <dist>/index.js step <name>` with no inputs, so each
 * step loads its chunk, reads its first input and fails (no cluster is touched). Wall time (median
 * and minimum of N runs) and peak RSS, per Node binary, from /usr/bin/time. Usage:
 *   npx tsx bench/startup.ts [--runs 7] [--node /path/to/node ...] <dist dir> [<dist dir> ...]
 * A dist dir's compile cache (Node >= 22.1) lives in a fresh RUNNER_TOOL_CACHE, warmed by one
 * unmeasured run of the step, as the composite action's earlier steps warm it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STEPS = [
  'setup-tools',
  'credentials',
  'preflight',
  'endpoints',
  'remote-install',
  'remote-kubeconfig',
  'register',
  'summary',
] as const;

interface Sample {
  readonly seconds: number;
  readonly rssMiB: number;
}

function measure(node: string, dist: string, step: string, env: NodeJS.ProcessEnv): Sample {
  const timeFile = join(env.RUNNER_TEMP ?? tmpdir(), 'time');
  spawnSync(
    '/usr/bin/time',
    ['-o', timeFile, '-f', '%e %M', 'timeout', '20', node, join(dist, 'index.js'), 'step', step],
    // An unsupported helm-version makes setup-tools fail before it looks for a download.
    { env: { ...env, 'INPUT_HELM-VERSION': 'latest' }, stdio: 'ignore' },
  );
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
  const [seconds = 'NaN', kib = 'NaN'] = last.split(' ');
  return { seconds: Number(seconds), rssMiB: Number(kib) / 1024 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

function parseArgs(argv: readonly string[]): { runs: number; nodes: string[]; dists: string[] } {
  let runs = 7;
  const nodes: string[] = [];
  const dists: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--runs') runs = Number(argv[++i]);
    else if (arg === '--node') nodes.push(argv[++i] ?? '');
    else dists.push(arg);
  }
  if (nodes.length === 0) nodes.push(process.execPath);
  if (dists.length === 0) throw new Error('usage: bench/startup.ts [--runs N] [--node PATH ...] <dist> ...');
  return { runs, nodes, dists };
}

export function startupTable(runs: number, nodes: readonly string[], dists: readonly string[]): string {
  const rows: string[] = [];
  for (const node of nodes) {
    const version = execFileSync(node, ['--version']).toString().trim();
    for (const dist of dists) {
      const work = mkdtempSync(join(tmpdir(), 'startup-bench-'));
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        RUNNER_TEMP: work,
        RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
        GITHUB_OUTPUT: join(work, 'output'),
      };
      writeFileSync(env.GITHUB_OUTPUT ?? '', '');
      try {
        for (const step of STEPS) {
          measure(node, dist, step, env);
          const samples = Array.from({ length: runs }, () => measure(node, dist, step, env));
          const times = samples.map((s) => s.seconds);
          rows.push(
            `| ${version} | ${dist} | ${step} | ${median(times).toFixed(2)} s | ${Math.min(...times).toFixed(2)} s | ${median(samples.map((s) => s.rssMiB)).toFixed(0)} MiB |`,
          );
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  }
  return [
    `| node | dist | step | median of ${runs} | min | peak RSS |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runs, nodes, dists } = parseArgs(process.argv.slice(2));
  process.stdout.write(startupTable(runs, nodes, dists) + '\n');
}
