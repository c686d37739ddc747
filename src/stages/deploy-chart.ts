import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClusterHandle } from '../kube/client.js';
import { apiMessage } from '../kube/client.js';
import { applyObjects, resolveObjects, type AppliedObject } from '../kube/apply.js';
import { parseManifest, type ManifestObject } from '../kube/objects.js';
import { ensureNamespace } from '../kube/namespaces.js';
import { helmGetManifest, helmTemplate, helmUpgradeInstall, type HelmChartRef } from '../tools/helm-cli.js';
import { ADDRESSES_ANNOTATION, MANAGED_BY_VALUE } from '../istio/labels.js';
import { StageError } from '../util/errors.js';
import { stableStringify } from '../util/hash.js';

export type InstallMethod = 'kubectl' | 'helm';

/** Label on every object the kubectl method applies, so uninstall and resync find them. */
export const RELEASE_LABEL = 'istio-multicluster-action/release';

/** How one rendered chart is put on one cluster. */
export interface DeployInput {
  readonly stage: string;
  readonly chart: HelmChartRef;
  readonly method: InstallMethod;
  readonly dryRun: boolean;
  readonly manifestPath: string;
  /** Stored on what is applied so resync can detect drift. */
  readonly addressesHash: string;
}

export interface DeployOutcome {
  readonly objects: readonly AppliedObject[];
  readonly namespace: 'created' | 'exists' | 'unknown';
}

/** Labels and annotates rendered objects so the action can find them again (kubectl method). */
export function markObjects(
  objects: readonly ManifestObject[],
  release: string,
  addressesHash: string,
): ManifestObject[] {
  return objects.map((object) => ({
    ...object,
    metadata: {
      ...object.metadata,
      labels: {
        ...object.metadata.labels,
        [RELEASE_LABEL]: release,
        'app.kubernetes.io/part-of': MANAGED_BY_VALUE,
      },
      annotations: { ...object.metadata.annotations, [ADDRESSES_ANNOTATION]: addressesHash },
    },
  }));
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
      fix: 'check the chart input (a path to the istio-remote chart relative to the workspace) and the values input.',
      cause: error,
    });
  }
  mkdirSync(dirname(input.manifestPath), { recursive: true });
  writeFileSync(input.manifestPath, text, { mode: 0o644 });
  return text;
}

function sameManifest(a: string, b: string): boolean {
  const normalize = (text: string): string[] => parseManifest(text).map(stableStringify).sort();
  return stableStringify(normalize(a)) === stableStringify(normalize(b));
}

export async function installWithKubectl(
  input: DeployInput,
  remote: ClusterHandle,
  objects: readonly ManifestObject[],
): Promise<DeployOutcome> {
  const namespace = input.chart.namespace;
  const resolved = await resolveObjects(
    remote,
    markObjects(objects, input.chart.release, input.addressesHash),
    namespace,
  );
  if (input.dryRun) {
    return {
      objects: resolved.map((o) => ({ object: `${o.kind} ${o.metadata.name}`, outcome: 'unchanged' })),
      namespace: 'unknown',
    };
  }
  const created = await ensureNamespace(remote, namespace);
  return { objects: await applyObjects(remote, resolved), namespace: created };
}

export async function installWithHelm(
  input: DeployInput,
  remote: ClusterHandle,
  manifest: string,
): Promise<DeployOutcome> {
  const deployed = await helmGetManifest(
    input.chart.helmPath,
    input.chart.release,
    input.chart.namespace,
    remote.kubeconfigPath,
  );
  if (deployed !== undefined && sameManifest(deployed, manifest)) {
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
  await helmUpgradeInstall(input.chart, remote.kubeconfigPath);
  return {
    objects: [
      { object: `helm release ${input.chart.release}`, outcome: deployed ? 'configured' : 'created' },
    ],
    namespace,
  };
}
