import * as k8s from '@kubernetes/client-node';
import pLimit from 'p-limit';
import { apiMessage, coreApi, isNotFound, type ClusterHandle } from '../kube/client.js';
import { hasCustomResources } from '../kube/crds.js';
import { deleteObjects, FIELD_MANAGER, listObjectsByLabel, type KindRef } from '../kube/apply.js';
import { describeObject, parseManifest, type ManifestObject } from '../kube/objects.js';
import {
  INJECTION_FIELD_MANAGER,
  appliedFields,
  deleteNamespaceIfCreated,
  disableInjection,
  readNamespace,
} from '../kube/namespaces.js';
import { waitFor } from '../kube/wait.js';
import { helmGetManifest, helmTemplate, helmUninstall, type HelmChartRef } from '../tools/helm-cli.js';
import { INJECTION_LABEL, MANAGED_BY_LABEL, MANAGED_BY_VALUE, REGISTRATION_LABEL } from '../istio/labels.js';
import type { Profile } from '../istio/profiles.js';
import { ProblemsError, StageError } from '../util/errors.js';
import { RELEASE_LABEL, type InstallMethod } from './deploy-chart.js';
import { tokenSecretName } from './remote-kubeconfig.js';
import { readSecret } from '../kube/secrets.js';
import { isRegistrationOf } from './registration-guard.js';

const STAGE = 'uninstall';

