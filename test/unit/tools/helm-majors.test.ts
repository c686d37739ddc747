import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  helmMajor,
  helmTemplateArgs,
  helmUninstallArgs,
  helmUpgradeInstallArgs,
  helmVersion,
  type HelmChartRef,
} from '../../../src/tools/helm-cli.js';

/** The testbed's builds of the two majors (test/testbed/build.sh). */
function testbedHelm(version: 'v3.22.0' | 'v4.2.3'): string {
  const bin = execFileSync('bash', ['test/testbed/build.sh', '--print-dir'], { encoding: 'utf8' }).trim();
  const helm = join(bin, `helm-${version}`);
  if (!existsSync(helm)) throw new Error(`${helm} is missing: run bash test/testbed/build.sh first`);
  return helm;
}

/** The long flags `helm <command> --help` lists. */
function flagsOf(helm: string, command: string): Set<string> {
  const help = execFileSync(helm, [command, '--help'], { encoding: 'utf8' });
  return new Set([...help.matchAll(/\s(--[a-z][a-z-]*)/g)].map((match) => match[1] ?? ''));
}

/** Every `--flag` (or `--flag=value`) before `--` in an argument list, by name. */
function optionNames(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  return args.slice(0, end).flatMap((arg) => (arg.startsWith('--') ? [arg.replace(/=.*$/, '')] : []));
}

const chart: HelmChartRef = {
  helmPath: 'helm',
  release: 'istio-remote',
  chart: 'charts/istio-remote',
  namespace: 'istio-system',
  repo: 'https://charts.example.com',
  version: '1.0.0',
  values: [['global.remotePilotAddress', '10.0.0.1']],
};

describe('helm 3 and helm 4 command lines', () => {
  it('helm upgrade --install under Helm 4 applies server-side with conflicts forced; Helm 3 gets neither flag', () => {
    const v4 = helmUpgradeInstallArgs(chart, '/k', { owner: 'x' }, 4);
    expect(v4.slice(0, v4.indexOf('--'))).toEqual(
      expect.arrayContaining(['--server-side=true', '--force-conflicts']),
    );
    const v3 = helmUpgradeInstallArgs(chart, '/k', { owner: 'x' }, 3);
    expect(v3.some((arg) => arg.startsWith('--server-side') || arg === '--force-conflicts')).toBe(false);
    expect(v4.filter((arg) => !v3.includes(arg))).toEqual(['--server-side=true', '--force-conflicts']);
  });

  it.each([
    ['v3.22.0', 3],
    ['v4.2.3', 4],
  ] as const)(
    'the real helm %s knows every flag the action passes it, and its version reads as major %i',
    async (version, major) => {
      const helm = testbedHelm(version);
      const upgrade = flagsOf(helm, 'upgrade');
      for (const name of optionNames(
        helmUpgradeInstallArgs({ ...chart, helmPath: helm }, '/k', { a: 'b' }, major),
      ))
        expect(upgrade, `helm ${version} upgrade ${name}`).toContain(name);
      const template = flagsOf(helm, 'template');
      for (const name of optionNames(helmTemplateArgs(chart))) expect(template).toContain(name);
      const uninstall = flagsOf(helm, 'uninstall');
      for (const name of optionNames(helmUninstallArgs('r', 'ns', '/k'))) expect(uninstall).toContain(name);
      expect(await helmVersion(helm)).toBe(version.slice(1));
      expect(await helmMajor(helm)).toBe(major);
    },
    30_000,
  );

  it('Helm 3 has no --force-conflicts, so it is passed only to Helm 4', () => {
    expect(flagsOf(testbedHelm('v3.22.0'), 'upgrade')).not.toContain('--force-conflicts');
  });
});
