// An in-memory SecretPort (src/kube/secret-port.ts) for stage tests: one cluster's Secrets with the
// API server's write rules that the stages rely on (resourceVersion bumped on every write, create of
// an existing name and a stale resourceVersion refused with 409, dry runs write nothing), errors as
// client-node raises them (ApiException with the HTTP status), and a log of every call.
import * as k8s from '@kubernetes/client-node';
import type { NamespaceOutcome } from '../../../src/kube/namespaces.js';
import type { RemoveOptions, SecretCluster, SecretPort } from '../../../src/kube/secret-port.js';

function apiError(code: number, message: string): k8s.ApiException<string> {
  return new k8s.ApiException(code, message, JSON.stringify({ message }), {});
}

export interface Call {
  readonly verb: 'create' | 'replace' | 'remove';
  readonly name: string;
  readonly dryRun: boolean;
  readonly body?: k8s.V1Secret;
}

export type FailRule = (call: Call) => Error | undefined;

export class FakeSecrets implements SecretPort {
  readonly store = new Map<string, k8s.V1Secret>();
  readonly calls: string[] = [];
  /** An error to raise for a call, before it changes anything (admission refusals, RBAC, a lost connection). */
  fail: FailRule | undefined;
  /** Runs once before the next write: another writer between this run's read and its write. */
  beforeNextWrite: (() => void) | undefined;
  private version = 1;

  readonly cluster: string;

  constructor(cluster = 'primary') {
    this.cluster = cluster;
  }

  private key(namespace: string, name: string): string {
    return `${namespace}/${name}`;
  }

  /** Puts a Secret as another writer would (a new resourceVersion). */
  put(namespace: string, secret: k8s.V1Secret): k8s.V1Secret {
    const stored = {
      ...structuredClone(secret),
      metadata: { ...secret.metadata, namespace, resourceVersion: String(this.version++) },
    };
    this.store.set(this.key(namespace, secret.metadata?.name ?? ''), stored);
    return structuredClone(stored);
  }

  get(namespace: string, name: string): k8s.V1Secret | undefined {
    return this.store.get(this.key(namespace, name));
  }

  private refuse(call: Call): void {
    const error = this.fail?.(call);
    if (error) throw error;
    const other = this.beforeNextWrite;
    if (other && !call.dryRun) {
      this.beforeNextWrite = undefined;
      other();
    }
  }

  read(namespace: string, name: string): Promise<k8s.V1Secret | undefined> {
    this.calls.push(`read ${name}`);
    const found = this.get(namespace, name);
    return Promise.resolve(found && structuredClone(found));
  }

  create(namespace: string, body: k8s.V1Secret, dryRun = false): Promise<k8s.V1Secret> {
    const name = body.metadata?.name ?? '';
    this.calls.push(`create ${name}${dryRun ? ' (dry run)' : ''}`);
    this.refuse({ verb: 'create', name, dryRun, body });
    if (this.get(namespace, name)) throw apiError(409, `secrets "${name}" already exists`);
    return Promise.resolve(dryRun ? structuredClone(body) : this.put(namespace, body));
  }

  replace(namespace: string, body: k8s.V1Secret): Promise<k8s.V1Secret> {
    const name = body.metadata?.name ?? '';
    this.calls.push(`replace ${name}`);
    this.refuse({ verb: 'replace', name, dryRun: false, body });
    const current = this.get(namespace, name);
    if (!current) throw apiError(404, `secrets "${name}" not found`);
    if (body.metadata?.resourceVersion !== current.metadata?.resourceVersion)
      throw apiError(409, `Operation cannot be fulfilled on secrets "${name}": the object has been modified`);
    return Promise.resolve(this.put(namespace, body));
  }

  remove(namespace: string, name: string, options: RemoveOptions): Promise<void> {
    this.calls.push(`remove ${name}${options.dryRun ? ' (dry run)' : ''}`);
    this.refuse({ verb: 'remove', name, dryRun: options.dryRun ?? false });
    const current = this.get(namespace, name);
    if (!current) throw apiError(404, `secrets "${name}" not found`);
    if (
      options.resourceVersion !== undefined &&
      options.resourceVersion !== current.metadata?.resourceVersion
    )
      throw apiError(409, `Precondition failed: resourceVersion ${options.resourceVersion}`);
    if (!options.dryRun) this.store.delete(this.key(namespace, name));
    return Promise.resolve();
  }
}

/** A CredentialTry that answers from a table: the token's outcome, or HTTP 401 for an unknown token. */
export function credentialTable(
  accepted: ReadonlySet<string>,
): (credential: { readonly token: string }) => Promise<void> {
  return (credential) =>
    accepted.has(credential.token) ? Promise.resolve() : Promise.reject(apiError(401, 'Unauthorized'));
}

/** An in-memory SecretCluster: FakeSecrets and the namespaces it holds. */
export class FakeSecretCluster implements SecretCluster {
  readonly secrets: FakeSecrets;
  readonly namespaces = new Set<string>();

  readonly name: string;

  constructor(name: string) {
    this.name = name;
    this.secrets = new FakeSecrets(name);
  }

  ensureNamespace(namespace: string): Promise<NamespaceOutcome> {
    if (this.namespaces.has(namespace)) return Promise.resolve('exists');
    this.secrets.calls.push(`create namespace ${namespace}`);
    this.namespaces.add(namespace);
    return Promise.resolve('created');
  }

  deleteNamespace(namespace: string): Promise<void> {
    this.secrets.calls.push(`delete namespace ${namespace}`);
    this.namespaces.delete(namespace);
    for (const key of [...this.secrets.store.keys()])
      if (key.startsWith(`${namespace}/`)) this.secrets.store.delete(key);
    return Promise.resolve();
  }
}
