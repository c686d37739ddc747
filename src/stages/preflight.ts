import * as k8s from '@kubernetes/client-node';
import semver from 'semver';
import { apiMessage, coreApi, serverOf, type ClusterHandle } from '../kube/client.js';
import { isLoopbackServer } from '../kube/kubeconfig-server.js';
import { findOverlaps, type LabelledCidr } from '../util/cidr.js';
import { ProblemsError } from '../util/errors.js';
import { requiredPermissions, type Permission, type PermissionPlan } from '../istio/permissions.js';
import type { Profile } from '../istio/profiles.js';
import { registrationCollisionProblems } from './shared/registration-guard.js';

export const MIN_KUBERNETES = '1.22.0';
export const SUPPORTED_HELM_MAJORS = [3, 4] as const;

export interface PreflightInput {
  readonly primary: ClusterHandle;
  readonly remotes: readonly ClusterHandle[];
  readonly helmVersion: string | undefined;
  readonly plan: PermissionPlan;
  readonly apiServerOverrides: Readonly<Record<string, string>>;
  /** Names the registration Secrets, which must not hit any other Secret on the primary. */
  readonly profile?: Profile;
}

export interface ClusterFacts {
  readonly name: string;
  readonly role: 'primary' | 'remote';
  readonly server: string;
  readonly version: string | undefined;
  readonly identity: string | undefined;
  readonly podCidrs: readonly string[];
  readonly serviceCidrs: readonly string[];
  readonly undetermined: readonly string[];
  readonly missingPermissions: readonly string[];
}

export interface PreflightResult {
  readonly clusters: readonly ClusterFacts[];
  readonly warnings: readonly string[];
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

async function podCidrs(cluster: ClusterHandle): Promise<string[]> {
  const nodes = await coreApi(cluster).listNode();
  return uniqueSorted(
    nodes.items.flatMap((n) => n.spec?.podCIDRs ?? (n.spec?.podCIDR ? [n.spec.podCIDR] : [])),
  );
}

async function serviceCidrs(cluster: ClusterHandle): Promise<string[]> {
  const api = cluster.config.makeApiClient(k8s.NetworkingV1Api);
  const list = await api.listServiceCIDR();
  return uniqueSorted(list.items.flatMap((s) => s.spec?.cidrs ?? []));
}

async function missingPermissions(cluster: ClusterHandle, wanted: readonly Permission[]): Promise<string[]> {
  const api = cluster.config.makeApiClient(k8s.AuthorizationV1Api);
  const missing: string[] = [];
  for (const p of wanted) {
    const review = await api.createSelfSubjectAccessReview({
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: {
          resourceAttributes: { verb: p.verb, group: p.group, resource: p.resource, namespace: p.namespace },
        },
      },
    });
    if (!review.status?.allowed) {
      const where = p.namespace ? ` in namespace ${p.namespace}` : ' (cluster-wide)';
      missing.push(`${p.verb} ${p.group ? `${p.resource}.${p.group}` : p.resource}${where}`);
    }
  }
  return missing;
}

/** Gathers what preflight needs from one cluster; what cannot be determined is noted, not fatal. */
async function inspect(
  cluster: ClusterHandle,
  role: ClusterFacts['role'],
  plan: PermissionPlan,
): Promise<ClusterFacts> {
  const undetermined: string[] = [];
  const server = serverOf(cluster);
  const version = await cluster.config.makeApiClient(k8s.VersionApi).getCode();
  let identity: string | undefined;
  try {
    identity = (await coreApi(cluster).readNamespace({ name: 'kube-system' })).metadata?.uid;
  } catch (error: unknown) {
    undetermined.push(`cluster identity (kube-system namespace: ${apiMessage(error)})`);
  }
  let pods: string[] = [];
  let services: string[] = [];
  try {
    pods = await podCidrs(cluster);
    if (pods.length === 0) undetermined.push('pod CIDR (no node has spec.podCIDRs)');
  } catch (error: unknown) {
    undetermined.push(`pod CIDR (${apiMessage(error)})`);
  }
  try {
    services = await serviceCidrs(cluster);
    if (services.length === 0) undetermined.push('service CIDR (no ServiceCIDR objects)');
  } catch (error: unknown) {
    undetermined.push(`service CIDR (ServiceCIDR API: ${apiMessage(error)})`);
  }
  return {
    name: cluster.name,
    role,
    server,
    version: version.gitVersion,
    identity,
    podCidrs: pods,
    serviceCidrs: services,
    undetermined,
    missingPermissions: await missingPermissions(cluster, requiredPermissions(role, plan)),
  };
}

async function inspectOrReport(
  cluster: ClusterHandle,
  role: ClusterFacts['role'],
  plan: PermissionPlan,
  problems: string[],
): Promise<ClusterFacts | undefined> {
  try {
    return await inspect(cluster, role, plan);
  } catch (error: unknown) {
    problems.push(
      `cluster "${cluster.name}" (${role}) is not reachable or refused the credentials: ${apiMessage(error)}. ` +
        `Fix: check its kubeconfig input and that ${safeServer(cluster)} is reachable from the runner.`,
    );
    return undefined;
  }
}

