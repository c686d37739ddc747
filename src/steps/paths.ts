import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../util/errors.js';
import { shownValue } from '../util/input-names.js';

/** True when `path` is `root` or lies below it (both absolute, normalised). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** realpath of `path`, or of its nearest existing ancestor joined with the rest (for paths not made yet). */
export function realPathOf(path: string): string {
  let existing = path;
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return path;
    existing = parent;
  }
  const real = realpathSync(existing);
  return existing === path ? real : resolve(real, relative(existing, path));
}

function workspaceRoot(): string {
  return resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

/**
 * A path input (chart, primary-chart, manifests, istioctl-path), relative to the workspace as users
 * write them in workflows, refused unless it stays inside GITHUB_WORKSPACE both as written and once
 * every symlink is followed. `input` names the input in the refusal.
 */
export function resolveWorkspacePath(path: string, input = 'path'): string {
  const root = workspaceRoot();
  const resolved = resolve(root, path);
  const escapes = !isInside(root, resolved) || !isInside(realPathOf(root), realPathOf(resolved));
  if (!escapes) return resolved;
  throw new InputError({
    input,
    message: `${shownValue(path)} is outside the workspace ${root}${isInside(root, resolved) ? ' (a symlink leads out of it)' : ''}.`,
    fix: `give a path inside the workspace, relative to GITHUB_WORKSPACE (check the files out or copy them into the workspace first).`,
  });
}

/** The problem with a path input, or undefined when it is inside the workspace (for preflight's list). */
export function workspacePathProblem(path: string, input: string): string | undefined {
  try {
    resolveWorkspacePath(path, input);
    return undefined;
  } catch (error: unknown) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}
