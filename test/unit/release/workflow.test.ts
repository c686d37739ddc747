import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, unknown>;
}

interface Job {
  readonly needs?: string | string[];
  readonly permissions?: Record<string, string>;
  readonly 'timeout-minutes'?: number;
  readonly steps: Step[];
}

interface Workflow {
  // js-yaml reads the key `on` as the string "on" (YAML 1.2 core schema).
  readonly on: { push: { tags: string[]; branches?: unknown } };
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const workflow = yaml.load(readFileSync('.github/workflows/release.yml', 'utf8')) as Workflow;
const check = workflow.jobs.check as Job;
const release = workflow.jobs.release as Job;
const TAG_FROM_ENV = { RELEASE_TAG: '${{ github.ref_name }}' };

/** The index of the one step of `job` whose run: matches `pattern`. */
function stepIndex(job: Job, pattern: RegExp): number {
  const found = job.steps.flatMap((step, index) => (pattern.test(step.run ?? '') ? [index] : []));
  expect(found, `one step running ${pattern}`).toHaveLength(1);
  return found[0] as number;
}

function step(job: Job, pattern: RegExp): Step {
  return job.steps[stepIndex(job, pattern)] as Step;
}

describe('release workflow', () => {
  it('runs on vX.Y.Z tags only, read-only by default', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(workflow.on.push.branches).toBeUndefined();
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('check: npm ci, the notes, lint, type check, dist reproducible and unit tests, read-only', () => {
    expect(check.permissions).toEqual({ contents: 'read' });
    expect(check.steps[0]?.with?.['persist-credentials']).toBe(false);
    const order = [
      /^npm ci\b/,
      /scripts\/release\/notes\.ts "\$RELEASE_TAG"/,
      /^npm run lint$/,
      /^npm run typecheck$/,
      /bash scripts\/bundle\.sh "\$fresh"[\s\S]*diff -r dist "\$fresh"/,
      /^npm run test:unit$/,
    ].map((pattern) => stepIndex(check, pattern));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(step(check, /notes\.ts/).env).toEqual(TAG_FROM_ENV);
  });

  it('release: after check, the only job that writes; draft before publish, publish before the floating tags', () => {
    expect(release.needs).toBe('check');
    expect(release.permissions).toEqual({ contents: 'write' });
    const notes = stepIndex(
      release,
      /npx tsx scripts\/release\/notes\.ts "\$RELEASE_TAG" > "\$RUNNER_TEMP\/notes\.md"/,
    );
    const archive = stepIndex(release, /git archive/);
    const draft = stepIndex(release, /gh release create "\$RELEASE_TAG" --draft --verify-tag/);
    const publish = stepIndex(release, /gh release edit "\$RELEASE_TAG" --draft=false/);
    const tags = stepIndex(release, /npx tsx scripts\/release\/floating-tags\.ts "\$RELEASE_TAG" origin/);
    expect(notes).toBeLessThan(draft);
    expect(archive).toBeLessThan(draft);
    expect(draft).toBeLessThan(publish);
    expect(publish).toBeLessThan(tags);
    expect(tags).toBe(release.steps.length - 1);
    // The draft carries the notes and the asset (an immutable release takes no asset once published).
    expect(release.steps[draft]?.run).toMatch(/--notes-file "\$RUNNER_TEMP\/notes\.md"/);
    expect(release.steps[draft]?.run).toMatch(
      /"\$RUNNER_TEMP\/istio-multicluster-action-\$RELEASE_TAG\.tar\.gz"/,
    );
    // No dependency install script runs in the job holding the write token.
    expect(step(release, /^npm ci/).run).toMatch(/--ignore-scripts/);
  });

  it('passes the tag through env: to every step that uses it, and the token only to gh', () => {
    for (const job of [check, release]) {
      for (const s of job.steps.filter((s) => /RELEASE_TAG/.test(s.run ?? ''))) {
        expect(s.env?.RELEASE_TAG, s.name ?? s.run).toBe(TAG_FROM_ENV.RELEASE_TAG);
      }
      for (const s of job.steps) {
        expect(s.env?.GH_TOKEN !== undefined, s.name ?? s.run).toBe(/^gh /.test(s.run ?? ''));
      }
    }
  });

  it('calls scripts that exist', () => {
    const runs = [...check.steps, ...release.steps].map((s) => s.run ?? '').join('\n');
    const scripts = [...runs.matchAll(/scripts\/[\w/.-]+\.(?:ts|sh)/g)].map(([path]) => path);
    expect(new Set(scripts)).toEqual(
      new Set(['scripts/release/notes.ts', 'scripts/bundle.sh', 'scripts/release/floating-tags.ts']),
    );
    for (const path of scripts) expect(existsSync(path), path).toBe(true);
  });
});
