import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UninstallResult } from '../../../src/stages/uninstall/uninstall.js';

const inputs = new Map<string, string>();
const outputs = new Map<string, string>();
const failures: string[] = [];
const stage = vi.fn();

vi.mock('@actions/core', () => ({
  getInput: (name: string) => inputs.get(name) ?? '',
  setOutput: (name: string, value: string) => outputs.set(name, value),
  setFailed: (message: string) => failures.push(message),
  info: () => undefined,
  warning: () => undefined,
  group: async (_name: string, fn: () => Promise<unknown>) => fn(),
}));
vi.mock('../../../src/steps/common.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/steps/common.js')>()),
  readClusters: () => ({ primary: { name: 'primary' }, remotes: [{ name: 'remote-1' }], excluded: [] }),
}));
vi.mock('../../../src/stages/uninstall/uninstall.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/stages/uninstall/uninstall.js')>()),
  uninstall: stage,
}));

const { run } = await import('../../../src/steps/uninstall.js');
const { FIXED_KINDS } = await import('../../../src/stages/deploy/uninstall-kinds.js');

const result: UninstallResult = {
  registrations: [
    { remote: 'remote-1', secret: 'remote-1', outcome: 'deleted', on: 'primary' },
    { remote: 'remote-2', secret: 'remote-2', outcome: 'absent', on: 'primary' },
  ],
  remotes: [
    {
      remote: 'remote-1',
      method: 'kubectl',
      deleted: ['ConfigMap istio-system/istio'],
      absent: [],
      kept: [],
      tokenSecret: { name: 'istio-multi-token-istio-multicluster', outcome: 'deleted' },
      injection: [{ namespace: 'default', outcome: 'unlabelled' }],
      namespace: { name: 'istio-system', outcome: 'deleted' },
      warnings: [],
    },
  ],
  failures: [],
  warnings: [],
};

function report(): { did: string[]; skipped?: string } {
  return JSON.parse(outputs.get('report') ?? '{}') as { did: string[]; skipped?: string };
}

describe('uninstall step', () => {
  beforeEach(() => {
    inputs.clear();
    outputs.clear();
    failures.length = 0;
    stage.mockReset();
    stage.mockResolvedValue(result);
    inputs.set('primary-kubeconfig-path', '/dev/null');
  });

  it('run() - skips itself unless mode is uninstall', async () => {
    for (const mode of ['', 'install', 'render', 'resync']) {
      inputs.set('mode', mode);
      await run();
      expect(report().skipped, mode).toMatch(/not used in mode/);
    }
    expect(stage).not.toHaveBeenCalled();
    expect(failures).toEqual([]);
  });

  it('run() - without chart or istio-version searches the fixed kinds and removes release-name', async () => {
    inputs.set('mode', 'uninstall');
    inputs.set('profile', 'istio-1.0');
    inputs.set('release-name', 'my-remote');
    inputs.set('injection-namespaces', 'default, shop');
    inputs.set('parallelism', '2');
    await run();
    expect(failures).toEqual([]);
    expect(stage).toHaveBeenCalledWith(
      expect.objectContaining({
        namespace: 'istio-system',
        releases: ['my-remote'],
        method: 'kubectl',
        kinds: FIXED_KINDS,
        injectionNamespaces: ['default', 'shop'],
        parallelism: 2,
        timeoutMs: 300_000,
      }),
    );
  });

  it('run() - istio-current removes istiod before istio-base', async () => {
    inputs.set('mode', 'uninstall');
    inputs.set('profile', 'istio-current');
    inputs.set('install-method', 'helm');
    await run();
    expect(failures).toEqual([]);
    expect(stage).toHaveBeenCalledWith(
      expect.objectContaining({ releases: ['istiod', 'istio-base'], method: 'helm' }),
    );
  });

  it('run() - outputs the uninstalled remotes and the registration secrets it deleted', async () => {
    inputs.set('mode', 'uninstall');
    inputs.set('profile', 'istio-1.0');
    await run();
    expect(JSON.parse(outputs.get('uninstalled-remotes') ?? '')).toEqual(['remote-1']);
    expect(JSON.parse(outputs.get('deleted-secrets') ?? '')).toEqual(['remote-1']);
    expect(report().did).toEqual([
      'profile istio-1.0',
      'istio-system/remote-1 on primary: deleted',
      'istio-system/remote-2 on primary: absent',
      expect.stringMatching(/^remote-1: 1 object\(s\) deleted/),
    ]);
  });

  it('run() - refuses chart together with istio-version and an unknown install-method, both at once', async () => {
    inputs.set('mode', 'uninstall');
    inputs.set('profile', 'istio-1.0');
    inputs.set('chart', 'charts/istio-remote');
    inputs.set('istio-version', '1.0.6');
    inputs.set('install-method', 'tiller');
    await run();
    expect(failures[0]).toMatch(
      /^\[uninstall\] 2 problem\(s\):\n {2}- set only one of chart, istio-version: they all say where the charts come from\.\n {2}- input install-method: "[^"]*" is not one of kubectl, helm/,
    );
    expect(stage).not.toHaveBeenCalled();
  });
});
