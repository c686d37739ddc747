import * as core from '@actions/core';
import * as exec from '@actions/exec';
import * as tc from '@actions/tool-cache';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StageError, errorMessage } from '../util/errors.js';
import { redactUrlCredentials } from '../util/redact.js';
import { sha256File } from './checksum.js';
import { indexedChart, parseChartIndex, type IndexedChart } from './chart-index.js';

export interface RepositoryChartsRequest {
  /** The step whose errors these are. */
  readonly stage: string;
  /** The checked chart-repository base URL. */
  readonly repository: string;
  readonly version: string | undefined;
  /** Repository chart names the action may use; those the index lacks are left out. */
  readonly names: readonly string[];
  /** chart-digest: the pinned SHA-256 of each chart archive. When any is given, only pinned charts are fetched. */
  readonly digests: ReadonlyMap<string, string>;
  /** chart-keyring: a keyring of the signers' public keys; each chart's helm provenance file is verified with it. */
  readonly keyring: string | undefined;
  readonly helmPath: string;
  /** An empty directory the archives are written to. */
  readonly dir: string;
}

/** Downloaded, checked chart archives by repository chart name. */
export type RepositoryCharts = Readonly<Record<string, string>>;

const DIGEST_FIX =
  'if the repository published a new build on purpose, check it and set that chart line of chart-digest to the new digest; otherwise the repository or the way to it is compromised: use a trusted one.';

/**
 * Fetches the repository's index.yaml and the chart archives (https only, loopback excepted) into
 * `dir`, verifies each against chart-digest and chart-keyring, or warns that it is unverified, and
 * returns their paths:
 * helm gets local archives, so it never fetches anything itself.
 */
export async function fetchRepositoryCharts(request: RepositoryChartsRequest): Promise<RepositoryCharts> {
  const entries = await readIndex(request);
  const pinned = request.digests.size > 0;
  const wanted = pinned ? [...request.digests.keys()] : request.names;
  const verified = pinned || request.keyring !== undefined;
  const charts: Record<string, string> = {};
  const unverified: string[] = [];
  for (const name of wanted) {
    const found = indexedChart(entries, request.repository, name, request.version);
    if (!found.ok) throw indexError(request, found.problem);
    if (found.value === undefined) {
      if (pinned)
        throw indexError(
          request,
          `has no chart ${name}${versionText(request.version)}, which chart-digest pins`,
        );
      continue;
    }
    charts[name] = await fetchChart(request, found.value);
    if (!verified) unverified.push(`${name} ${found.value.version}`);
  }
  if (unverified.length > 0)
    core.warning(
      `[${request.stage}] the charts ${unverified.join(', ')} from chart-repository ${shown(request.repository)} are not verified: ` +
        'nothing pins them, so whoever controls the repository (or its index) controls what is installed. ' +
        'Pin each chart archive with chart-digest (<chart>=<sha256> lines), taken from a copy you checked, ' +
        'or, when the repository signs its charts, give its public keys as chart-keyring.',
    );
  return charts;
}

function shown(url: string): string {
  return redactUrlCredentials(url);
}

function versionText(version: string | undefined): string {
  return version === undefined ? '' : ` at version ${version}`;
}

function indexError(request: RepositoryChartsRequest, problem: string): StageError {
  return new StageError({
    stage: request.stage,
    message: `the index of chart-repository ${shown(request.repository)} ${problem}.`,
    fix: 'give a chart-repository whose index.yaml lists the charts at that chart-version with https URLs.',
  });
}

async function download(request: RepositoryChartsRequest, url: string, dest: string): Promise<string> {
  try {
    return await tc.downloadTool(url, dest);
  } catch (error: unknown) {
    const status = error instanceof tc.HTTPError ? `HTTP ${error.httpStatusCode}` : errorMessage(error);
    throw new StageError({
      stage: request.stage,
      message: `could not download ${shown(url)} (chart-repository): ${status}.`,
      fix: 'check chart-repository and chart-version, and that the runner can reach the repository.',
      cause: error,
    });
  }
}

async function readIndex(request: RepositoryChartsRequest): Promise<ReturnType<typeof parseIndexOrThrow>> {
  const file = await download(request, `${request.repository}/index.yaml`, join(request.dir, 'index.yaml'));
  try {
    return parseIndexOrThrow(request, await readFile(file, 'utf8'));
  } finally {
    await rm(file, { force: true });
  }
}

function parseIndexOrThrow(request: RepositoryChartsRequest, text: string) {
  const parsed = parseChartIndex(text);
  if (!parsed.ok) throw indexError(request, parsed.problem);
  return parsed.value;
}

/** Downloads one archive and checks it against chart-digest and the index's own digest. */
async function fetchChart(request: RepositoryChartsRequest, chart: IndexedChart): Promise<string> {
  const path = await download(request, chart.url, join(request.dir, `${chart.name}-${chart.version}.tgz`));
  const actual = await sha256File(path);
  const pinned = request.digests.get(chart.name);
  if (pinned !== undefined && pinned !== actual) {
    await rm(path, { force: true });
    throw new StageError({
      stage: request.stage,
      message:
        `chart ${chart.name} ${chart.version} from ${shown(chart.url)} does not match chart-digest: ` +
        `expected sha256 ${pinned}, got ${actual}. It was deleted and nothing was installed from it.`,
      fix: DIGEST_FIX,
    });
  }
  if (chart.indexDigest !== undefined && chart.indexDigest !== actual) {
    await rm(path, { force: true });
    throw new StageError({
      stage: request.stage,
      message: `chart ${chart.name} ${chart.version} from ${shown(chart.url)} does not match the digest its repository index gives (${chart.indexDigest}), got ${actual}.`,
      fix: 'retry the job; if it fails again, the repository serves archives that differ from its index: re-index it (helm repo index) or use another.',
    });
  }
  if (request.keyring !== undefined) await verifyProvenance(request, chart, path);
  core.info(
    `chart ${chart.name} ${chart.version}: sha256 ${actual}${pinned === undefined ? '' : ' (matches chart-digest)'}`,
  );
  return path;
}

/** helm's provenance: the signed `<archive>.prov` beside the archive, checked with `helm verify` and the keyring. */
async function verifyProvenance(
  request: RepositoryChartsRequest,
  chart: IndexedChart,
  path: string,
): Promise<void> {
  const prov = `${chart.url}.prov`;
  try {
    await tc.downloadTool(prov, `${path}.prov`);
  } catch (error: unknown) {
    await rm(path, { force: true });
    throw new StageError({
      stage: request.stage,
      message: `chart ${chart.name} ${chart.version} has no provenance file at ${shown(prov)} (${errorMessage(error)}).`,
      fix: 'the repository does not sign this chart: drop chart-keyring and pin the archive with chart-digest instead.',
      cause: error,
    });
  }
  const args = ['verify', `--keyring=${request.keyring ?? ''}`, '--', path];
  const result = await exec.getExecOutput(request.helmPath, args, { silent: true, ignoreReturnCode: true });
  if (result.exitCode === 0) {
    core.info(`chart ${chart.name} ${chart.version}: signature verified with chart-keyring`);
    return;
  }
  await rm(path, { force: true });
  throw new StageError({
    stage: request.stage,
    message: `chart ${chart.name} ${chart.version} from ${shown(chart.url)} failed helm's provenance check with chart-keyring: ${(result.stderr.trim() || result.stdout.trim()).slice(0, 300)}. It was deleted and nothing was installed from it.`,
    fix: "check that chart-keyring holds the repository's signing public keys (gpg --export <key> > keyring.gpg); if it does, the chart or its signature was changed: use a trusted repository.",
  });
}
