import semver from 'semver';
import { apiMessage } from '../../kube/client.js';
import type { FactsCluster } from '../../kube/cluster-facts-port.js';
import { inspect } from './cluster-facts.js';
import { isLoopbackServer } from '../../kube/kubeconfig-server.js';
import { ProblemsError } from '../../util/errors.js';
import type { PermissionPlan } from '../../istio/permissions.js';
import type { Profile } from '../../istio/profiles.js';
import { registrationCollisionProblems } from '../secrets/registration-guard.js';
import type { FailedRemote } from '../../util/remote-failures.js';
import { rotationWarning } from '../../istio/support-matrix.js';
import { controlPlaneProblems, multiPrimaryInputProblems, versionOf } from './multi-primary-checks.js';
import { ambientInputProblems, gatewayApiProblems } from './ambient-checks.js';
import {
  cidrProblems,
  identityProblems,
  permissionProblems,
  supportProblems,
  versionProblems,
  type ClusterFacts,
  type ClusterProblem,
} from './preflight-checks.js';

export { MIN_KUBERNETES, type ClusterFacts } from './preflight-checks.js';
export const SUPPORTED_HELM_MAJORS = [3, 4] as const;

export interface PreflightInput {
  readonly primary: FactsCluster;
  readonly remotes: readonly FactsCluster[];
  readonly helmVersion: string | undefined;
  readonly plan: PermissionPlan;
  readonly apiServerOverrides: Readonly<Record<string, string>>;
  /** Names the registration Secrets, which must not hit any other Secret on the primary. */
  readonly profile?: Profile;
  /** token-request registrations are renewed in place: warned about on an istiod with rotation bugs. */
  readonly credentialMode?: 'token-secret' | 'token-request';
  /** multi-primary: checked for current Istio, one root CA and control planes of one minor. */
  readonly multiPrimary?: { readonly caProvided: boolean };
  /** dataplane ambient: checked for multi-primary, one root CA and the Gateway API on every cluster. */
  readonly ambient?: { readonly caProvided: boolean };
}

export interface PreflightResult {
  readonly clusters: readonly ClusterFacts[];
  readonly warnings: readonly string[];
  /** Remotes left out of the run, each with its problems. */
  readonly failures: readonly FailedRemote[];
}

async function inspectOrReport(
  cluster: FactsCluster,
  role: ClusterFacts['role'],
  plan: PermissionPlan,
  problems: ClusterProblem[],
): Promise<ClusterFacts | undefined> {
  try {
    return await inspect(cluster, role, plan);
  } catch (error: unknown) {
    problems.push({
      cluster: cluster.name,
      text:
        `cluster "${cluster.name}" (${role}) is not reachable or refused the credentials: ${apiMessage(error)}. ` +
        `Fix: check its kubeconfig input and that ${safeServer(cluster)} is reachable from the runner.`,
    });
    return undefined;
  }
}

function safeServer(cluster: FactsCluster): string {
  try {
    return cluster.server;
  } catch {
    return 'its API server';
  }
}

/** istio-current: the primary's istiod version, for the version gate (none yet, or unreadable: no gate). */
async function controlPlaneVersion(input: PreflightInput): Promise<string | undefined> {
  if (input.profile?.name !== 'istio-current') return undefined;
  return versionOf(input.primary, input.plan.istioNamespace);
}

async function multiPrimaryProblems(
  input: PreflightInput,
  multiPrimary: { readonly caProvided: boolean },
): Promise<ClusterProblem[]> {
  const inputs = multiPrimaryInputProblems({
    profile: input.profile?.name ?? 'istio-current',
    caProvided: multiPrimary.caProvided,
    installPrimary: input.plan.installPrimary,
  });
  if (inputs.length > 0) return inputs;
  return controlPlaneProblems(
    input.primary,
    input.remotes,
    input.plan.istioNamespace,
    input.plan.installPrimary,
  );
}

function rotationWarnings(input: PreflightInput, istiod: string | undefined): string[] {
  if (input.credentialMode !== 'token-request' || input.profile?.name !== 'istio-current') return [];
  const warning = rotationWarning(istiod);
  return warning === undefined ? [] : [warning];
}

