import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';

/**
 * action.yml gives the first step every input in one variable, `${{ toJSON(inputs) }}`: the runner's
 * inputs context, each declared input with its default filled in.
 */
export const ACTION_INPUTS_VARIABLE = 'ACTION_INPUTS';

const inputVariable = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

/** The input names action.yml declares. */
export function declaredInputs(actionYaml: string): string[] {
  const action = yaml.load(actionYaml) as { inputs?: unknown } | null;
  if (typeof action?.inputs !== 'object' || action.inputs === null)
    throw new Error('action.yml declares no inputs');
  return Object.keys(action.inputs);
}

/**
 * The `INPUT_*` variables @actions/core reads, from the inputs context as JSON. Only declared inputs
 * become variables: the runner already warns of any other, and none may set what the run keeps for
 * itself (the run state's path, earlier steps' outputs).
 */
export function inputVariables(json: string, declared: readonly string[]): Record<string, string> {
  let context: unknown;
  try {
    context = JSON.parse(json);
  } catch {
    throw new Error(`${ACTION_INPUTS_VARIABLE} is not JSON`);
  }
  if (typeof context !== 'object' || context === null || Array.isArray(context))
    throw new Error(`${ACTION_INPUTS_VARIABLE} is not a JSON object of inputs`);
  const given = new Map(Object.entries(context).map(([name, value]) => [name.toLowerCase(), value] as const));
  const variables: Record<string, string> = {};
  for (const name of declared) {
    const value: unknown = given.get(name.toLowerCase());
    if (value === undefined || value === null) continue;
    if (typeof value === 'object')
      throw new Error(`${ACTION_INPUTS_VARIABLE}: input ${name} is not a string`);
    variables[inputVariable(name)] = String(value as string | number | boolean);
  }
  return variables;
}

/**
 * The first step, started by action.yml: turns the inputs variable into the `INPUT_*` variables every
 * step reads, and removes it (it holds the credentials given as inputs). The declared inputs are read
 * from the action.yml beside the bundle. A step run alone, with `INPUT_*` variables, is left as it is.
 */
export function exposeActionInputs(bundle: string, env: NodeJS.ProcessEnv = process.env): void {
  const json = env[ACTION_INPUTS_VARIABLE];
  if (json === undefined) return;
  delete env[ACTION_INPUTS_VARIABLE];
  const declared = declaredInputs(readFileSync(join(dirname(bundle), '..', 'action.yml'), 'utf8'));
  Object.assign(env, inputVariables(json, declared));
}
