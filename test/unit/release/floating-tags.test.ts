import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ReleaseError,
  floatingTagMoves,
  floatingTags,
  moveFloatingTags,
  parseReleaseTag,
} from '../../../scripts/release/floating-tags.js';

describe('parseReleaseTag() and floatingTags()', () => {
  it('parseReleaseTag() - vX.Y.Z', () => {
    expect(parseReleaseTag('v1.2.3')).toEqual({ tag: 'v1.2.3', major: 1, minor: 2, patch: 3 });
    expect(parseReleaseTag('v0.10.0')).toEqual({ tag: 'v0.10.0', major: 0, minor: 10, patch: 0 });
  });

  it('floatingTags() - vX and vX.Y', () => {
    expect(floatingTags('v1.2.3')).toEqual(['v1', 'v1.2']);
    expect(floatingTags('v0.1.0')).toEqual(['v0', 'v0.1']);
    expect(floatingTags('v12.34.56')).toEqual(['v12', 'v12.34']);
  });

  it.each(['v1.2.3-rc.1', 'v1.2.3-beta', 'v1.2.3+build.1'])(
    'floatingTags() - refuses the pre-release %s',
    (tag) => {
      expect(() => floatingTags(tag)).toThrow(ReleaseError);
      expect(() => floatingTags(tag)).toThrow(/pre-release or carries build metadata/);
    },
  );

  it.each([
    '1.2.3',
    'v1.2',
    'v1',
    'v1.2.3.4',
    'v01.2.3',
    'v1.02.3',
    'V1.2.3',
    ' v1.2.3',
    'v1.2.x',
    'main',
    '',
  ])('floatingTags() - refuses the malformed tag %j', (tag) => {
    expect(() => floatingTags(tag)).toThrow(/is not a release tag: expected vX\.Y\.Z/);
  });
});

describe('floatingTagMoves()', () => {
  it('floatingTagMoves() - the newest release moves both', () => {
    expect(floatingTagMoves('v1.2.4', ['v1', 'v1.2', 'v1.2.3', 'v1.1.9', 'v0.9.0'])).toEqual([
      { name: 'v1', move: true, newest: 'v1.2.4' },
      { name: 'v1.2', move: true, newest: 'v1.2.4' },
    ]);
  });

  it('floatingTagMoves() - a patch of an older line moves vX.Y only', () => {
    expect(floatingTagMoves('v1.2.5', ['v1.2.4', 'v1.3.0', 'v2.0.0'])).toEqual([
      { name: 'v1', move: false, newest: 'v1.3.0' },
      { name: 'v1.2', move: true, newest: 'v1.2.5' },
    ]);
  });

  it('floatingTagMoves() - versions compare as numbers; pre-releases and other tags are ignored', () => {
    expect(floatingTagMoves('v1.10.0', ['v1.9.0', 'v1.10.0-rc.1', 'v1.11.0-rc.1', 'latest', ''])).toEqual([
      { name: 'v1', move: true, newest: 'v1.10.0' },
      { name: 'v1.10', move: true, newest: 'v1.10.0' },
    ]);
  });

  it('floatingTagMoves() - an older patch within its line moves nothing', () => {
    expect(floatingTagMoves('v1.2.3', ['v1.2.4']).map((m) => m.move)).toEqual([false, false]);
  });
});

