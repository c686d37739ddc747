/**
 * What a registration Secret may replace. Register and uninstall touch a Secret on the primary only
 * when it carries the registration marker of its remote; names that would hit Istio's CA material
 * or the action's own Secrets are refused when the inputs are read; and preflight refuses, before
 * any write, a remote whose registration name is taken by any other Secret.
 */
import type * as k8s from '@kubernetes/client-node';
import { REGISTRATION_LABEL } from '../../istio/labels.js';
import type { Profile } from '../../istio/profiles.js';
import { apiMessage } from '../../kube/client.js';
import type { SecretPort } from '../../kube/secret-port.js';
import { CACERTS_SECRET } from './cacerts-write.js';
import { tokenSecretName } from './token-secret.js';

/** Istio's self-signed CA (citadel and istiod keep it in this Secret). */
export const ISTIO_CA_SECRET = 'istio-ca-secret';

/** Never a registration, whatever the profile: Istio's CA material and the action's token Secrets. */
export const PROTECTED_SECRETS: readonly string[] = [
  CACERTS_SECRET,
  ISTIO_CA_SECRET,
  tokenSecretName('istio-multi'),
  tokenSecretName('istio-reader-service-account'),
];

/**
 * Why `remote` cannot be a remote's name under `profile` (its registration Secret would be one of
 * PROTECTED_SECRETS, as with the istio-1.0 profile's secret named after the remote), with a fix.
 */
export function reservedRemoteNameProblem(profile: Profile, remote: string): string | undefined {
  const secret = profile.secretName(remote);
  if (!PROTECTED_SECRETS.includes(secret)) return undefined;
  return (
    `remote name "${remote}" would name its registration Secret ${secret}, a Secret Istio or this action ` +
    `keeps in the Istio namespace (${PROTECTED_SECRETS.join(', ')}); registering it would replace that Secret. ` +
    `Fix: give the remote another name with remote-names, e.g. remote-names: ${remote}-cluster.`
  );
}

/** Whether `secret` is the registration of `remote` this action wrote (its marker, valued with the remote). */
export function isRegistrationOf(secret: k8s.V1Secret, remote: string): boolean {
  return secret.metadata?.labels?.[REGISTRATION_LABEL] === remote;
}

/** The refusal for a Secret that holds a registration's name without being that registration. */
export function foreignSecretProblem(namespace: string, secret: string, remote: string): string {
  return (
    `Secret ${namespace}/${secret} exists on the primary and is not the registration of remote "${remote}" ` +
    `(it has no ${REGISTRATION_LABEL}=${remote} label); it will not be replaced. Fix: give the remote another ` +
    `name with remote-names (e.g. remote-names: ${remote}-cluster), or, if it is a stale registration ` +
    `(also one written by an earlier version of this action), delete it: kubectl -n ${namespace} delete secret ${secret}.`
  );
}

export interface CollisionCheck {
  readonly primary: SecretPort;
  readonly namespace: string;
  readonly profile: Profile;
  readonly remotes: readonly string[];
}

/** A preflight problem of one remote (that remote is left out) or of the whole run (remote undefined). */
export interface CollisionProblem {
  readonly remote: string | undefined;
  readonly problem: string;
}

/**
 * Preflight: one problem per remote whose registration name is reserved or taken by a foreign Secret;
 * a Secret the primary's credentials cannot read concerns the whole run.
 */
export async function registrationCollisionProblems(check: CollisionCheck): Promise<CollisionProblem[]> {
  const problems: CollisionProblem[] = [];
  for (const remote of check.remotes) {
    const reserved = reservedRemoteNameProblem(check.profile, remote);
    if (reserved !== undefined) {
      problems.push({ remote, problem: reserved });
      continue;
    }
    const name = check.profile.secretName(remote);
    try {
      const existing = await check.primary.read(check.namespace, name);
      if (existing && !isRegistrationOf(existing, remote))
        problems.push({ remote, problem: foreignSecretProblem(check.namespace, name, remote) });
    } catch (error: unknown) {
      problems.push({
        remote: undefined,
        problem:
          `cluster "${check.primary.cluster}": cannot read Secret ${check.namespace}/${name} to check that registering ` +
          `"${remote}" replaces nothing else: ${apiMessage(error)}. Fix: the primary kubeconfig needs get on secrets in ${check.namespace}.`,
      });
    }
  }
  return problems;
}
