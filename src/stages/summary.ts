/** Pure rendering of the job summary from the steps' reports. */
import { redactUrlCredentials } from '../util/redact.js';

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

export function renderSummaryMarkdown(input: {
  readonly mode: string;
  readonly endpoints: Readonly<Record<string, string>>;
  readonly records: readonly StepRecord[];
  readonly removedFiles: number;
}): string {
  const lines: string[] = [`## Istio multicluster (${input.mode})`, ''];
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