/** Kinds searched for release-labelled objects whatever the chart renders (kubectl method). */
export const FIXED_KINDS: readonly KindRef[] = [
  { apiVersion: 'v1', kind: 'ServiceAccount' },
  { apiVersion: 'v1', kind: 'ConfigMap' },
  { apiVersion: 'v1', kind: 'Service' },
  { apiVersion: 'v1', kind: 'Endpoints' },
  { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' },
  { apiVersion: 'apps/v1', kind: 'Deployment' },
  { apiVersion: 'v1', kind: 'Secret' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' },
  { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration' },
  { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration' },
  { apiVersion: 'batch/v1', kind: 'Job' },
];

/** Never searched by label: the Istio namespace goes only when the action created it. */
const UNSEARCHED_KINDS = new Set(['Namespace']);
/**
 * Deleted only while unused: deleting a CRD deletes every resource of that kind on the cluster (users'
 * Istio configuration too). A CRD the action created that still has resources is kept and reported.
 */
const KEPT_KINDS = new Set(['CustomResourceDefinition']);

/** The field manager kube/namespaces.ts applies the injection label with. */

/** A documentation address (RFC 5737) standing in for pilot when charts are rendered only to learn their kinds. */
export const PLACEHOLDER_PILOT_ADDRESS = '192.0.2.1';

export type SecretOutcome = 'deleted' | 'absent' | 'kept-unmanaged';
/** `kept`: the label is there but another field manager set it too (it was there before install): left alone. */
export type InjectionOutcome = 'unlabelled' | 'kept' | 'absent';
/** `unannotated`: the namespace existed before install and stays; the annotations the action set are removed. */
export type NamespaceOutcome = 'deleted' | 'kept' | 'unannotated' | 'absent';

export interface RegistrationOutcome {
  readonly remote: string;
  readonly secret: string;
  readonly outcome: SecretOutcome;
}

export interface RemoteUninstallOutcome {
  readonly remote: string;
  readonly method: InstallMethod;
  /** Objects (kubectl) or helm releases deleted, those found already gone, and those kept on purpose (CRDs). */
  readonly deleted: readonly string[];
  readonly absent: readonly string[];
  readonly kept: readonly string[];
  readonly tokenSecret: { readonly name: string; readonly outcome: SecretOutcome };
  readonly injection: readonly { readonly namespace: string; readonly outcome: InjectionOutcome }[];
  readonly namespace: { readonly name: string; readonly outcome: NamespaceOutcome };
  readonly warnings: readonly string[];
}

export interface UninstallResult {
  readonly registrations: readonly RegistrationOutcome[];
  readonly remotes: readonly RemoteUninstallOutcome[];
  readonly warnings: readonly string[];
}

export interface UninstallInput {
  readonly primary: ClusterHandle;
  readonly remotes: readonly ClusterHandle[];
  /** The Istio namespace on the primary (registration secrets) and on the remotes. */
  readonly namespace: string;
  /** Names the registration secrets and the reader account whose token Secret was created. */
  readonly profile: Pick<Profile, 'secretName' | 'readerServiceAccount'>;
  /** The releases install created, in the order they are removed (the reverse of install order). */
  readonly releases: readonly string[];
  readonly method: InstallMethod;
  readonly helmPath: string;
  /** Kinds searched for objects labelled with a release; see uninstallKinds. */
  readonly kinds: readonly KindRef[];
  readonly injectionNamespaces: readonly string[];
  readonly parallelism: number;
  /** How long to wait for a deleted Istio namespace to be gone. */
  readonly timeoutMs: number;
}

export function releaseSelector(release: string): string {
  return `${RELEASE_LABEL}=${release}`;
}

/** FIXED_KINDS first, then every other kind the charts render (one entry per kind name, no Namespace). */
export function uninstallKinds(rendered: readonly KindRef[]): KindRef[] {
  const kinds: KindRef[] = [...FIXED_KINDS];
  for (const { apiVersion, kind } of rendered) {
    if (UNSEARCHED_KINDS.has(kind) || kinds.some((k) => k.kind === kind)) continue;
    kinds.push({ apiVersion, kind });
  }
  return kinds;
}

/** Renders the charts (placeholder addresses, no hooks) to learn their kinds; without charts, the fixed list. */
export async function discoverKinds(charts: readonly HelmChartRef[]): Promise<KindRef[]> {
  const rendered: KindRef[] = [];
  for (const chart of charts) {
    try {
      rendered.push(...parseManifest(await helmTemplate(chart)));
    } catch (error: unknown) {
      throw new StageError({
        stage: STAGE,
        message: `rendering chart ${chart.chart} to learn its kinds failed: ${apiMessage(error)}`,
        fix: 'give the chart (or istio-version) and values the install used, or leave chart and istio-version empty to search the fixed kind list only.',
        cause: error,
      });
    }
  }
  return uninstallKinds(rendered);
}

/** Splits found objects into those to delete and those kept on purpose (CRDs). */
export function partitionKept(objects: readonly ManifestObject[]): {
  remove: ManifestObject[];
  keep: ManifestObject[];
} {
  return {
    remove: objects.filter((o) => !KEPT_KINDS.has(o.kind)),
    keep: objects.filter((o) => KEPT_KINDS.has(o.kind)),
  };
}

/** Whether the remote had nothing left of the install (a repeated uninstall). */
export function alreadyAbsent(outcome: RemoteUninstallOutcome): boolean {
  return (
    outcome.deleted.length === 0 &&
    outcome.tokenSecret.outcome !== 'deleted' &&
    outcome.injection.every((i) => i.outcome !== 'unlabelled') &&
    outcome.namespace.outcome !== 'deleted' &&
    outcome.namespace.outcome !== 'unannotated'
  );
}

/** One report line per remote. */
export function describeRemote(outcome: RemoteUninstallOutcome): string {
  const injection = outcome.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ') || 'none';
  const release =
    outcome.method === 'helm'
      ? `helm release(s) uninstalled: ${outcome.deleted.length}, already absent: ${outcome.absent.length}`
      : `${outcome.deleted.length} object(s) deleted, ${outcome.absent.length} already gone`;
  const parts = [
    outcome.kept.length > 0 ? `${release}, ${outcome.kept.length} kept (CRDs)` : release,
    `token Secret ${outcome.tokenSecret.name} ${outcome.tokenSecret.outcome}`,
    `injection label ${injection}`,
    `namespace ${outcome.namespace.name} ${outcome.namespace.outcome}`,
  ];
  const prefix = alreadyAbsent(outcome) ? 'already absent: ' : '';
  return `${outcome.remote}: ${prefix}${parts.join('; ')}`;
}

function isManaged(secret: k8s.V1Secret): boolean {
  return secret.metadata?.labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE;
}

/**
 * Deletes a Secret only when `ours` says this action created it: the managed-by label for the token
 * Secret, the registration marker of the remote for a registration.
 */
async function deleteManagedSecret(
  cluster: ClusterHandle,
  namespace: string,
  name: string,
  ours: (secret: k8s.V1Secret) => boolean = isManaged,
): Promise<SecretOutcome> {
  const secret = await readSecret(cluster, namespace, name);
  if (!secret) return 'absent';
  if (!ours(secret)) return 'kept-unmanaged';
  try {
    await coreApi(cluster).deleteNamespacedSecret({ namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return 'absent';
    throw error;
  }
  return 'deleted';
}

/** Install ended by registering each remote on the primary: uninstall takes that back first. */
async function deleteRegistrations(input: UninstallInput): Promise<RegistrationOutcome[]> {
  const outcomes: RegistrationOutcome[] = [];
  for (const remote of input.remotes) {
    const secret = input.profile.secretName(remote.name);
    try {
      const outcome = await deleteManagedSecret(input.primary, input.namespace, secret, (found) =>
        isRegistrationOf(found, remote.name),
      );
      outcomes.push({ remote: remote.name, secret, outcome });
    } catch (error: unknown) {
      throw new StageError({
        stage: STAGE,
        cluster: input.primary.name,
        message: `deleting the registration Secret ${input.namespace}/${secret} failed: ${apiMessage(error)}`,
        fix: `the primary kubeconfig needs get and delete on secrets in ${input.namespace}; no remote was touched.`,
        cause: error,
      });
    }
  }
  return outcomes;
}

interface ReleaseRemoval {
  readonly deleted: string[];
  readonly absent: string[];
  readonly kept: string[];
}

async function labelledObjects(
  input: UninstallInput,
  remote: ClusterHandle,
  release: string,
): Promise<ManifestObject[]> {
  const found = await listObjectsByLabel(remote, input.kinds, releaseSelector(release), input.namespace);
  return found.objects;
}

async function removeKubectlRelease(
  input: UninstallInput,
  remote: ClusterHandle,
  release: string,
  warnings: string[],
): Promise<ReleaseRemoval> {
  const objects = await labelledObjects(input, remote, release);
  if (objects.length === 0) {
    const helmRelease = await helmGetManifest(
      input.helmPath,
      release,
      input.namespace,
      remote.kubeconfigPath,
    );
    if (helmRelease !== undefined)
      warnings.push(
        `${remote.name}: no object is labelled ${releaseSelector(release)}, but helm release ${release} exists in ${input.namespace}; it was installed with install-method: helm, so uninstall with install-method: helm.`,
      );
  }
  const { remove, keep } = partitionKept(objects);
  const inUse: ManifestObject[] = [];
  for (const crd of keep) ((await hasCustomResources(remote, crd)) ? inUse : remove).push(crd);
  const kept = inUse.map(describeObject);
  if (kept.length > 0)
    warnings.push(
      `${remote.name}: kept ${kept.join(', ')}: resources of these kinds still exist, and deleting a CRD deletes them; delete them yourself when nothing uses them.`,
    );
  return { ...(await deleteObjects(remote, remove)), kept };
}

async function removeHelmRelease(
  input: UninstallInput,
  remote: ClusterHandle,
  release: string,
  warnings: string[],
): Promise<ReleaseRemoval> {
  const name = `helm release ${release}`;
  const outcome = await helmUninstall(input.helmPath, release, input.namespace, remote.kubeconfigPath);
  if (outcome === 'uninstalled') return { deleted: [name], absent: [], kept: [] };
  const objects = await labelledObjects(input, remote, release);
  if (objects.length > 0)
    warnings.push(
      `${remote.name}: no helm release ${release}, but ${objects.length} object(s) are labelled ${releaseSelector(release)}; they were installed with install-method: kubectl, so uninstall with install-method: kubectl.`,
    );
  return { deleted: [], absent: [name], kept: [] };
}

async function removeReleases(
  input: UninstallInput,
  remote: ClusterHandle,
  warnings: string[],
): Promise<ReleaseRemoval> {
  const total: ReleaseRemoval = { deleted: [], absent: [], kept: [] };
  for (const release of input.releases) {
    const removed =
      input.method === 'helm'
        ? await removeHelmRelease(input, remote, release, warnings)
        : await removeKubectlRelease(input, remote, release, warnings);
    total.deleted.push(...removed.deleted);
    total.absent.push(...removed.absent);
    total.kept.push(...removed.kept);
  }
  return total;
}

/**
 * On a namespace that existed before install, gives up what the action applied to it (istio-current's
 * control-plane annotation): an empty server-side apply by the same field manager removes exactly those fields.
 */
async function releaseNamespaceFields(cluster: ClusterHandle, name: string): Promise<boolean> {
  const current = await readNamespace(cluster, name);
  if (appliedFields(current, FIELD_MANAGER, ['f:metadata', 'f:annotations']).length === 0) return false;
  const api = k8s.KubernetesObjectApi.makeApiClient(cluster.config);
  await api.patch(
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
    undefined,
    undefined,
    FIELD_MANAGER,
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  return true;
}

/** Takes back the injection label only where the action applied it; a label someone else set too stays. */
async function removeInjectionLabel(cluster: ClusterHandle, name: string): Promise<InjectionOutcome> {
  const before = await readNamespace(cluster, name);
  if (!before?.metadata?.labels?.[INJECTION_LABEL]) return 'absent';
  const owned = appliedFields(before, INJECTION_FIELD_MANAGER, ['f:metadata', 'f:labels']);
  if (!owned.includes(`f:${INJECTION_LABEL}`)) return 'kept';
  await disableInjection(cluster, name);
  const after = await readNamespace(cluster, name);
  return after?.metadata?.labels?.[INJECTION_LABEL] ? 'kept' : 'unlabelled';
}

async function waitNamespaceGone(input: UninstallInput, remote: ClusterHandle): Promise<void> {
  try {
    await waitFor(
      `namespace ${input.namespace} to be deleted`,
      async () => ((await readNamespace(remote, input.namespace)) ? undefined : true),
      { timeoutMs: input.timeoutMs, intervalMs: 500 },
    );
  } catch (error: unknown) {
    throw new StageError({
      stage: STAGE,
      cluster: remote.name,
      message: apiMessage(error),
      fix: `look for finalizers that hold namespace ${input.namespace} (kubectl get namespace ${input.namespace} -o yaml), or raise wait-timeout.`,
      cause: error,
    });
  }
}

async function removeNamespace(input: UninstallInput, remote: ClusterHandle): Promise<NamespaceOutcome> {
  const outcome = await deleteNamespaceIfCreated(remote, input.namespace);
  if (outcome === 'deleted') await waitNamespaceGone(input, remote);
  if (outcome === 'kept' && (await releaseNamespaceFields(remote, input.namespace))) return 'unannotated';
  return outcome;
}

async function uninstallSteps(input: UninstallInput, remote: ClusterHandle): Promise<RemoteUninstallOutcome> {
  const warnings: string[] = [];
  const removed = await removeReleases(input, remote, warnings);
  const tokenName = tokenSecretName(input.profile.readerServiceAccount);
  const token = await deleteManagedSecret(remote, input.namespace, tokenName);
  if (token === 'kept-unmanaged')
    warnings.push(
      `${remote.name}: Secret ${input.namespace}/${tokenName} was not created by this action and was left in place.`,
    );
  const injection: RemoteUninstallOutcome['injection'][number][] = [];
  for (const namespace of input.injectionNamespaces)
    injection.push({ namespace, outcome: await removeInjectionLabel(remote, namespace) });
  const namespace = await removeNamespace(input, remote);
  return {
    remote: remote.name,
    method: input.method,
    ...removed,
    tokenSecret: { name: tokenName, outcome: token },
    injection,
    namespace: { name: input.namespace, outcome: namespace },
    warnings,
  };
}

async function uninstallRemote(
  input: UninstallInput,
  remote: ClusterHandle,
): Promise<RemoteUninstallOutcome> {
  try {
    return await uninstallSteps(input, remote);
  } catch (error: unknown) {
    if (error instanceof StageError) throw error;
    throw new StageError({
      stage: STAGE,
      cluster: remote.name,
      message: apiMessage(error),
      fix: `the remote kubeconfig needs list and delete on what install created, and install-method must be the one the install used (${input.method} was given).`,
      cause: error,
    });
  }
}

/** Per-remote failures together; remotes that were uninstalled despite them are named too. */
export function failureError(failures: readonly unknown[], done: readonly string[]): Error {
  const [only] = failures;
  if (failures.length === 1 && done.length === 0 && only instanceof Error) return only;
  const problems = failures.map((f) => apiMessage(f));
  if (done.length > 0) problems.push(`uninstalled despite this: ${done.join(', ')}`);
  return new ProblemsError(STAGE, problems);
}

function registrationWarnings(
  input: UninstallInput,
  registrations: readonly RegistrationOutcome[],
): string[] {
  return registrations
    .filter((r) => r.outcome === 'kept-unmanaged')
    .map(
      (r) =>
        `${input.primary.name}: Secret ${input.namespace}/${r.secret} was not created by this action as the registration of ${r.remote} (it has no ${REGISTRATION_LABEL}=${r.remote} label) and was left in place; if it is a stale registration of ${r.remote}, delete it: kubectl -n ${input.namespace} delete secret ${r.secret}.`,
    );
}

/**
 * Undoes install: registration Secrets on the primary first (only the action's), then on every remote
 * in parallel the releases (by label, or helm uninstall), the token Secret, the injection labels the
 * action owns, and the Istio namespace when the action created it. Running it again deletes nothing.
 */
export async function uninstall(input: UninstallInput): Promise<UninstallResult> {
  const registrations = await deleteRegistrations(input);
  const limit = pLimit(Math.max(1, input.parallelism));
  const settled = await Promise.allSettled(
    input.remotes.map((remote) => limit(() => uninstallRemote(input, remote))),
  );
  const remotes = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (failures.length > 0)
    throw failureError(
      failures,
      remotes.map((r) => r.remote),
    );
  return {
    registrations,
    remotes,
    warnings: [...registrationWarnings(input, registrations), ...remotes.flatMap((r) => r.warnings)],
  };
}
