import type * as k8s from '@kubernetes/client-node';
import { apiMessage, coreApi, isNotFound, type ClusterHandle } from '../kube/client.js';
import {
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  MULTICLUSTER_SECRET_LABEL,
  REMOTE_NAME_LABEL,
} from '../istio/labels.js';
import { StageError } from '../util/errors.js';

export interface RemoteRegistration {
  readonly remote: string;
  /** The reader kubeconfig of the remote (YAML text). */
  readonly kubeconfig: string;
}

export interface RegisterInput {
  readonly primary: ClusterHandle;
  readonly namespace: string;
  readonly registrations: readonly RemoteRegistration[];
  readonly dryRun: boolean;
}

export type RegisterOutcome = 'created' | 'replaced' | 'unchanged' | 'would-create' | 'would-replace';

export interface RegisterResult {
  readonly secrets: readonly { remote: string; secret: string; outcome: RegisterOutcome }[];
}

const STAGE = 'register';

/** The 1.0 layout: secret named after the remote, one data key (the cluster ID) holding its kubeconfig. */
export function registrationSecret(namespace: string, registration: RemoteRegistration): k8s.V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      name: registration.remote,
      namespace,
      labels: {
        [MULTICLUSTER_SECRET_LABEL]: 'true',
        [MANAGED_BY_LABEL]: MANAGED_BY_VALUE,
        [REMOTE_NAME_LABEL]: registration.remote,
      },
    },
    data: { [registration.remote]: Buffer.from(registration.kubeconfig, 'utf8').toString('base64') },
  };
}

function sameRegistration(existing: k8s.V1Secret, desired: k8s.V1Secret): boolean {
  const labels = existing.metadata?.labels ?? {};
  const wantedLabels = desired.metadata?.labels ?? {};
  const labelsMatch = Object.entries(wantedLabels).every(([k, v]) => labels[k] === v);
  const data = existing.data ?? {};
  const wanted = desired.data ?? {};
  const dataMatch =
    Object.keys(data).length === Object.keys(wanted).length &&
    Object.entries(wanted).every(([k, v]) => data[k] === v);
  return labelsMatch && dataMatch;
}

async function readSecret(
  primary: ClusterHandle,
  namespace: string,
  name: string,
): Promise<k8s.V1Secret | undefined> {
  try {
    return await coreApi(primary).readNamespacedSecret({ namespace, name });
  } catch (error: unknown) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function registerOne(input: RegisterInput, registration: RemoteRegistration): Promise<RegisterOutcome> {
  const desired = registrationSecret(input.namespace, registration);
  const name = registration.remote;
  const existing = await readSecret(input.primary, input.namespace, name);
  if (existing && existing.metadata?.labels?.[MANAGED_BY_LABEL] !== MANAGED_BY_VALUE) {
    throw new StageError({
      stage: STAGE,
      cluster: input.primary.name,
      message: `Secret ${input.namespace}/${name} exists and was not created by this action; it will not be replaced.`,
      fix: `give the remote another name with remote-names, or delete that Secret if it is a stale registration.`,
    });
  }
  if (existing && sameRegistration(existing, desired)) return 'unchanged';
  if (input.dryRun) return existing ? 'would-replace' : 'would-create';
  const core = coreApi(input.primary);
  // The 1.0 pilot's secret controller handles add and delete only: a changed secret must be recreated.
  if (existing) await core.deleteNamespacedSecret({ namespace: input.namespace, name });
  await core.createNamespacedSecret({ namespace: input.namespace, body: desired });
  return existing ? 'replaced' : 'created';
}

/** Registers each remote's reader kubeconfig on the primary as a secret labelled istio/multiCluster=true. */
export async function registerRemotes(input: RegisterInput): Promise<RegisterResult> {
  const secrets: RegisterResult['secrets'][number][] = [];
  for (const registration of input.registrations) {
    try {
      secrets.push({
        remote: registration.remote,
        secret: registration.remote,
        outcome: await registerOne(input, registration),
      });
    } catch (error: unknown) {
      if (error instanceof StageError) throw error;
      throw new StageError({
        stage: STAGE,
        cluster: input.primary.name,
        message: `registering remote "${registration.remote}" failed: ${apiMessage(error)}`,
        fix: `the primary kubeconfig needs get/create/delete on secrets in ${input.namespace}.`,
        cause: error,
      });
    }
  }
  return { secrets };
}
