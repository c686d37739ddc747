import { mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { homedir, tmpdir } from 'node:os';
import { loadAction, runComposite } from './composite.js';

const KUBECONFIG_INPUTS = new Set(['remote-kubeconfigs']);

export interface CliArguments {
  readonly inputs: Record<string, string>;
  readonly actionDir: string | undefined;
  readonly json: boolean;
  readonly help: boolean;
}

/** `--name value`, `--name=value`, `@path` reads a file; a repeated input is joined (kubeconfigs with `---`). */
export function parseCliArguments(argv: readonly string[], readFile: (path: string) => string): CliArguments {
  const collected: Record<string, string[]> = {};
  let actionDir: string | undefined;
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h' || arg === 'help') {
      help = true;
      continue;
    }
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (!arg.startsWith('--'))
      throw new Error(`unexpected argument "${arg}" (inputs are given as --name value)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (value.startsWith('@')) value = readFile(value.slice(1));
    if (name === 'action-dir') actionDir = value;
    else (collected[name] ??= []).push(value);
  }
  const inputs: Record<string, string> = {};
  for (const [name, values] of Object.entries(collected)) {
    inputs[name] = values.join(KUBECONFIG_INPUTS.has(name) ? '\n---\n' : '\n');
  }
  return { inputs, actionDir, json, help };
}

function usage(actionDir: string): string {
  const action = loadAction(actionDir);
  const names = Object.keys(action.inputs).map((n) => `  --${n}`);
  return [
    'Usage: istio-multicluster run --<input> <value> ... [--json]',
    'Runs the steps of action.yml in order, as a GitHub runner would. A value @path reads a file.',
    'Inputs:',
    ...names,
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const args = parseCliArguments(argv, (path) => readFileSync(path, 'utf8'));
  const actionDir = resolve(args.actionDir ?? join(dirname(process.argv[1] ?? '.'), '..'));
  if (args.help) {
    process.stdout.write(usage(actionDir));
    return 0;
  }
  const runnerTemp = process.env.RUNNER_TEMP ?? mkdtempSync(join(tmpdir(), 'istio-multicluster-'));
  const toolCache =
    process.env.RUNNER_TOOL_CACHE ?? join(homedir(), '.cache', 'istio-multicluster-action', 'tool-cache');
  mkdirSync(toolCache, { recursive: true });
  const result = await runComposite({
    actionDir,
    inputs: args.inputs,
    env: {
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: toolCache,
      GITHUB_WORKSPACE: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    },
    onOutput: (chunk) => process.stderr.write(chunk),
  });
  const rows = result.steps.map((s) => `  ${s.id.padEnd(18)} ${s.outcome}`);
  process.stderr.write(`\nSteps:\n${rows.join('\n')}\n`);
  if (args.json) process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`);
  else for (const [name, value] of Object.entries(result.outputs)) process.stdout.write(`${name}=${value}\n`);
  return result.success ? 0 : 1;
}
