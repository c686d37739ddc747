/**
 * The kubeconfig document as written (kebab-case keys, as kubectl writes them): what the input
 * decoding yields and what client-node's KubeConfig is loaded from. Known fields are typed; any
 * other field is kept as is, so an extracted context keeps exec options, extensions, tokenFile...
 */

export interface KubeconfigCluster {
  readonly server?: string;
  readonly 'certificate-authority-data'?: string;
  readonly 'certificate-authority'?: string;
  readonly 'insecure-skip-tls-verify'?: boolean;
  readonly 'tls-server-name'?: string;
  readonly 'proxy-url'?: string;
  readonly [field: string]: unknown;
}

export interface KubeconfigAuthProvider {
  readonly name?: string;
  readonly config?: Readonly<Record<string, string>>;
  readonly [field: string]: unknown;
}

export interface KubeconfigExecEnvVar {
  readonly name?: string;
  readonly value?: string;
}

export interface KubeconfigExec {
  readonly apiVersion?: string;
  readonly command?: string;
  readonly args?: readonly string[];
  readonly env?: readonly KubeconfigExecEnvVar[];
  readonly [field: string]: unknown;
}

export interface KubeconfigUser {
  readonly token?: string;
  readonly tokenFile?: string;
  readonly 'client-certificate-data'?: string;
  readonly 'client-certificate'?: string;
  readonly 'client-key-data'?: string;
  readonly 'client-key'?: string;
  readonly username?: string;
  readonly password?: string;
  readonly as?: string;
  readonly 'auth-provider'?: KubeconfigAuthProvider;
  readonly exec?: KubeconfigExec;
  readonly [field: string]: unknown;
}

export interface KubeconfigContext {
  readonly cluster?: string;
  readonly user?: string;
  readonly namespace?: string;
  readonly [field: string]: unknown;
}

export interface NamedCluster {
  readonly name?: string;
  readonly cluster?: KubeconfigCluster;
}

export interface NamedUser {
  readonly name?: string;
  readonly user?: KubeconfigUser;
}

export interface NamedContext {
  readonly name?: string;
  readonly context?: KubeconfigContext;
}

export interface Kubeconfig {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly clusters: readonly NamedCluster[];
  readonly contexts: readonly NamedContext[];
  readonly users: readonly NamedUser[];
  readonly 'current-context'?: string;
  readonly preferences?: Readonly<Record<string, unknown>>;
  readonly [field: string]: unknown;
}

/** A kubeconfig that cannot be read or used; `problems` never quote secret values. */
export class KubeconfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'KubeconfigError';
    this.problems = problems;
  }
}
