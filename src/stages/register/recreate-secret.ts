import type * as k8s from '@kubernetes/client-node';
import { randomBytes } from 'node:crypto';
import { apiMessage } from '../../kube/client.js';
import type { SecretPort } from '../../kube/secret-port.js';
import { StageError } from '../../util/errors.js';

export interface Recreation {
  readonly secrets: SecretPort;
  readonly namespace: string;
  /** The Secret as read; deleted only while it still has this resourceVersion. */
  readonly existing: k8s.V1Secret;
  readonly desired: k8s.V1Secret;
  /** For messages: the stage and the remote the Secret registers. */
  readonly stage: string;
  readonly remote: string;
}

/** A name no other Secret has, for the dry-run create (at most 253 characters). */
function probeName(name: string): string {
  return `${name.slice(0, 230)}-dry-run-${randomBytes(4).toString('hex')}`;
}

/** The old Secret as it can be created again: without server-set fields. */
function restorable(secret: k8s.V1Secret): k8s.V1Secret {
  const metadata: k8s.V1ObjectMeta = { ...secret.metadata };
  for (const field of ['resourceVersion', 'uid', 'creationTimestamp', 'managedFields', 'generation'] as const)
    delete metadata[field];
  return { apiVersion: 'v1', kind: 'Secret', type: secret.type, metadata, data: secret.data };
}

/**
 * Replaces a Secret by delete and create (the Istio 1.0 pilot ignores updates), never leaving it
 * missing: the create and the delete are first dry-run (`dryRun: 'All'`: validation, admission and
 * RBAC, no write), the delete is conditional on the resourceVersion that was read, and when the
 * create still fails the old Secret is created again. Only when that restore fails too is the
 * Secret missing, and the error says so with the command that brings it back.
 */
export async function recreateSecret(job: Recreation): Promise<void> {
  const { secrets, namespace, existing, desired } = job;
  const name = desired.metadata?.name ?? '';
  const resourceVersion = existing.metadata?.resourceVersion;
  try {
    await secrets.create(
      namespace,
      { ...desired, metadata: { ...desired.metadata, name: probeName(name) } },
      true,
    );
    await secrets.remove(namespace, name, { resourceVersion, dryRun: true });
  } catch (error: unknown) {
    throw refusal(
      job,
      `its replacement would be refused (dry run: ${apiMessage(error)}); it was left as it is`,
      error,
    );
  }
  await secrets.remove(namespace, name, { resourceVersion });
  try {
    await secrets.create(namespace, desired);
  } catch (error: unknown) {
    try {
      await secrets.create(namespace, restorable(existing));
    } catch (restoreError: unknown) {
      throw refusal(
        job,
        `creating its replacement failed (${apiMessage(error)}) and restoring the previous Secret failed too (${apiMessage(restoreError)}): remote "${job.remote}" is NOT registered now. Run the action again once the primary accepts the Secret`,
        error,
      );
    }
    throw refusal(
      job,
      `creating its replacement failed (${apiMessage(error)}); the previous Secret was created again, so the remote keeps its old registration`,
      error,
    );
  }
}

function refusal(job: Recreation, what: string, cause: unknown): StageError {
  const name = job.desired.metadata?.name ?? '';
  return new StageError({
    stage: job.stage,
    cluster: job.secrets.cluster,
    message: `re-registering remote "${job.remote}" (Secret ${job.namespace}/${name}): ${what}.`,
    fix: `the primary kubeconfig needs create and delete on secrets in ${job.namespace}, and the Secret must pass the primary's admission policies.`,
    cause,
  });
}
