import semver from 'semver';
import { parsedValue, parseProblem, type Parsed } from '../util/parsed.js';

/** Tested defaults: pinned, never resolved over the network (a "latest" lookup breaks on rate limits and majors). */
export const DEFAULT_HELM_VERSION = 'v3.22.0';
export const DEFAULT_KUBECTL_VERSION = 'v1.36.3';
export const DEFAULT_ISTIOCTL_VERSION = '1.28.2';

export type VersionedTool = 'helm' | 'kubectl' | 'istio';

interface VersionRule {
  /** The action input the version comes from, named in messages. */
  readonly input: string;
  readonly defaultVersion: string;
  /** Release tags of helm and Kubernetes start with "v"; Istio's do not. */
  readonly prefix: 'v' | '';
  readonly majors: readonly number[];
  /** Why a major outside `majors` is refused, when there is more to say than "unsupported". */
  readonly majorNotes?: Readonly<Record<number, string>>;
}

const rules: Readonly<Record<VersionedTool, VersionRule>> = {
  helm: {
    input: 'helm-version',
    defaultVersion: DEFAULT_HELM_VERSION,
    prefix: 'v',
    majors: [3, 4],
    majorNotes: { 2: 'Helm 2 is refused: it needs Tiller, which is end-of-life' },
  },
  kubectl: { input: 'kubectl-version', defaultVersion: DEFAULT_KUBECTL_VERSION, prefix: 'v', majors: [1] },
  istio: { input: 'istio-version', defaultVersion: DEFAULT_ISTIOCTL_VERSION, prefix: '', majors: [1] },
};

const exactVersion = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export function defaultVersion(tool: VersionedTool): string {
  return rules[tool].defaultVersion;
}

/**
 * Parses a user-given version: `3.22.0` and `v3.22.0` are both accepted and normalised to the release
 * tag's spelling; an empty value means the tested default; `latest`, ranges and partial versions are refused.
 */
export function parseToolVersion(tool: VersionedTool, raw: string): Parsed<string> {
  const rule = rules[tool];
  const given = raw.trim();
  if (given === '') return parsedValue(rule.defaultVersion);
  const clean = exactVersion.test(given) ? semver.valid(given) : null;
  if (clean === null) return parseProblem(notPinned(rule, given));
  const major = semver.major(clean);
  if (!rule.majors.includes(major)) return parseProblem(wrongMajor(rule, given, major));
  return parsedValue(`${rule.prefix}${clean}`);
}

function notPinned(rule: VersionRule, given: string): string {
  return (
    `${rule.input} "${given}" is not an exact version. Pin one, for example ${rule.input}: ${rule.defaultVersion} ` +
    `(the tested default). "latest", ranges such as ^${rule.majors[0]} or ${rule.majors[0]}.x and partial ` +
    `versions are refused so that a new release cannot change what a run installs.`
  );
}

function wrongMajor(rule: VersionRule, given: string, major: number): string {
  const why = rule.majorNotes?.[major] ?? `major version ${major} is not supported`;
  return (
    `${rule.input} "${given}": ${why}. Use major version ${rule.majors.join(' or ')}, ` +
    `for example ${rule.input}: ${rule.defaultVersion}.`
  );
}
