import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { expect } from 'vitest';
import { runComposite, type CompositeRun } from '../../../src/cli/composite.js';
import { binaries } from '../../testbed/layout.js';
import {
  TESTBED_HELM4_VERSION,
  TESTBED_HELM_VERSION,
  TESTBED_KUBECTL_VERSION,
  buildReleaseMirror,
  serveDirectory,
  type LoopbackServer,
} from '../../support/release-mirror.js';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

interface StateFile {
  clusters: {
    name: string;
    kubeconfigPath: string;
    podCidr: string;
    serviceCidr: string;
    apiServer: string;
  }[];
  binaries: { helm: string; kubectl: string };
}

export function testbedState(): StateFile {
  return JSON.parse(readFileSync(join(repoRoot, '.testbed', 'state.json'), 'utf8')) as StateFile;
}

export function kubeconfigText(cluster: string): string {
  const found = testbedState().clusters.find((c) => c.name === cluster);
  if (!found) throw new Error(`testbed has no cluster ${cluster}`);
  return readFileSync(found.kubeconfigPath, 'utf8');
}

export function kubeConfig(cluster: string): k8s.KubeConfig {
  const config = new k8s.KubeConfig();
  config.loadFromString(kubeconfigText(cluster));
  return config;
}

export function core(cluster: string): k8s.CoreV1Api {
  return kubeConfig(cluster).makeApiClient(k8s.CoreV1Api);
}

/** A loopback tools mirror and tool cache shared by one test file, so helm/kubectl download once. */
export interface ActionHarness {
  readonly mirror: LoopbackServer;
  readonly toolCache: string;
  /** Runs the composite action; `workspace` stands in for GITHUB_WORKSPACE (default: the repository). */
  run(inputs: Record<string, string>, options?: { workspace?: string }): Promise<ActionRun>;
  close(): Promise<void>;
}

export interface ActionRun extends CompositeRun {
  /** Everything the steps printed, as the runner's log would show it (masked). */
  readonly log: string;
  readonly runnerTemp: string;
}

/** The standard inputs of a run against the testbed: primary + the given remotes, the stand-in 1.0 chart (profile istio-1.0) unless overridden. */
export function testbedInputs(
  remotes: readonly string[],
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    'primary-kubeconfig': kubeconfigText('primary'),
    'remote-kubeconfigs': remotes.map(kubeconfigText).join('\n---\n'),
    'remote-names': remotes.join(','),
    profile: 'istio-1.0',
    chart: 'test/fixtures/charts/istio-remote',
    'wait-timeout': '120s',
    ...extra,
  };
}

export interface HarnessOptions {
  /**
   * The action to run (action.yml and dist/); default: ACTION_UNDER_TEST when set (a bundle built
   * elsewhere, e.g. `bash scripts/bundle.sh <dir>/dist` next to a copy of action.yml), else the repository.
   */
  readonly actionDir?: string;
}

/**
 * With HARNESS_TIMINGS=<file>, one JSON line per action run: the test, and each step's wall time
 * (to see where the suite's time goes; never asserted).
 */
function recordTimings(run: CompositeRun): void {
  const file = process.env.HARNESS_TIMINGS;
  if (!file) return;
  const { testPath, currentTestName } = expect.getState();
  const steps = Object.fromEntries(
    run.steps.filter((s) => s.durationMs > 0).map((s) => [s.id, s.durationMs]),
  );
  const totalMs = Object.values(steps).reduce((sum, ms) => sum + ms, 0);
  appendFileSync(file, JSON.stringify({ testPath, test: currentTestName, totalMs, steps }) + '\n');
}

export async function startHarness(options: HarnessOptions = {}): Promise<ActionHarness> {
  const actionDir = options.actionDir ?? (process.env.ACTION_UNDER_TEST || repoRoot);
  const work = mkdtempSync(join(tmpdir(), 'istio-mc-harness-'));
  const state = testbedState();
  const served = buildReleaseMirror({
    root: work,
    helmBinary: state.binaries.helm,
    helmVersion: TESTBED_HELM_VERSION,
    kubectlBinary: state.binaries.kubectl,
    kubectlVersion: TESTBED_KUBECTL_VERSION,
    // helm-version: TESTBED_HELM4_VERSION in a run's inputs selects it.
    moreHelms: [{ binary: binaries().helm4, version: TESTBED_HELM4_VERSION }],
  });
  const mirror = await serveDirectory(served);
  const toolCache = join(work, 'tool-cache');
  return {
    mirror,
    toolCache,
    async run(inputs, runOptions = {}) {
      const runnerTemp = mkdtempSync(join(work, 'runner-temp-'));
      let log = '';
      const result = await runComposite({
        actionDir,
        inputs: {
          'tools-mirror': mirror.url,
          'helm-version': TESTBED_HELM_VERSION,
          'kubectl-version': TESTBED_KUBECTL_VERSION,
          ...inputs,
        },
        env: {
          RUNNER_TEMP: runnerTemp,
          RUNNER_TOOL_CACHE: toolCache,
          GITHUB_WORKSPACE: runOptions.workspace ?? repoRoot,
          GITHUB_RUN_ID: String(Date.now()),
          GITHUB_JOB: 'test',
        },
        onOutput: (chunk) => (log += chunk),
      });
      recordTimings(result);
      return { ...result, log, runnerTemp };
    },
    async close() {
      await mirror.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
