import * as core from '@actions/core';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { parseStepRecord, renderSummaryMarkdown } from '../stages/summary.js';
import { COMPONENTS } from '../istio/components.js';
import { parseJsonRecord } from '../util/parse.js';
import { errorMessage } from '../util/errors.js';
import { readRunPath, runDirectory } from './common.js';
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

/** The listed paths that are files of this run; any other path is left alone and noted. */
function runFiles(listed: readonly [string, string][], refused: string[]): string[] {
  const files: string[] = [];
  for (const [input, path] of listed) {
    if (path === '') continue;
    try {
      files.push(readRunPath(input, path));
    } catch (error: unknown) {
      refused.push(errorMessage(error));
    }
  }
  return files;
}

function listedRecord(name: string): [string, string][] {
  return Object.values(safeRecord(name)).map((path): [string, string] => [name, path]);
}

/** Removes the listed files, then every file left in the run's `purpose` directory (and it). */
function removeRunFiles(purpose: string, listed: readonly [string, string][], refused: string[]): number {
  let removed = 0;
  for (const path of runFiles(listed, refused)) {
    if (existsSync(path)) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  if (process.env.RUNNER_TEMP) {
    const dir = runDirectory(purpose);
    if (existsSync(dir)) {
      removed += readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
        (e) => !e.isDirectory(),
      ).length;
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return removed;
}

/** Every credential file of this run: the listed paths and the run's credentials directory. */
function removeCredentialFiles(refused: string[]): number {
  return removeRunFiles(
    'credentials',
    [
      ['primary-kubeconfig-path', core.getInput('primary-kubeconfig-path')],
      ...listedRecord('remote-kubeconfig-paths'),
      ...listedRecord('generated-kubeconfig-paths'),
    ],
    refused,
  );
}

/** Every rendered manifest of this run (they may hold CA material and tokens): listed paths and the run's manifests directory. */
function removeManifestFiles(refused: string[]): number {
  return removeRunFiles(
    'manifests',
    [
      ['manifest-path', core.getInput('manifest-path')],
      ['primary-manifest-path', core.getInput('primary-manifest-path')],
      ...listedRecord('manifest-paths'),
    ],
    refused,
  );
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
    const refused: string[] = [];
    const removedFiles = removeCredentialFiles(refused);
    const removedManifests = removeManifestFiles(refused);
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
      report: {
        did: [`removed ${removedFiles} credential file(s) and ${removedManifests} rendered manifest(s)`],
        ...(refused.length > 0
          ? { warnings: refused.map((r) => `left alone (not a file of this run): ${r}`) }
          : {}),
      },
    };
  });
}
