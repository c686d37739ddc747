import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * README's Troubleshooting section quotes the action's messages in ```text blocks, one message per
 * block, wrapped at spaces: `<...>` stands for a value of the run, `...` for text left out. Every
 * fixed piece between them must still be in src/, so the section cannot drift from the code.
 */

/** The body of `## <heading>` up to the next `## `. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Each ```text block as one message: its lines joined by single spaces (the README wraps them). */
function quotedMessages(text: string): string[] {
  return [...text.matchAll(/^```text\n([\s\S]*?)^```$/gm)].map((m) =>
    (m[1] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' '),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * src/ as searchable text: string literals concatenated with `+` joined into one ('a ' + 'b' reads
 * `a b`), escaped quotes unescaped. `${...}` stays, so a piece never spans an interpolation.
 */
function searchableSource(): string {
  return sourceFiles('src')
    .map((file) =>
      readFileSync(file, 'utf8')
        .replace(/(['"`])\s*\+\s*(['"`])/g, '')
        .replace(/\\(['"`])/g, '$1'),
    )
    .join('\n');
}

/** `[<step>] ` and `[<step>] cluster "<name>": `, the prefix every StageError carries. */
const STAGE_PREFIX = /^\[([a-z-]+)\] (?:cluster "<[^<>]+>": )?/;

/** Placeholders, elisions, and ` Fix: `, where StageError joins a message and its fix. */
const SEAMS = /<[^<>]*>|\.\.\.| Fix: /;

interface Parsed {
  readonly stage: string | undefined;
  readonly pieces: string[];
}

function parse(message: string): Parsed {
  const prefix = STAGE_PREFIX.exec(message);
  const rest = prefix ? message.slice(prefix[0].length) : message;
  return { stage: prefix?.[1], pieces: rest.split(SEAMS).filter((piece) => piece.trim() !== '') };
}

describe('README troubleshooting matches the messages in src/', () => {
  const readme = readFileSync('README.md', 'utf8');
  const troubleshooting = section(readme, 'Troubleshooting');
  const messages = quotedMessages(troubleshooting);
  const source = searchableSource();

  it('README - Troubleshooting comes before Security and has an entry per failure', () => {
    expect(readme.indexOf('\n## Troubleshooting\n')).toBeLessThan(readme.indexOf('\n## Security\n'));
    const entries = [...troubleshooting.matchAll(/^### (.+)$/gm)].map((m) => m[1] ?? '');
    expect(entries.length).toBeGreaterThanOrEqual(9);
    for (const topic of [
      /sync/i,
      /token/i,
      /gateway address/i,
      /exec/i,
      /cluster name/i,
      /exist already/i,
      /more than server, CA and token/i,
      /rights/i,
      /chart-digest/i,
    ])
      expect(
        entries.some((entry) => topic.test(entry)),
        String(topic),
      ).toBe(true);
  });

  it("README - quotes the action's messages, each with real text", () => {
    expect(messages.length).toBeGreaterThanOrEqual(15);
    for (const message of messages) {
      const longest = Math.max(...parse(message).pieces.map((piece) => piece.length));
      expect(longest, message).toBeGreaterThanOrEqual(15);
    }
  });

  it('README - every fixed piece of every quoted message occurs in src/', () => {
    const missing: string[] = [];
    for (const message of messages) {
      const { stage, pieces } = parse(message);
      if (stage !== undefined && !source.includes(`'${stage}'`))
        missing.push(`step [${stage}] in: ${message}`);
      for (const piece of pieces) if (!source.includes(piece)) missing.push(`"${piece}" in: ${message}`);
    }
    expect(missing).toEqual([]);
  });

  it('the checker - finds a piece that is not in src/', () => {
    const { pieces } = parse('[register] cluster "<primary>": a message <x> the action never prints');
    expect(pieces).toEqual(['a message ', ' the action never prints']);
    expect(source.includes(pieces[1] ?? '')).toBe(false);
  });
});
