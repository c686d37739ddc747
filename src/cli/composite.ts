import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, delimiter } from 'node:path';
import { tmpdir } from 'node:os';
import yaml from 'js-yaml';
import { evaluateCondition } from './conditions.js';

/**
 * Runs action.yml's composite steps the way the runner does: each step's env built from inputs and
 * earlier steps' outputs, GITHUB_OUTPUT/GITHUB_PATH/GITHUB_STEP_SUMMARY files, `if: always()` after a
 * failure. Supports exactly the expressions action.yml uses, and refuses any other.
 */
interface CompositeStep {
  readonly id: string;
  readonly if?: string;
  readonly run: string;
  readonly env?: Record<string, string>;
}

interface ActionDefinition {
  readonly inputs: Record<string, { default?: string }>;
  readonly outputs: Record<string, { value: string }>;
  readonly runs: { using: string; steps: CompositeStep[] };
}

export interface StepRun {
  readonly id: string;
  readonly outcome: 'success' | 'failure' | 'skipped';
  readonly outputs: Record<string, string>;
  /** Wall time of the step's process (0 when skipped). */
  readonly durationMs: number;
}

export interface CompositeRun {
  readonly steps: readonly StepRun[];
  readonly outputs: Record<string, string>;
  readonly success: boolean;
  readonly summary: string;
}

export interface CompositeOptions {
  readonly actionDir: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Receives the steps' stdout and stderr; defaults to this process's. */
  readonly onOutput?: (chunk: string) => void;
}

export function loadAction(actionDir: string): ActionDefinition {
  const action = yaml.load(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionDefinition;
  if (action.runs?.using !== 'composite') throw new Error('action.yml is not a composite action');
  return action;
}

type Context = { inputs: Record<string, string>; steps: Record<string, StepRun> };

/** Splits `a || b || 'c'` into its alternatives, leaving `||` inside quoted literals alone. */
function alternatives(expression: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i] ?? '';
    if (char === "'") quoted = !quoted;
    if (!quoted && expression.startsWith('||', i)) {
      parts.push(current.trim());
      current = '';
      i++;
      continue;
    }
    current += char;
  }
  parts.push(current.trim());
  return parts;
}

function evaluateOne(inner: string, context: Context): string {
  // As the runner formats it: indented by two spaces.
  if (inner === 'toJSON(inputs)') return JSON.stringify(context.inputs, null, 2);
  const literal = /^'((?:[^']|'')*)'$/.exec(inner);
  if (literal?.[1] !== undefined) return literal[1].replace(/''/g, "'");
  let m = /^inputs\.([A-Za-z0-9_-]+)$/.exec(inner);
  if (m?.[1] !== undefined) return context.inputs[m[1]] ?? '';
  m = /^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$/.exec(inner);
  if (m?.[1] !== undefined && m[2] !== undefined) return context.steps[m[1]]?.outputs[m[2]] ?? '';
  m = /^steps\.([A-Za-z0-9_-]+)\.outcome$/.exec(inner);
  if (m?.[1] !== undefined) return context.steps[m[1]]?.outcome ?? '';
  throw new Error(`unsupported expression in action.yml: \${{ ${inner} }}`);
}

/** `inputs.x`, `toJSON(inputs)`, `steps.<id>.outputs.<name>`, `steps.<id>.outcome`, literals, and `a || b`: the first non-empty (as GitHub evaluates it). */
export function evaluate(expression: string, context: Context): string {
  for (const alternative of alternatives(expression.trim())) {
    const value = evaluateOne(alternative, context);
    if (value !== '') return value;
  }
  return '';
}

export function substitute(template: string, context: Context): string {
  return template.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => evaluate(expression, context));
}

/** Parses a GITHUB_OUTPUT file: `key=value` lines and `key<<DELIMITER` heredocs. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] !== undefined && heredoc[2] !== undefined) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] ?? '');
      outputs[heredoc[1]] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/**
 * Like the runner's log: `::add-mask::` lines are consumed, and every masked value is replaced by ***
 * in all later output of the run.
 */
export class MaskingLog {
  private readonly masks = new Set<string>();
  private pending = '';
  private readonly sink: (chunk: string) => void;

  constructor(sink: (chunk: string) => void) {
    this.sink = sink;
  }

  write(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  flush(): void {
    if (this.pending !== '') this.line(this.pending);
    this.pending = '';
  }

  private line(line: string): void {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask?.[1] !== undefined) {
      if (mask[1] !== '') this.masks.add(mask[1]);
      return;
    }
    // The runner shows debug lines only when step debugging is on.
    if (line.startsWith('::debug::')) return;
    let text = line;
    for (const value of [...this.masks].sort((a, b) => b.length - a.length))
      text = text.split(value).join('***');
    this.sink(`${text}\n`);
  }
}

function runScript(script: string, env: NodeJS.ProcessEnv, log: MaskingLog): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => log.write(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => log.write(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      log.flush();
      resolve(code ?? 1);
    });
  });
}

function shouldRun(step: CompositeStep, failed: boolean, context: Context): boolean {
  const condition = step.if?.trim();
  if (condition === undefined) return !failed;
  return evaluateCondition(condition, (path) => evaluate(path, context), failed);
}

export async function runComposite(options: CompositeOptions): Promise<CompositeRun> {
  const action = loadAction(options.actionDir);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs))
    inputs[name] = options.inputs[name] ?? spec.default ?? '';
  const unknown = Object.keys(options.inputs).filter((name) => !(name in action.inputs));
  if (unknown.length > 0) throw new Error(`unknown input(s): ${unknown.join(', ')}`);
  const context: Context = { inputs, steps: {} };
  const work = mkdtempSync(join(tmpdir(), 'composite-'));
  const summaryFile = join(work, 'summary.md');
  writeFileSync(summaryFile, '');
  const log = new MaskingLog(options.onOutput ?? ((chunk: string) => process.stdout.write(chunk)));
  let path = options.env?.PATH ?? process.env.PATH ?? '';
  let failed = false;
  try {
    for (const [index, step] of action.runs.steps.entries()) {
      if (!shouldRun(step, failed, context)) {
        context.steps[step.id] = { id: step.id, outcome: 'skipped', outputs: {}, durationMs: 0 };
        continue;
      }
      const outputFile = join(work, `output-${index}`);
      const pathFile = join(work, `path-${index}`);
      writeFileSync(outputFile, '');
      writeFileSync(pathFile, '');
      const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PATH: path };
      for (const [key, value] of Object.entries(step.env ?? {}))
        env[key] = substitute(String(value), context);
      Object.assign(env, {
        GITHUB_ACTION_PATH: options.actionDir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_PATH: pathFile,
        GITHUB_STEP_SUMMARY: summaryFile,
      });
      const started = performance.now();
      const code = await runScript(step.run, env, log);
      const added = readFileSync(pathFile, 'utf8').split('\n').filter(Boolean);
      if (added.length > 0) path = [...added.reverse(), path].join(delimiter);
      context.steps[step.id] = {
        id: step.id,
        outcome: code === 0 ? 'success' : 'failure',
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        durationMs: Math.round(performance.now() - started),
      };
      if (code !== 0) failed = true;
    }
    const outputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(action.outputs))
      outputs[name] = substitute(spec.value, context);
    return {
      steps: Object.values(context.steps),
      outputs,
      success: !failed,
      summary: readFileSync(summaryFile, 'utf8'),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
