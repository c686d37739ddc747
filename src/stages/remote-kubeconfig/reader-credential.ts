/**
 * The reader account's token for one remote, by credential mode: token-secret reads or creates a
 * long-lived token Secret (istioctl's way); token-request reads the token registered on the holder
 * and keeps it, or requests a new one bound to the action's binding Secret.
 */
import type { SecretPort } from '../../kube/secret-port.js';
import { expiringReaderToken, type ExpiringTokenSource } from './expiring-token.js';
import { obtainToken, type ReaderTokenInput, type TokenSource } from './reader-token.js';
import { tokenSecretName } from '../secrets/token-secret.js';

export interface ExpiringCredentials {
  /** The cluster holding a remote's registration (the primary; multi-primary: any other cluster). */
  readonly holder: (remote: string) => SecretPort;
  /** The remote's registration Secret on the primary, where the token in use is read. */
  readonly registrationSecret: (remote: string) => string;
  readonly lifetimeSeconds: number;
  /** Seconds since the epoch. */
  readonly now: number;
}

export interface ReaderCredentialInput extends ReaderTokenInput {
  /** Set for credential-mode token-request; the token Secret path otherwise. */
  readonly expiring: ExpiringCredentials | undefined;
}

export interface ReaderCredential {
  readonly token: string | undefined;
  readonly caData: string | undefined;
  readonly source: TokenSource | ExpiringTokenSource | 'would-create';
  readonly tokenSecret: string | undefined;
  readonly expiresAt: number | undefined;
  readonly renewal: string | undefined;
}

async function tokenSecretCredential(input: ReaderCredentialInput): Promise<ReaderCredential> {
  const { secret, source } = await obtainToken(input);
  return {
    token: secret?.data?.token ? Buffer.from(secret.data.token, 'base64').toString('utf8') : undefined,
    caData: secret?.data?.['ca.crt'],
    source,
    tokenSecret: secret?.metadata?.name ?? tokenSecretName(input.serviceAccount),
    expiresAt: undefined,
    renewal: undefined,
  };
}

async function expiringCredential(
  input: ReaderCredentialInput,
  expiring: ExpiringCredentials,
  refused?: string,
): Promise<ReaderCredential> {
  const token = await expiringReaderToken({
    remote: input.remote,
    holder: expiring.holder(input.remote.name),
    namespace: input.namespace,
    serviceAccount: input.serviceAccount,
    registrationSecret: expiring.registrationSecret(input.remote.name),
    lifetimeSeconds: expiring.lifetimeSeconds,
    dryRun: input.dryRun,
    now: expiring.now,
    refused,
  });
  return { ...token, tokenSecret: undefined };
}

export function readerCredential(input: ReaderCredentialInput, refused?: string): Promise<ReaderCredential> {
  return input.expiring ? expiringCredential(input, input.expiring, refused) : tokenSecretCredential(input);
}