function safeServer(cluster: ClusterHandle): string {
  try {
    return serverOf(cluster);
  } catch {
    return 'its API server';
  }
}

export function versionProblems(facts: readonly ClusterFacts[], helmVersion: string | undefined): string[] {
  const problems: string[] = [];
  for (const f of facts) {
    const v = semver.coerce(f.version ?? '');
    if (!v)
      problems.push(`cluster "${f.name}": could not read its Kubernetes version ("${f.version ?? ''}").`);
    else if (semver.lt(v, MIN_KUBERNETES)) {
      problems.push(
        `cluster "${f.name}" runs Kubernetes ${f.version}; at least ${MIN_KUBERNETES} is needed (the charts use v1 RBAC and admission APIs). Fix: upgrade the cluster.`,
      );
    }
  }
  if (helmVersion !== undefined) {
    const major = semver.coerce(helmVersion)?.major;
    if (major === undefined || !(SUPPORTED_HELM_MAJORS as readonly number[]).includes(major)) {
      problems.push(
        `helm ${helmVersion} is not supported; use Helm 3 or 4 (helm-version input, e.g. v3.22.0).`,
      );
    }
  }
  return problems;
}

export function identityProblems(facts: readonly ClusterFacts[]): string[] {
  const problems: string[] = [];
  const byIdentity = new Map<string, string[]>();
  for (const f of facts) {
    if (!f.identity) continue;
    byIdentity.set(f.identity, [...(byIdentity.get(f.identity) ?? []), f.name]);
  }
  for (const names of byIdentity.values()) {
    if (names.length > 1) {
      problems.push(
        `clusters ${names.map((n) => `"${n}"`).join(' and ')} are the same cluster (same kube-system UID). Fix: give each remote its own kubeconfig.`,
      );
    }
  }
  return problems;
}

export function cidrProblems(facts: readonly ClusterFacts[]): { problems: string[]; notes: string[] } {
  const ranges: LabelledCidr[] = facts.flatMap((f) => [
    ...f.podCidrs.map((cidr): LabelledCidr => ({ cluster: f.name, kind: 'pod', cidr })),
    ...f.serviceCidrs.map((cidr): LabelledCidr => ({ cluster: f.name, kind: 'service', cidr })),
  ]);
  const problems = findOverlaps(ranges).map(
    ([a, b]) =>
      `the ${a.kind} CIDR ${a.cidr} of "${a.cluster}" overlaps the ${b.kind} CIDR ${b.cidr} of "${b.cluster}": pods with the same IP would be mixed up across clusters (istio/istio#14072). Fix: give every cluster distinct pod and service ranges.`,
  );
  const notes = facts.flatMap((f) =>
    f.undetermined.map((u) => `cluster "${f.name}": could not determine ${u}; overlap not checked for it.`),
  );
  return { problems, notes };
}

/**
 * Checks everything that can be checked before a write, and reports every problem at once:
 * reachability, versions, duplicate clusters, CIDR overlaps and the permissions this run needs.
 */
export async function runPreflight(input: PreflightInput): Promise<PreflightResult> {
  const problems: string[] = [];
  const warnings: string[] = [];
  const all: [ClusterHandle, ClusterFacts['role']][] = [
    [input.primary, 'primary'],
    ...input.remotes.map((r): [ClusterHandle, ClusterFacts['role']] => [r, 'remote']),
  ];
  const facts: ClusterFacts[] = [];
  for (const [cluster, role] of all) {
    const f = await inspectOrReport(cluster, role, input.plan, problems);
    if (f) facts.push(f);
  }
  problems.push(...versionProblems(facts, input.helmVersion), ...identityProblems(facts));
  const cidrs = cidrProblems(facts);
  problems.push(...cidrs.problems);
  warnings.push(...cidrs.notes);
  for (const f of facts) {
    if (f.missingPermissions.length > 0) {
      problems.push(
        `cluster "${f.name}": the supplied credentials lack ${f.missingPermissions.length} permission(s) this run needs: ${f.missingPermissions.join('; ')}. Fix: use a kubeconfig with those rights (cluster-admin on remotes is simplest).`,
      );
    }
    if (f.role === 'remote' && isLoopbackServer(f.server) && !input.apiServerOverrides[f.name]) {
      warnings.push(
        `remote "${f.name}": API server ${f.server} is a loopback address; the primary cannot reach it there. Fix: set remote-api-servers (e.g. ${f.name}=https://10.0.0.12:6443; for kind, the control-plane node's address on the kind network).`,
      );
    }
  }
  if (input.profile !== undefined)
    problems.push(
      ...(await registrationCollisionProblems({
        primary: input.primary,
        namespace: input.plan.istioNamespace,
        profile: input.profile,
        remotes: input.remotes.map((r) => r.name),
      })),
    );
  if (problems.length > 0) throw new ProblemsError('preflight', problems);
  return { clusters: facts, warnings };
}
