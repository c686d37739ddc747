import * as core from '@actions/core';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CHART_NAMES,
  CURRENT_LAYOUTS,
  repositoryChartName,
  type ChartName,
  type ChartSource,
} from '../istio/charts.js';
import type { Profile } from '../istio/profiles.js';
import { parseExtraValues } from '../istio/remote-values.js';
import { installIstioRelease } from '../tools/istio-release.js';
import { valueOrThrow } from '../util/parsed.js';
import { parseMirrorUrl } from '../tools/sources.js';
import { parseChartDigests } from '../tools/chart-index.js';
import { fetchRepositoryCharts } from '../tools/chart-repository.js';
import { resolveWorkspacePath } from './paths.js';
import { runDirectory } from './run-files.js';

const CHART_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const SHA256 = /^[0-9a-fA-F]{64}$/;

/** The chart inputs as given: at most one of chart, istio-version and chart-repository. */
export interface ChartInputs {
  readonly chart: string;
  readonly istioVersion: string;
  readonly repository: string;
  readonly chartVersion: string;
  /** chart-digest as given: `<chart>=<sha256>` lines. */
  readonly chartDigest: string;
  /** chart-keyring as given: a workspace path. */
  readonly chartKeyring: string;
  /** istio-sha256 as given: the release archive's SHA-256. */
  readonly istioSha256: string;
}

/** The chart inputs, refused when they contradict each other or a value is malformed. */
export function readChartInputs(step: string): ChartInputs {
  const inputs = readRawChartInputs();
  const problems = chartInputProblems(inputs);
  if (problems.length > 0) throw new Error(`[${step}] ${problems.join('; ')}.`);
  return inputs;
}

function readRawChartInputs(): ChartInputs {
  return {
    chart: core.getInput('chart').trim(),
    istioVersion: core.getInput('istio-version').trim(),
    repository: core.getInput('chart-repository').trim(),
    chartVersion: core.getInput('chart-version').trim(),
    chartDigest: core.getInput('chart-digest').trim(),
    chartKeyring: core.getInput('chart-keyring').trim(),
    istioSha256: core.getInput('istio-sha256').trim(),
  };
}

/** Problems with the combination of chart inputs, each with its fix. */
export function chartInputProblems(inputs: ChartInputs): string[] {
  const given = (['chart', 'istio-version', 'chart-repository'] as const).filter(
    (name) =>
      ({ chart: inputs.chart, 'istio-version': inputs.istioVersion, 'chart-repository': inputs.repository })[
        name
      ] !== '',
  );
  const problems: string[] = [];
  if (given.length > 1)
    problems.push(`set only one of ${given.join(', ')}: they all say where the charts come from`);
  if (inputs.chartVersion && !inputs.repository)
    problems.push(
      'chart-version is used only with chart-repository: set chart-repository, or drop chart-version',
    );
  if (inputs.repository) {
    const url = parseMirrorUrl(inputs.repository, 'chart-repository');
    if (!url.ok) problems.push(url.problem);
  }
  if (inputs.chartDigest && !inputs.repository)
    problems.push(
      'chart-digest pins charts of chart-repository only: set chart-repository, or drop chart-digest',
    );
  if (inputs.chartKeyring && !inputs.repository)
    problems.push(
      'chart-keyring verifies charts of chart-repository only: set chart-repository, or drop chart-keyring',
    );
  problems.push(...parseChartDigests(inputs.chartDigest).problems);
  if (inputs.istioSha256 && !inputs.istioVersion)
    problems.push('istio-sha256 pins the archive of istio-version: set istio-version, or drop istio-sha256');
  if (inputs.istioSha256 && !SHA256.test(inputs.istioSha256))
    problems.push(
      `istio-sha256 is not a SHA-256: give the 64 hexadecimal characters of the release's published .sha256 file`,
    );
  if (inputs.chartVersion && !CHART_VERSION.test(inputs.chartVersion))
    problems.push(`chart-version "${inputs.chartVersion}" is not a version: give one such as 1.30.1`);
  return problems;
}

/** chartInputProblems() of the inputs as given. */
export function chartInputProblemsFromInputs(): string[] {
  return chartInputProblems(readRawChartInputs());
}

/** istio-current: finds base and istiod under a directory in any of the layouts releases and users have. */
function currentChartDirectories(step: string, dir: string): ChartSource {
  for (const layout of CURRENT_LAYOUTS) {
    const base = join(dir, layout.base);
    const istiod = join(dir, layout.istiod);
    if (existsSync(join(base, 'Chart.yaml')) && existsSync(join(istiod, 'Chart.yaml'))) {
      // The gateway, istio-cni and ztunnel charts, where the layout has them beside base.
      const optional = Object.fromEntries(
        (['gateway', 'istio-cni', 'ztunnel'] as const)
          .map((name) => [name, join(dirname(base), name)] as const)
          .filter(([, path]) => existsSync(join(path, 'Chart.yaml'))),
      );
      return { kind: 'directory', charts: { base, istiod, ...optional } };
    }
  }
  throw new Error(
    `[${step}] input chart: ${dir} holds no base and istiod charts. Fix: give a release's manifests/charts directory ` +
      '(base and istio-control/istio-discovery), the release directory itself, or a directory holding base and istiod.',
  );
}

