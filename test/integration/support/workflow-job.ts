// Runs one job of an example workflow the way GitHub's runner would, for the examples whose jobs
// are more than the action's step (a matrix, a step that builds the mesh description, a job that
// checks the result): `run:` steps in bash with the workflow's, the job's and the step's env and a
// GITHUB_OUTPUT file, the action's step through the test's harness, `actions/checkout` as a no-op
// (the workspace is already there). Expressions are evaluated for the forms the examples use
// (contexts, `secrets[...]`, `format()`, `||`, `always()`); any other form is refused, so an example
// runs as written or not at all.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import type { ActionRun } from './action.js';
import { parseOutputFile } from '../../../src/cli/composite.js';

const execFileAsync = promisify(execFile);
const ACTION = /^[\w.-]+\/istio-multicluster-action@/;
const CHECKOUT = /^actions\/checkout@/;

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Job {
  env?: Record<string, string>;
  steps: Step[];
}

interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

export interface JobContext {
  readonly secrets: Readonly<Record<string, string>>;
  readonly matrix?: Readonly<Record<string, string>>;
  /** The dispatch form's inputs of a manual run; undefined for a scheduled run (no inputs). */
  readonly dispatch?: Readonly<Record<string, string>>;
  /** Directories put before PATH for `run:` steps (the runner's preinstalled kubectl). */
  readonly path: readonly string[];
  /** Runs the action's step with its evaluated `with:`. */
  readonly runAction: (inputs: Record<string, string>) => Promise<ActionRun>;
}

export interface StepResult {
  readonly name: string;
  readonly outcome: 'success' | 'failure' | 'skipped';
  readonly outputs: Record<string, string>;
  readonly log: string;
}

export interface JobResult {
  readonly success: boolean;
  readonly steps: readonly StepResult[];
  /** The action step's run (undefined when the job has none or it was skipped). */
  readonly action?: ActionRun;
}

type Value = string | undefined | { readonly [key: string]: Value };

/** Evaluates one expression (the text between `${{` and `}}`) against the contexts. */
export function evaluate(expression: string, contexts: Record<string, Value>): Value {
  const tokens = expression.match(/'(?:[^']|'')*'|\|\||[A-Za-z_][\w-]*|[.[\](),]|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string): string => {
    const token = tokens[at++];
    if (token === undefined || (expected !== undefined && token !== expected))
      throw new Error(`expression "${expression}": expected ${expected ?? 'more'} at token ${at}`);
    return token;
  };
  const primary = (): Value => {
    const token = take();
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token === 'format' && peek() === '(') {
      take('(');
      const args: Value[] = [or()];
      while (peek() === ',') {
        take(',');
        args.push(or());
      }
      take(')');
      const [template, ...values] = args;
      return String(template ?? '').replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
    }
    if (token === 'always' && peek() === '(') {
      take('(');
      take(')');
      return 'true';
    }
    if (!/^[A-Za-z_]/.test(token)) throw new Error(`expression "${expression}": unexpected ${token}`);
    if (!(token in contexts)) throw new Error(`expression "${expression}": no context ${token} here`);
    let value = contexts[token];
    for (;;) {
      if (peek() === '.') {
        take('.');
        value = member(value, take());
      } else if (peek() === '[') {
        take('[');
        value = member(value, String(or() ?? ''));
        take(']');
      } else return value;
    }
  };
  const or = (): Value => {
    let value = primary();
    while (peek() === '||') {
      take('||');
      const right = primary();
      value = value ? value : right;
    }
    return value;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`expression "${expression}": unexpected ${tokens[at]}`);
  return value;
}

function member(value: Value, key: string): Value {
  return typeof value === 'object' && value !== null ? value[key] : undefined;
}

function substitute(text: string, contexts: Record<string, Value>): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => {
    const value = evaluate(expression.trim(), contexts);
    if (typeof value === 'object') throw new Error(`expression "${expression}" is an object, not a value`);
    return value ?? '';
  });
}

/** Runs job `jobName` of examples/`file` in one matrix cell (or none). */
export async function runExampleJob(file: string, jobName: string, context: JobContext): Promise<JobResult> {
  const workflow = yaml.load(readFileSync(join('examples', file), 'utf8')) as Workflow;
  const job = workflow.jobs[jobName];
  if (!job) throw new Error(`${file} has no job ${jobName}`);
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const contexts: Record<string, Value> = {
    secrets: context.secrets,
    matrix: context.matrix ?? {},
    github: { event: context.dispatch === undefined ? {} : { inputs: context.dispatch } },
    steps,
    env: { ...workflow.env, ...job.env },
  };
  const results: StepResult[] = [];
  let failed = false;
  let action: ActionRun | undefined;
  const temp = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'example-job-'));
  try {
    for (const [index, step] of job.steps.entries()) {
      const name = step.name ?? step.id ?? step.uses ?? `step ${index + 1}`;
      const condition = step.if === undefined ? '' : substitute(`\${{ ${step.if} }}`, contexts);
      if (step.if !== undefined && condition !== 'true')
        throw new Error(`${file}: step "${name}" has a condition the test cannot evaluate: ${step.if}`);
      if (failed && condition !== 'true') {
        results.push({ name, outcome: 'skipped', outputs: {}, log: '' });
        continue;
      }
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([key, value]) => [key, substitute(String(value), contexts)]),
      );
      let result: StepResult;
      if (step.uses !== undefined && CHECKOUT.test(step.uses)) {
        result = { name, outcome: 'success', outputs: {}, log: '' };
      } else if (step.uses !== undefined && ACTION.test(step.uses)) {
        const inputs = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([key, value]) => [key, substitute(String(value), contexts)]),
        );
        action = await context.runAction(inputs);
        result = {
          name,
          outcome: action.success ? 'success' : 'failure',
          outputs: action.outputs,
          log: action.log,
        };
      } else if (step.run !== undefined && step.uses === undefined) {
        result = await runScript(
          name,
          substitute(step.run, contexts),
          {
            ...(contexts.env as Record<string, string>),
            ...env,
          },
          temp,
          index,
          context.path,
        );
      } else {
        throw new Error(`${file}: step "${name}" uses ${step.uses ?? 'nothing'}, which the test cannot run`);
      }
      if (step.id) steps[step.id] = { outputs: result.outputs };
      if (result.outcome === 'failure') failed = true;
      results.push(result);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return { success: !failed, steps: results, ...(action ? { action } : {}) };
}

async function runScript(
  name: string,
  script: string,
  env: Record<string, string>,
  temp: string,
  index: number,
  path: readonly string[],
): Promise<StepResult> {
  const scriptPath = join(temp, `step-${index}.sh`);
  const outputPath = join(temp, `step-${index}.output`);
  writeFileSync(scriptPath, script);
  writeFileSync(outputPath, '');
  try {
    // GitHub's default shell on Linux runners.
    const { stdout, stderr } = await execFileAsync(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', scriptPath],
      {
        env: {
          PATH: [...path, process.env.PATH ?? ''].join(':'),
          HOME: temp,
          RUNNER_TEMP: temp,
          GITHUB_OUTPUT: outputPath,
          ...env,
        },
        encoding: 'utf8',
      },
    );
    return {
      name,
      outcome: 'success',
      outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
      log: stdout + stderr,
    };
  } catch (error: unknown) {
    const failure = error as { stdout?: string; stderr?: string; message?: string };
    return {
      name,
      outcome: 'failure',
      outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
      log: `${failure.stdout ?? ''}${failure.stderr ?? ''}${failure.message ?? ''}`,
    };
  }
}
