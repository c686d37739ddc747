import { describe, expect, it } from 'vitest';
import {
  helmGetManifestArgs,
  helmTemplateArgs,
  helmUninstallArgs,
  helmUpgradeInstallArgs,
  type HelmChartRef,
} from '../../../src/tools/helm-cli.js';
import { kubeInjectArgs } from '../../../src/tools/istioctl-cli.js';

/** Values an attacker could put in inputs: each would change helm's behaviour if read as a flag. */
const HOSTILE = ['--post-renderer=/bin/sh', '-n', '--kubeconfig=/tmp/other', '--set=a=b', '-h'];

/**
 * Checks `args`: before `--`, each argument is a fixed word (the subcommand or a flag without value)
 * or an option carrying its value after `=`; every user value appears only after `--` or as such an
 * option value. Returns the positionals.
 */
function checkSeparated(
  args: readonly string[],
  fixed: readonly string[],
  users: readonly string[],
): string[] {
  const separator = args.indexOf('--');
  const options = separator >= 0 ? args.slice(0, separator) : [...args];
  for (const arg of options) {
    if (fixed.includes(arg)) continue;
    expect(arg, `argument ${JSON.stringify(arg)} before --`).toMatch(/^--[a-zA-Z][a-zA-Z-]*=/);
  }
  for (const value of users) {
    for (const arg of options) {
      if (arg === value) throw new Error(`user value ${value} is an argument of its own before --`);
    }
  }
  return separator >= 0 ? args.slice(separator + 1) : [];
}

function ref(release: string, chart: string, namespace: string): HelmChartRef {
  return { helmPath: 'helm', release, chart, namespace, values: [['global.hub', '--post-renderer=x']] };
}

describe('CLI argument lists', () => {
  it('helm template - options first, then --, then release and chart, even for hostile values', () => {
    for (const value of HOSTILE) {
      const args = helmTemplateArgs(ref(value, value, value));
      const positionals = checkSeparated(args, ['template', '--no-hooks'], [value]);
      expect(positionals).toEqual([value, value]);
      expect(args).toContain(`--namespace=${value}`);
      expect(args).toContain('--set=global.hub=--post-renderer=x');
    }
  });

  it('helm upgrade --install - options first, then --, then release and chart', () => {
    for (const value of HOSTILE) {
      const args = helmUpgradeInstallArgs(ref(value, value, 'istio-system'), value);
      expect(checkSeparated(args, ['upgrade', '--install'], [value])).toEqual([value, value]);
      expect(args).toContain(`--kubeconfig=${value}`);
    }
  });

  it('helm --repo and --version carry their values in their own argument', () => {
    for (const value of HOSTILE) {
      const chart = { ...ref('istio-remote', 'istiod', 'istio-system'), repo: value, version: value };
      for (const args of [helmTemplateArgs(chart), helmUpgradeInstallArgs(chart, '/k')]) {
        checkSeparated(args, ['template', '--no-hooks', 'upgrade', '--install'], [value]);
        expect(args).toEqual(expect.arrayContaining([`--repo=${value}`, `--version=${value}`]));
      }
    }
  });

  it('helm get manifest and uninstall - the release only after --', () => {
    for (const value of HOSTILE) {
      const get = helmGetManifestArgs(value, value, value);
      expect(checkSeparated(get, ['get', 'manifest'], [value])).toEqual([value]);
      const uninstall = helmUninstallArgs(value, value, value);
      expect(checkSeparated(uninstall, ['uninstall', '--wait'], [value])).toEqual([value]);
    }
  });

  it('helm --set keeps commas and backslashes of a value inside its own argument', () => {
    const args = helmTemplateArgs({ ...ref('r', 'c', 'n'), values: [['k', 'a,b\\c']] });
    expect(args).toContain('--set=k=a\\,b\\\\c');
  });

  it('istioctl kube-inject - every path is the value of its option, never an argument of its own', () => {
    for (const value of HOSTILE) {
      const args = kubeInjectArgs({
        injectConfigFile: value,
        meshConfigFile: value,
        valuesFile: value,
        revision: value,
        manifest: value,
        output: value,
      });
      expect(checkSeparated(args, ['kube-inject'], [value])).toEqual([]);
      expect(args).toContain(`--filename=${value}`);
      expect(args).toContain(`--output=${value}`);
    }
  });
});
