import type * as k8s from '@kubernetes/client-node';
import { apiMessage } from '../../kube/client.js';
import type { SecretCluster } from '../../kube/secret-port.js';
import {
  CA_FIELDS,
  CA_FILES,
  INPUT_NAMES,
  checkCaMaterial,
  differentRootProblems,
  generateIntermediateCa,
  keyMaskValues,
  secretKeyNames,
  type CaMaterial,
  type CaNames,
  type RootIdentity,
} from '../../istio/ca.js';
import { checkRootForSigning, type RootNames } from '../../istio/ca-generate.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../kube/marks.js';
import { ProblemsError } from '../../util/errors.js';
import {
  CACERTS_SECRET,
  rollBack,
  sameContent,
  where,
  writePlan,
  type CaCertsOutcome,
  type Existing,
  type IntermediateOrigin,
  type Plan,
  type Written,
} from '../secrets/cacerts-write.js';

/** The Secret Citadel mounts when security.selfSigned=false. */
export { CACERTS_SECRET } from '../secrets/cacerts-write.js';
export type { CaCertsOutcome, IntermediateOrigin } from '../secrets/cacerts-write.js';
const STAGE = 'cacerts';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A generated intermediate is renewed when it has less than this left (else it is kept, so runs do not rotate keys). */
export const RENEW_BEFORE_MS = 30 * DAY_MS;

/** Where each cluster's CA comes from. */
export type CaSource =
  | { readonly kind: 'shared'; readonly material: CaMaterial; readonly names?: CaNames }
  | { readonly kind: 'per-cluster'; readonly material: Readonly<Record<string, CaMaterial>> }
  | {
      readonly kind: 'generate';
      readonly rootCert: string;
      readonly rootKey: string;
      readonly names?: RootNames;
    };

export interface CaCertsInput {
  /** The primary and every remote. */
  readonly clusters: readonly SecretCluster[];
  readonly namespace: string;
  readonly source: CaSource;
  /** mode: render: validate and plan, write nothing. */
  readonly dryRun: boolean;
  readonly now?: Date;
  /** Receives every private key the stage generates or reads (and its derived forms), before any other use. */
  readonly onSecret?: (value: string) => void;
}

export interface CaCertsClusterResult {
  readonly cluster: string;
  readonly outcome: CaCertsOutcome;
  readonly intermediate: IntermediateOrigin;
}

export interface CaCertsResult {
  readonly root: RootIdentity;
  readonly clusters: readonly CaCertsClusterResult[];
}

function decode(secret: k8s.V1Secret, file: string): string {
  const value = secret.data?.[file];
  return value === undefined ? '' : Buffer.from(value, 'base64').toString('utf8');
}

async function readExisting(cluster: SecretCluster, namespace: string): Promise<Existing | undefined> {
  const secret = await cluster.secrets.read(namespace, CACERTS_SECRET);
  if (!secret) return undefined;
  const material = Object.fromEntries(
    CA_FIELDS.map((field) => [field, decode(secret, CA_FILES[field])]),
  ) as Record<keyof CaMaterial, string>;
  return { secret, managed: secret.metadata?.labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE, material };
}

/**
 * An existing secret still good for generate mode: valid, chaining to the given root, and not about to
 * expire (or already running to the root's own end, which a new one could not improve on).
 */
async function keepable(
  existing: Existing,
  cluster: SecretCluster,
  root: RootIdentity,
  now: Date,
): Promise<boolean> {
  const check = await checkCaMaterial(existing.material, secretKeyNames(where(cluster)), now);
  const notAfter = check.caNotAfter?.getTime() ?? 0;
  const fresh = notAfter - now.getTime() > RENEW_BEFORE_MS || notAfter >= root.notAfter.getTime();
  return check.problems.length === 0 && check.root?.fingerprint === root.fingerprint && fresh;
}

async function desiredMaterial(
  input: CaCertsInput,
  cluster: SecretCluster,
  existing: Existing | undefined,
  root: RootIdentity | undefined,
): Promise<{ material: CaMaterial; intermediate: IntermediateOrigin; names: CaNames } | { problem: string }> {
  const { source } = input;
  const now = input.now ?? new Date();
  switch (source.kind) {
    case 'shared':
      return { material: source.material, intermediate: 'given', names: source.names ?? INPUT_NAMES };
    case 'per-cluster': {
      const material = source.material[cluster.name];
      if (!material)
        return {
          problem: `${where(cluster)} no CA material was given for this cluster: give ca-cert, ca-key, root-cert and cert-chain for it`,
        };
      return { material, intermediate: 'given', names: secretKeyNames(where(cluster)) };
    }
    case 'generate': {
      if (existing && root && (await keepable(existing, cluster, root, now))) {
        return { material: existing.material, intermediate: 'kept', names: secretKeyNames(where(cluster)) };
      }
      const material = await generateIntermediateCa(source.rootCert, source.rootKey, cluster.name, { now });
      for (const value of keyMaskValues('', material.caKey)) input.onSecret?.(value);
      return { material, intermediate: 'generated', names: secretKeyNames(`${where(cluster)} generated`) };
    }
  }
}

