import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { listOnePod, secretPortOf } from '../kube/secret-port.js';
import { registerEverywhere, type RegisteredSecret } from '../stages/register/register.js';
import {
  readClusters,
  readMode,
  readNamespace,
  readParallelism,
  readProfile,
  readRunPaths,
  skippedFor,
  wiresRemotes,
  type Clusters,
} from './common.js';
import { readStepInputs } from './inputs.js';
import type { Profile } from '../istio/profiles.js';
import { runAsStep } from './step.js';
import { readTopology } from './topology-input.js';
import type { Topology } from '../istio/remote-plan.js';

/** Every input of the step, read and validated once at its top. */
interface RegisterInputs {
  readonly profile: Profile;
  readonly clusters: Clusters;
  /** remote name -> the reader kubeconfig remote-kubeconfig generated (a file of this run). */
  readonly generated: Readonly<Record<string, string>>;
  readonly namespace: string;
  readonly parallelism: number;
  readonly topology: Topology;
}

function readInputs(): RegisterInputs {
  return readStepInputs<RegisterInputs>('register', {
    profile: readProfile,
    clusters: readClusters,
    generated: () => readRunPaths('generated-kubeconfig-paths', core.getInput('generated-kubeconfig-paths')),
    namespace: () => readNamespace('register'),
    parallelism: () => readParallelism('register'),
    topology: () => readTopology('register'),
  });
}

const WRITTEN: readonly RegisteredSecret['outcome'][] = ['created', 'replaced', 'updated'];

/** What resync repaired on the primary: registrations re-issued, or created again after they were deleted. */
function repairs(
  mode: string,
  secrets: readonly RegisteredSecret[],
): { remote: string; reasons: string[] }[] {
  if (mode === 'render') return [];
  return secrets.flatMap((s) => {
    if (s.reason !== undefined) return [{ remote: s.remote, reasons: [s.reason] }];
    if (mode === 'resync' && s.outcome === 'created')
      return [
        {
          remote: s.remote,
          reasons: [`the registration ${s.secret} was missing on the primary and was created again`],
        },
      ];
    return [];
  });
}

export function run(): Promise<void> {
  return runAsStep('register', async () => {
    const mode = readMode();
    if (!wiresRemotes(mode)) return skippedFor(mode);
    const dryRun = mode === 'render';
    const { profile, clusters, generated, namespace, parallelism, topology } = readInputs();
    const { primary, remotes } = clusters;
    const missing = remotes.filter((r) => !generated[r.name]).map((r) => r.name);
    if (missing.length > 0 && !dryRun) {
      throw new Error(
        `[register] no generated kubeconfig for remote(s) ${missing.join(', ')}. Fix: run the remote-kubeconfig step first (its generated-kubeconfig-paths output).`,
      );
    }
    const registrations = Object.entries(generated).map(([remote, path]) => ({
      remote,
      kubeconfig: readFileSync(path, 'utf8'),
    }));
    // multi-primary: every cluster holds a registration of every other one (n x (n-1) Secrets).
    const holders = (topology === 'multi-primary' ? [primary, ...remotes] : [primary]).map(secretPortOf);
    const result = await core.group(`Register on ${holders.map((h) => h.cluster).join(', ')}`, () =>
      registerEverywhere(holders, (holder) => ({
        primary: holder,
        tryCredential: listOnePod,
        namespace,
        profile,
        registrations: registrations.filter((r) => r.remote !== holder.cluster),
        dryRun,
        parallelism,
        pending: dryRun ? missing.filter((m) => m !== holder.cluster) : [],
      })),
    );
    const { secrets } = result;
    return {
      outputs: {
        'secret-names': JSON.stringify(secrets.map((s) => s.secret)),
        'reissued-remotes': JSON.stringify(repairs(mode, secrets)),
        'registration-plan': JSON.stringify(
          dryRun ? Object.fromEntries(secrets.map((s) => [s.remote, s.outcome])) : {},
        ),
        'changed-registrations': JSON.stringify(
          secrets.filter((s) => WRITTEN.includes(s.outcome)).map((s) => s.remote),
        ),
      },
      report: {
        did: secrets.map(
          (s) =>
            `${namespace}/${s.secret} on ${s.on ?? primary.name}: ${s.outcome}${s.reason ? ` (${s.reason})` : ''}`,
        ),
      },
      failures: result.failures,
    };
  });
}
