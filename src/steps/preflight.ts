import * as core from '@actions/core';
import { runPreflight } from '../stages/preflight.js';
import { helmVersion } from '../tools/helm-cli.js';
import { parseBoolean } from '../util/parse.js';
import {
  readClusters,
  readInjectionNamespaces,
  readMode,
  readNamespace,
  readProfile,
  skippedFor,
  wiresRemotes,
} from './common.js';
import { readApiServerOverrides } from './api-servers.js';
import { runAsStep } from './step.js';
import { validateRunInputs } from './run-inputs.js';

export function run(): Promise<void> {
  return runAsStep('preflight', async () => {
    const mode = readMode();
    if (!wiresRemotes(mode)) return skippedFor(mode);
    validateRunInputs('preflight');
    const { primary, remotes } = readClusters();
    const helmPath = core.getInput('helm-path');
    const result = await core.group('Preflight checks', async () =>
      runPreflight({
        primary,
        remotes,
        helmVersion: helmPath ? await helmVersion(helmPath) : undefined,
        apiServerOverrides: readApiServerOverrides('preflight'),
        profile: readProfile(),
        plan: {
          mode: mode === 'render' ? 'render' : 'install',
          istioNamespace: readNamespace('preflight'),
          injectionNamespaces: readInjectionNamespaces('preflight'),
          installPrimary: parseBoolean('install-primary', core.getInput('install-primary'), false),
          sidecarInjector: parseBoolean('sidecar-injector', core.getInput('sidecar-injector'), true),
        },
      }),
    );
    return {
      outputs: {
        clusters: JSON.stringify(
          result.clusters.map((c) => ({
            name: c.name,
            role: c.role,
            version: c.version,
            podCidrs: c.podCidrs,
            serviceCidrs: c.serviceCidrs,
          })),
        ),
      },
      report: {
        did: result.clusters.map(
          (c) =>
            `${c.name} (${c.role}): Kubernetes ${c.version ?? '?'}, pods ${c.podCidrs.join(' ') || '?'}, services ${c.serviceCidrs.join(' ') || '?'}`,
        ),
        warnings: result.warnings,
      },
    };
  });
}
