import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClusterHandle } from '../../kube/client.js';
import { apiMessage } from '../../kube/client.js';
import {
  applyObjects,
  resolveObjects,
  type AppliedObject,
  type KnownObjects,
  type ResolveOptions,
} from '../../kube/apply.js';
import { parseManifest, type ManifestObject } from '../../util/manifest.js';
import { ensureNamespace } from '../../kube/namespaces.js';
import {
  helmGetManifest,
  helmTemplate,
  helmUpgradeInstall,
  type HelmChartRef,
} from '../../tools/helm-cli.js';
import { ADDRESSES_ANNOTATION, VALUES_HASH_ANNOTATION } from '../../istio/labels.js';
import { StageError } from '../../util/errors.js';
import type { DeployMarks } from '../../istio/remote-plan.js';
import { stableStringify } from '../../util/hash.js';
import { ownershipMarks, type InstallIdentity } from '../../kube/ownership.js';
import { withAppliedDigest } from '../../kube/applied-digest.js';
import {
  claimHelmRelease,
  claimObjects,
  helmOwnerLabel,
  HELM_OWNER_LABEL,
  type Claim,
} from './ownership-claims.js';

export type InstallMethod = 'kubectl' | 'helm';

/** Label on every object the kubectl method applies, so uninstall and resync find them. */
export { RELEASE_LABEL } from '../../kube/ownership.js';

/** How one rendered chart is put on one cluster. */
export interface DeployInput {
  readonly stage: string;
  readonly chart: HelmChartRef;
  readonly method: InstallMethod;
  /** kubectl binary for the server-side apply of the kubectl method. */
  readonly kubectlPath: string;
  readonly dryRun: boolean;
  readonly manifestPath: string;
  /** Stored on what is applied so resync can detect drift and say what moved. */
  readonly marks: DeployMarks;
  /** Take over objects (or a helm release) that existed before the action, recording them as adopted. */
  readonly adopt: boolean;
}

/** Renders a chart with its values into a manifest, also written to `manifestPath` (helm template). */
export type ChartRenderer = (chart: HelmChartRef, manifestPath: string) => Promise<string>;

export interface DeployOutcome {
  readonly objects: readonly AppliedObject[];
  readonly namespace: 'created' | 'exists' | 'unknown';
}

/**
 * Labels and annotates rendered objects so the action can find them again and prove they are its own
 * (kubectl method): its own keys only, so every rendered label and annotation reaches the cluster as
 * rendered. `claims` (one per object, from claimObjects) says created or adopted. Each object also
 * carries a digest of all this, so a rerun can tell an object nobody touched since without a dry run.
 */
export function markObjects(
  objects: readonly ManifestObject[],
  identity: InstallIdentity,
  marks: DeployMarks,
  claims: readonly Claim[],
): ManifestObject[] {
  return objects.map((object, index) => {
    const claim = claims[index] ?? 'absent';
    const ownership = ownershipMarks(claim === 'shared' ? 'absent' : claim, identity);
    return withAppliedDigest({
      ...object,
      metadata: {
        ...object.metadata,
        labels: { ...object.metadata.labels, ...ownership.labels },
        annotations: {
          ...object.metadata.annotations,
          ...ownership.annotations,
          [VALUES_HASH_ANNOTATION]: marks.valuesHash,
          [ADDRESSES_ANNOTATION]: stableStringify(marks.addresses),
        },
      },
    });
  });
}

export function identityOf(chart: Pick<HelmChartRef, 'release' | 'namespace'>): InstallIdentity {
  return { release: chart.release, namespace: chart.namespace };
}

export async function renderManifest(
  input: Pick<DeployInput, 'chart' | 'manifestPath' | 'stage'>,
): Promise<string> {
  let text: string;
  try {
    text = await helmTemplate(input.chart);
  } catch (error: unknown) {
    throw new StageError({
      stage: input.stage,
      message: `rendering chart ${input.chart.chart} failed: ${apiMessage(error)}`,
      fix:
        input.stage === 'primary'
          ? 'check primary-chart (the Istio control-plane chart, relative to the workspace) and primary-values.'
          : 'check the chart source (chart, chart-repository with chart-version, or istio-version) and the values input.',
      cause: error,
    });
  }
  mkdirSync(dirname(input.manifestPath), { recursive: true });
  writeFileSync(input.manifestPath, text, { mode: 0o600 });
  return text;
}

function sameManifest(a: string, b: string): boolean {
  const normalize = (text: string): string[] => parseManifest(text).map(stableStringify).sort();
  return stableStringify(normalize(a)) === stableStringify(normalize(b));
}

