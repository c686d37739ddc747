import {
  accessSync,
  chmodSync,
  constants,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * A directory to put first on PATH while the action runs: its `node` runs the real Node (BENCH_NODE,
 * else the one on PATH) and, when timing, appends `<step> <start> <end>` per step process to a file.
 */
export interface NodeShim {
  readonly path: string;
  /** Wall time of each `node dist/index.js step <name>` since the last call, in order. */
  take(): { step: string; seconds: number }[];
  close(): void;
}

function realNode(): string {
  if (process.env.BENCH_NODE) return process.env.BENCH_NODE;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, 'node'), constants.X_OK);
      return join(dir, 'node');
    } catch {
      // no node in this directory
    }
  }
  return process.execPath;
}

export function nodeShim(timed: boolean): NodeShim {
  const dir = mkdtempSync(join(tmpdir(), 'bench-node-'));
  const node = realNode();
  const times = join(dir, 'times');
  writeFileSync(times, '');
  if (timed) {
    writeFileSync(
      join(dir, 'node'),
      [
        '#!/bin/bash',
        's=$(date +%s.%N)',
        `${JSON.stringify(node)} "$@"`,
        'rc=$?',
        `echo "$3 $s $(date +%s.%N)" >> ${JSON.stringify(times)}`,
        'exit $rc',
        '',
      ].join('\n'),
    );
    chmodSync(join(dir, 'node'), 0o755);
  } else {
    symlinkSync(node, join(dir, 'node'));
  }
  return {
    path: dir,
    take() {
      const lines = readFileSync(times, 'utf8').split('\n').filter(Boolean);
      writeFileSync(times, '');
      return lines.map((line) => {
        const [step = '', start = '0', end = '0'] = line.split(' ');
        return { step, seconds: Number(end) - Number(start) };
      });
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `body` with `dir` first on PATH (the composite runner takes PATH from this process). */
export async function withPathFirst<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const previous = process.env.PATH;
  process.env.PATH = [dir, previous].join(delimiter);
  try {
    return await body();
  } finally {
    process.env.PATH = previous;
  }
}
