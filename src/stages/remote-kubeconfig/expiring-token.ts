/**
 * credential-mode token-request: the reader account's token is a TokenRequest token with a chosen
 * lifetime, not a long-lived token Secret. The token already registered on the primary is kept while
 * more than a third of its lifetime is left (a rerun then writes nothing); otherwise a new one is
 * requested and the registration is renewed.
 */
import type { AccountTokenCluster } from '../../kube/account-tokens.js';
import { isNotFound } from '../../kube/client.js';
import {
  ClusterKubeconfigError,
  readClusterKubeconfig,
  secretObjectName,
} from '../../kube/cluster-kubeconfig.js';
import type { SecretPort } from '../../kube/secret-port.js';
import { serviceAccountSubject, tokenClaims, type TokenClaims } from '../../kube/service-account-token.js';
import type { TokenBinding } from '../../kube/token-request.js';
import { tokenBinding, tokenBindingName } from '../secrets/token-binding.js';
import { renewalReason } from '../secrets/token-renewal.js';

export interface ExpiringTokenInput {
  readonly remote: AccountTokenCluster;
  /** Where the remote's registration is (the primary, or with multi-primary another cluster). */
  readonly holder: SecretPort;
  readonly namespace: string;
  readonly serviceAccount: string;
  /** The remote's registration Secret on the primary (in namespace). */
  readonly registrationSecret: string;
  readonly lifetimeSeconds: number;
  readonly dryRun: boolean;
  /** Seconds since the epoch. */
  readonly now: number;
  /** Set when the registered token was found not to authenticate: request a new one whatever its claims. */
  readonly refused?: string;
}

export type ExpiringTokenSource = 'registered-token' | 'requested-token' | 'would-request';

export interface ExpiringToken {
  readonly source: ExpiringTokenSource;
  readonly token: string | undefined;
  readonly caData: string | undefined;
  /** Seconds since the epoch. */
  readonly expiresAt: number | undefined;
  /** Why a registered token is being replaced; undefined for a first registration or a kept token. */
  readonly renewal: string | undefined;
}

/**
 * The token in the remote's registration on the holder, if there is one; `refused` when that
 * registration holds more than server, CA and token (it is then renewed, nothing in it is used).
 */
async function registeredToken(input: ExpiringTokenInput): Promise<{ token?: string; refused?: string }> {
  const secret = await input.holder.read(input.namespace, input.registrationSecret);
  const encoded = secret?.data?.[input.remote.name];
  if (!encoded) return {};
  const object = secretObjectName(input.namespace, input.registrationSecret, input.holder.cluster);
  try {
    return { token: readClusterKubeconfig(Buffer.from(encoded, 'base64').toString('utf8'), object).token };
  } catch (error: unknown) {
    if (error instanceof ClusterKubeconfigError) return { refused: error.message };
    throw error;
  }
}

/** Why an otherwise good registered token is renewed: it is not bound to the binding Secret. */
function bindingReason(
  input: ExpiringTokenInput,
  claims: TokenClaims | undefined,
  binding: TokenBinding | undefined,
): string | undefined {
  if (claims === undefined || (binding !== undefined && claims.boundSecretUid === binding.uid))
    return undefined;
  return `the registered token is not bound to Secret ${input.namespace}/${tokenBindingName(input.serviceAccount)}, so uninstall could not revoke it`;
}

export async function expiringReaderToken(input: ExpiringTokenInput): Promise<ExpiringToken> {
  const caData = await caOf(input);
  const binding = await tokenBinding(
    input.remote.secrets,
    input.namespace,
    input.serviceAccount,
    input.dryRun,
  );
  const { token: registered, refused } = await registeredToken(input);
  const claims = registered === undefined ? undefined : tokenClaims(registered);
  const renewal =
    registered === undefined
      ? refused
      : (input.refused ??
        renewalReason(claims, {
          subject: serviceAccountSubject(input.namespace, input.serviceAccount),
          lifetimeSeconds: input.lifetimeSeconds,
          now: input.now,
        }) ??
        bindingReason(input, claims, binding));
  if (registered !== undefined && renewal === undefined && caData !== undefined)
    return { source: 'registered-token', token: registered, caData, expiresAt: claims?.expiresAt, renewal };
  if (input.dryRun || binding === undefined)
    return { source: 'would-request', token: undefined, caData, expiresAt: undefined, renewal };
  const requested = await input.remote.requestToken(
    input.namespace,
    input.serviceAccount,
    input.lifetimeSeconds,
    binding,
  );
  return {
    source: 'requested-token',
    token: requested.token,
    caData,
    expiresAt: requested.expiresAt,
    renewal,
  };
}

/** In render mode the namespace (and its CA ConfigMap) may not exist yet. */
async function caOf(input: ExpiringTokenInput): Promise<string | undefined> {
  try {
    return await input.remote.caData(input.namespace);
  } catch (error: unknown) {
    if (isNotFound(error) && input.dryRun) return undefined;
    throw error;
  }
}
