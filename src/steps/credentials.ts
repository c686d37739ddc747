import * as core from '@actions/core';
import { join } from 'node:path';
import { readMode, readProfile, runDirectory } from './common.js';
import { reservedRemoteNameProblem } from '../stages/secrets/registration-guard.js';
import { ISTIO_1_0, ISTIO_CURRENT } from '../istio/profiles.js';
import type { TransportPolicy } from '../kube/transport-policy.js';
import { parseBoolean } from '../util/parse.js';
import {
  credentialSecrets,
  prepareCredentials,
  type CredentialsInput,
  type CredentialsResult,
} from '../stages/credentials/credentials.js';
import { decodeCredentialInputs } from '../stages/credentials/decoded-inputs.js';
import { splitListInput } from '../stages/credentials/list-input.js';
import { runAsStep, type StepReport } from './step.js';

function optionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

function readInputs(): Omit<CredentialsInput, 'outputDir'> {
  return {
    primaryKubeconfig: optionalInput('primary-kubeconfig'),
    remoteKubeconfigs: optionalInput('remote-kubeconfigs'),
    kubeconfig: optionalInput('kubeconfig'),
    primaryContext: optionalInput('primary-context'),
    remoteContexts: splitListInput(core.getInput('remote-contexts')),
    remoteNames: splitListInput(core.getInput('remote-names')),
    primaryName: core.getInput('primary-name'),
  };
}

/** allow-insecure-tls (default false) and allow-exec-credentials (default true). */
function readPolicy(): TransportPolicy {
  return {
    allowInsecureTls: parseBoolean('allow-insecure-tls', core.getInput('allow-insecure-tls'), false),
    allowExecCredentials: parseBoolean(
      'allow-exec-credentials',
      core.getInput('allow-exec-credentials'),
      true,
    ),
  };
}

/**
 * The input kubeconfigs go into a directory of their own inside the run's credentials directory
 * (which summary removes): the kubeconfigs remote-kubeconfig generates sit beside it, so
 * `<remote>.kubeconfig` here can never be the file generated for another remote (remote-names:
 * east,east-istio-multi).
 */
function credentialsDir(): string {
  return join(runDirectory('credentials'), 'inputs');
}

function maskAll(secrets: readonly string[]): void {
  for (const secret of secrets) core.setSecret(secret);
}

function outputsOf(result: CredentialsResult): Record<string, string> {
  return {
    'primary-name': result.primary.name,
    'primary-kubeconfig-path': result.primary.kubeconfigPath,
    'remote-names': JSON.stringify(result.remotes.map((remote) => remote.name)),
    // The directory this step owns; summary removes exactly what is listed in outputs like this one.
    'credentials-dir': runDirectory('credentials'),
    'remote-kubeconfig-paths': JSON.stringify(
      Object.fromEntries(result.remotes.map((remote) => [remote.name, remote.kubeconfigPath])),
    ),
  };
}

function reportOf(result: CredentialsResult): StepReport {
  return {
    did: [
      `primary "${result.primary.name}": ${result.primary.server}`,
      ...result.remotes.map(
        (remote) => `remote "${remote.name}" (cluster "${remote.sourceName}"): ${remote.server}`,
      ),
    ],
    warnings: result.warnings,
  };
}

export async function run(): Promise<void> {
  await runAsStep('credentials', async () => {
    const input = readInputs();
    // Parsed once: masked before anything is logged (the error message too if the inputs are
    // refused), then the same documents are validated and written.
    const decoded = decodeCredentialInputs(input);
    maskAll(credentialSecrets(input, decoded));
    // The first step of every mode: an unknown mode is refused here, not left to skip every later step.
    readMode();
    // An empty profile is settled by preflight, from the primary: a name reserved in either is refused.
    const profiles = core.getInput('profile').trim() === '' ? [ISTIO_CURRENT, ISTIO_1_0] : [readProfile()];
    const result = prepareCredentials(
      {
        ...input,
        outputDir: credentialsDir(),
        policy: readPolicy(),
        reservedNameProblem: (remote) =>
          profiles.map((profile) => reservedRemoteNameProblem(profile, remote)).find((p) => p !== undefined),
      },
      decoded,
    );
    maskAll(result.secretsToMask);
    for (const notice of result.notices) core.info(`credentials: ${notice}`);
    core.info(`credentials: ${1 + result.remotes.length} kubeconfig file(s) written (mode 0600)`);
    return { outputs: outputsOf(result), report: reportOf(result) };
  });
}
