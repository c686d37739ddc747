import * as core from '@actions/core';
import { InputError } from '../util/errors.js';
import { parseFailedRemotes, type FailedRemote } from '../util/remote-failures.js';

/** Remotes an earlier step recorded as failed (its `failed-remotes` output, mapped in action.yml). */
export function readFailedRemotes(): FailedRemote[] {
  try {
    return parseFailedRemotes(core.getInput('failed-remotes'));
  } catch (error: unknown) {
    throw new InputError({
      input: 'failed-remotes',
      message: `${error instanceof Error ? error.message : String(error)}.`,
      fix: "pass the failed-remotes output of this action's earlier step unchanged (action.yml maps it).",
    });
  }
}

/** Earlier failures without validation, for the step wrapper (a step's own reader refuses bad ones). */
export function earlierFailedRemotes(): FailedRemote[] {
  try {
    return parseFailedRemotes(core.getInput('failed-remotes'));
  } catch {
    return [];
  }
}