function directorySource(step: string, profile: Profile, dir: string): ChartSource {
  if (profile.name === 'istio-current') return currentChartDirectories(step, dir);
  if (!existsSync(join(dir, 'Chart.yaml')))
    throw new Error(
      `[${step}] input chart: ${dir} is not a chart (no Chart.yaml). Fix: give the istio-remote chart directory, e.g. istio-1.0.6/install/kubernetes/helm/istio-remote.`,
    );
  return { kind: 'directory', charts: { 'istio-remote': dir } };
}

async function releaseSource(step: string, profile: Profile, inputs: ChartInputs): Promise<ChartSource> {
  const releaseDir = await installIstioRelease(
    inputs.istioVersion,
    core.getInput('istio-mirror') || undefined,
    undefined,
    inputs.istioSha256 || undefined,
  );
  const dir =
    profile.name === 'istio-1.0'
      ? join(releaseDir, 'install', 'kubernetes', 'helm', 'istio-remote')
      : join(releaseDir, 'manifests', 'charts');
  return directorySource(step, profile, dir);
}

/**
 * The remote charts from `chart` (a workspace path), `istio-version` (a downloaded, checksum-verified
 * release) or `chart-repository` (archives from a Helm chart repository, optionally at `chart-version`,
 * checked against `chart-digest`); undefined when none is given.
 */
export async function resolveChartSource(
  step: string,
  profile: Profile,
  inputs: ChartInputs,
): Promise<ChartSource | undefined> {
  if (inputs.chart) return directorySource(step, profile, resolveWorkspacePath(inputs.chart, 'chart'));
  if (inputs.istioVersion) return releaseSource(step, profile, inputs);
  if (inputs.repository) return repositorySource(step, profile, inputs);
  return undefined;
}

/** chart-keyring: an existing file inside the workspace. */
function readKeyring(path: string): string {
  const keyring = resolveWorkspacePath(path, 'chart-keyring');
  if (!existsSync(keyring))
    throw new Error(
      `input chart-keyring: ${keyring} does not exist. Fix: give the path, relative to the workspace, of the signers' public keyring (gpg --export <key> > keyring.gpg).`,
    );
  return keyring;
}

/**
 * chart-repository: the chart archives downloaded and checked by the action (chart-digest, https), given
 * to helm as local archives so that helm fetches nothing unverified itself.
 */
async function repositorySource(step: string, profile: Profile, inputs: ChartInputs): Promise<ChartSource> {
  const url = valueOrThrow(parseMirrorUrl(inputs.repository, 'chart-repository'), step) ?? inputs.repository;
  const { digests, problems } = parseChartDigests(inputs.chartDigest);
  if (problems.length > 0) throw new Error(`[${step}] ${problems.join('; ')}.`);
  mkdirSync(runDirectory('charts'), { recursive: true, mode: 0o700 });
  const archives = await fetchRepositoryCharts({
    stage: step,
    repository: url,
    version: inputs.chartVersion || undefined,
    names: CHART_NAMES.map(repositoryChartName),
    digests,
    keyring: inputs.chartKeyring ? readKeyring(inputs.chartKeyring) : undefined,
    helmPath: core.getInput('helm-path'),
    dir: mkdtempSync(join(runDirectory('charts'), `${step}-`)),
  });
  const charts = Object.fromEntries(
    CHART_NAMES.flatMap((name) => {
      const archive = archives[repositoryChartName(name)];
      return archive === undefined ? [] : [[name, archive] as const];
    }),
  );
  refuseMissingCharts(step, profile, inputs, url, charts);
  return { kind: 'directory', charts };
}

/** Every plan of the profile needs these charts: missing, the run stops here rather than after a write. */
function refuseMissingCharts(
  step: string,
  profile: Profile,
  inputs: ChartInputs,
  url: string,
  charts: Partial<Record<ChartName, string>>,
): void {
  const needed: ChartName[] = profile.name === 'istio-current' ? ['base', 'istiod'] : ['istio-remote'];
  const missing = needed.filter((name) => charts[name] === undefined);
  if (missing.length === 0) return;
  const at = inputs.chartVersion ? ` at version ${inputs.chartVersion}` : '';
  const pins = needed.map((name) => `${repositoryChartName(name)}=<sha256>`).join(', ');
  throw new Error(
    inputs.chartDigest
      ? `[${step}] chart-digest pins no ${missing.join(', ')} chart. Fix: add ${pins} to chart-digest for the charts of ${url}${at}.`
      : `[${step}] chart-repository ${url} has no ${missing.join(', ')} chart${at}. Fix: give a repository (and chart-version) holding ${needed.join(' and ')}.`,
  );
}

/** readChartInputs() then resolveChartSource(). */
export async function readOptionalChartSource(
  step: string,
  profile: Profile,
): Promise<ChartSource | undefined> {
  return resolveChartSource(step, profile, readChartInputs(step));
}

/** The `values` input: key=value lines, refused with every bad line named. */
export function readExtraValues(step: string): [string, string][] {
  const extra = parseExtraValues(core.getInput('values'));
  if (extra.problems.length > 0) throw new Error(`[${step}] ${extra.problems.join('; ')}`);
  return extra.values;
}
