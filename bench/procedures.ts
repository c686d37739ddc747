import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { repoRoot, testbedState, type ActionHarness } from '../test/integration/support/action.js';
import { istioModuleDir, realCharts } from '../test/testbed/istio-module.js';
import { ensureIstioctl } from '../test/support/istioctl.js';

const run = promisify(execFile);

/** How the bench reaches each cluster: a kubeconfig (file and text) per cluster name. */
export interface ClusterAccess {
  kubeconfigPath(cluster: string): string;
  kubeconfigText(cluster: string): string;
}

export async function timed(body: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await body();
  return (performance.now() - started) / 1000;
}

/** bench/docs-procedure.sh: istio.io's helm + istioctl procedure, one remote after another. */
export async function runDocsProcedure(
  access: ClusterAccess,
  remotes: readonly string[],
  discoveryAddress: string,
): Promise<void> {
  const state = testbedState();
  await run(
    'bash',
    [
      join(repoRoot, 'bench', 'docs-procedure.sh'),
      state.binaries.kubectl,
      state.binaries.helm,
      ensureIstioctl(),
      realCharts.base,
      realCharts.istiod,
      access.kubeconfigPath('primary'),
      discoveryAddress,
      ...remotes.map((r) => `${r}=${access.kubeconfigPath(r)}`),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
}

/** The action's inputs for profile istio-current with the real charts of the module (workspace). */
export function actionInputs(
  access: ClusterAccess,
  remotes: readonly string[],
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    'primary-kubeconfig': access.kubeconfigText('primary'),
    'remote-kubeconfigs': remotes.map((r) => access.kubeconfigText(r)).join('\n---\n'),
    'remote-names': remotes.join(','),
    profile: 'istio-current',
    chart: 'manifests/charts',
    'install-method': 'kubectl',
    // The docs procedure ends at the registration; asking istiod whether it synced is measured apart.
    verify: 'false',
    'wait-timeout': '120s',
    ...extra,
  };
}

export async function runAction(harness: ActionHarness, inputs: Record<string, string>): Promise<void> {
  const result = await harness.run(inputs, { workspace: istioModuleDir() });
  if (!result.success) throw new Error(`action run failed:\n${result.log.slice(-4000)}`);
}

/** A no-op resync must report that it changed nothing, or the bench measures something else. */
export async function runNoOpResync(harness: ActionHarness, inputs: Record<string, string>): Promise<void> {
  const result = await harness.run({ ...inputs, mode: 'resync' }, { workspace: istioModuleDir() });
  if (!result.success) throw new Error(`resync failed:\n${result.log.slice(-4000)}`);
  if (result.outputs.changed !== 'false')
    throw new Error(`a resync right after install changed something:\n${result.log.slice(-4000)}`);
}
