/**
 * The floating tags of a release (`vX` and `vX.Y` for `vX.Y.Z`), and moving them to the release's
 * commit with git (the release workflow's last step):
 *
 *   npx tsx scripts/release/floating-tags.ts <vX.Y.Z> [remote]
 *
 * Only a final release `vX.Y.Z` (no pre-release, no build metadata, no leading zeros) moves tags. A
 * floating tag moves only when the release is the newest `vX.Y.Z` it covers: a patch of an older line
 * (v1.2.5 after v1.3.0) moves `v1.2` but leaves `v1` at v1.3.0. The remote's tags are fetched first,
 * the tags are set locally, then pushed together (`--atomic --force`): both move or neither does.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A refusal with the message a maintainer acts on. */
export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}

export interface ReleaseVersion {
  readonly tag: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

const NUMBER = '(0|[1-9]\\d*)';
const RELEASE_TAG = new RegExp(`^v${NUMBER}\\.${NUMBER}\\.${NUMBER}$`);

/** `vX.Y.Z` or undefined. */
export function tryParseReleaseTag(tag: string): ReleaseVersion | undefined {
  const match = RELEASE_TAG.exec(tag);
  if (!match) return undefined;
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  return { tag, major, minor, patch };
}

/** `vX.Y.Z`, or a ReleaseError saying why the tag is not a release tag. */
export function parseReleaseTag(tag: string): ReleaseVersion {
  const version = tryParseReleaseTag(tag);
  if (version) return version;
  const shown = JSON.stringify(tag);
  if (/^v\d+\.\d+\.\d+[-+]/.test(tag)) {
    throw new ReleaseError(
      `${shown} is a pre-release or carries build metadata: only a final vX.Y.Z is released and moves the floating tags`,
    );
  }
  throw new ReleaseError(
    `${shown} is not a release tag: expected vX.Y.Z (three numbers without leading zeros, e.g. v1.2.3)`,
  );
}

function compare(a: ReleaseVersion, b: ReleaseVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** `vX` and `vX.Y` of a release tag `vX.Y.Z`. */
export function floatingTags(tag: string): [major: string, minor: string] {
  const { major, minor } = parseReleaseTag(tag);
  return [`v${major}`, `v${major}.${minor}`];
}

export interface FloatingTagMove {
  /** `vX` or `vX.Y`. */
  readonly name: string;
  /** Whether it moves to the release: false when a newer release it covers exists. */
  readonly move: boolean;
  /** The newest release tag it covers, the release itself included. */
  readonly newest: string;
}

/** Which floating tags of `tag` move, given every tag the repository has. */
export function floatingTagMoves(tag: string, existingTags: readonly string[]): FloatingTagMove[] {
  const release = parseReleaseTag(tag);
  const releases = [release, ...existingTags.flatMap((t) => tryParseReleaseTag(t) ?? [])];
  const [majorTag, minorTag] = floatingTags(tag);
  const newestOf = (covers: (v: ReleaseVersion) => boolean): ReleaseVersion =>
    releases.filter(covers).reduce((a, b) => (compare(a, b) >= 0 ? a : b));
  return [
    newestOf((v) => v.major === release.major),
    newestOf((v) => v.major === release.major && v.minor === release.minor),
  ].map((newest, index) => ({
    name: index === 0 ? majorTag : minorTag,
    move: compare(newest, release) === 0,
    newest: newest.tag,
  }));
}

export interface MoveOptions {
  /** The release tag, `vX.Y.Z`; it must exist (fetched from the remote or made locally). */
  readonly tag: string;
  /** The git repository to work in. */
  readonly cwd: string;
  readonly remote?: string;
  readonly log?: (line: string) => void;
}

function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new ReleaseError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/**
 * Moves the floating tags of `tag` to its commit on `remote` (force-pushed, atomically). Returns the
 * names moved. A malformed or pre-release tag is refused before git runs.
 */
export function moveFloatingTags({ tag, cwd, remote = 'origin', log = () => {} }: MoveOptions): string[] {
  parseReleaseTag(tag);
  git(cwd, ['fetch', '--quiet', '--force', '--tags', remote]);
  let commit: string;
  try {
    commit = git(cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  } catch {
    throw new ReleaseError(`tag ${tag} exists neither here nor on ${remote}: push the release tag first`);
  }
  const moves = floatingTagMoves(tag, git(cwd, ['tag', '--list', 'v*']).split('\n'));
  for (const { name, move, newest } of moves) {
    if (move) log(`${name} -> ${tag} (${commit.slice(0, 12)})`);
    else log(`${name} stays at ${newest}, newer than ${tag}`);
  }
  const moved = moves.filter((m) => m.move).map((m) => m.name);
  if (moved.length === 0) return moved;
  for (const name of moved) git(cwd, ['tag', '--force', name, commit]);
  git(cwd, [
    'push',
    '--quiet',
    '--atomic',
    '--force',
    remote,
    ...moved.map((n) => `refs/tags/${n}:refs/tags/${n}`),
  ]);
  return moved;
}

function main(argv: readonly string[]): void {
  const [tag, remote = 'origin'] = argv;
  if (!tag) throw new ReleaseError('usage: floating-tags.ts <vX.Y.Z> [remote]');
  const moved = moveFloatingTags({ tag, remote, cwd: process.cwd(), log: (line) => console.log(line) });
  console.log(moved.length ? `moved ${moved.join(' and ')} on ${remote}` : 'no floating tag moved');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`floating-tags: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
