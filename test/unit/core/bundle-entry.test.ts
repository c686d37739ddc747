// Every step after the first starts Node only to hand its step to the step host: what dist/index.js
// loads before it knows which step it runs is paid once per step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(process.cwd(), 'dist');

/** The files dist/index.js loads at start: its static imports, and theirs. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const match of text.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g))
      if (match[1] !== undefined) visit(match[1]);
  };
  visit(entry);
  return [...seen];
}

describe('dist/index.js', () => {
  it('loads neither @actions/core nor an HTTP client before it knows its step (each later step only relays)', () => {
    const files = staticGraph('index.js');
    const text = files.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
    expect(text).not.toMatch(/undici|ghadelimiter_|YAMLException/);
    expect(Buffer.byteLength(text)).toBeLessThan(40_000);
    expect(files.length).toBeGreaterThan(1);
  });
});
