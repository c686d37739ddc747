import * as core from '@actions/core';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { parseStepRecord, renderSummaryMarkdown } from '../stages/summary.js';
import { COMPONENTS } from '../istio/components.js';
import { parseJsonRecord } from '../util/parse.js';
import { runDirectory } from './common.js';
import { runAsStep } from './step.js';

const REPORTED_STEPS = [
  'setup-tools',
  'credentials',
  'preflight',
  'cacerts',
  'primary',
  'endpoints',
  'remote-install',
  'remote-kubeconfig',
  'register',
  'inject',
  'uninstall',
];

/** Removes every credential file of this run: the listed paths and the run's credentials directory. */
function removeCredentialFiles(): number {
  const listed = [
    core.getInput('primary-kubeconfig-path'),
    ...Object.values(safeRecord('remote-kubeconfig-paths')),
    ...Object.values(safeRecord('generated-kubeconfig-paths')),
  ].filter((p) => p !== '');
  let removed = 0;
  for (const path of listed) {
    if (existsSync(path)) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  if (process.env.RUNNER_TEMP) {
    const dir = runDirectory('credentials');
    if (existsSync(dir)) {
      removed += readdirSync(dir).length;
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return removed;
}

function safeRecord(name: string): Record<string, string> {
  try {
    return parseJsonRecord(name, core.getInput(name));
  } catch {
    return {};
  }
}

interface Repair {
  readonly remote: string;
  readonly reasons: readonly string[];
}

function safeList(name: string): unknown[] {
  try {
    const value: unknown = JSON.parse(core.getInput(name) || '[]');
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** Remotes repaired by resync: re-applied (remote-install) or re-issued credentials (register), one entry each. */
function mergeRepairs(): Repair[] {
  const byRemote = new Map<string, string[]>();
  const entries = [
    ...safeList('drifted-remotes'),
    ...safeList('repaired-tokens'),
    ...safeList('reissued-remotes'),
  ];
  for (const entry of entries) {
    const repair = entry as Partial<Repair>;
    if (typeof repair.remote !== 'string') continue;
    byRemote.set(repair.remote, [
      ...(byRemote.get(repair.remote) ?? []),
      ...(repair.reasons ?? []).map(String),
    ]);
  }
  return [...byRemote.entries()].map(([remote, reasons]) => ({ remote, reasons }));
}

export function run(): Promise<void> {
  return runAsStep('summary', async () => {
    const removedFiles = removeCredentialFiles();
    const records = REPORTED_STEPS.map((step) =>
      parseStepRecord(step, core.getInput(`outcome-${step}`), core.getInput(`report-${step}`)),
    );
    const endpoints: Record<string, string> = {};
    for (const spec of COMPONENTS) {
      const address = core.getInput(`${spec.name}-pod-ip`);
      if (address || records.some((r) => r.step === 'endpoints' && r.outcome === 'success'))
        endpoints[spec.name] = address;
    }
    const markdown = renderSummaryMarkdown({
      mode: core.getInput('mode') || 'install',
      endpoints,
      records,
      removedFiles,
    });
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(markdown).write();
    } else {
      core.info(markdown);
    }
    const repairs = mergeRepairs();
    const changed = repairs.length > 0 || safeList('changed-remotes').length > 0;
    return {
      outputs: { changed: String(changed), 'drifted-remotes': JSON.stringify(repairs) },
      report: { did: [`removed ${removedFiles} credential file(s)`] },
    };
  });
}
