/** The verify step's `verified` output as a Markdown table of the job summary. Pure. */
import { redactUrlCredentials } from '../../util/redact.js';

const cell = (text: string) => redactUrlCredentials(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function podsCell(pods: unknown): string {
  if (!isRecord(pods)) return '';
  return Object.entries(pods)
    .map(([pod, verdict]) =>
      isRecord(verdict) ? `${pod}: ${String(verdict.status)} since ${String(verdict.since)}` : pod,
    )
    .join('\n');
}

/** One row per remote: its status, each istiod pod's status and since when, the likely cause. */
export function verifyRows(verified: Readonly<Record<string, unknown>>): string[] {
  const entries = Object.entries(verified).filter(([, v]) => isRecord(v));
  if (entries.length === 0) return [];
  const rows = entries.map(([remote, v]) => {
    const entry = v as Record<string, unknown>;
    const causes = Array.isArray(entry.causes) ? entry.causes.map(String).join('\n') : '';
    const status = String(entry.status);
    return `| ${cell(remote)} | ${status === 'synced' ? '✅' : '❌'} ${cell(status)} | ${cell(podsCell(entry.pods)) || ' '} | ${cell(causes) || ' '} |`;
  });
  return ['| remote | istiod sync | istiod pods | likely cause |', '| --- | --- | --- | --- |', ...rows, ''];
}
