import * as core from '@actions/core';
import {
  MESH_FIELD_OF_INPUT,
  deprecatedInputs,
  inputsClashingWithDescription,
  inputsOfDescription,
} from '../istio/mesh-inputs.js';
import { ProblemsError } from '../util/errors.js';

const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

/** The described inputs this step received (action.yml maps only the ones a step reads). */
function givenInputs(): Record<string, string> {
  const given: Record<string, string> = {};
  for (const name of Object.keys(MESH_FIELD_OF_INPUT)) {
    const value = process.env[envName(name)];
    if (value !== undefined) given[name] = value;
  }
  return given;
}

/**
 * Before a step reads its inputs: when `mesh` is given, checks it (JSON Schema, then meaning) and
 * sets the inputs it stands for, so the step reads them as if they had been given one by one. Inputs
 * given beside `mesh` that it also sets are refused. Without `mesh`, the step that sees every input
 * warns of each older input used, naming the mesh field to use.
 */
export async function applyMeshInput(
  step: string,
  { warnOfOlderInputs }: { readonly warnOfOlderInputs: boolean },
): Promise<void> {
  const text = core.getInput('mesh');
  const given = givenInputs();
  if (text.trim() === '') {
    if (warnOfOlderInputs) for (const warning of deprecatedInputs(given)) core.warning(warning);
    return;
  }
  const clashes = inputsClashingWithDescription(given);
  if (clashes.length > 0)
    throw new ProblemsError(
      step,
      clashes.map(
        (name) =>
          `input ${name} is given beside mesh, which sets it too. Fix: remove ${name} and set ${MESH_FIELD_OF_INPUT[name] ?? ''} in mesh.`,
      ),
    );
  // Loaded only here: the schema validator costs every step's start-up otherwise.
  const { parseMeshDescription } = await import('../istio/mesh-description.js');
  const parsed = parseMeshDescription(text);
  if (!parsed.ok) throw new ProblemsError(step, parsed.problems);
  for (const [name, value] of Object.entries(inputsOfDescription(parsed.value)))
    process.env[envName(name)] = value;
}

/** applyMeshInput for steps that must run whatever the inputs (summary): a refusal is left to the step that reported it. */
export async function tryApplyMeshInput(step: string): Promise<void> {
  try {
    await applyMeshInput(step, { warnOfOlderInputs: false });
  } catch {
    // already reported by an earlier step
  }
}
