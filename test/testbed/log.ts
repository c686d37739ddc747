const started = Date.now();

/** One progress line on stderr, with seconds since start, so a long step never looks hung. */
export function progress(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[testbed ${seconds}s] ${message}\n`);
}

/** A plain table: first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, col) => cell.padEnd(widths[col] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Awaits `work`, printing "still <what>" every 15 s meanwhile. */
export async function withHeartbeat<T>(what: string, work: Promise<T>): Promise<T> {
  const since = Date.now();
  const timer = setInterval(
    () => progress(`  ... still ${what} (${Math.round((Date.now() - since) / 1000)}s)`),
    15_000,
  );
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
