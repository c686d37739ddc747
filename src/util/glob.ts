import * as fs from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * File patterns as users write them in workflows (`k8s/*.yaml`, `deploy/**\/*.{yaml,yml}`), relative to
 * a root. Node 22+ has fs.globSync; Node 20 (still a supported runtime) does not, so the same
 * subset is implemented here: `*`, `?`, `[...]`, `{a,b}` within a path segment and `**` across
 * segments; like fs.globSync, wildcards do not match names starting with a dot.
 */
export interface Expanded {
  /** Absolute paths of matching regular files, sorted, without duplicates. */
  readonly files: string[];
  readonly problems: string[];
}

const GLOB_CHARS = /[*?[{]/;

type GlobSync = (pattern: string, options: { cwd: string }) => string[];

/** fs.globSync where this Node has it (22+), else undefined. */
export function nativeGlob(): GlobSync | undefined {
  const candidate = (fs as unknown as { globSync?: GlobSync }).globSync;
  return typeof candidate === 'function' ? candidate : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^$()|\\/]/g, '\\$&');
}

/** Regular expression for one path segment: `*`, `?`, `[...]` and `{a,b}`. */
export function segmentRegExp(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = segment.indexOf('}', i + 1);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${segment
          .slice(i + 1, end)
          .split(',')
          .map((alt) => segmentRegExp(alt).source.slice(1, -1))
          .join('|')})`;
        i = end;
      }
    } else out += escapeRegExp(c);
  }
  return new RegExp(`^${out}$`);
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Paths under `base` matching the segments, walked one directory level per segment. */
function walk(base: string, segments: readonly string[]): string[] {
  const [head, ...rest] = segments;
  if (head === undefined) return [base];
  if (head === '**') {
    const visible = entries(base).filter((e) => !e.name.startsWith('.'));
    const below = visible.filter((e) => isDirectory(join(base, e.name)));
    // A trailing `**` matches its base and everything below it, files included.
    const here =
      rest.length === 0
        ? [base, ...visible.filter((e) => !below.includes(e)).map((e) => join(base, e.name))]
        : walk(base, rest);
    return [...here, ...below.flatMap((e) => walk(join(base, e.name), segments))];
  }
  if (!GLOB_CHARS.test(head)) return walk(join(base, head), rest);
  const pattern = segmentRegExp(head);
  return entries(base)
    .filter((e) => !e.name.startsWith('.') || head.startsWith('.'))
    .filter((e) => pattern.test(e.name))
    .flatMap((e) => walk(join(base, e.name), rest));
}

/** The fallback of fs.globSync used on Node 20; absolute results. */
export function fallbackGlob(pattern: string, root: string): string[] {
  const absolute = isAbsolute(pattern);
  const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
  return walk(absolute ? '/' : root, segments).filter((path) => fs.existsSync(path));
}

function isFile(path: string): boolean {
  try {
    return fs.statSync(path).isFile();
  } catch {
    return false;
  }
}

function matches(pattern: string, root: string): string[] {
  if (!GLOB_CHARS.test(pattern)) return [resolve(root, pattern)];
  const native = nativeGlob();
  const found = native
    ? native(pattern, { cwd: root }).map((p) => resolve(root, p))
    : fallbackGlob(pattern, root);
  return found.filter(isFile);
}

/** Expands every pattern; a pattern that matches no file, or names a missing file, is a problem. */
export function expandPatterns(name: string, patterns: readonly string[], root: string): Expanded {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const pattern of patterns) {
    const found = matches(pattern, root).map((p) => resolve(p));
    const existing = found.filter(isFile);
    if (existing.length === 0) {
      const hint = GLOB_CHARS.test(pattern) ? 'matches no file' : 'is not a file';
      problems.push(
        `${name}: "${pattern}" ${hint} under ${root}. Fix: give paths or globs relative to the workspace, e.g. k8s/app.yaml or k8s/**/*.yaml`,
      );
    }
    for (const file of existing) files.add(file);
  }
  return { files: [...files].sort(), problems };
}
