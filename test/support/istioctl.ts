import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const script = join(resolve(import.meta.dirname, '..', '..'), 'test', 'testbed', 'build-istioctl.sh');

/**
 * The istioctl built from the Go module proxy by test/testbed/build-istioctl.sh, built here when missing
 * (about 13 minutes cold on 2 cores). Throws when it cannot be had: tests that need it never skip.
 */
export function ensureIstioctl(): string {
  const path = execFileSync('bash', [script, '--print-path'], { encoding: 'utf8' }).trim();
  if (existsSync(path)) return path;
  execFileSync('bash', [script], { stdio: 'inherit' });
  if (!existsSync(path)) throw new Error(`istioctl not found at ${path} after bash ${script}`);
  return path;
}
