import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapingEntryNames, escapingLinks, listArchiveEntries } from '../../../src/tools/archive-check.js';

let work = '';
let root = '';

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'archive-check-'));
  root = join(work, 'istio-1.30.1');
  mkdirSync(join(root, 'manifests', 'charts', 'base', 'files'), { recursive: true });
  writeFileSync(join(root, 'manifests', 'charts', 'base', 'Chart.yaml'), 'name: base\n');
  writeFileSync(join(work, 'outside.yaml'), 'secret: x\n');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('archive entries and links that leave the archive', () => {
  it('escapingEntryNames() - absolute paths and .. segments, each named', () => {
    expect(
      escapingEntryNames([
        'istio-1.30.1/',
        'istio-1.30.1/a..b',
        '/etc/passwd',
        'istio-1.30.1/../../x',
        'C:\\x',
      ]),
    ).toEqual([
      '"/etc/passwd": a path outside the archive',
      '"istio-1.30.1/../../x": a path outside the archive',
      '"C:\\\\x": a path outside the archive',
    ]);
  });

  it('listArchiveEntries() - lists names as stored, a leading slash kept', async () => {
    const archive = join(work, 'a.tar.gz');
    execFileSync('tar', ['-czPf', archive, '-C', work, 'istio-1.30.1', join(work, 'outside.yaml')]);
    const names = await listArchiveEntries(archive);
    expect(names).toContain('istio-1.30.1/manifests/charts/base/Chart.yaml');
    expect(names).toContain(join(work, 'outside.yaml'));
    expect(escapingEntryNames(names)).toEqual([
      `${JSON.stringify(join(work, 'outside.yaml'))}: a path outside the archive`,
    ]);
  });

  it('escapingLinks() - a tree with links inside it passes', () => {
    const files = join(root, 'manifests', 'charts', 'base', 'files');
    symlinkSync('../Chart.yaml', join(files, 'chart-link'));
    linkSync(join(root, 'manifests', 'charts', 'base', 'Chart.yaml'), join(files, 'hard'));
    expect(escapingLinks(root)).toEqual([]);
  });

  it('escapingLinks() - symlinks leaving the tree (relative, absolute, dangling, chained) and an outside hard link', () => {
    const files = join(root, 'manifests', 'charts', 'base', 'files');
    symlinkSync('../../../../../outside.yaml', join(files, 'relative'));
    symlinkSync('/etc/hostname', join(files, 'absolute'));
    symlinkSync('/nonexistent/kubeconfig', join(files, 'dangling'));
    symlinkSync(work, join(root, 'up'));
    linkSync(join(work, 'outside.yaml'), join(files, 'hard'));
    expect(escapingLinks(root).sort()).toEqual(
      [
        `"manifests/charts/base/files/relative": a symlink to "../../../../../outside.yaml", outside the archive`,
        `"manifests/charts/base/files/absolute": a symlink to "/etc/hostname", outside the archive`,
        `"manifests/charts/base/files/dangling": a symlink to "/nonexistent/kubeconfig", outside the archive`,
        `"up": a symlink to ${JSON.stringify(work)}, outside the archive`,
        `"manifests/charts/base/files/hard": a hard link to a file outside the archive`,
      ].sort(),
    );
  });
});
