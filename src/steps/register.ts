import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { registerRemotes, type RegisteredSecret } from '../stages/register.js';
import {
  readClusters,
  readMode,
  readNamespace,
  readProfile,
  readRunPaths,
  skippedFor,
  wiresRemotes,
} from './common.js';
import { runAsStep } from './step.js';

export function run(): Promise<void> {
  return runAsStep('register', async () => {
    const mode = readMode();
    if (!wiresRemotes(mode)) return skippedFor(mode);
    const dryRun = mode === 'render';
    const profile = readProfile();
    const { primary, remotes } = readClusters();
    const generated = readRunPaths('generated-kubeconfig-paths');
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
    const result = await core.group(`Register remotes on ${primary.name}`, () =>
      registerRemotes({ primary, namespace: readNamespace(), profile, registrations, dryRun }),
    );
    const wouldCreate = dryRun
      ? missing.map((remote): RegisteredSecret => ({
          remote,
          secret: profile.secretName(remote),
          outcome: 'would-create',
          reason: undefined,
        }))
      : [];
    const secrets = [...result.secrets, ...wouldCreate];
    return {
      outputs: {
        'secret-names': JSON.stringify(secrets.map((s) => s.secret)),
        'reissued-remotes': JSON.stringify(
          secrets
            .filter((s) => s.reason !== undefined && !dryRun)
            .map((s) => ({ remote: s.remote, reasons: [s.reason] })),
        ),
      },
      report: {
        did: secrets.map(
          (s) =>
            `${readNamespace()}/${s.secret} on ${primary.name}: ${s.outcome}${s.reason ? ` (${s.reason})` : ''}`,
        ),
      },
    };
  });
}