function helmProblems(helmVersion: string | undefined): string[] {
  if (helmVersion === undefined) return [];
  const major = semver.coerce(helmVersion)?.major;
  if (major !== undefined && (SUPPORTED_HELM_MAJORS as readonly number[]).includes(major)) return [];
  return [`helm ${helmVersion} is not supported; use Helm 3 or 4 (helm-version input, e.g. v3.22.0).`];
}

function loopbackWarnings(input: PreflightInput, facts: readonly ClusterFacts[]): string[] {
  return facts
    .filter((f) => f.role === 'remote' && isLoopbackServer(f.server) && !input.apiServerOverrides[f.name])
    .map(
      (f) =>
        `remote "${f.name}": API server ${f.server} is a loopback address; the primary cannot reach it there. Fix: set remote-api-servers (e.g. ${f.name}=https://10.0.0.12:6443; for kind, the control-plane node's address on the kind network).`,
    );
}

/** Problems of one remote leave it out (failures); problems of the primary or the inputs stop the run. */
function splitProblems(
  input: PreflightInput,
  problems: readonly ClusterProblem[],
): { runWide: string[]; failures: FailedRemote[] } {
  const remotes = new Set(input.remotes.map((r) => r.name));
  const runWide: string[] = [];
  const byRemote = new Map<string, string[]>();
  for (const { cluster, text } of problems) {
    if (cluster !== undefined && remotes.has(cluster))
      byRemote.set(cluster, [...(byRemote.get(cluster) ?? []), text]);
    else runWide.push(text);
  }
  const failures = [...byRemote.entries()].map(([remote, texts]) => ({
    remote,
    stage: 'preflight',
    message: new ProblemsError('preflight', texts).message,
  }));
  if (input.remotes.length > 0 && failures.length === input.remotes.length)
    runWide.push(...[...byRemote.values()].flat());
  return { runWide, failures };
}

/**
 * Checks everything that can be checked before a write: reachability, versions, duplicate clusters,
 * CIDR overlaps, the permissions this run needs and registration names. A problem of one remote
 * leaves that remote out of the run (returned in failures); a problem of the primary or the inputs,
 * or every remote failing, is thrown, every problem at once.
 */
export async function runPreflight(input: PreflightInput): Promise<PreflightResult> {
  const problems: ClusterProblem[] = [];
  const all: [FactsCluster, ClusterFacts['role']][] = [
    [input.primary, 'primary'],
    ...input.remotes.map((r): [FactsCluster, ClusterFacts['role']] => [r, 'remote']),
  ];
  // Every read at once: each cluster's facts, istiod's version and the registrations on the primary.
  const [inspected, istiod, collisions] = await Promise.all([
    Promise.all(all.map(([cluster, role]) => inspectOrReport(cluster, role, input.plan, problems))),
    controlPlaneVersion(input),
    input.profile === undefined
      ? []
      : registrationCollisionProblems({
          primary: input.primary.secrets,
          namespace: input.plan.istioNamespace,
          profile: input.profile,
          remotes: input.remotes.map((r) => r.name),
        }),
  ]);
  const facts = inspected.filter((f): f is ClusterFacts => f !== undefined);
  const cidrs = cidrProblems(facts);
  const support = supportProblems(istiod, facts);
  if (input.multiPrimary) problems.push(...(await multiPrimaryProblems(input, input.multiPrimary)));
  if (input.ambient) {
    const inputs = ambientInputProblems(
      input.multiPrimary ? 'multi-primary' : 'primary-remote',
      input.ambient.caProvided,
    );
    problems.push(
      ...inputs,
      ...(inputs.length > 0 ? [] : await gatewayApiProblems([input.primary, ...input.remotes])),
    );
  }
  problems.push(
    ...support.problems,
    ...helmProblems(input.helmVersion).map((text) => ({ cluster: undefined, text })),
    ...versionProblems(facts),
    ...identityProblems(facts),
    ...cidrs.problems,
    ...permissionProblems(facts),
  );
  problems.push(...collisions.map((c) => ({ cluster: c.remote, text: c.problem })));
  const { runWide, failures } = splitProblems(input, problems);
  if (runWide.length > 0) throw new ProblemsError('preflight', runWide);
  return {
    clusters: facts,
    warnings: [
      ...cidrs.notes,
      ...support.notes,
      ...rotationWarnings(input, istiod),
      ...loopbackWarnings(input, facts),
    ],
    failures,
  };
}
