// An in-memory AccountTokenCluster (src/kube/account-tokens.ts) for stage tests: one cluster's Secrets
// (FakeSecrets), its service accounts, a token controller that fills a token Secret some reads after
// it was created (for the account's UID as it knows it), TokenRequest tokens as JWTs carrying the
// claims the stage reads, and a reader check that accepts the tokens the API server would.
import * as k8s from '@kubernetes/client-node';
import type { AccountTokenCluster } from '../../../src/kube/account-tokens.js';
import type { RequestedToken, TokenBinding } from '../../../src/kube/token-request.js';
import { readClusterKubeconfig } from '../../../src/kube/cluster-kubeconfig.js';
import type { ReaderCheck } from '../../../src/stages/remote-kubeconfig/remote-kubeconfig.js';
import { SA_ANNOTATION, SA_UID_ANNOTATION, TOKEN_TYPE } from '../../../src/stages/secrets/token-secret.js';
import { FakeSecrets } from './secret-port.js';

const apiError = (code: number, message: string) =>
  new k8s.ApiException(code, message, JSON.stringify({ message }), {});

/** A JWT as a TokenRequest returns it: the payload is what the stage reads, the signature is not checked. */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part(claims)}.signature`;
}

export class FakeAccountTokenCluster implements AccountTokenCluster {
  readonly secrets: FakeSecrets;
  readonly server: string;
  /** namespace/name -> the account's UID. */
  readonly accounts = new Map<string, string>();
  /** Reads of a created token Secret before the token controller fills it. */
  fillAfterReads = 1;
  /** The account UID the token controller fills for (its cache may trail a re-created account). */
  controllerUid: ((namespace: string, account: string) => string | undefined) | undefined;
  /** Every token this cluster issued, in order. */
  readonly issued: string[] = [];
  /** Tokens that are no longer accepted (their account or Secret is gone). */
  readonly revoked = new Set<string>();
  namespaceMissing = false;
  private pending = new Map<string, number>();
  private serial = 0;

  readonly name: string;

  constructor(name: string) {
    this.name = name;
    this.server = `https://${name}.example:6443`;
    this.secrets = new FakeSecrets(name);
    const create = this.secrets.create.bind(this.secrets);
    this.secrets.create = async (namespace, body, dryRun) => {
      const created = await create(
        namespace,
        { ...body, metadata: { ...body.metadata, uid: this.uid() } },
        dryRun,
      );
      if (!dryRun && body.type === TOKEN_TYPE)
        this.pending.set(`${namespace}/${body.metadata?.name ?? ''}`, this.fillAfterReads);
      return created;
    };
    const remove = this.secrets.remove.bind(this.secrets);
    this.secrets.remove = async (namespace, name, options) => {
      const token = this.secrets.get(namespace, name)?.data?.token;
      await remove(namespace, name, options);
      // The token controller invalidates the token of a deleted token Secret.
      if (token && !options.dryRun) this.revoked.add(Buffer.from(token, 'base64').toString());
    };
    const read = this.secrets.read.bind(this.secrets);
    this.secrets.read = (namespace, name) => {
      this.tokenController(namespace, name);
      return read(namespace, name);
    };
  }

  private uid(): string {
    return `uid-${++this.serial}`;
  }

  addAccount(namespace: string, name: string): string {
    const uid = this.uid();
    this.accounts.set(`${namespace}/${name}`, uid);
    return uid;
  }

  /** A token Secret filled for `accountUid`, as the token controller leaves it. */
  filledTokenSecret(
    name: string,
    account: string,
    accountUid: string,
    labels: Record<string, string> = {},
  ): k8s.V1Secret {
    const token = this.issue(`legacy-${account}-${accountUid}`);
    // The API server refuses a token of an account that is gone.
    if (![...this.accounts.values()].includes(accountUid)) this.revoked.add(token);
    return {
      metadata: {
        name,
        uid: this.uid(),
        labels,
        annotations: { [SA_ANNOTATION]: account, [SA_UID_ANNOTATION]: accountUid },
      },
      type: TOKEN_TYPE,
      data: {
        token: Buffer.from(token).toString('base64'),
        'ca.crt': Buffer.from(`CA of ${this.name}`).toString('base64'),
      },
    };
  }

  private issue(token: string): string {
    const unique = `${token}-${this.issued.length + 1}`;
    this.issued.push(unique);
    return unique;
  }

  private tokenController(namespace: string, name: string): void {
    const key = `${namespace}/${name}`;
    const left = this.pending.get(key);
    if (left === undefined) return;
    if (left > 0) {
      this.pending.set(key, left - 1);
      return;
    }
    this.pending.delete(key);
    const secret = this.secrets.get(namespace, name);
    const account = secret?.metadata?.annotations?.[SA_ANNOTATION] ?? '';
    const uid =
      this.controllerUid?.(namespace, account) ?? this.accounts.get(`${namespace}/${account}`) ?? '';
    if (!secret) return;
    const filled = this.filledTokenSecret(name, account, uid, secret.metadata?.labels);
    this.secrets.put(namespace, { ...filled, metadata: { ...filled.metadata, uid: secret.metadata?.uid } });
  }

  readAccount(namespace: string, name: string): Promise<k8s.V1ServiceAccount> {
    const uid = this.accounts.get(`${namespace}/${name}`);
    if (!uid) return Promise.reject(apiError(404, `serviceaccounts "${name}" not found`));
    return Promise.resolve({ metadata: { name, namespace, uid } });
  }

  secretsOfType(namespace: string, type: string): Promise<k8s.V1Secret[]> {
    return Promise.resolve(
      [...this.secrets.store.values()].filter((s) => s.metadata?.namespace === namespace && s.type === type),
    );
  }

  caData(namespace: string): Promise<string> {
    if (this.namespaceMissing) return Promise.reject(apiError(404, `namespaces "${namespace}" not found`));
    return Promise.resolve(Buffer.from(`CA of ${this.name}`).toString('base64'));
  }

  requestToken(
    namespace: string,
    serviceAccount: string,
    lifetimeSeconds: number,
    binding: TokenBinding,
  ): Promise<RequestedToken> {
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + lifetimeSeconds;
    const token = jwt({
      iat,
      exp,
      sub: `system:serviceaccount:${namespace}:${serviceAccount}`,
      'kubernetes.io': { secret: { name: binding.name, uid: binding.uid } },
      jti: this.issued.length + 1,
    });
    this.issued.push(token);
    return Promise.resolve({ token, expiresAt: exp });
  }

  /**
   * The reader check as the API server answers it: HTTP 401 for a token this cluster never issued or
   * revoked, and for the first `lagging` checks of any token (its cache trailing the write).
   */
  readerCheck(lagging = 0): ReaderCheck & { servers: string[] } {
    let refusals = lagging;
    const servers: string[] = [];
    const check = (kubeconfigYaml: string) => {
      const { token, server } = readClusterKubeconfig(kubeconfigYaml, 'a kubeconfig of the test');
      servers.push(server);
      if (!this.issued.includes(token) || this.revoked.has(token) || refusals-- > 0)
        return Promise.reject(apiError(401, 'Unauthorized'));
      return Promise.resolve('authenticates (fake reader check)');
    };
    return Object.assign(check, { servers });
  }
}
