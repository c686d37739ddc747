import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as k8s from '@kubernetes/client-node';
import {
  core,
  repoRoot,
  startHarness,
  testbedInputs,
  testbedState,
  type ActionHarness,
} from '../support/action.js';
import {
  installControlPlane,
  resetPrimaryRegistrations,
  resetRemote,
  snapshot,
} from '../support/cluster-state.js';
import { parseOutputFile } from '../../../src/cli/composite.js';
import { TESTBED_HELM_VERSIONS } from '../../support/release-mirror.js';

const NS = 'istio-system';
const REMOTES = ['remote-1', 'remote-2'];
const CLUSTERS = ['primary', ...REMOTES];
const CHART = 'test/fixtures/charts/istio-remote';

interface StepRun {
  readonly code: number;
  readonly outputs: Record<string, string>;
  readonly log: string;
}

interface Report {
  readonly did: string[];
  readonly warnings?: string[];
}

/**
 * Runs the uninstall step in its own process the way a composite step runs: INPUT_* environment,
 * GITHUB_OUTPUT file, credentials as the credentials step would pass them (paths to kubeconfig files).
 */
async function runUninstallStep(remotes: readonly string[], extra: Record<string, string>): Promise<StepRun> {
  const state = testbedState();
  const work = mkdtempSync(join(tmpdir(), 'uninstall-step-'));
  // Step paths must lie in the run's own directory under RUNNER_TEMP, as the credentials step writes them.
  const credentials = join(work, 'istio-multicluster-local-1-job-credentials');
  mkdirSync(credentials, { mode: 0o700 });
  const path = (name: string): string => {
    const target = join(credentials, `${name}.kubeconfig`);
    copyFileSync(state.clusters.find((c) => c.name === name)?.kubeconfigPath ?? '', target);
    return target;
  };
  const inputs: Record<string, string> = {
    mode: 'uninstall',
    profile: 'istio-1.0',
    'primary-name': 'primary',
    'primary-kubeconfig-path': path('primary'),
    'remote-kubeconfig-paths': JSON.stringify(Object.fromEntries(remotes.map((r) => [r, path(r)]))),
    'helm-path': state.binaries.helm,
    'wait-timeout': '120s',
    ...extra,
  };
  const outputFile = join(work, 'output');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: repoRoot,
    RUNNER_TEMP: work,
    GITHUB_RUN_ID: 'local',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'job',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const step = pathToFileURL(join(repoRoot, 'src', 'steps', 'uninstall.ts')).href;
  try {
    const { code, log } = await new Promise<{ code: number; log: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `await (await import(${JSON.stringify(step)})).run();`,
        ],
        { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit ?? 1, log: text }));
    });
    return { code, log, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function report(run: StepRun): Report {
  return JSON.parse(run.outputs.report ?? '{"did":[]}') as Report;
}

/** Which objects exist (kinds the action may touch, Istio namespace and cluster-wide), by key only. */
async function objectKeys(): Promise<Record<string, string[]>> {
  const keys: Record<string, string[]> = {};
  for (const cluster of CLUSTERS) keys[cluster] = [...(await snapshot(cluster)).keys()].sort();
  return keys;
}

async function injectionLabel(cluster: string): Promise<string | undefined> {
  return (await core(cluster).readNamespace({ name: 'default' })).metadata?.labels?.['istio-injection'];
}

async function secretExists(cluster: string, name: string): Promise<boolean> {
  try {
    await core(cluster).readNamespacedSecret({ namespace: NS, name });
    return true;
  } catch (error: unknown) {
    if (error instanceof k8s.ApiException && error.code === 404) return false;
    throw error;
  }
}

function helmReleases(cluster: string): string[] {
  const state = testbedState();
  const kubeconfig = state.clusters.find((c) => c.name === cluster)?.kubeconfigPath ?? '';
  const out = execFileSync(state.binaries.helm, ['list', '-A', '-q', '--kubeconfig', kubeconfig]);
  return out.toString().split('\n').filter(Boolean);
}

async function resetAll(): Promise<void> {
  await Promise.all(REMOTES.map((r) => resetRemote(r)));
  await resetPrimaryRegistrations();
}

describe('mode: uninstall on the testbed (1 primary + 2 remotes)', () => {
  let harness: ActionHarness;

  beforeAll(async () => {
    await installControlPlane();
    await resetAll();
    harness = await startHarness();
  });

  afterAll(async () => {
    await resetAll();
    await harness?.close();
  });

  it('install-method kubectl: install then uninstall leaves every cluster with the objects it had before', async () => {
    const before = await objectKeys();
    for (const remote of REMOTES)
      expect(
        before[remote]?.filter((key) => key.includes('istio')),
        `${remote} is clean before install`,
      ).toEqual([]);
    const install = await harness.run(testbedInputs(REMOTES));
    expect(install.success, install.log).toBe(true);
    expect(await objectKeys()).not.toEqual(before);
    for (const remote of REMOTES) expect(await injectionLabel(remote)).toBe('enabled');

    const run = await runUninstallStep(REMOTES, { chart: CHART });
    expect(run.code, run.log).toBe(0);
    expect(JSON.parse(run.outputs['uninstalled-remotes'] ?? '')).toEqual(REMOTES);
    expect(JSON.parse(run.outputs['deleted-secrets'] ?? '')).toEqual(REMOTES);
    expect(await objectKeys()).toEqual(before);
    for (const remote of REMOTES) {
      expect(await secretExists('primary', remote), `registration of ${remote}`).toBe(false);
      expect(await injectionLabel(remote)).toBeUndefined();
    }
    const did = report(run).did;
    expect(did).toContain('istio-system/remote-1 on primary: deleted');
    expect(did.find((line) => line.startsWith('remote-1:'))).toMatch(
      /object\(s\) deleted.*injection label default:unlabelled; namespace istio-system deleted$/,
    );
  });

  it('a second uninstall succeeds and reports everything as already absent', async () => {
    const before = await objectKeys();
    const run = await runUninstallStep(REMOTES, { chart: CHART });
    expect(run.code, run.log).toBe(0);
    expect(JSON.parse(run.outputs['deleted-secrets'] ?? '')).toEqual([]);
    expect(JSON.parse(run.outputs['uninstalled-remotes'] ?? '')).toEqual(REMOTES);
    const did = report(run).did;
    expect(did).toContain('istio-system/remote-1 on primary: absent');
    expect(did).toContain('istio-system/remote-2 on primary: absent');
    for (const remote of REMOTES)
      expect(did.find((line) => line.startsWith(`${remote}:`))).toMatch(
        new RegExp(`^${remote}: already absent: 0 object\\(s\\) deleted.*namespace istio-system absent$`),
      );
    expect(await objectKeys()).toEqual(before);
  });

  it.each(['v3', 'v4'] as const)(
    'install-method helm (Helm %s): helm uninstall (post-delete hook completes on kwok) restores the object set',
    async (major) => {
      const before = await objectKeys();
      const helmVersion = { 'helm-version': TESTBED_HELM_VERSIONS[major] };
      const install = await harness.run(testbedInputs(REMOTES, { 'install-method': 'helm', ...helmVersion }));
      expect(install.success, install.log).toBe(true);
      for (const remote of REMOTES) expect(helmReleases(remote)).toContain('istio-remote');

      const run = await runUninstallStep(REMOTES, { chart: CHART, 'install-method': 'helm', ...helmVersion });
      expect(run.code, run.log).toBe(0);
      expect(JSON.parse(run.outputs['deleted-secrets'] ?? '')).toEqual(REMOTES);
      for (const remote of REMOTES) {
        expect(helmReleases(remote)).toEqual([]);
        expect(await injectionLabel(remote)).toBeUndefined();
      }
      // Includes the hook's ClusterRole/Binding: they are deleted once the cleanup Job succeeded.
      expect(await objectKeys()).toEqual(before);
      expect(report(run).did.find((line) => line.startsWith('remote-2:'))).toMatch(
        /helm release\(s\) uninstalled: 1, already absent: 0/,
      );

      const again = await runUninstallStep(REMOTES, {
        chart: CHART,
        'install-method': 'helm',
        ...helmVersion,
      });
      expect(again.code, again.log).toBe(0);
      expect(report(again).did.filter((line) => line.includes('already absent:'))).toHaveLength(2);
    },
  );

  it('keeps an injection label that was there before install (set by another field manager)', async () => {
    const kubectl = testbedState().binaries.kubectl;
    const kubeconfig = testbedState().clusters.find((c) => c.name === 'remote-1')?.kubeconfigPath ?? '';
    execFileSync(kubectl, [
      'label',
      'namespace',
      'default',
      'istio-injection=enabled',
      '--kubeconfig',
      kubeconfig,
    ]);
    const install = await harness.run(testbedInputs(['remote-1']));
    expect(install.success, install.log).toBe(true);

    const run = await runUninstallStep(['remote-1'], { chart: CHART });
    expect(run.code, run.log).toBe(0);
    expect(await injectionLabel('remote-1')).toBe('enabled');
    expect(report(run).did.find((line) => line.startsWith('remote-1:'))).toMatch(
      /injection label default:kept/,
    );
    await resetRemote('remote-1');
  });

  it('leaves a registration Secret it did not create alone, with a warning', async () => {
    await core('primary').createNamespacedSecret({
      namespace: NS,
      body: { metadata: { name: 'remote-2', labels: { 'istio/multiCluster': 'true' } }, data: {} },
    });
    try {
      const run = await runUninstallStep(['remote-2'], { chart: CHART });
      expect(run.code, run.log).toBe(0);
      expect(await secretExists('primary', 'remote-2')).toBe(true);
      expect(JSON.parse(run.outputs['deleted-secrets'] ?? '')).toEqual([]);
      expect(report(run).did).toContain('istio-system/remote-2 on primary: kept-unmanaged');
      expect(report(run).warnings?.join('\n')).toMatch(
        /istio-system\/remote-2 was not created by this action/,
      );
    } finally {
      await core('primary').deleteNamespacedSecret({ namespace: NS, name: 'remote-2' });
    }
  });
});
