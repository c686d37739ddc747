/**
 * Prints the section of CHANGELOG.md for a release tag (the release's notes):
 *
 *   npx tsx scripts/release/notes.ts <vX.Y.Z> [CHANGELOG.md]
 *
 * The section is the one under `## [X.Y.Z]` (Keep a Changelog; `## [X.Y.Z] - 2026-01-31`, `## X.Y.Z`
 * and a `v` before the number are accepted), up to the next `## ` heading or the link definitions at
 * the end. A tag that is not `vX.Y.Z`, a version without a section and an empty section all fail with
 * a message that says what to do.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReleaseError, parseReleaseTag } from './floating-tags.js';

/** The version of a `## ` heading (`## [1.2.3] - 2026-01-31` -> `1.2.3`), or undefined. */
function headingVersion(line: string): string | undefined {
  const match = /^##\s+\[?v?([^\]\s]+)\]?(?:\s|$)/.exec(line);
  return match?.[1];
}

/** The body of CHANGELOG.md's section for `version` (`X.Y.Z`), without surrounding blank lines. */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  let start = -1;
  let end = lines.length;
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !/^##\s/.test(line)) continue;
    if (start >= 0) {
      end = index;
      break;
    }
    if (headingVersion(line) === version) start = index + 1;
  }
  if (start < 0) {
    throw new ReleaseError(
      `CHANGELOG.md has no section for ${version}: move the Unreleased entries under "## [${version}] - <date>" and commit before tagging`,
    );
  }
  const body = lines.slice(start, end);
  // Keep a Changelog ends with link definitions ([1.2.3]: https://...), which belong to no section.
  while (body.length && /^\s*(\[[^\]]+\]:\s|$)/.test(body[body.length - 1] ?? '')) body.pop();
  while (body.length && (body[0] ?? '').trim() === '') body.shift();
  if (body.length === 0)
    throw new ReleaseError(`CHANGELOG.md's section for ${version} is empty: list what changed`);
  return `${body.join('\n')}\n`;
}

/** The release notes of a tag `vX.Y.Z`. */
export function releaseNotes(changelog: string, tag: string): string {
  const { major, minor, patch } = parseReleaseTag(tag);
  return changelogSection(changelog, `${major}.${minor}.${patch}`);
}

function main(argv: readonly string[]): void {
  const [tag, path = 'CHANGELOG.md'] = argv;
  if (!tag) throw new ReleaseError('usage: notes.ts <vX.Y.Z> [CHANGELOG.md]');
  process.stdout.write(releaseNotes(readFileSync(path, 'utf8'), tag));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`release notes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
