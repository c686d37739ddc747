import yaml from 'js-yaml';
import semver from 'semver';
import { parsedValue, parseProblem, type Parsed } from '../util/parsed.js';
import { redactUrlCredentials } from '../util/redact.js';
import { isLoopbackHost } from './sources.js';

/** One chart version of a Helm repository's index.yaml, as far as the action uses it. */
export interface IndexedChart {
  readonly name: string;
  readonly version: string;
  /** Absolute URL of the chart archive, checked (https, or http for a loopback host). */
  readonly url: string;
  /** The SHA-256 the index itself gives (the repository vouching for itself), if any. */
  readonly indexDigest: string | undefined;
}

const SHA256 = /^(?:sha256:)?([0-9a-fA-F]{64})$/;
const CHART_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

interface RawEntry {
  readonly version?: unknown;
  readonly urls?: unknown;
  readonly digest?: unknown;
}

/** The entries of an index.yaml by chart name; a problem when it is not a Helm repository index. */
export function parseChartIndex(text: string): Parsed<Readonly<Record<string, readonly RawEntry[]>>> {
  let document: unknown;
  try {
    document = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (error: unknown) {
    return parseProblem(`is not YAML (${(error as Error).message.split('\n')[0] ?? ''})`);
  }
  const entries = (document as { entries?: unknown } | null)?.entries;
  if (entries === null || typeof entries !== 'object' || Array.isArray(entries))
    return parseProblem('has no entries map: it is not a Helm chart repository index');
  const byName: Record<string, RawEntry[]> = {};
  for (const [name, list] of Object.entries(entries as Record<string, unknown>))
    if (Array.isArray(list))
      byName[name] = list.filter((e): e is RawEntry => e !== null && typeof e === 'object');
  return parsedValue(byName);
}

/** The wanted version, or the newest stable one when `wanted` is undefined (as helm picks). */
function pickEntry(entries: readonly RawEntry[], wanted: string | undefined): RawEntry | undefined {
  const versioned = entries.filter((e): e is RawEntry & { version: string } => typeof e.version === 'string');
  if (wanted !== undefined) {
    const bare = wanted.replace(/^v/, '');
    return versioned.find((e) => e.version.replace(/^v/, '') === bare);
  }
  const stable = versioned.filter(
    (e) => semver.valid(e.version) !== null && semver.prerelease(e.version) === null,
  );
  return stable.sort((a, b) => semver.rcompare(a.version, b.version))[0];
}

/** Why a chart URL may not be downloaded, or undefined: https only, plain http for a loopback host. */
export function chartUrlProblem(url: URL): string | undefined {
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined;
  return 'is not https (plain http is accepted only for a loopback host)';
}

/**
 * The chart `name` at `version` (the newest stable one when undefined) from a parsed index, its URL
 * resolved against the repository URL as helm does and checked; undefined when the index lacks it.
 */
export function indexedChart(
  entries: Readonly<Record<string, readonly RawEntry[]>>,
  repository: string,
  name: string,
  version: string | undefined,
): Parsed<IndexedChart | undefined> {
  const entry = pickEntry(entries[name] ?? [], version);
  if (entry === undefined) return parsedValue(undefined);
  const first = Array.isArray(entry.urls) ? (entry.urls as unknown[])[0] : undefined;
  if (typeof first !== 'string' || first === '')
    return parseProblem(`lists ${name} ${String(entry.version)} without a URL`);
  let url: URL;
  try {
    url = new URL(first, `${repository}/`);
  } catch {
    return parseProblem(`lists ${name} at "${redactUrlCredentials(first)}", which is not a URL`);
  }
  const shown = redactUrlCredentials(url.href);
  const problem = chartUrlProblem(url);
  if (problem) return parseProblem(`lists ${name} at ${shown}, which ${problem}`);
  const digest = typeof entry.digest === 'string' ? SHA256.exec(entry.digest)?.[1] : undefined;
  return parsedValue({
    name,
    version: String(entry.version),
    url: url.href,
    indexDigest: digest?.toLowerCase(),
  });
}

/**
 * The `chart-digest` input: one `<chart>=<sha256>` line per chart archive (`sha256:` prefix allowed),
 * e.g. `istiod=3f5a...`. Every problem is named.
 */
export function parseChartDigests(text: string): { digests: Map<string, string>; problems: string[] } {
  const digests = new Map<string, string>();
  const problems: string[] = [];
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  for (const line of lines) {
    const [name = '', value = ''] = line.split('=', 2).map((part) => part.trim());
    const hex = SHA256.exec(value)?.[1];
    if (!CHART_NAME.test(name) || hex === undefined || !line.includes('='))
      problems.push(
        `chart-digest line ${JSON.stringify(line.slice(0, 100))} is not <chart>=<sha256>: write one line per chart, e.g. istiod=<64 hexadecimal characters>`,
      );
    else if (digests.has(name)) problems.push(`chart-digest pins ${name} twice: keep one line for it`);
    else digests.set(name, hex.toLowerCase());
  }
  return { digests, problems };
}
