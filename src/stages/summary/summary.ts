/** Pure rendering of the job summary from the steps' reports. */
import { redactUrlCredentials } from '../../util/redact.js';
import type { FailedRemote } from '../../util/remote-failures.js';

export interface StepRecord {
  readonly step: string;
  readonly outcome: string;
  readonly did: readonly string[];
  readonly warnings: readonly string[];
  readonly error: string | undefined;
  readonly skipped: string | undefined;
}

export function parseStepRecord(step: string, outcome: string, reportJson: string): StepRecord {
  let report: { did?: unknown; warnings?: unknown; error?: unknown; skipped?: unknown } = {};
  if (reportJson.trim() !== '') {
    try {
      report = JSON.parse(reportJson) as typeof report;
    } catch {
      report = { error: 'report was not valid JSON' };
    }
  }
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  return {
    step,
    outcome: outcome || (reportJson ? 'success' : 'not run'),
    did: strings(report.did),
    warnings: strings(report.warnings),
    error: typeof report.error === 'string' ? report.error : undefined,
    skipped: typeof report.skipped === 'string' ? report.skipped : undefined,
  };
}

/** A table cell: credentials in URLs cut out, pipes escaped, line breaks as <br>. */
function escapeCell(text: string): string {
  return redactUrlCredentials(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** One remote's outcome in this run: done (changed or not), or left out at the stage that failed. */
export interface RemoteOutcome {
  readonly remote: string;
  readonly outcome: 'changed' | 'unchanged' | 'failed';
  readonly stage: string | undefined;
  readonly detail: string;
  /** When its registered token expires (an ISO time, never, or pending); undefined when not known. */
  readonly expires?: string | undefined;
}

export function remoteOutcomes(
  remotes: readonly string[],
  failed: readonly FailedRemote[],
  changed: ReadonlySet<string>,
  expiry: Readonly<Record<string, string>> = {},
): RemoteOutcome[] {
  // A failure of a cluster not listed as a remote (multi-primary: the primary) is reported too.
  const unlisted = failed.map((f) => f.remote).filter((name) => !remotes.includes(name));
  return [...remotes, ...new Set(unlisted)].map((remote): RemoteOutcome => {
    const expires = expiry[remote];
    const failure = failed.find((f) => f.remote === remote);
    if (failure) return { remote, outcome: 'failed', stage: failure.stage, detail: failure.message, expires };
    const outcome = changed.has(remote) ? 'changed' : 'unchanged';
    return { remote, outcome, stage: undefined, detail: '', expires };
  });
}

/** The message the summary step fails with when remotes failed (the others were done). */
export function failedRemotesMessage(outcomes: readonly RemoteOutcome[]): string | undefined {
  const failed = outcomes.filter((o) => o.outcome === 'failed');
  if (failed.length === 0) return undefined;
  const done = outcomes.filter((o) => o.outcome !== 'failed').map((o) => o.remote);
  return (
    `[summary] ${failed.length} of ${outcomes.length} remote(s) failed and were left out of the later stages: ` +
    failed.map((o) => `${o.remote} (at ${o.stage ?? '?'})`).join(', ') +
    (done.length > 0 ? `; done: ${done.join(', ')}` : '') +
    '. Fix: see each failure in the job summary or the failed-remotes output, then run again (a rerun repairs only what is missing).'
  );
}

function remoteRows(outcomes: readonly RemoteOutcome[]): string[] {
  if (outcomes.length === 0) return [];
  const withExpiry = outcomes.some((o) => o.expires !== undefined);
  const expiryCell = (o: RemoteOutcome) => (withExpiry ? ` ${escapeCell(o.expires ?? '') || ' '} |` : '');
  return [
    `| remote | outcome | failed at | detail |${withExpiry ? ' token expires |' : ''}`,
    `| --- | --- | --- | --- |${withExpiry ? ' --- |' : ''}`,
    ...outcomes.map(
      (o) =>
        `| ${o.remote} | ${o.outcome} | ${o.stage ?? ''} | ${escapeCell(o.detail) || ' '} |${expiryCell(o)}`,
    ),
    '',
  ];
}

export function renderSummaryMarkdown(input: {
  readonly mode: string;
  readonly endpoints: Readonly<Record<string, string>>;
  readonly records: readonly StepRecord[];
  readonly removedFiles: number;
  readonly remotes?: readonly RemoteOutcome[];
  readonly planRows?: readonly string[];
}): string {
  const lines: string[] = [`## Istio multicluster (${input.mode})`, ''];
  lines.push(...remoteRows(input.remotes ?? []), ...(input.planRows ?? []));
  const endpointRows = Object.entries(input.endpoints);
  if (endpointRows.length > 0) {
    lines.push('| component | address |', '| --- | --- |');
    for (const [component, address] of endpointRows)
      lines.push(`| ${component} | ${escapeCell(address || '(absent)')} |`);
    lines.push('');
  }
  lines.push('| step | outcome | what it did |', '| --- | --- | --- |');
  for (const r of input.records) {
    const details = [
      ...r.did,
      ...r.warnings.map((w) => `⚠️ ${w}`),
      ...(r.skipped ? [`skipped: ${r.skipped}`] : []),
      ...(r.error ? [`❌ ${r.error}`] : []),
    ];
    lines.push(`| ${r.step} | ${r.outcome} | ${escapeCell(details.join('\n')) || ' '} |`);
  }
  lines.push('', `Credential files removed: ${input.removedFiles}.`);
  return `${lines.join('\n')}\n`;
}

/** The run's plan (render mode): per remote, what remote-install and register would write. */
export type RunPlan = Record<string, Record<string, unknown>>;

export function mergePlan(
  objects: Readonly<Record<string, unknown>>,
  registrations: Readonly<Record<string, unknown>>,
): RunPlan {
  const plan: RunPlan = {};
  for (const remote of [...new Set([...Object.keys(objects), ...Object.keys(registrations)])].sort()) {
    const entry = objects[remote];
    plan[remote] = {
      ...(typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {}),
      ...(typeof registrations[remote] === 'string' ? { registration: registrations[remote] } : {}),
    };
  }
  return plan;
}

function count(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return Array.isArray(value) ? String(value.length) : '';
}

function changeDetails(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .map(
      (c: { object?: unknown; fields?: unknown }) =>
        `${String(c.object)}: ${Array.isArray(c.fields) ? c.fields.join(', ') : ''}`,
    )
    .join('\n');
}

/** The plan as a Markdown table (empty when there is no plan). */
export function planRows(plan: RunPlan): string[] {
  const remotes = Object.keys(plan);
  if (remotes.length === 0) return [];
  return [
    '### Plan (nothing was written)',
    '',
    '| remote | create | change | prune | unchanged | registration | changed fields |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...remotes.map((remote) => {
      const p = plan[remote] ?? {};
      const registration = typeof p.registration === 'string' ? p.registration : '';
      return `| ${remote} | ${count(p.create)} | ${count(p.change)} | ${count(p.prune)} | ${count(p.unchanged)} | ${registration} | ${escapeCell(changeDetails(p.change)) || ' '} |`;
    }),
    '',
  ];
}
