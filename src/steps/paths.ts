import { isAbsolute, resolve } from 'node:path';

/** Paths in inputs are relative to the workspace, as users write them in workflows. */
export function resolveWorkspacePath(path: string): string {
  if (isAbsolute(path)) return path;
  return resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), path);
}
