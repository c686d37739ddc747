import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPatterns, fallbackGlob, segmentRegExp } from '../../../src/util/glob.js';

const FILES = [
  'x.yaml',
  'a/y.yaml',
  'a/b/z.yml',
  'a/b/c.json',
  '.dot.yaml',
  '.hidden/h.yaml',
  'k8s/app-v1.yaml',
  'k8s/app-v2.yaml',
];

describe('manifest patterns', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'glob-test-'));
    for (const file of FILES) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), 'kind: ConfigMap\n');
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const files = (paths: readonly string[]): string[] => paths.map((p) => relative(root, p)).sort();

  it('segmentRegExp() - *, ?, [..] and {a,b} within one segment', () => {
    expect(segmentRegExp('*.{yaml,yml}').test('app.yml')).toBe(true);
    expect(segmentRegExp('app-v[12].yaml').test('app-v3.yaml')).toBe(false);
    expect(segmentRegExp('a?c').test('a/c')).toBe(false);
  });

  it('expandPatterns() - expands globs and literal paths to sorted absolute files', () => {
    const result = expandPatterns('manifests', ['k8s/*.yaml', 'x.yaml', 'k8s/app-v1.yaml'], root);
    expect(result.problems).toEqual([]);
    expect(files(result.files)).toEqual(['k8s/app-v1.yaml', 'k8s/app-v2.yaml', 'x.yaml']);
  });

  it('expandPatterns() - a pattern with no match and a missing file are problems that say how to fix them', () => {
    const result = expandPatterns('manifests', ['nothing/*.yaml', 'missing.yaml', 'a'], root);
    expect(result.files).toEqual([]);
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toContain('"nothing/*.yaml" matches no file');
    expect(result.problems[1]).toContain('"missing.yaml" is not a file');
    expect(result.problems[2]).toContain('e.g. k8s/app.yaml or k8s/**/*.yaml');
  });

  it('fallbackGlob() - the Node 20 fallback skips dot entries and matches ** across directories', () => {
    const found = (pattern: string): string[] => files(fallbackGlob(pattern, root));
    expect(found('**/*.yaml')).toEqual(['a/y.yaml', 'k8s/app-v1.yaml', 'k8s/app-v2.yaml', 'x.yaml']);
    expect(found('a/**')).toEqual(['a', 'a/b', 'a/b/c.json', 'a/b/z.yml', 'a/y.yaml']);
    expect(found(join(root, 'a/*.yaml'))).toEqual(['a/y.yaml']);
  });
});