function conflictProblem(input: CaCertsInput, cluster: SecretCluster): string {
  return (
    `${where(cluster)} secret ${input.namespace}/${CACERTS_SECRET} exists, was not created by this action (no label ${MANAGED_BY_LABEL}=${MANAGED_BY_VALUE}) and holds a different CA. ` +
    `Refusing to replace a CA managed elsewhere. Fix: give that same CA as input, or delete the secret (kubectl -n ${input.namespace} delete secret ${CACERTS_SECRET}) to let the action create it`
  );
}

async function planCluster(
  input: CaCertsInput,
  cluster: SecretCluster,
  root: RootIdentity | undefined,
): Promise<Plan | { problems: string[] }> {
  let existing: Existing | undefined;
  try {
    existing = await readExisting(cluster, input.namespace);
  } catch (error: unknown) {
    return {
      problems: [
        `${where(cluster)} cannot read secret ${input.namespace}/${CACERTS_SECRET}: ${apiMessage(error)}. Fix: let the kubeconfig get secrets in ${input.namespace}`,
      ],
    };
  }
  if (existing) for (const value of keyMaskValues('', existing.material.caKey)) input.onSecret?.(value);
  const desired = await desiredMaterial(input, cluster, existing, root);
  if ('problem' in desired) return { problems: [desired.problem] };
  const check = await checkCaMaterial(desired.material, desired.names, input.now);
  const problems = [...check.problems];
  const unmanagedKept = existing && !existing.managed && desired.intermediate === 'kept';
  if (existing && !existing.managed && !unmanagedKept && !sameContent(existing.material, desired.material)) {
    problems.push(conflictProblem(input, cluster));
  }
  return {
    cluster,
    existing,
    material: desired.material,
    intermediate: desired.intermediate,
    check,
    problems,
  };
}

function rootOf(input: CaCertsInput): { root?: RootIdentity; problems: string[] } {
  if (input.source.kind !== 'generate') return { problems: [] };
  const names = input.source.names ?? { rootCert: 'input root-cert', rootKey: 'input root-key' };
  const check = checkRootForSigning(input.source.rootCert, input.source.rootKey, names, input.now);
  return { ...(check.root ? { root: check.root } : {}), problems: [...check.problems] };
}

/**
 * Puts the plugged-in CA (Secret `cacerts`) on the primary and every remote. Everything is read and
 * validated for every cluster first, and all problems are reported together before anything is
 * written; a write that fails rolls back the clusters already written, so all get the CA or none. Unchanged secrets are not written; a `cacerts` the action did not create is never
 * replaced; generated intermediates are kept while they still chain to the root and are not near
 * expiry.
 */
export async function installCaCerts(input: CaCertsInput): Promise<CaCertsResult> {
  const root = rootOf(input);
  if (root.problems.length > 0) throw new ProblemsError(STAGE, root.problems);
  const planned = await Promise.all(input.clusters.map((cluster) => planCluster(input, cluster, root.root)));
  const plans = planned.filter((p): p is Plan => 'cluster' in p);
  const problems = planned.flatMap((p) => [...p.problems]);
  const roots = plans.flatMap((p) => (p.check.root ? [{ where: p.cluster.name, root: p.check.root }] : []));
  problems.push(...differentRootProblems(roots));
  const sharedRoot = roots[0]?.root;
  if (problems.length > 0 || !sharedRoot) {
    throw new ProblemsError(STAGE, [
      ...new Set(problems.length > 0 ? problems : ['no cluster to put the CA on']),
    ]);
  }
  const clusters: CaCertsClusterResult[] = [];
  const written: Written[] = [];
  for (const plan of plans) {
    let outcome: CaCertsOutcome;
    try {
      outcome = await writePlan(input, plan, written);
    } catch (error: unknown) {
      return rollBack(input, written, error);
    }
    clusters.push({ cluster: plan.cluster.name, outcome, intermediate: plan.intermediate });
  }
  return { root: sharedRoot, clusters };
}
