import { describe, expect, it } from 'vitest';
import {
  checksToAsk,
  describeExcess,
  excessChecks,
  excessNamespaces,
  excessNamespacesOf,
  grantedClusterWide,
  ruleMayGrant,
  type GrantedRule,
  type NamespaceRules,
} from '../../../src/istio/reader-excess.js';
import { describeAccess, readerRights, type Access } from '../../../src/istio/reader-rights.js';
import { ReaderRightsError, rightsFix } from '../../../src/stages/remote-kubeconfig/reader-check.js';

const PROBE = 'imc-probe-0a1b2c3d';
const NAMESPACES = excessNamespaces('istio-system', PROBE);
const forbidden = readerRights('istio-current').forbidden;
const find = (described: string): Access => {
  const found = forbidden.find((a) => describeAccess(a) === described);
  if (!found) throw new Error(`no forbidden access "${described}"`);
  return found;
};
/** The real istio-reader-clusterrole's core rule: reads, Secrets included. */
const READER_RULE: GrantedRule = {
  verbs: ['get', 'list', 'watch'],
  apiGroups: [''],
  resources: [
    'endpoints',
    'pods',
    'services',
    'nodes',
    'replicationcontrollers',
    'namespaces',
    'secrets',
    'configmaps',
  ],
};
const complete = (extra: Record<string, GrantedRule[]> = {}): NamespaceRules[] =>
  NAMESPACES.map((namespace) => ({
    namespace,
    rules: [READER_RULE, ...(extra[namespace] ?? [])],
    incomplete: false,
  }));

describe('readerRights - the excess table', () => {
  it('every profile forbids the takeover rights, and the current reader may still read Secrets', () => {
    const takeover = [
      'everything (cluster-admin)',
      'create secrets',
      'update secrets',
      'patch secrets',
      'delete secrets',
      'create rolebindings.rbac.authorization.k8s.io',
      'create clusterrolebindings.rbac.authorization.k8s.io',
      'bind roles.rbac.authorization.k8s.io',
      'escalate roles.rbac.authorization.k8s.io',
      'bind clusterroles.rbac.authorization.k8s.io',
      'escalate clusterroles.rbac.authorization.k8s.io',
      'impersonate users',
      'impersonate groups',
      'impersonate serviceaccounts',
      'create serviceaccounts/token',
      'create pods/exec',
      'create pods/attach',
      'get nodes/proxy',
      'create nodes/proxy',
    ];
    for (const rights of [
      readerRights('istio-current'),
      readerRights('istio-current', true),
      readerRights('istio-1.0'),
    ])
      expect(rights.forbidden.map(describeAccess)).toEqual(expect.arrayContaining(takeover));
    expect(forbidden.map(describeAccess)).not.toContain('list secrets');
    expect(readerRights('istio-1.0').forbidden.map(describeAccess)).toContain('list secrets');
  });

  it('cluster-scoped accesses are the RBAC cluster kinds, user and group impersonation and the node proxy', () => {
    expect(forbidden.filter((a) => a.clusterScoped).map(describeAccess)).toEqual([
      'create clusterrolebindings.rbac.authorization.k8s.io',
      'bind clusterroles.rbac.authorization.k8s.io',
      'escalate clusterroles.rbac.authorization.k8s.io',
      'impersonate users',
      'impersonate groups',
      'get nodes/proxy',
      'create nodes/proxy',
    ]);
  });
});

describe('excessNamespaces() and excessChecks()', () => {
  it('kube-system, the Istio namespace, default and the probe, each once', () => {
    expect(NAMESPACES).toEqual(['kube-system', 'istio-system', 'default', PROBE]);
    expect(excessNamespaces('default', PROBE)).toEqual(['kube-system', 'default', PROBE]);
  });

  it('each namespaced access in every namespace, each cluster-scoped one once without a namespace', () => {
    const checks = excessChecks(forbidden, NAMESPACES);
    const clusterScoped = forbidden.filter((a) => a.clusterScoped).length;
    expect(checks).toHaveLength((forbidden.length - clusterScoped) * 4 + clusterScoped);
    expect(checks.filter((c) => c.namespace === undefined).every((c) => c.access.clusterScoped)).toBe(true);
    expect(
      checks.filter((c) => describeAccess(c.access) === 'create secrets').map((c) => c.namespace),
    ).toEqual(NAMESPACES);
  });
});

