/** What each cluster's credentials must be allowed to do for a run, checked by preflight with SelfSubjectAccessReview. */
export interface Permission {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly subresource?: string;
  readonly namespace?: string;
}

export interface PermissionPlan {
  readonly mode: 'install' | 'render';
  readonly istioNamespace: string;
  readonly injectionNamespaces: readonly string[];
  readonly installPrimary: boolean;
  readonly sidecarInjector: boolean;
  /** verify asks istiod through port-forwards on the primary, or on every cluster (multi-primary). */
  readonly verify?: 'primary' | 'every-cluster';
}

/** What verify needs where istiod runs: its pods listed and port-forwarded to. */
function verifyPermissions(namespace: string): Permission[] {
  return [
    { verb: 'list', group: '', resource: 'pods', namespace },
    { verb: 'create', group: '', resource: 'pods', subresource: 'portforward', namespace },
  ];
}

const WRITE = ['create', 'patch', 'get'] as const;

function each(
  verbs: readonly string[],
  group: string,
  resources: readonly string[],
  namespace?: string,
): Permission[] {
  return resources.flatMap((resource) =>
    verbs.map((verb): Permission =>
      namespace ? { verb, group, resource, namespace } : { verb, group, resource },
    ),
  );
}

function primaryPermissions(plan: PermissionPlan): Permission[] {
  const ns = plan.istioNamespace;
  const read = [...each(['list'], '', ['pods'], ns), ...each(['list'], 'apps', ['deployments'], ns)];
  if (plan.mode === 'render') return [...read, ...each(['get'], '', ['secrets'], ns)];
  const register = each(['get', 'create', 'delete'], '', ['secrets'], ns);
  const control = plan.installPrimary
    ? [
        ...each(['create'], '', ['namespaces']),
        ...each(WRITE, '', ['serviceaccounts', 'configmaps', 'services'], ns),
        ...each(WRITE, 'apps', ['deployments'], ns),
      ]
    : [];
  return [...read, ...register, ...control];
}

function remotePermissions(plan: PermissionPlan): Permission[] {
  const ns = plan.istioNamespace;
  if (plan.mode === 'render') {
    return [
      ...each(['get'], '', ['namespaces']),
      ...each(['get', 'list'], '', ['serviceaccounts', 'secrets'], ns),
    ];
  }
  return [
    ...each(['get', 'create', 'patch'], '', ['namespaces']),
    ...each(WRITE, '', ['serviceaccounts', 'configmaps', 'services', 'endpoints', 'secrets'], ns),
    ...each(WRITE, 'apps', ['deployments'], ns),
    ...each(WRITE, 'rbac.authorization.k8s.io', ['clusterroles', 'clusterrolebindings']),
    ...(plan.sidecarInjector
      ? each(WRITE, 'admissionregistration.k8s.io', ['mutatingwebhookconfigurations'])
      : []),
  ];
}

export function requiredPermissions(role: 'primary' | 'remote', plan: PermissionPlan): Permission[] {
  const verifyHere = plan.verify === 'every-cluster' || (plan.verify === 'primary' && role === 'primary');
  const verify = verifyHere ? verifyPermissions(plan.istioNamespace) : [];
  return [...(role === 'primary' ? primaryPermissions(plan) : remotePermissions(plan)), ...verify];
}
