import * as core from '@actions/core';
import { injectManifests, type InjectConfigSource, type InjectResult } from '../stages/inject/inject.js';
import { installIstioctl } from '../tools/istio-release.js';
import { istioctlAt } from '../tools/istioctl-cli.js';
import { manifestClusterOf } from '../kube/manifest-cluster.js';
import { expandPatterns } from '../util/glob.js';
import { ProblemsError } from '../util/errors.js';
import { parseBoolean, parseChoice, parseList } from '../util/parse.js';
import {
  readClusters,
  readParallelism,
  readMode,
  readNamespace,
  readProfile,
  runDirectory,
  skippedFor,
  type Clusters,
} from './common.js';
import { readStepInputs } from './inputs.js';
import { resolveWorkspacePath, workspacePathProblem } from './paths.js';
import { pathInputProblems } from './run-inputs.js';
import { settleProfile } from './profile-input.js';
import { runAsStep, type StepReport } from './step.js';

const STAGE = 'inject';
const SOURCES = ['auto', 'remote', 'primary'] as const;

/** inject-config-from; auto follows the profile: Istio 1.0 remotes hold the ConfigMaps, current ones do not (istio/istio#24438). */
function readConfigSource(): InjectConfigSource {
  const chosen = parseChoice('inject-config-from', core.getInput('inject-config-from'), SOURCES, 'auto');
  if (chosen !== 'auto') return chosen;
  return readProfile().name === 'istio-current' ? 'primary' : 'remote';
}

/** Where istioctl comes from: istioctl-path wins; else istioctl-version (default: istio-version). */
type IstioctlSource =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'download'; readonly version: string; readonly mirror: string | undefined };

function readIstioctlSource(): IstioctlSource {
  const path = core.getInput('istioctl-path');
  if (path) return { kind: 'path', path: resolveWorkspacePath(path, 'istioctl-path') };
  const version = core.getInput('istioctl-version') || core.getInput('istio-version');
  if (!version) {
    throw new Error(
      'manual injection needs istioctl: set istioctl-version to the Istio version of the cluster whose injector config is used (e.g. 1.0.6), or istioctl-path to an istioctl binary',
    );
  }
  return { kind: 'download', version, mirror: core.getInput('istio-mirror') || undefined };
}

/** The istioctl binary: the given path, or the release downloaded checksum-verified. */
async function istioctlOf(source: IstioctlSource): Promise<string> {
  return source.kind === 'path' ? source.path : installIstioctl(source.version, source.mirror);
}

/** Every input of the step, read and validated once at its top. */
interface InjectInputs {
  readonly manifests: readonly string[];
  readonly apply: boolean;
  readonly configSource: InjectConfigSource;
  readonly clusters: Clusters;
  readonly istioctl: IstioctlSource;
  readonly parallelism: number;
  readonly namespace: string;
}

function readInputs(): InjectInputs {
  return readStepInputs<InjectInputs>(STAGE, {
    manifests: readManifests,
    apply: () => parseBoolean('apply', core.getInput('apply'), false),
    configSource: readConfigSource,
    clusters: readClusters,
    istioctl: readIstioctlSource,
    parallelism: () => readParallelism(STAGE),
    namespace: () => readNamespace(STAGE),
  });
}

/** The manifests patterns expanded in the workspace; every pattern and every file found stays inside it. */
function readManifests(): string[] {
  const outside = pathInputProblems();
  if (outside.length > 0) throw new ProblemsError(STAGE, outside);
  const root = resolveWorkspacePath('.');
  const expanded = expandPatterns('manifests', parseList(core.getInput('manifests')), root);
  const problems = [...expanded.problems];
  for (const file of expanded.files) {
    const problem = workspacePathProblem(file, 'manifests');
    if (problem !== undefined) problems.push(problem);
  }
  if (problems.length > 0) throw new ProblemsError(STAGE, problems);
  return expanded.files;
}

function reportOf(result: InjectResult, applied: boolean): StepReport {
  return {
    did: result.remotes.map((r) => {
      const workloads = r.manifests.reduce((n, m) => n + m.injected.length, 0);
      const changed = r.applied.filter((a) => a.outcome !== 'unchanged').length;
      const apply = applied ? `; applied ${r.applied.length} objects (${changed} created or changed)` : '';
      return `${r.remote}: injected ${workloads} workloads in ${r.manifests.length} manifests with the injector config of ${r.configFrom}${apply}`;
    }),
  };
}

/** Every mode that wires remotes re-injects (pilot addresses are baked into injected pods); uninstall does not. */
export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    const mode = readMode();
    if (mode === 'uninstall' || mode === 'verify') return skippedFor(mode);
    if (core.getInput('manifests').trim() === '') {
      return {
        outputs: { 'injected-manifest-paths': '[]' },
        report: { did: [], skipped: 'no manifests given' },
      };
    }
    // inject-config-from auto follows the profile; in mode inject no step before read it from the primary.
    await settleProfile(STAGE);
    const inputs = readInputs();
    const { manifests, apply, configSource } = inputs;
    const { primary, remotes } = inputs.clusters;
    const istioctlPath = await istioctlOf(inputs.istioctl);
    const title = `Inject sidecars into ${manifests.length} manifest(s) for ${remotes.map((r) => r.name).join(', ')}`;
    const result = await core.group(title, () =>
      injectManifests({
        istioctl: istioctlAt(istioctlPath),
        parallelism: inputs.parallelism,
        manifests,
        primary: manifestClusterOf(primary),
        remotes: remotes.map(manifestClusterOf),
        configSource,
        namespace: inputs.namespace,
        outputDir: runDirectory('injected'),
        apply,
        dryRun: mode === 'render',
      }),
    );
    return {
      outputs: { 'injected-manifest-paths': JSON.stringify(result.outputPaths) },
      report: reportOf(result, apply && mode !== 'render'),
      failures: result.failures,
    };
  });
}
