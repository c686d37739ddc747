import * as core from '@actions/core';
import { runDirectory } from './common.js';
import {
  credentialSecrets,
  prepareCredentials,
  splitListInput,
  type CredentialsInput,
  type CredentialsResult,
} from '../stages/credentials.js';
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

/** The run's credentials directory under RUNNER_TEMP, shared with remote-kubeconfig and summary (cleanup). */
function credentialsDir(): string {
  return runDirectory('credentials');
}

function maskAll(secrets: readonly string[]): void {
  for (const secret of secrets) core.setSecret(secret);
}

function outputsOf(result: CredentialsResult): Record<string, string> {
  return {
    'primary-name': result.primary.name,
    'primary-kubeconfig-path': result.primary.kubeconfigPath,
    'remote-names': JSON.stringify(result.remotes.map((remote) => remote.name)),
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
    // Masked before anything is logged, including the error message if the inputs are refused.
    maskAll(credentialSecrets(input));
    const result = prepareCredentials({ ...input, outputDir: credentialsDir() });
    maskAll(result.secretsToMask);
    core.info(`credentials: ${1 + result.remotes.length} kubeconfig file(s) written (mode 0600)`);
    return { outputs: outputsOf(result), report: reportOf(result) };
  });
}
