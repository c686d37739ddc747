import * as core from '@actions/core';
import { verifyRemotes, type VerifiedRemote, type VerifyResult } from '../stages/verify/verify.js';
import { verifyClusterOf } from '../stages/verify/istiod-views.js';
import { probeKubeconfig } from '../kube/credential-probe.js';
import type { Profile } from '../istio/profiles.js';
import type { Topology } from '../istio/remote-plan.js';
import {
  readClusters,
  readMode,
  readNamespace,
  readProfile,
  readVerifyTimeoutMs,
  skippedFor,
  verifies,
  type Clusters,
} from './common.js';
import { readStepInputs } from './inputs.js';
import { runAsStep } from './step.js';
import { readTopology } from './topology-input.js';

const STAGE = 'verify';

/** Every input of the step, read and validated once at its top. */
interface VerifyInputs {
  readonly profile: Profile;
  readonly clusters: Clusters;
  readonly namespace: string;
  readonly timeoutMs: number;
  readonly topology: Topology;
}

function readInputs(): VerifyInputs {
  return readStepInputs<VerifyInputs>(STAGE, {
    profile: readProfile,
    clusters: readClusters,
    namespace: () => readNamespace(STAGE),
    timeoutMs: () => readVerifyTimeoutMs(STAGE),
    topology: () => readTopology(STAGE),
  });
}

/** The `verified` output: remote -> its worst status, each istiod pod's verdict (`holder/pod`), the cause. */
function verifiedOutput(remotes: readonly VerifiedRemote[]): Record<string, unknown> {
  const out: Record<string, { status: string; pods: Record<string, unknown>; causes: string[] }> = {};
  for (const r of remotes) {
    const entry = (out[r.remote] ??= { status: r.status, pods: {}, causes: [] });
    if (r.status !== 'synced') entry.status = r.status;
    for (const [pod, verdict] of Object.entries(r.pods)) entry.pods[`${r.holder}/${pod}`] = verdict;
    if (r.cause) entry.causes.push(r.cause);
  }
  return out;
}

function reportLines(result: VerifyResult): string[] {
  return result.remotes.map(
    (r) =>
      `${r.remote} on ${r.holder}: ${r.status} (${
        Object.entries(r.pods)
          .map(([pod, v]) => `${pod} ${v.status} since ${v.since}`)
          .join(', ') || 'no istiod pod answered'
      })`,
  );
}

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    const mode = readMode();
    const profile = readProfile();
    if (!verifies(mode, profile)) return skippedFor(mode);
    if (profile.name !== 'istio-current')
      throw new Error(
        `[${STAGE}] mode verify needs profile istio-current: Istio 1.0's pilot has no /debug/clusterz. Fix: set profile: istio-current, or use another mode.`,
      );
    const inputs = readInputs();
    const { primary, remotes } = inputs.clusters;
    const primaryView = verifyClusterOf(primary);
    const remoteViews = remotes.map(verifyClusterOf);
    const everyCluster = [primaryView, ...remoteViews];
    const multiPrimary = inputs.topology === 'multi-primary';
    const result = await core.group(
      `Verify that istiod synced ${remotes.map((r) => r.name).join(', ')}`,
      () =>
        verifyRemotes({
          holders: multiPrimary ? everyCluster : [primaryView],
          registeredOn: (holder) =>
            multiPrimary ? everyCluster.filter((c) => c.name !== holder.name) : remoteViews,
          probeKubeconfig,
          namespace: inputs.namespace,
          profile: inputs.profile,
          timeoutMs: inputs.timeoutMs,
        }),
    );
    const synced = result.remotes.filter((r) => r.status === 'synced').length;
    return {
      outputs: { verified: JSON.stringify(verifiedOutput(result.remotes)) },
      report: {
        did: [
          `${synced} of ${result.remotes.length} registration(s) synced by every istiod pod that answered (${result.seconds.toFixed(1)} s)`,
          ...reportLines(result),
        ],
        warnings: result.unreachable.map(
          (u) => `istiod pod ${u.pod} on ${u.holder} did not answer: ${u.problem}`,
        ),
      },
      failures: result.failures,
    };
  });
}