/** The rendered objects as the kubectl method applies them: marked, kinds resolved, namespaces set. */
export function resolveMarked(
  input: DeployInput,
  remote: ClusterHandle,
  objects: readonly ManifestObject[],
  claims: readonly Claim[],
  options: ResolveOptions = {},
): Promise<ManifestObject[]> {
  const own = (_: unknown, index: number) => claims[index] !== 'shared';
  return resolveObjects(
    remote,
    markObjects(objects.filter(own), identityOf(input.chart), input.marks, claims.filter(own)),
    input.chart.namespace,
    options,
  );
}

/** One chart's objects as the kubectl method applies them, and the live objects read on the way. */
export interface ClaimedChart {
  readonly objects: ManifestObject[];
  readonly known: KnownObjects;
}

/** One chart on one cluster: its objects claimed (nothing written when refused), then resolved and marked. */
export async function resolveClaimed(
  input: DeployInput,
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
): Promise<ClaimedChart> {
  const { claims, known } = await claimObjects(input, cluster, [
    { identity: identityOf(input.chart), objects },
  ]);
  return { objects: await resolveMarked(input, cluster, objects, claims[0] ?? []), known };
}

/** Server-side apply of objects resolveMarked() returned; `known`: the live objects the claims read. */
export async function installWithKubectl(
  input: DeployInput,
  remote: ClusterHandle,
  resolved: readonly ManifestObject[],
  known?: KnownObjects,
  /** Further writes before the install's namespaced objects (the namespace's and injection labels), beside the CRDs. */
  markNamespace?: () => Promise<void>,
): Promise<DeployOutcome> {
  const namespace = input.chart.namespace;
  if (input.dryRun) {
    return {
      objects: resolved.map((o) => ({ object: `${o.kind} ${o.metadata.name}`, outcome: 'unchanged' })),
      namespace: 'unknown',
    };
  }
  let created: DeployOutcome['namespace'] = 'exists';
  const beforeNamespaced = async () => {
    await markNamespace?.();
    created = await ensureNamespace(remote, namespace);
  };
  const objects = await applyObjects(remote, resolved, { known, beforeNamespaced });
  return { objects, namespace: created };
}

/**
 * `helm upgrade --install`, skipped when the deployed release already has this manifest, unless
 * `repair` is set: resync found its objects edited or deleted on the cluster, which an upgrade
 * (helm's three-way merge) puts back.
 */
export async function installWithHelm(
  input: DeployInput,
  remote: ClusterHandle,
  manifest: string,
  repair = false,
): Promise<DeployOutcome> {
  const claim = await claimHelmRelease(input, remote, identityOf(input.chart));
  const deployed = await helmGetManifest(
    input.chart.helmPath,
    input.chart.release,
    input.chart.namespace,
    remote.kubeconfigPath,
  );
  if (deployed !== undefined && claim !== 'adopt' && !repair && sameManifest(deployed, manifest)) {
    return {
      objects: [{ object: `helm release ${input.chart.release}`, outcome: 'unchanged' }],
      namespace: 'exists',
    };
  }
  if (input.dryRun) {
    return {
      objects: [
        { object: `helm release ${input.chart.release}`, outcome: deployed ? 'configured' : 'created' },
      ],
      namespace: 'unknown',
    };
  }
  const namespace = await ensureNamespace(remote, input.chart.namespace);
  await helmUpgradeInstall(input.chart, remote.kubeconfigPath, {
    [HELM_OWNER_LABEL]: helmOwnerLabel(claim),
  });
  return {
    objects: [
      { object: `helm release ${input.chart.release}`, outcome: deployed ? 'configured' : 'created' },
    ],
    namespace,
  };
}

/** What moved between the addresses a remote was rendered with and the current ones, e.g. "pilot 10.10.0.6 -> 10.10.0.9". */
export function describeAddressChanges(
  previous: Record<string, string>,
  current: Readonly<Record<string, string>>,
): string[] {
  const names = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
  return names
    .filter((name) => previous[name] !== current[name])
    .map((name) => `${name} ${previous[name] ?? '(none)'} -> ${current[name] ?? '(none)'}`);
}

/** Helm method: whether a deployed release's manifest (`helm get manifest`) has exactly these objects. */
export function deployedMatches(deployed: string, objects: readonly ManifestObject[]): boolean {
  return sameManifest(deployed, objects.map((o) => JSON.stringify(o)).join('\n---\n'));
}
