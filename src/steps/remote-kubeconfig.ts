import * as core from '@actions/core';
import {
  generateRemoteKubeconfigs,
  type RemoteKubeconfigResult,
} from '../stages/remote-kubeconfig/remote-kubeconfig.js';
import { readerRights } from '../istio/reader-rights.js';
import { accountTokenClusterOf } from '../kube/account-tokens.js';
import { secretPortOf } from '../kube/secret-port.js';
import { verifyReaderKubeconfig } from '../stages/remote-kubeconfig/reader-check.js';
import {
  readClusters,
  readMode,
  readNamespace,
  readParallelism,
  readProfile,
  readTimeoutMs,
  runDirectory,
  skippedFor,
  wiresRemotes,
  type Clusters,
} from './common.js';
import { readStepInputs } from './inputs.js';
import type { Profile } from '../istio/profiles.js';
import { readApiServerOverrides } from './api-servers.js';
import { runAsStep } from './step.js';
import { readTopology } from './topology-input.js';
import type { Topology } from '../istio/remote-plan.js';
import { readCredentialMode, readTokenLifetimeSeconds } from './credential-inputs.js';
import type { CredentialMode } from '../stages/remote-kubeconfig/remote-kubeconfig.js';
import { isoTime } from '../stages/secrets/token-renewal.js';
import { retirementNote } from '../stages/remote-kubeconfig/retire-token-secret.js';

const STAGE = 'remote-kubeconfig';

/** Every input of the step, read and validated once at its top. */
interface RemoteKubeconfigInputs {
  readonly profile: Profile;
  readonly clusters: Clusters;
  readonly overrides: Readonly<Record<string, string>>;
  readonly namespace: string;
  readonly timeoutMs: number;
  readonly parallelism: number;
  readonly credentialMode: CredentialMode;
  readonly tokenLifetimeSeconds: number;
  readonly topology: Topology;
}

function readInputs(): RemoteKubeconfigInputs {
  const inputs = readStepInputs<RemoteKubeconfigInputs>(STAGE, {
    profile: readProfile,
    clusters: readClusters,
    overrides: () => readApiServerOverrides(STAGE),
    namespace: () => readNamespace(STAGE),
    timeoutMs: () => readTimeoutMs(STAGE),
    parallelism: () => readParallelism(STAGE),
    credentialMode: () => readCredentialMode(STAGE),
    tokenLifetimeSeconds: () => readTokenLifetimeSeconds(STAGE),
    topology: () => readTopology(STAGE),
  });
  const { remotes } = inputs.clusters;
  const known = [
    ...remotes.map((r) => r.name),
    ...inputs.clusters.excluded,
    ...(inputs.topology === 'multi-primary' ? [inputs.clusters.primary.name] : []),
  ];
  const unknown = Object.keys(inputs.overrides).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `[remote-kubeconfig] remote-api-servers names unknown remotes: ${unknown.join(', ')}. Known: ${known.join(', ')}.`,
    );
  }
  return inputs;
}

function expiry(result: RemoteKubeconfigResult): string {
  if (result.tokenSource === 'would-request')
    return result.renewal ? `; would renew the registered token: ${result.renewal}` : '';
  if (result.expiresAt === undefined) return '';
  return `; expires ${isoTime(result.expiresAt)}${result.renewal ? ` (renewed: ${result.renewal})` : ''}`;
}

function retirement(result: RemoteKubeconfigResult): string {
  const note = retirementNote(result.retiredTokenSecret);
  return note ? `; ${note}` : '';
}

/** When each remote's registered token stops working: a time, never (a token Secret) or pending (render). */
function expiryOutput(results: readonly RemoteKubeconfigResult[]): Record<string, string> {
  return Object.fromEntries(
    results.map((r) => {
      if (r.expiresAt !== undefined) return [r.remote, isoTime(r.expiresAt)];
      return [r.remote, r.tokenSource.startsWith('would-') ? 'pending' : 'never'];
    }),
  );
}

/**
 * What resync repaired on a remote: a token Secret created again (until then the registered
 * kubeconfig did not authenticate: legacy tokens are bound to their Secret), a renewed token, or
 * (token-request) the long-lived token Secret of an earlier token-secret run removed.
 */
function repairs(results: readonly RemoteKubeconfigResult[]): { remote: string; reasons: string[] }[] {
  return results.flatMap((r) => {
    const reasons: string[] = [];
    if (r.tokenSource === 'created-token-secret')
      reasons.push(`the token Secret ${r.tokenSecret ?? ''} was missing on the remote and was created again`);
    if (r.tokenSource === 'requested-token' && r.renewal) reasons.push(`token renewed: ${r.renewal}`);
    const retired = retirementNote(r.retiredTokenSecret);
    if (retired) reasons.push(retired);
    return reasons.length > 0 ? [{ remote: r.remote, reasons }] : [];
  });
}

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    const mode = readMode();
    if (!wiresRemotes(mode)) return skippedFor(mode);
    const dryRun = mode === 'render';
    const inputs = readInputs();
    const { profile } = inputs;
    const { primary, remotes } = inputs.clusters;
    // multi-primary: the primary is registered on every other cluster too.
    const registered = inputs.topology === 'multi-primary' ? [primary, ...remotes] : remotes;
    const { results, failures } = await generateRemoteKubeconfigs({
      remotes: registered.map(accountTokenClusterOf),
      namespace: inputs.namespace,
      serviceAccount: profile.readerServiceAccount,
      apiServerOverrides: inputs.overrides,
      timeoutMs: inputs.timeoutMs,
      rights: readerRights(profile.name, inputs.topology === 'multi-primary'),
      // Its own directory: the files it writes are named in its generated-kubeconfig-paths output.
      outputDir: runDirectory(STAGE),
      dryRun,
      parallelism: inputs.parallelism,
      checkReader: verifyReaderKubeconfig,
      expiring:
        inputs.credentialMode === 'token-request'
          ? {
              holder: (name) => secretPortOf(name === primary.name ? (remotes[0] ?? primary) : primary),
              registrationSecret: (remote) => profile.secretName(remote),
              lifetimeSeconds: inputs.tokenLifetimeSeconds,
              now: Math.floor(Date.now() / 1000),
            }
          : undefined,
    });
    // Nothing is logged before this: every token and its base64 form is masked first.
    for (const result of results) for (const value of result.secretValues) core.setSecret(value);
    const paths: Record<string, string> = {};
    for (const r of results) if (r.kubeconfigPath) paths[r.remote] = r.kubeconfigPath;
    return {
      outputs: {
        'generated-kubeconfig-paths': JSON.stringify(paths),
        'generated-kubeconfig-dir': runDirectory(STAGE),
        'token-expiry': JSON.stringify(expiryOutput(results)),
        'repaired-remotes': JSON.stringify(mode === 'resync' ? repairs(results) : []),
      },
      report: {
        did: results.map(
          (r) =>
            `${r.remote}: token from ${r.tokenSource} (${r.tokenSecret ?? 'none'}), server ${r.server}; ${r.verification}${expiry(r)}${retirement(r)}`,
        ),
        warnings: results.flatMap((r) => r.warnings),
      },
      failures,
    };
  });
}
