import type * as k8s from '@kubernetes/client-node';
import pLimit from 'p-limit';
import { apiMessage, coreApi, isNotFound, type ClusterHandle } from '../kube/client.js';
import { deleteObjects, listObjectsByLabel, type KindRef } from '../kube/apply.js';
import { parseManifest } from '../kube/objects.js';
import { deleteNamespaceIfCreated, disableInjection } from '../kube/namespaces.js';
import { waitFor } from '../kube/wait.js';
import { helmGetManifest, helmTemplate, helmUninstall, type HelmChartRef } from '../tools/helm-cli.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../istio/labels.js';
import { ProblemsError, StageError } from '../util/errors.js';
import { RELEASE_LABEL, type InstallMethod } from './deploy-chart.js';
import { tokenSecretName } from './remote-kubeconfig.js';

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

/** A documentation address (RFC 5737) standing in for pilot when the chart is rendered only to learn its kinds. */
export const PLACEHOLDER_PILOT_ADDRESS = '192.0.2.1';

export type SecretOutcome = 'deleted' | 'absent' | 'kept-unmanaged';
export type InjectionOutcome = 'unlabelled' | 'absent';
export type NamespaceOutcome = 'deleted' | 'kept' | 'absent';

export interface RegistrationOutcome {
  readonly remote: string;
  readonly secret: string;
  readonly outcome: SecretOutcome;
}

export interface RemoteUninstallOutcome {
  readonly remote: string;
  readonly method: InstallMethod;
  /** Objects (kubectl) or the helm release that were deleted, and those found already gone. */
  readonly deleted: readonly string[];
  readonly absent: readonly string[];
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
  readonly release: string;
  readonly method: InstallMethod;
  readonly helmPath: string;
  /** Kinds searched for objects labelled with the release (kubectl method); see uninstallKinds. */
  readonly kinds: readonly KindRef[];
  readonly injectionNamespaces: readonly string[];
  /** The reader account whose token Secret remote-kubeconfig created. */
  readonly serviceAccount: string;
  readonly parallelism: number;
  /** How long to wait for a deleted Istio namespace to be gone. */
  readonly timeoutMs: number;
}

export function releaseSelector(release: string): string {
  return `${RELEASE_LABEL}=${release}`;
}

/** FIXED_KINDS first, then every other kind the chart renders (one entry per kind name). */
export function uninstallKinds(rendered: readonly KindRef[]): KindRef[] {
  const kinds: KindRef[] = [...FIXED_KINDS];
  for (const { apiVersion, kind } of rendered) {
    if (!kinds.some((k) => k.kind === kind)) kinds.push({ apiVersion, kind });
  }
  return kinds;
}

/** Renders the chart (placeholder addresses, no hooks) to learn its kinds; without a chart, the fixed list. */
export async function discoverKinds(chart: HelmChartRef | undefined): Promise<KindRef[]> {
  if (!chart) return uninstallKinds([]);
  try {
    return uninstallKinds(parseManifest(await helmTemplate(chart)));
  } catch (error: unknown) {
    throw new StageError({
      stage: STAGE,
      message: `rendering chart ${chart.chart} to learn its kinds failed: ${apiMessage(error)}`,
      fix: 'give the chart (or istio-version) and values the install used, or leave chart and istio-version empty to search the fixed kind list only.',
      cause: error,
    });
  }
}

/** Whether the remote had nothing left of the install (a repeated uninstall). */
export function alreadyAbsent(outcome: RemoteUninstallOutcome): boolean {
  return (
    outcome.deleted.length === 0 &&
    outcome.tokenSecret.outcome !== 'deleted' &&
    outcome.injection.every((i) => i.outcome === 'absent') &&
    outcome.namespace.outcome !== 'deleted'
  );
}

/** One report line per remote. */
export function describeRemote(outcome: RemoteUninstallOutcome): string {
  const injection = outcome.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ') || 'none';
  const parts = [
    outcome.method === 'helm'
      ? `helm release ${outcome.deleted.length > 0 ? 'uninstalled' : 'absent'}`
      : `${outcome.deleted.length} release object(s) deleted, ${outcome.absent.length} already gone`,
    `token Secret ${outcome.tokenSecret.name} ${outcome.tokenSecret.outcome}`,
    `injection label ${injection}`,
    `namespace ${outcome.namespace.name} ${outcome.namespace.outcome}`,
  ];
  const prefix = alreadyAbsent(outcome) ? 'already absent: ' : '';
  return `${outcome.remote}: ${prefix}${parts.join('; ')}`;
}