/** A bare "remote" and a clone of it, with real git. */
describe('moveFloatingTags() - real git against a bare remote', () => {
  let dir: string;
  let remote: string;
  let work: string;

  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

  /** The commit a tag points at in the remote, or undefined when it has no such tag. */
  function remoteTag(name: string): string | undefined {
    const line = git(remote, 'ls-remote', '--tags', remote, `refs/tags/${name}`);
    return line ? line.split('\t')[0] : undefined;
  }

  function remoteRefs(): string {
    return git(remote, 'for-each-ref', '--format=%(refname) %(objectname)');
  }

  /** Commits a change, tags it (annotated, as a maintainer does) and pushes the tag; returns the commit. */
  function release(tag: string): string {
    writeFileSync(join(work, 'VERSION'), `${tag}\n`);
    git(work, 'add', 'VERSION');
    git(work, 'commit', '--quiet', '-m', `release ${tag}`);
    git(work, 'tag', '-a', tag, '-m', tag);
    git(work, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', `refs/tags/${tag}`);
    return git(work, 'rev-parse', 'HEAD');
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'floating-tags-'));
    remote = join(dir, 'remote.git');
    work = join(dir, 'work');
    git(dir, 'init', '--quiet', '--bare', remote);
    git(dir, 'clone', '--quiet', remote, work);
    git(work, 'config', 'user.name', 'Release Test');
    git(work, 'config', 'user.email', 'release-test@example.invalid');
    git(work, 'config', 'commit.gpgsign', 'false');
    git(work, 'config', 'tag.gpgsign', 'false');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('moveFloatingTags() - after v1.2.3 then v1.2.4, v1 and v1.2 point at v1.2.4', () => {
    const first = release('v1.2.3');
    const log: string[] = [];
    expect(moveFloatingTags({ tag: 'v1.2.3', cwd: work, log: (l) => log.push(l) })).toEqual(['v1', 'v1.2']);
    expect(remoteTag('v1')).toBe(first);
    expect(remoteTag('v1.2')).toBe(first);
    expect(log).toEqual([`v1 -> v1.2.3 (${first.slice(0, 12)})`, `v1.2 -> v1.2.3 (${first.slice(0, 12)})`]);

    const second = release('v1.2.4');
    expect(second).not.toBe(first);
    expect(moveFloatingTags({ tag: 'v1.2.4', cwd: work })).toEqual(['v1', 'v1.2']);
    expect(remoteTag('v1')).toBe(second);
    expect(remoteTag('v1.2')).toBe(second);
    // The release tags themselves are untouched (annotated, each at its own commit).
    expect(git(remote, 'rev-parse', 'v1.2.3^{commit}')).toBe(first);
    expect(git(remote, 'rev-parse', 'v1.2.4^{commit}')).toBe(second);
  });

  it('moveFloatingTags() - from a fresh clone that has only the tag (as in the workflow): remote tags are fetched', () => {
    const first = release('v1.2.3');
    moveFloatingTags({ tag: 'v1.2.3', cwd: work });
    const newer = release('v1.3.0');
    moveFloatingTags({ tag: 'v1.3.0', cwd: work });

    // Another machine releases a patch of the 1.2 line from a clone without the floating tags.
    const other = join(dir, 'other');
    git(dir, 'clone', '--quiet', '--no-tags', remote, other);
    git(other, 'config', 'user.name', 'Release Test');
    git(other, 'config', 'user.email', 'release-test@example.invalid');
    git(other, 'config', 'commit.gpgsign', 'false');
    git(other, 'config', 'tag.gpgsign', 'false');
    git(other, 'checkout', '--quiet', '-b', 'release-1.2', first);
    writeFileSync(join(other, 'FIX'), 'fix\n');
    git(other, 'add', 'FIX');
    git(other, 'commit', '--quiet', '-m', 'fix on 1.2');
    git(other, 'tag', 'v1.2.4');
    git(other, 'push', '--quiet', 'origin', 'refs/tags/v1.2.4');
    const patch = git(other, 'rev-parse', 'HEAD');

    expect(moveFloatingTags({ tag: 'v1.2.4', cwd: other })).toEqual(['v1.2']);
    expect(remoteTag('v1.2')).toBe(patch);
    expect(remoteTag('v1')).toBe(newer);
  });

  it.each(['v1.3', 'v1.2.4-rc.1', 'x1.2.4'])(
    'moveFloatingTags() - the malformed tag %s moves nothing',
    (tag) => {
      release('v1.2.3');
      moveFloatingTags({ tag: 'v1.2.3', cwd: work });
      // The malformed tag exists and points at a newer commit: still nothing moves.
      writeFileSync(join(work, 'NEXT'), 'next\n');
      git(work, 'add', 'NEXT');
      git(work, 'commit', '--quiet', '-m', 'next');
      git(work, 'tag', tag);
      git(work, 'push', '--quiet', 'origin', `refs/tags/${tag}`);
      const before = remoteRefs();

      expect(() => moveFloatingTags({ tag, cwd: work })).toThrow(ReleaseError);
      expect(remoteRefs()).toBe(before);
      expect(git(work, 'tag', '--points-at', 'HEAD')).toBe(tag);
    },
  );

  it('moveFloatingTags() - a release tag missing locally and on the remote moves nothing and says so', () => {
    release('v1.2.3');
    moveFloatingTags({ tag: 'v1.2.3', cwd: work });
    const before = remoteRefs();
    expect(() => moveFloatingTags({ tag: 'v1.2.9', cwd: work })).toThrow(
      /tag v1\.2\.9 exists neither here nor on origin: push the release tag first/,
    );
    expect(remoteRefs()).toBe(before);
  });

  it('moveFloatingTags() - run as the workflow runs it (tsx, tag as an argument), exit status 1 on a bad tag', () => {
    const commit = release('v2.0.0');
    const script = join(process.cwd(), 'scripts/release/floating-tags.ts');
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const out = execFileSync(tsx, [script, 'v2.0.0', 'origin'], { cwd: work, encoding: 'utf8' });
    expect(out).toContain('moved v2 and v2.0 on origin');
    expect(remoteTag('v2')).toBe(commit);

    const before = remoteRefs();
    let status = 0;
    let stderr = '';
    try {
      execFileSync(tsx, [script, 'v2.0.1-rc.1'], {
        cwd: work,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: unknown }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/^floating-tags: "v2\.0\.1-rc\.1" is a pre-release/);
    expect(remoteRefs()).toBe(before);
  }, 30_000);
});
