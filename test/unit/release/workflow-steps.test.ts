/**
 * The release workflow run step by step, as the runner would run it, on a tag of a real clone pushed
 * to a bare "origin": every run: step of the release job in order, with the env: it declares. act
 * (nektos/act) cannot do this here: its jobs fetch actions/checkout and actions/setup-node from
 * github.com, which this machine cannot reach, and the gh steps need the GitHub API. So the uses:
 * steps are stood in for by the clone, and `gh` is a recorder on PATH that checks the files the
 * workflow hands it; everything else (notes, archive, floating tags) really runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
}

const repo = resolve(import.meta.dirname, '..', '..', '..');
const workflow = yaml.load(readFileSync(join(repo, '.github/workflows/release.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const TAG = 'v9.8.7';

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** The step's env: with `${{ github.ref_name }}` as the runner fills it for a tag push. */
function stepEnv(step: Step): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.env ?? {}).map(([key, value]) => [key, value.replace('${{ github.ref_name }}', TAG)]),
  );
}

describe('release workflow, its run: steps executed on a tag (dry run)', () => {
  let root: string;
  let clone: string;
  let origin: string;
  let runnerTemp: string;
  let ghLog: string;
  let binDir: string;

  /** Runs one run: step with bash -e, as the runner does, in the clone. */
  function runStep(step: Step, extraEnv: Record<string, string> = {}): { code: number; output: string } {
    const result = spawnSync('bash', ['-e', '-c', step.run ?? ''], {
      cwd: clone,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${binDir}:${process.env.PATH ?? ''}`,
        RUNNER_TEMP: runnerTemp,
        GH_LOG: ghLog,
        ...stepEnv(step),
        ...extraEnv,
      },
    });
    return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
  }

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'release-dry-run-'));
    origin = join(root, 'origin.git');
    clone = join(root, 'clone');
    runnerTemp = join(root, 'runner-temp');
    binDir = join(root, 'bin');
    ghLog = join(root, 'gh.log');
    execFileSync('mkdir', ['-p', runnerTemp, binDir]);
    git(root, ['init', '--quiet', '--bare', origin]);
    git(root, ['clone', '--quiet', '--shared', repo, clone]);
    git(clone, ['remote', 'set-url', 'origin', origin]);
    git(clone, ['config', 'user.email', 'release@example.com']);
    git(clone, ['config', 'user.name', 'release dry run']);
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
    // The release commit: the Unreleased entries moved under the tag's heading, as RELEASING.md says.
    const changelog = readFileSync(join(clone, 'CHANGELOG.md'), 'utf8');
    writeFileSync(
      join(clone, 'CHANGELOG.md'),
      changelog.replace('## [Unreleased]', `## [Unreleased]\n\n## [${TAG.slice(1)}] - 2026-12-03`),
    );
    git(clone, ['commit', '--quiet', '--all', '--message', `Release ${TAG}`]);
    git(clone, ['tag', TAG]);
    git(clone, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main', `refs/tags/${TAG}`]);
    // gh: records its arguments, and refuses a file argument that does not exist (as gh would).
    writeFileSync(
      join(binDir, 'gh'),
      '#!/bin/sh\nprintf "%s\\n" "$*" >>"$GH_LOG"\nfor a in "$@"; do case "$a" in /*) [ -f "$a" ] || { echo "gh: no file $a" >&2; exit 1; };; esac; done\n',
    );
    chmodSync(join(binDir, 'gh'), 0o755);
  }, 60_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('release job: notes from CHANGELOG.md, the source archive, draft with both, publish, floating tags pushed to origin', () => {
    const steps = (workflow.jobs.release?.steps ?? []).filter((step) => step.run !== undefined);
    const names: string[] = [];
    for (const step of steps) {
      // npm ci is stood in for by the repository's node_modules (linked into the clone).
      if (/^npm ci\b/.test(step.run ?? '')) continue;
      const { code, output } = runStep(step);
      expect(code, `${step.name ?? step.run}: ${output}`).toBe(0);
      names.push(step.name ?? '');
    }
    expect(names).toEqual([
      'Release notes from CHANGELOG.md',
      'Source archive',
      'Draft release',
      'Publish release',
      'Move floating tags vX and vX.Y',
    ]);

    const notes = readFileSync(join(runnerTemp, 'notes.md'), 'utf8');
    expect(notes).toContain('The `istio-current` profile (the default)');
    expect(notes).not.toContain('## [');

    const archive = join(runnerTemp, `istio-multicluster-action-${TAG}.tar.gz`);
    const entries = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).split('\n');
    const prefix = `istio-multicluster-action-${TAG}/`;
    expect(entries).toEqual(
      expect.arrayContaining([`${prefix}action.yml`, `${prefix}dist/index.js`, `${prefix}CHANGELOG.md`]),
    );
    expect(entries.filter((entry) => entry !== '' && !entry.startsWith(prefix))).toEqual([]);
    expect(entries.some((entry) => entry.includes('node_modules'))).toBe(false);

    expect(readFileSync(ghLog, 'utf8').trim().split('\n')).toEqual([
      `release create ${TAG} --draft --verify-tag --title ${TAG} --notes-file ${join(runnerTemp, 'notes.md')} ${archive}`,
      `release edit ${TAG} --draft=false`,
    ]);

    const tagCommit = git(clone, ['rev-parse', `${TAG}^{commit}`]);
    const remoteTags = git(clone, ['ls-remote', '--tags', 'origin']);
    for (const floating of ['v9', 'v9.8'])
      expect(remoteTags).toContain(`${tagCommit}\trefs/tags/${floating}`);
  }, 120_000);

  it('check job: a tag without its CHANGELOG.md section stops at the first step after npm ci', () => {
    const check = workflow.jobs.check?.steps ?? [];
    const firstRun = check.find((step) => step.run !== undefined && !/^npm ci\b/.test(step.run));
    const { code, output } = runStep(firstRun ?? {}, { RELEASE_TAG: 'v9.9.9' });
    expect(firstRun?.name).toBe('The tag is vX.Y.Z and CHANGELOG.md has its section');
    expect(code).not.toBe(0);
    expect(output).toContain('CHANGELOG.md has no section for 9.9.9');
    expect(existsSync(join(clone, 'CHANGELOG.md'))).toBe(true);
  }, 60_000);
});
