import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './layout.js';

const script = join(repoRoot, 'test', 'testbed', 'build-istio.sh');

export type IstioBinary = 'istioctl' | 'pilot-discovery';

function run(args: string[]): string {
  return execFileSync('bash', [script, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

let moduleDir: string | undefined;

/**
 * The istio.io/istio module in the Go module cache (downloaded when missing). Its manifests/charts
 * are the real charts, read in place: never copied into the repository.
 */
export function istioModuleDir(): string {
  moduleDir ??= run(['--print-module-dir']);
  return moduleDir;
}

/** `<module>/manifests/charts`: base, istio-control/istio-discovery, gateway, istio-cni, ztunnel. */
export function realChartsDir(): string {
  return join(istioModuleDir(), 'manifests', 'charts');
}

export const realCharts = {
  get base(): string {
    return join(realChartsDir(), 'base');
  },
  get istiod(): string {
    return join(realChartsDir(), 'istio-control', 'istio-discovery');
  },
  get gateway(): string {
    return join(realChartsDir(), 'gateway');
  },
};

/**
 * A binary built from the same module by build-istio.sh, built here when missing (istioctl about
 * 13 minutes cold on 2 cores, pilot-discovery about 3 more). Throws when it cannot be had: tests
 * that need it never skip.
 */
export function ensureIstioBinary(name: IstioBinary): string {
  const path = run(['--print-path', name]);
  if (existsSync(path)) return path;
  execFileSync('bash', [script, name], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(path)) throw new Error(`${name} not found at ${path} after bash ${script} ${name}`);
  return path;
}
