import * as core from '@actions/core';
import { dirname } from 'node:path';
import { setupTools, type SetupToolsInput } from '../tools/index.js';
import { runAsStep } from './step.js';

/** The only place the setup-tools inputs are read. */
function readInputs(): SetupToolsInput {
  return {
    helmVersion: core.getInput('helm-version'),
    kubectlVersion: core.getInput('kubectl-version'),
    mirror: core.getInput('tools-mirror'),
  };
}

/** Installs helm and kubectl, puts both on PATH for later steps and outputs their paths. */
export async function run(): Promise<void> {
  await runAsStep('setup-tools', async () => {
    const input = readInputs();
    const result = await core.group('Set up helm and kubectl', () => setupTools(input));
    core.addPath(dirname(result.helmPath));
    core.addPath(dirname(result.kubectlPath));
    return {
      outputs: { 'helm-path': result.helmPath, 'kubectl-path': result.kubectlPath },
      report: { did: result.report },
    };
  });
}
