import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { registerRemotes } from '../stages/register.js';
import { parseJsonRecord } from '../util/parse.js';
import { readClusters, readMode, readNamespace } from './common.js';
import { runAsStep } from './step.js';

export function run(): Promise<void> {
  return runAsStep('register', async () => {
    const dryRun = readMode() === 'render';
    const { primary, remotes } = readClusters();
    const generated = parseJsonRecord(
      'generated-kubeconfig-paths',
      core.getInput('generated-kubeconfig-paths'),
    );
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
      registerRemotes({ primary, namespace: readNamespace(), registrations, dryRun }),
    );
    const wouldCreate = dryRun
      ? missing.map((remote) => ({ remote, secret: remote, outcome: 'would-create' as const }))
      : [];
    const secrets = [...result.secrets, ...wouldCreate];
    return {
      outputs: { 'secret-names': JSON.stringify(secrets.map((s) => s.secret)) },
      report: { did: secrets.map((s) => `${readNamespace()}/${s.secret} on ${primary.name}: ${s.outcome}`) },
    };
  });
}