async function readSecret(
  cluster: ClusterHandle,
  namespace: string,
  name: string,
): Promise<k8s.V1Secret | undefined> {
  try {
    return await coreApi(cluster).readNamespacedSecret({ namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Deletes a Secret only when this action created it (managed-by label). */
async function deleteManagedSecret(
  cluster: ClusterHandle,
  namespace: string,
  name: string,
): Promise<SecretOutcome> {
  const secret = await readSecret(cluster, namespace, name);
  if (!secret) return 'absent';
  if (secret.metadata?.labels?.[MANAGED_BY_LABEL] !== MANAGED_BY_VALUE) return 'kept-unmanaged';
  try {
    await coreApi(cluster).deleteNamespacedSecret({ namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return 'absent';
    throw error;
  }
  return 'deleted';
}

/** The seed's uninstall starts where install ended: the primary forgets each remote first. */
async function deleteRegistrations(input: UninstallInput): Promise<RegistrationOutcome[]> {
  const outcomes: RegistrationOutcome[] = [];
  for (const remote of input.remotes) {
    try {
      const outcome = await deleteManagedSecret(input.primary, input.namespace, remote.name);
      outcomes.push({ remote: remote.name, secret: remote.name, outcome });
    } catch (error: unknown) {
      throw new StageError({
        stage: STAGE,
        cluster: input.primary.name,
        message: `deleting the registration Secret ${input.namespace}/${remote.name} failed: ${apiMessage(error)}`,
        fix: `the primary kubeconfig needs get and delete on secrets in ${input.namespace}; no remote was touched.`,
        cause: error,
      });
    }
  }
  return outcomes;
}

async function removeKubectlRelease(
  input: UninstallInput,
  remote: ClusterHandle,
  warnings: string[],
): Promise<{ deleted: string[]; absent: string[] }> {
  const { objects } = await listObjectsByLabel(
    remote,
    input.kinds,
    releaseSelector(input.release),
    input.namespace,
  );
  if (objects.length === 0) {
    const helmRelease = await helmGetManifest(
      input.helmPath,
      input.release,
      input.namespace,
      remote.kubeconfigPath,
    );
    if (helmRelease !== undefined)
      warnings.push(
        `${remote.name}: no object is labelled ${releaseSelector(input.release)}, but helm release ${input.release} exists in ${input.namespace}; it was installed with install-method: helm, so uninstall with install-method: helm.`,
      );
  }
  return deleteObjects(remote, objects);
}

async function removeHelmRelease(
  input: UninstallInput,
  remote: ClusterHandle,
  warnings: string[],
): Promise<{ deleted: string[]; absent: string[] }> {
  const name = `helm release ${input.release}`;
  const outcome = await helmUninstall(input.helmPath, input.release, input.namespace, remote.kubeconfigPath);
  if (outcome === 'uninstalled') return { deleted: [name], absent: [] };
  const { objects } = await listObjectsByLabel(
    remote,
    input.kinds,
    releaseSelector(input.release),
    input.namespace,
  );
  if (objects.length > 0)
    warnings.push(
      `${remote.name}: no helm release ${input.release}, but ${objects.length} object(s) are labelled ${releaseSelector(input.release)}; they were installed with install-method: kubectl, so uninstall with install-method: kubectl.`,
    );
  return { deleted: [], absent: [name] };
}

async function waitNamespaceGone(input: UninstallInput, remote: ClusterHandle): Promise<void> {
  try {
    await waitFor(
      `namespace ${input.namespace} to be deleted`,
      async () => {
        try {
          await coreApi(remote).readNamespace({ name: input.namespace });
          return undefined;
        } catch (error: unknown) {
          if (isNotFound(error)) return true;
          throw error;
        }
      },
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

async function uninstallSteps(input: UninstallInput, remote: ClusterHandle): Promise<RemoteUninstallOutcome> {
  const warnings: string[] = [];
  const release =
    input.method === 'helm'
      ? await removeHelmRelease(input, remote, warnings)
      : await removeKubectlRelease(input, remote, warnings);
  const tokenName = tokenSecretName(input.serviceAccount);
  const token = await deleteManagedSecret(remote, input.namespace, tokenName);
  if (token === 'kept-unmanaged')
    warnings.push(
      `${remote.name}: Secret ${input.namespace}/${tokenName} was not created by this action and was left in place.`,
    );
  const injection: RemoteUninstallOutcome['injection'][number][] = [];
  for (const namespace of input.injectionNamespaces)
    injection.push({ namespace, outcome: await disableInjection(remote, namespace) });
  const namespace = await deleteNamespaceIfCreated(remote, input.namespace);
  if (namespace === 'deleted') await waitNamespaceGone(input, remote);
  return {
    remote: remote.name,
    method: input.method,
    ...release,
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
      fix: `the remote kubeconfig needs list and delete on what istio-remote installed (as for install), and install-method must be the one the install used (${input.method} was given).`,
      cause: error,
    });
  }
}

/** Per-remote failures together; remotes that were uninstalled despite them are named too. */
function failureError(failures: readonly unknown[], done: readonly RemoteUninstallOutcome[]): Error {
  const [only] = failures;
  if (failures.length === 1 && done.length === 0 && only instanceof Error) return only;
  const problems = failures.map((f) => apiMessage(f));
  if (done.length > 0) problems.push(`uninstalled despite this: ${done.map((d) => d.remote).join(', ')}`);
  return new ProblemsError(STAGE, problems);
}

/**
 * Undoes install: registration Secrets on the primary first (only the action's), then on every remote
 * in parallel the release (by label or helm uninstall), the token Secret, the injection labels the
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
  if (failures.length > 0) throw failureError(failures, remotes);
  const warnings = [
    ...registrations
      .filter((r) => r.outcome === 'kept-unmanaged')
      .map(
        (r) =>
          `${input.primary.name}: Secret ${input.namespace}/${r.secret} was not created by this action and was left in place; delete it yourself if it is a stale registration of ${r.remote}.`,
      ),
    ...remotes.flatMap((r) => r.warnings),
  ];
  return { registrations, remotes, warnings };
}
