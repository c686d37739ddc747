import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReleaseError } from '../../../scripts/release/floating-tags.js';
import { changelogSection, releaseNotes } from '../../../scripts/release/notes.js';

const changelog = [
  '# Changelog',
  '',
  'All notable changes to this project are documented in this file.',
  '',
  '## [Unreleased]',
  '',
  '### Added',
  '',
  '- Something not released yet.',
  '',
  '## [1.3.0] - 2026-03-01',
  '',
  '### Added',
  '',
  '- The `adopt` input.',
  '',
  '```text',
  '## not a heading inside a code block',
  '```',
  '',
  '### Fixed',
  '',
  '- A registration is replaced, not duplicated.',
  '',
  '## [1.2.10] - 2026-02-01',
  '',
  '- Ten.',
  '',
  '## [1.2.1] - 2026-01-15',
  '',
  '- One.',
  '',
  '## [1.1.0] - 2026-01-01',
  '',
  '',
  '## 1.0.0',
  '',
  '- First.',
  '',
  '[unreleased]: https://example.invalid/compare/v1.3.0...HEAD',
  '[1.3.0]: https://example.invalid/compare/v1.2.10...v1.3.0',
  '',
].join('\n');

describe('changelogSection()', () => {
  it('changelogSection() - the body under the version heading up to the next ## heading', () => {
    expect(changelogSection(changelog, '1.3.0')).toBe(
      [
        '### Added',
        '',
        '- The `adopt` input.',
        '',
        '```text',
        '## not a heading inside a code block',
        '```',
        '',
        '### Fixed',
        '',
        '- A registration is replaced, not duplicated.',
        '',
      ].join('\n'),
    );
  });

  it('changelogSection() - matches the whole version (1.2.1 is not 1.2.10)', () => {
    expect(changelogSection(changelog, '1.2.1')).toBe('- One.\n');
    expect(changelogSection(changelog, '1.2.10')).toBe('- Ten.\n');
  });

  it('changelogSection() - the last section ends before the link definitions; a heading without brackets', () => {
    expect(changelogSection(changelog, '1.0.0')).toBe('- First.\n');
  });

  it('changelogSection() - CRLF line endings', () => {
    expect(changelogSection(changelog.replace(/\n/g, '\r\n'), '1.2.1')).toBe('- One.\n');
  });

  it('changelogSection() - a version without a section says how to add one', () => {
    expect(() => changelogSection(changelog, '2.0.0')).toThrow(ReleaseError);
    expect(() => changelogSection(changelog, '2.0.0')).toThrow(
      /CHANGELOG.md has no section for 2\.0\.0: move the Unreleased entries under "## \[2\.0\.0\] - <date>"/,
    );
    // A prefix of a version is not that version.
    expect(() => changelogSection(changelog, '1.2')).toThrow(/no section for 1\.2:/);
  });

  it('changelogSection() - an empty section is refused', () => {
    expect(() => changelogSection(changelog, '1.1.0')).toThrow(/section for 1\.1\.0 is empty/);
  });
});

describe('releaseNotes()', () => {
  it('releaseNotes() - the section of the tag vX.Y.Z', () => {
    expect(releaseNotes(changelog, 'v1.2.10')).toBe('- Ten.\n');
  });

  it.each(['1.3.0', 'v1.3', 'v1.3.0-rc.1', 'v1.3.0+build.5', 'v01.3.0', 'Unreleased', ''])(
    'releaseNotes() - refuses the tag %j before reading the changelog',
    (tag) => {
      expect(() => releaseNotes(changelog, tag)).toThrow(ReleaseError);
      expect(() => releaseNotes(changelog, tag)).toThrow(/pre-release|not a release tag: expected vX\.Y\.Z/);
    },
  );

  it('releaseNotes() - the repository has not been released: its CHANGELOG.md has Unreleased only', () => {
    const ours = readFileSync('CHANGELOG.md', 'utf8');
    expect(ours).toMatch(/^## \[Unreleased\]$/m);
    expect(changelogSection(ours, 'Unreleased')).toMatch(/^### /m);
    expect(() => releaseNotes(ours, 'v0.1.0')).toThrow(/no section for 0\.1\.0/);
  });
});
