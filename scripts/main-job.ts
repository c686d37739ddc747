/**
 * The main job: the full multicluster flow of action.yml (profile istio-current), run through the
 * bundled CLI against local simulated clusters (1 primary + 2 remotes) with the real Istio charts of
 * the istio.io/istio Go module, read in place from the module cache. A real istiod (pilot-discovery
 * built from the same module) runs out of cluster against primary; the job ends by printing its view
 * of the remotes. Tools are downloaded by the action itself from a loopback mirror serving
 * release-shaped archives of the testbed's binaries.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  TESTBED_HELM_VERSION,
  TESTBED_KUBECTL_VERSION,
  buildReleaseMirror,
  serveDirectory,
} from '../test/support/release-mirror.js';
import { acquireTestRunLock } from '../test/testbed/lock.js';
import { installCurrentPrimary } from '../test/testbed/istio-primary.js';
import { istioModuleDir } from '../test/testbed/istio-module.js';
import { clusterz, startIstiod, stopIstiod, type ClusterView } from '../test/testbed/istiod.js';
import { table } from '../test/testbed/log.js';
import { waitFor } from '../test/testbed/wait.js';

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

/** The mesh: the primary and the remotes in the order of their kubeconfigs, the module's charts read in place. */
function meshDescription(remotes: readonly string[]): string {
  return [
    'meshID: mesh1',
    'charts:',
    '  directory: manifests/charts',
    'clusters:',
    '  - name: primary',
    '    role: primary',
    ...remotes.map((name) => `  - name: ${name}`),
  ].join('\n');
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
  step('Install the real base and istiod charts on primary and start a real istiod against it');
  await installCurrentPrimary();
  // A fresh istiod: one left running by an earlier test can be stuck on registrations since revoked.
  await stopIstiod();
  await startIstiod();
  const state = JSON.parse(readFileSync(join(root, '.testbed', 'state.json'), 'utf8')) as TestbedState;
  const remotes = state.clusters.filter((c) => c.name !== 'primary');
  const primary = state.clusters.find((c) => c.name === 'primary');
  if (!primary || remotes.length === 0) throw new Error('the testbed has no primary or no remotes');

  const work = mkdtempSync(join(tmpdir(), 'istio-mc-main-job-'));
  const mirror = await serveDirectory(
    buildReleaseMirror({
      root: work,
      helmBinary: state.binaries.helm,
      helmVersion: TESTBED_HELM_VERSION,
      kubectlBinary: state.binaries.kubectl,
      kubectlVersion: TESTBED_KUBECTL_VERSION,
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
      // The testbed's own builds, served under versions the action pins no checksum for.
      '--helm-version',
      TESTBED_HELM_VERSION,
      '--kubectl-version',
      TESTBED_KUBECTL_VERSION,
      '--primary-kubeconfig',
      `@${primary.kubeconfigPath}`,
      ...remotes.flatMap((r) => ['--remote-kubeconfigs', `@${r.kubeconfigPath}`]),
      // The mesh as one description (mesh.schema.json), as the examples give it.
      '--mesh',
      meshDescription(remotes.map((r) => r.name)),
      '--profile',
      'istio-current',
      '--wait-timeout',
      '120s',
    ];
    // Asynchronous on purpose: the tools mirror answers from this process's event loop.
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        RUNNER_TEMP: join(work, 'runner-temp'),
        RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
        // A workspace holding a release's layout: the module's manifests/charts, read in place.
        GITHUB_WORKSPACE: istioModuleDir(),
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
    const code = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => resolve(status ?? 1));
    });
    process.exitCode = code;
    printVerified(stdout);
    if (code === 0) await printIstiodView(remotes.map((r) => r.name));
  } finally {
    await mirror.close();
    await stopIstiod();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The action's own check (verify step, output `verified`): what istiod's pod answered through a port-forward. */
function printVerified(stdout: string): void {
  step("The action's verify step: each remote as every istiod pod reported it (output verified)");
  const start = stdout.startsWith('{\n') ? 0 : stdout.lastIndexOf('\n{\n') + 1;
  let verified: Record<
    string,
    { status: string; pods: Record<string, { status: string; since: string }>; causes: string[] }
  >;
  try {
    const outputs = JSON.parse(stdout.slice(start)) as Record<string, string>;
    verified = JSON.parse(outputs.verified || '{}') as typeof verified;
  } catch {
    process.stderr.write('(no outputs printed)\n');
    return;
  }
  const rows = Object.entries(verified).map(([remote, v]) => [
    remote,
    v.status,
    Object.entries(v.pods)
      .map(([pod, p]) => `${pod} ${p.status} since ${p.since}`)
      .join(', '),
    v.causes.join(' '),
  ]);
  process.stderr.write(`${table([['remote', 'verified', 'istiod pods', 'cause'], ...rows])}\n`);
}

/** What the real istiod sees once every remote synced: the proof that the action connected them. */
async function printIstiodView(remotes: readonly string[]): Promise<void> {
  step("The real istiod's view of the remotes (/debug/clusterz)");
  const views = await waitFor(
    `istiod to report ${remotes.join(', ')} synced`,
    async () => {
      const seen = await clusterz();
      return remotes.every((r) => seen.some((v) => v.id === r && v.syncStatus === 'synced'))
        ? seen
        : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  );
  const row = (v: ClusterView) => [v.id, v.secretName ?? '', v.syncStatus ?? ''];
  process.stderr.write(`${table([['remote', 'registration', 'istiod sync'], ...views.map(row)])}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`main job failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
