import type * as k8s from '@kubernetes/client-node';
import { apiMessage } from '../../kube/client.js';
import type { SecretCluster } from '../../kube/secret-port.js';
import { CA_FIELDS, CA_FILES, type CaCheck, type CaMaterial } from '../../istio/ca.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../kube/marks.js';
import { errorMessage } from '../../util/errors.js';

/** Writing the planned `cacerts` Secrets cluster by cluster, and rolling them back when a write fails. */
export const CACERTS_SECRET = 'cacerts';
const STAGE = 'cacerts';

export type IntermediateOrigin = 'given' | 'generated' | 'kept';
export type CaCertsOutcome = 'created' | 'updated' | 'unchanged' | 'would-create' | 'would-update';

/** Where the Secrets go (the stage's input, as far as writing needs it). */
export interface WriteTarget {
  readonly namespace: string;
  readonly dryRun: boolean;
}

export interface Existing {
  readonly secret: k8s.V1Secret;
  readonly managed: boolean;
  readonly material: CaMaterial;
}

export interface Plan {
  readonly cluster: SecretCluster;
  readonly existing: Existing | undefined;
  readonly material: CaMaterial;
  readonly intermediate: IntermediateOrigin;
  readonly check: CaCheck;
  readonly problems: readonly string[];
}

export function sameContent(a: CaMaterial, b: CaMaterial): boolean {
  return CA_FIELDS.every((field) => a[field].trim() === b[field].trim());
}

export function where(cluster: Pick<SecretCluster, 'name'>): string {
  return `cluster "${cluster.name}":`;
}

function secretBody(input: WriteTarget, material: CaMaterial, existing: Existing | undefined): k8s.V1Secret {
  const metadata = existing?.secret.metadata ?? {};
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      ...metadata,
      name: CACERTS_SECRET,
      namespace: input.namespace,
      labels: { ...metadata.labels, [MANAGED_BY_LABEL]: MANAGED_BY_VALUE },
    },
    data: Object.fromEntries(
      CA_FIELDS.map((field) => [CA_FILES[field], Buffer.from(material[field], 'utf8').toString('base64')]),
    ),
  };
}

/** What one write did, so it can be undone: the Secret it created (and the namespace), or the one it replaced. */
export interface Written {
  readonly plan: Plan;
  readonly createdNamespace: boolean;
  readonly version: string | undefined;
}

export async function writePlan(input: WriteTarget, plan: Plan, written: Written[]): Promise<CaCertsOutcome> {
  const { existing, cluster } = plan;
  if (existing && sameContent(existing.material, plan.material)) return 'unchanged';
  if (input.dryRun) return existing ? 'would-update' : 'would-create';
  const body = secretBody(input, plan.material, existing);
  try {
    if (!existing) {
      const createdNamespace = (await cluster.ensureNamespace(input.namespace)) === 'created';
      const created = await cluster.secrets.create(input.namespace, body);
      written.push({ plan, createdNamespace, version: created.metadata?.resourceVersion });
      return 'created';
    }
    const replaced = await cluster.secrets.replace(input.namespace, body);
    written.push({ plan, createdNamespace: false, version: replaced.metadata?.resourceVersion });
    return 'updated';
  } catch (error: unknown) {
    throw new Error(
      `[${STAGE}] ${where(cluster)} writing secret ${input.namespace}/${CACERTS_SECRET} failed: ${apiMessage(error)}`,
      { cause: error },
    );
  }
}

/** Undoes one write: deletes the Secret it created (and the namespace it created), or puts back the one it replaced. */
async function undo(input: WriteTarget, write: Written): Promise<void> {
  const { cluster } = write.plan;
  const namespace = input.namespace;
  const previous = write.plan.existing?.secret;
  if (previous === undefined) {
    await cluster.secrets.remove(namespace, CACERTS_SECRET, { resourceVersion: write.version });
    if (write.createdNamespace) await cluster.deleteNamespace(namespace);
    return;
  }
  const { managedFields, ...metadata } = previous.metadata ?? {};
  void managedFields;
  await cluster.secrets.replace(namespace, {
    ...previous,
    metadata: { ...metadata, resourceVersion: write.version },
  });
}

/**
 * After a failed write, every cluster already written goes back to what it had: all clusters get the
 * new CA or none. A rollback that fails is named with the command that finishes it.
 */
export async function rollBack(
  input: WriteTarget,
  written: readonly Written[],
  failure: unknown,
): Promise<never> {
  const left: string[] = [];
  for (const write of [...written].reverse()) {
    try {
      await undo(input, write);
    } catch (error: unknown) {
      left.push(`cluster "${write.plan.cluster.name}": ${apiMessage(error)}`);
    }
  }
  const names = written.map((w) => `"${w.plan.cluster.name}"`).join(', ');
  const undone = written.length === 0 ? 'no cluster had been written' : `rolled back on ${names}`;
  const fix =
    left.length === 0
      ? 'Every cluster has the cacerts secret it had before the run. Fix: give the kubeconfig of the failing cluster create and update on secrets in the Istio namespace, then run again.'
      : `Rolling back failed on ${left.join('; ')}: that cluster keeps the new CA. Fix: restore it by hand (kubectl -n ${input.namespace} delete secret ${CACERTS_SECRET}, or re-apply the previous one), then run again.`;
  throw new Error(`${errorMessage(failure)}; ${undone}. ${fix}`, { cause: failure });
}
