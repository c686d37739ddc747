import * as core from '@actions/core';
import {
  failedRemotesMessage,
  mergePlan,
  parseStepRecord,
  planRows,
  remoteOutcomes,
  renderSummaryMarkdown,
  type RunPlan,
  type StepRecord,
} from '../stages/summary/summary.js';
import type { FailedRemote } from '../util/remote-failures.js';
import { earlierFailedRemotes } from './failed-remotes.js';
import { readStepInputs } from './inputs.js';
import { COMPONENTS } from '../istio/components.js';
import { parseJsonRecord } from '../util/parse.js';
import { removeListed } from './summary-cleanup.js';
import { runAsStep } from './step.js';
import { verifyRows } from '../stages/summary/verify-table.js';
import { REPORTED_STEPS } from './step-plan.js';

function listedRecord(name: string): [string, string][] {
  return Object.values(safeRecord(name)).map((path): [string, string] => [name, path]);
}

const listed = (name: string): [string, string] => [name, core.getInput(name)];

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

/** Every input of the step, read once at its top; summary never fails on a malformed one (it always runs). */
interface SummaryInputs {
  readonly credentialFiles: readonly [string, string][];
  readonly credentialDirs: readonly [string, string][];
  readonly manifestFiles: readonly [string, string][];
  readonly manifestDirs: readonly [string, string][];
  readonly records: readonly StepRecord[];
  readonly addresses: Readonly<Record<string, string>>;
  readonly mode: string;
  readonly repairs: readonly Repair[];
  readonly changedRemotes: readonly unknown[];
  readonly remoteNames: readonly string[];
  readonly failedRemotes: readonly FailedRemote[];
  readonly plan: RunPlan;
  readonly tokenExpiry: Readonly<Record<string, string>>;
  /** The primary's east-west gateway was written. */
  readonly eastWestChanged: boolean;
  /** The verify step's `verified` output. */
  readonly verified: Readonly<Record<string, unknown>>;
}

function safeJsonObject(name: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(core.getInput(name) || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function readInputs(): SummaryInputs {
  return readStepInputs<SummaryInputs>('summary', {
    credentialFiles: () => [
      listed('primary-kubeconfig-path'),
      ...listedRecord('remote-kubeconfig-paths'),
      ...listedRecord('generated-kubeconfig-paths'),
    ],
    credentialDirs: () => [
      listed('credentials-dir'),
      listed('generated-kubeconfig-dir'),
      listed('run-state-dir'),
    ],
    manifestFiles: () => [
      listed('manifest-path'),
      listed('primary-manifest-path'),
      ...listedRecord('manifest-paths'),
    ],
    manifestDirs: () => [
      listed('manifest-dir'),
      listed('primary-manifest-dir'),
      listed('east-west-manifest-dir'),
    ],
    records: () =>
      REPORTED_STEPS.map((step) =>
        parseStepRecord(step, core.getInput(`outcome-${step}`), core.getInput(`report-${step}`)),
      ),
    addresses: () =>
      Object.fromEntries(COMPONENTS.map((spec) => [spec.name, core.getInput(`${spec.name}-pod-ip`)])),
    mode: () => core.getInput('mode') || 'install',
    repairs: mergeRepairs,
    changedRemotes: () => [...safeList('changed-remotes'), ...safeList('changed-registrations')],
    remoteNames: () => Object.keys(safeRecord('remote-kubeconfig-paths')),
    failedRemotes: earlierFailedRemotes,
    tokenExpiry: () => safeRecord('token-expiry'),
    eastWestChanged: () => core.getInput('east-west-changed') === 'true',
    verified: () => safeJsonObject('verified'),
    plan: () =>
      core.getInput('mode') === 'render'
        ? mergePlan(safeJsonObject('plan'), safeJsonObject('registration-plan'))
        : {},
  });
}

export function run(): Promise<void> {
  return runAsStep('summary', async () => {
    const inputs = readInputs();
    const refused: string[] = [];
    const removedFiles = removeListed(inputs.credentialFiles, inputs.credentialDirs, refused);
    const removedManifests = removeListed(inputs.manifestFiles, inputs.manifestDirs, refused);
    const { records } = inputs;
    const endpoints: Record<string, string> = {};
    for (const spec of COMPONENTS) {
      const address = inputs.addresses[spec.name] ?? '';
      if (address || records.some((r) => r.step === 'endpoints' && r.outcome === 'success'))
        endpoints[spec.name] = address;
    }
    const changedSet = new Set([
      ...inputs.changedRemotes.filter((r): r is string => typeof r === 'string'),
      ...inputs.repairs.map((r) => r.remote),
    ]);
    const remotes = remoteOutcomes(inputs.remoteNames, inputs.failedRemotes, changedSet, inputs.tokenExpiry);
    const markdown = renderSummaryMarkdown({
      mode: inputs.mode,
      endpoints,
      records,
      removedFiles,
      remotes,
      planRows: [...verifyRows(inputs.verified), ...planRows(inputs.plan)],
    });
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(markdown).write();
    } else {
      core.info(markdown);
    }
    const changed =
      inputs.repairs.length > 0 ||
      inputs.changedRemotes.length > 0 ||
      core.getInput('east-west-changed') === 'true';
    return {
      outputs: {
        changed: String(changed),
        'drifted-remotes': JSON.stringify(inputs.repairs),
        'failed-remotes': JSON.stringify(inputs.failedRemotes),
        plan: JSON.stringify(inputs.plan),
      },
      report: {
        did: [`removed ${removedFiles} credential file(s) and ${removedManifests} rendered manifest(s)`],
        ...(refused.length > 0
          ? { warnings: refused.map((r) => `left alone (not a file of this run): ${r}`) }
          : {}),
      },
      failRun: failedRemotesMessage(remotes),
    };
  });
}
