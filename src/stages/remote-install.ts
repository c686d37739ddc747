import pLimit from 'p-limit';
import type { ClusterHandle } from '../kube/client.js';
import { apiMessage } from '../kube/client.js';
import type { AppliedObject } from '../kube/apply.js';
import { parseManifest, type ManifestObject } from '../kube/objects.js';
import { enableInjection, type LabelOutcome } from '../kube/namespaces.js';
import type { HelmChartRef } from '../tools/helm-cli.js';
import { StageError } from '../util/errors.js';
import { installWithHelm, installWithKubectl, renderManifest, type InstallMethod } from './deploy-chart.js';

export interface RemoteInstallInput {
  readonly chart: HelmChartRef;
  readonly remotes: readonly ClusterHandle[];
  readonly method: InstallMethod;
  readonly injectionNamespaces: readonly string[];
  readonly parallelism: number;
  /** mode: render: render and check kinds against each remote, write nothing to any cluster. */
  readonly dryRun: boolean;
  readonly manifestPath: string;
  /** Hash of the control-plane addresses, stored on what is applied so resync can detect drift. */
  readonly addressesHash: string;
}

export interface RemoteInstallOutcome {
  readonly remote: string;
  readonly objects: readonly AppliedObject[];
  readonly namespace: 'created' | 'exists' | 'would-create' | 'unknown';
  readonly injection: readonly { namespace: string; outcome: LabelOutcome | 'would-label' }[];
  readonly changed: boolean;
}

export interface RemoteInstallResult {
  readonly manifestPath: string;
  readonly objectCount: number;
  readonly remotes: readonly RemoteInstallOutcome[];
}

const STAGE = 'remote-install';

async function installOnRemote(
  input: RemoteInstallInput,
  remote: ClusterHandle,
  manifest: string,
  objects: readonly ManifestObject[],
): Promise<RemoteInstallOutcome> {
  const deploy = { ...input, stage: STAGE };
  try {
    const installed =
      input.method === 'helm'
        ? await installWithHelm(deploy, remote, manifest)
        : await installWithKubectl(deploy, remote, objects);
    const injection: RemoteInstallOutcome['injection'][number][] = [];
    for (const namespace of input.injectionNamespaces) {
      injection.push({
        namespace,
        outcome: input.dryRun ? 'would-label' : await enableInjection(remote, namespace),
      });
    }
    const changed =
      installed.objects.some((o) => o.outcome !== 'unchanged') ||
      injection.some((i) => i.outcome === 'labelled' || i.outcome === 'created-labelled');
    return { remote: remote.name, ...installed, injection, changed: !input.dryRun && changed };
  } catch (error: unknown) {
    if (error instanceof StageError) throw error;
    throw new StageError({
      stage: STAGE,
      cluster: remote.name,
      message: apiMessage(error),
      fix: 'check that the remote kubeconfig may create these objects (see preflight) and that the chart matches the cluster version.',
      cause: error,
    });
  }
}

/**
 * Renders istio-remote once and installs it on every remote in parallel (bounded by parallelism).
 * Every remote is attempted; failures are reported together with the remote they belong to.
 */
export async function installRemotes(input: RemoteInstallInput): Promise<RemoteInstallResult> {
  const manifest = await renderManifest({ ...input, stage: STAGE });
  const objects = parseManifest(manifest);
  const limit = pLimit(Math.max(1, input.parallelism));
  const settled = await Promise.allSettled(
    input.remotes.map((remote) => limit(() => installOnRemote(input, remote, manifest, objects))),
  );
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) {
    throw new Error(failures.map((f) => apiMessage(f)).join('\n'));
  }
  return {
    manifestPath: input.manifestPath,
    objectCount: objects.length,
    remotes: settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])),
  };
}