describe('ruleMayGrant() - RBAC matching', () => {
  it('matches verbs, groups and resources exactly or by *', () => {
    expect(
      ruleMayGrant({ verbs: ['create'], apiGroups: [''], resources: ['secrets'] }, find('create secrets')),
    ).toBe(true);
    expect(
      ruleMayGrant({ verbs: ['*'], apiGroups: ['*'], resources: ['secrets'] }, find('delete secrets')),
    ).toBe(true);
    expect(
      ruleMayGrant(
        { verbs: ['create'], apiGroups: ['apps'], resources: ['secrets'] },
        find('create secrets'),
      ),
    ).toBe(false);
    expect(ruleMayGrant(READER_RULE, find('create secrets'))).toBe(false);
  });

  it('a subresource is granted by its full name or */subresource, never by the parent resource', () => {
    expect(ruleMayGrant(READER_RULE, find('get nodes/proxy'))).toBe(false);
    expect(
      ruleMayGrant({ verbs: ['create'], apiGroups: [''], resources: ['pods'] }, find('create pods/exec')),
    ).toBe(false);
    expect(
      ruleMayGrant(
        { verbs: ['create'], apiGroups: [''], resources: ['pods/exec'] },
        find('create pods/exec'),
      ),
    ).toBe(true);
    expect(
      ruleMayGrant({ verbs: ['create'], apiGroups: [''], resources: ['*/exec'] }, find('create pods/exec')),
    ).toBe(true);
    expect(
      ruleMayGrant({ verbs: ['create'], apiGroups: [''], resources: ['*/attach'] }, find('create pods/exec')),
    ).toBe(false);
  });

  it('cluster-admin only by * verbs on * resources of * groups', () => {
    const admin = find('everything (cluster-admin)');
    expect(ruleMayGrant({ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, admin)).toBe(true);
    expect(ruleMayGrant({ verbs: ['*'], apiGroups: [''], resources: ['*'] }, admin)).toBe(false);
    expect(ruleMayGrant({ verbs: ['get'], apiGroups: ['*'], resources: ['*'] }, admin)).toBe(false);
  });

  it('a rule read back without fields grants nothing', () => {
    expect(ruleMayGrant({ verbs: [] }, find('create secrets'))).toBe(false);
  });
});

describe('checksToAsk()', () => {
  const checks = excessChecks(forbidden, NAMESPACES);
  const described = (asked: ReturnType<typeof checksToAsk>) =>
    asked.map((c) => `${describeAccess(c.access)} @ ${c.namespace ?? 'cluster'}`);

  it('the real reader alone: nothing to ask', () => {
    expect(checksToAsk(checks, complete())).toEqual([]);
  });

  it('a Role in kube-system that creates Secrets: only that namespace is asked about it', () => {
    const asked = checksToAsk(
      checks,
      complete({ 'kube-system': [{ verbs: ['create'], apiGroups: [''], resources: ['secrets'] }] }),
    );
    expect(described(asked)).toEqual(['create secrets @ kube-system']);
  });

  it("a cluster-scoped access is asked when any namespace's rules may grant it", () => {
    const impersonate: GrantedRule = {
      verbs: ['impersonate'],
      apiGroups: [''],
      resources: ['users', 'groups', 'serviceaccounts'],
    };
    const asked = checksToAsk(checks, complete({ [PROBE]: [impersonate] }));
    expect(described(asked)).toEqual([
      `impersonate users @ cluster`,
      `impersonate groups @ cluster`,
      `impersonate serviceaccounts @ ${PROBE}`,
    ]);
  });

  it('one incomplete rules review: every check is asked', () => {
    const reviews = complete().map((r, i) => (i === 0 ? { ...r, incomplete: true } : r));
    expect(checksToAsk(checks, reviews)).toEqual(checks);
  });
});

describe('grantedClusterWide() - required rights the probe namespace shows granted', () => {
  const required = readerRights('istio-current').required;
  const probeOf = (rules: GrantedRule[], incomplete = false): NamespaceRules => ({
    namespace: PROBE,
    rules,
    incomplete,
  });
  const described = (accesses: readonly Access[]) => accesses.map(describeAccess);

  it('the reads of the reader rule are shown; the writes and reviews it lacks are left to access reviews', () => {
    const shown = grantedClusterWide(required, probeOf([READER_RULE]));
    expect(described(shown)).toEqual(
      expect.arrayContaining(['list pods', 'watch pods', 'list secrets', 'watch configmaps']),
    );
    expect(described(shown)).not.toContain('create configmaps');
    expect(described(shown)).not.toContain('create tokenreviews.authentication.k8s.io');
    expect(shown.length).toBeLessThan(required.length);
  });

  it('cluster-admin shows every required right', () => {
    const admin: GrantedRule = { verbs: ['*'], apiGroups: ['*'], resources: ['*'] };
    expect(grantedClusterWide(required, probeOf([admin]))).toEqual(required);
  });

  it('a rule limited to named objects shows nothing: it grants no list, watch or create', () => {
    expect(grantedClusterWide(required, probeOf([{ ...READER_RULE, resourceNames: ['one'] }]))).toEqual([]);
  });

  it('an incomplete review, or none, shows nothing: another authorizer may deny', () => {
    expect(grantedClusterWide(required, probeOf([READER_RULE], true))).toEqual([]);
    expect(grantedClusterWide(required, undefined)).toEqual([]);
  });
});

describe('describeExcess() and the fix', () => {
  const secrets = find('create secrets');
  const users = find('impersonate users');
  const token = find('create serviceaccounts/token');

  it('names each right once with where it is granted', () => {
    const found = [
      { access: secrets, namespace: 'kube-system' },
      { access: secrets, namespace: 'default' },
      { access: users },
      ...NAMESPACES.map((namespace) => ({ access: token, namespace })),
    ];
    expect(describeExcess(found, PROBE)).toEqual([
      'create secrets in namespaces kube-system, default',
      'impersonate users cluster-wide',
      `create serviceaccounts/token in every namespace (granted even in ${PROBE}, which does not exist)`,
    ]);
    expect(excessNamespacesOf(found)).toEqual(['kube-system', 'default', 'istio-system', PROBE]);
  });

  it('what cluster-admin grants at the same place is not repeated', () => {
    const admin = find('everything (cluster-admin)');
    expect(describeExcess(excessChecks(forbidden, NAMESPACES), PROBE)).toEqual([
      `everything (cluster-admin) in every namespace (granted even in ${PROBE}, which does not exist)`,
    ]);
    const inKubeSystem = [
      { access: admin, namespace: 'kube-system' },
      { access: secrets, namespace: 'kube-system' },
      { access: secrets, namespace: 'default' },
      { access: users },
    ];
    expect(describeExcess(inKubeSystem, PROBE)).toEqual([
      'everything (cluster-admin) in namespace kube-system',
      'create secrets in namespace default',
      'impersonate users cluster-wide',
    ]);
  });

  it('the fix names the account and the kubectl that lists its rights in each namespace', () => {
    const error = new ReaderRightsError(
      'exceeds',
      ['create secrets in namespace kube-system'],
      ['kube-system'],
    );
    expect(error.message).toBe(
      'the generated kubeconfig has more rights than a reader needs: create secrets in namespace kube-system',
    );
    const fix = rightsFix(error, 'istio-reader-service-account', 'istio-system');
    expect(fix).toContain('grant istio-system/istio-reader-service-account these rights');
    expect(fix).toContain(
      'kubectl auth can-i --list --as=system:serviceaccount:istio-system:istio-reader-service-account -n kube-system',
    );
    expect(fix).toContain(
      'kubectl get rolebindings,clusterrolebindings -A -o wide | grep istio-reader-service-account',
    );
    const clusterOnly = rightsFix(
      new ReaderRightsError('exceeds', ['impersonate users cluster-wide']),
      'istio-multi',
      'istio-system',
    );
    expect(clusterOnly).toContain('--as=system:serviceaccount:istio-system:istio-multi -n istio-system');
  });
});
