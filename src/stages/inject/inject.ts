import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { apiMessage } from '../../kube/client.js';
import type { AppliedObject } from '../../kube/apply.js';
import type { ManifestCluster } from '../../kube/manifest-cluster.js';
import { defaultNamespace, parseManifest, type ManifestObject } from '../../util/manifest.js';
import {
  checkInjection,
  injectorFormat,
  missedInjectionProblem,
  type InjectorFormat,
} from '../../istio/injection.js';
import type { Istioctl, KubeInjectFiles, KubeInjectFlags } from '../../tools/istioctl-cli.js';
import { StageError } from '../../util/errors.js';
import { failedRemotesOf, fanOut } from '../../util/fan-out.js';
import type { FailedRemote } from '../../util/remote-failures.js';
import { readInjectionConfig, writeConfigFiles } from './injection-config.js';

const STAGE = 'inject';

/**
 * Where the injector and mesh ConfigMaps are read: the remote itself (Istio 1.0's istio-remote
 * renders them, also with sidecar-injector: false, and the seed reads them there), or the primary
 * (current Istio omits them on remotes, istio/istio#24438).
 */
export type InjectConfigSource = 'remote' | 'primary';

export interface InjectInput {
  readonly istioctl: Istioctl;
  /** Absolute paths of the manifests to inject (patterns already expanded). */
  readonly manifests: readonly string[];
  readonly primary: ManifestCluster;
  readonly remotes: readonly ManifestCluster[];
  readonly configSource: InjectConfigSource;
  /** Namespace of the ConfigMaps (the Istio namespace). */
  readonly namespace: string;
  /** Injected manifests are written to `<outputDir>/<remote>/`. */
  readonly outputDir: string;
  /** Server-side apply the injected objects to each remote. */
  readonly apply: boolean;
  /** mode: render: inject, but apply nothing. */
  readonly dryRun: boolean;
  /** How many remotes are worked on at once. */
  readonly parallelism: number;
}

export interface InjectedManifest {
  readonly source: string;
  readonly output: string;
  readonly injected: readonly string[];
}

export interface InjectRemoteResult {
  readonly remote: string;
  /** The cluster whose ConfigMaps were used. */
  readonly configFrom: string;
  readonly format: InjectorFormat | undefined;
  readonly manifests: readonly InjectedManifest[];
  readonly applied: readonly AppliedObject[];
}

export interface InjectResult {
  /** The remotes injected (and applied), in the order given. */
  readonly remotes: readonly InjectRemoteResult[];
  readonly outputPaths: readonly string[];
  /** The remotes that failed; the others were injected all the same. */
  readonly failures: readonly FailedRemote[];
}

function configCluster(input: InjectInput, remote: ManifestCluster): ManifestCluster {
  switch (input.configSource) {
    case 'remote':
      return remote;
    case 'primary':
      return input.primary;
  }
}

async function injectOne(
  input: InjectInput,
  remote: ManifestCluster,
  files: KubeInjectFiles,
  configFrom: ManifestCluster,
  format: InjectorFormat | undefined,
  manifest: string,
  index: number,
): Promise<{ manifest: InjectedManifest; objects: ManifestObject[] }> {
  const output = join(input.outputDir, remote.name, `${index + 1}-${basename(manifest)}`);
  await input.istioctl.kubeInject({
    ...files,
    manifest,
    output,
    kubeconfig: configFrom.kubeconfigPath,
  });
  const before = parseManifest(readFileSync(manifest, 'utf8'));
  const after = parseManifest(readFileSync(output, 'utf8'));
  const check = checkInjection(before, after);
  if (check.missed.length > 0) {
    throw new StageError({
      stage: STAGE,
      cluster: remote.name,
      message: missedInjectionProblem(format, check.missed),
    });
  }
  return { manifest: { source: manifest, output, injected: check.injected }, objects: after };
}

async function injectForRemote(
  input: InjectInput,
  remote: ManifestCluster,
  flags: KubeInjectFlags,
): Promise<InjectRemoteResult> {
  const configFrom = configCluster(input, remote);
  const config = await readInjectionConfig(configFrom, input.namespace);
  const format = injectorFormat(config.config);
  const files = writeConfigFiles(join(input.outputDir, remote.name, 'config'), config, flags);
  const manifests: InjectedManifest[] = [];
  const objects: ManifestObject[] = [];
  for (const [index, manifest] of input.manifests.entries()) {
    const one = await injectOne(input, remote, files, configFrom, format, manifest, index);
    manifests.push(one.manifest);
    objects.push(...one.objects);
  }
  let applied: AppliedObject[] = [];
  if (input.apply && !input.dryRun) {
    try {
      applied = await remote.apply(defaultNamespace(objects), 'default');
    } catch (error: unknown) {
      throw new StageError({
        stage: STAGE,
        cluster: remote.name,
        message: apiMessage(error),
        fix: 'check that the injected objects suit this cluster and that the kubeconfig may apply them.',
        cause: error,
      });
    }
  }
  return { remote: remote.name, configFrom: configFrom.name, format, manifests, applied };
}

/**
 * The seed's manual sidecar injection: for each remote, read the injector and mesh ConfigMaps, write
 * them to files, run `istioctl kube-inject` on every manifest with those files (so istioctl needs no
 * cluster access), check that each workload gained containers, and optionally apply the result.
 * Every remote is attempted; one that fails is returned with its failure and never stops the others.
 */
export async function injectManifests(input: InjectInput): Promise<InjectResult> {
  let flags: KubeInjectFlags;
  try {
    flags = await input.istioctl.kubeInjectFlags();
  } catch (error: unknown) {
    throw new StageError({
      stage: STAGE,
      message: apiMessage(error),
      fix: 'give a working istioctl (istioctl-path) or an istioctl-version to download.',
      cause: error,
    });
  }
  if (!flags.injectConfigFile || !flags.meshConfigFile) {
    throw new StageError({
      stage: STAGE,
      message: `${input.istioctl.path} kube-inject has no --injectConfigFile/--meshConfigFile`,
      fix: 'use istioctl 1.0 or newer.',
    });
  }
  const result = await fanOut(input.remotes, { parallelism: input.parallelism, stage: STAGE }, (remote) =>
    injectForRemote(input, remote, flags),
  );
  const remotes = result.done.map((d) => d.value);
  return {
    remotes,
    outputPaths: remotes.flatMap((r) => r.manifests.map((m) => m.output)),
    failures: failedRemotesOf(result),
  };
}
