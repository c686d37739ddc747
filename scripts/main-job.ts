/**
 * The main job: the full multicluster flow of action.yml, run through the bundled CLI against local
 * simulated clusters (1 primary + 2 remotes) with the stand-in Istio charts. Tools are downloaded by
 * the action itself from a loopback mirror serving release-shaped archives of the testbed's binaries.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildReleaseMirror, serveDirectory } from '../test/support/release-mirror.js';
import { acquireTestRunLock } from '../test/testbed/lock.js';

const root = resolve(import.meta.dirname, '..');

function step(title: string): void {
  process.stderr.write(`\n==> ${title}\n`);
}

function npm(args: string[]): void {
  execFileSync('npm', args, { cwd: root, stdio: 'inherit' });
}

interface TestbedState {
  clusters: { name: string; kubeconfigPath: string }[];
  binaries: { helm: string; kubectl: string };
}

async function main(): Promise<void> {
  // The clusters are shared with integration runs: take turns with them. An integration test that
  // runs this job already holds the lock and says so.
  const release =
    process.env.ISTIO_MC_TEST_RUN_LOCK_HELD === '1' ? () => undefined : await acquireTestRunLock();
  try {
    await mainJob();
  } finally {
    release();
  }
}

async function mainJob(): Promise<void> {
  step('Build the action bundle (dist/)');
  if (!existsSync(join(root, 'dist', 'index.js'))) npm(['run', 'build']);
  step('Start the simulated clusters (reused when already up)');
  npm(['run', '--silent', 'testbed', '--', 'up', '--clusters', '3']);
  step('Install the stand-in Istio 1.0 control plane on primary');
  npm(['run', '--silent', 'testbed', '--', 'control-plane']);
  const state = JSON.parse(readFileSync(join(root, '.testbed', 'state.json'), 'utf8')) as TestbedState;
  const remotes = state.clusters.filter((c) => c.name !== 'primary');
  const primary = state.clusters.find((c) => c.name === 'primary');
  if (!primary || remotes.length === 0) throw new Error('the testbed has no primary or no remotes');

  const work = mkdtempSync(join(tmpdir(), 'istio-mc-main-job-'));
  const mirror = await serveDirectory(
    buildReleaseMirror({
      root: work,
      helmBinary: state.binaries.helm,
      helmVersion: 'v3.22.0',
      kubectlBinary: state.binaries.kubectl,
      kubectlVersion: 'v1.36.3',
    }),
  );
  try {
    step(`Run the action: primary + ${remotes.map((r) => r.name).join(', ')}`);
    const args = [
      join(root, 'dist', 'index.js'),
      'run',
      '--json',
      '--tools-mirror',
      mirror.url,
      '--primary-kubeconfig',
      `@${primary.kubeconfigPath}`,
      ...remotes.flatMap((r) => ['--remote-kubeconfigs', `@${r.kubeconfigPath}`]),
      '--remote-names',
      remotes.map((r) => r.name).join(','),
      '--chart',
      'test/fixtures/charts/istio-remote',
      '--wait-timeout',
      '120s',
    ];
    // Asynchronous on purpose: the tools mirror answers from this process's event loop.
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        RUNNER_TEMP: join(work, 'runner-temp'),
        RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
      },
    });
    const code = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => resolve(status ?? 1));
    });
    process.exitCode = code;
  } finally {
    await mirror.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`main job failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
