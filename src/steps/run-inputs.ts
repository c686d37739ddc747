import * as core from '@actions/core';
import { meaninglessInputProblems } from '../istio/profile-inputs.js';
import { parseExtraValues } from '../istio/remote-values.js';
import { parseMirrorUrl } from '../tools/sources.js';
import { ProblemsError, errorMessage } from '../util/errors.js';
import { parseBoolean, parseChoice, parseList } from '../util/parse.js';
import { chartInputProblemsFromInputs, readExtraValues } from './chart-inputs.js';
import {
  readMeshId,
  readProfile,
  readNetworks,
  readParallelism,
  readPrimaryRelease,
  readReleaseName,
  readTimeoutMs,
} from './common.js';
import { workspacePathProblem } from './paths.js';
import { readCredentialMode, readTokenLifetimeSeconds } from './credential-inputs.js';
import { readDataplane, readGlobalServices, readTopology } from './topology-input.js';
import { readEastWestChoice } from './east-west-inputs.js';

const GLOB_CHARS = /[*?[{]/;

/** Inputs holding true or false (an empty one takes its default). */
const BOOLEAN_INPUTS = [
  'install-primary',
  'sidecar-injector',
  'mtls',
  'control-plane-security',
  'apply',
  'generate-intermediate-cas',
  'adopt',
] as const;

/** Inputs holding one of a few words. */
const CHOICE_INPUTS: readonly [string, readonly string[]][] = [
  ['install-method', ['kubectl', 'helm']],
  ['endpoint-mode', ['pod-ip', 'load-balancer', 'gateway', 'explicit']],
  ['inject-config-from', ['auto', 'remote', 'primary']],
];

/** The part of a manifests pattern before its first wildcard segment: what must stay in the workspace. */
function patternBase(pattern: string): string {
  const segments = pattern.split('/');
  const first = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  return first < 0 ? pattern : segments.slice(0, first).join('/') || '.';
}

/**
 * chart, primary-chart, manifests (each pattern's fixed part), istioctl-path and chart-keyring: inside
 * GITHUB_WORKSPACE, as written and with symlinks followed. Inputs a step does not receive read empty.
 */
export function pathInputProblems(): string[] {
  const problems: string[] = [];
  for (const input of ['chart', 'primary-chart', 'istioctl-path', 'chart-keyring']) {
    const value = core.getInput(input).trim();
    const problem = value === '' ? undefined : workspacePathProblem(value, input);
    if (problem !== undefined) problems.push(problem);
  }
  for (const pattern of parseList(core.getInput('manifests'))) {
    const problem = workspacePathProblem(patternBase(pattern), 'manifests');
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

function mirrorProblems(): string[] {
  const problems: string[] = [];
  for (const input of ['tools-mirror', 'istio-mirror']) {
    const value = core.getInput(input).trim();
    if (value === '') continue;
    const url = parseMirrorUrl(value, input);
    if (!url.ok) problems.push(url.problem);
  }
  return problems;
}

/** primary-values as the primary step reads it, its problems naming primary-values. */
export function primaryValuesProblems(text: string): string[] {
  return parseExtraValues(text).problems.map((p) => p.replace(/^values /, 'primary-values '));
}

function throwAll(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(problems.join('; '));
}

/**
 * Every input a later writing step reads, checked by preflight before the run's first write, so a run
 * refused for a bad value writes nothing. All problems are reported together.
 */
export function validateRunInputs(step: string): void {
  const checks: (() => unknown)[] = [
    () => readReleaseName(step),
    () => readPrimaryRelease(step),
    () => readMeshId(step),
    () => readNetworks(step),
    () => readParallelism(step),
    () => readTimeoutMs(step),
    () => readExtraValues(step),
    () => throwAll(primaryValuesProblems(core.getInput('primary-values'))),
    ...BOOLEAN_INPUTS.map((input) => () => parseBoolean(input, core.getInput(input), false)),
    ...CHOICE_INPUTS.map(
      ([input, choices]) =>
        () =>
          parseChoice(input, core.getInput(input), choices, choices[0] ?? ''),
    ),
    () => throwAll(chartInputProblemsFromInputs()),
    () => throwAll(mirrorProblems()),
    () => readCredentialMode(step),
    () => readTokenLifetimeSeconds(step),
    () => readTopology(step),
    () => readEastWestChoice(step),
    () => readDataplane(step),
    () => readGlobalServices(step),
    () =>
      throwAll(
        meaninglessInputProblems(readProfile().name, (input) => core.getInput(input).trim() === 'true'),
      ),
  ];
  const problems: string[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (error: unknown) {
      problems.push(errorMessage(error).replace(/^\[[a-z-]+\] /, ''));
    }
  }
  problems.push(...pathInputProblems());
  if (problems.length > 0) throw new ProblemsError(step, problems);
}
