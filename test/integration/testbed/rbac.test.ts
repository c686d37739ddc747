import {
  ApiException,
  CoreV1Api,
  KubeConfig,
  RbacAuthorizationV1Api,
  type V1Secret,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNotFound } from '../../testbed/cluster-api.js';
import { waitFor } from '../../testbed/wait.js';
import { clusterByName, kubeConfigFor, makeTestNamespace, type TestNamespace } from '../support/testbed.js';

const ACCOUNT = 'istio-reader';
const admin = kubeConfigFor('primary');
const core = admin.makeApiClient(CoreV1Api);
const rbac = admin.makeApiClient(RbacAuthorizationV1Api);

function kubeConfigWithToken(server: string, caData: string, token: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'primary', server, caData }],
    users: [{ name: ACCOUNT, token }],
    contexts: [{ name: 'reader', cluster: 'primary', user: ACCOUNT }],
    currentContext: 'reader',
  });
  return kc;
}

async function httpStatusOf(request: Promise<unknown>): Promise<number> {
  try {
    await request;
    return 200;
  } catch (error: unknown) {
    if (error instanceof ApiException) return error.code;
    throw error;
  }
}

async function ignoreNotFound(request: Promise<unknown>): Promise<void> {
  try {
    await request;
  } catch (error: unknown) {
    if (!isNotFound(error)) throw error;
  }
}

describe('testbed RBAC and token controller', () => {
  let namespace: TestNamespace;
  let clusterScopedName: string;
  let secret: V1Secret;

  beforeAll(async () => {
    namespace = await makeTestNamespace('primary', 'rbac');
    clusterScopedName = `testbed-${namespace.name}`;
    await core.createNamespacedServiceAccount({
      namespace: namespace.name,
      body: { metadata: { name: ACCOUNT } },
    });
    await rbac.createClusterRole({
      body: {
        metadata: { name: clusterScopedName },
        rules: [
          {
            apiGroups: [''],
            resources: ['nodes', 'pods', 'services', 'endpoints'],
            verbs: ['get', 'watch', 'list'],
          },
        ],
      },
    });
    await rbac.createClusterRoleBinding({
      body: {
        metadata: { name: clusterScopedName },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterScopedName },
        subjects: [{ kind: 'ServiceAccount', name: ACCOUNT, namespace: namespace.name }],
      },
    });
    await core.createNamespacedSecret({
      namespace: namespace.name,
      body: {
        metadata: {
          name: `${ACCOUNT}-token`,
          annotations: { 'kubernetes.io/service-account.name': ACCOUNT },
        },
        type: 'kubernetes.io/service-account-token',
      },
    });
    secret = await waitFor(
      'the token controller to fill the service-account-token secret',
      async () => {
        const current = await core.readNamespacedSecret({
          name: `${ACCOUNT}-token`,
          namespace: namespace.name,
        });
        return current.data?.token && current.data['ca.crt'] ? current : undefined;
      },
      { timeoutMs: 60_000 },
    );
  });

  afterAll(async () => {
    if (clusterScopedName) {
      await ignoreNotFound(rbac.deleteClusterRoleBinding({ name: clusterScopedName }));
      await ignoreNotFound(rbac.deleteClusterRole({ name: clusterScopedName }));
    }
    await namespace?.cleanup();
  });

  it('token controller - fills token and ca.crt of a service-account-token secret', () => {
    const token = Buffer.from(secret.data?.token ?? '', 'base64').toString();
    const ca = Buffer.from(secret.data?.['ca.crt'] ?? '', 'base64').toString();
    expect(token.split('.')).toHaveLength(3); // a signed JWT
    expect(ca).toContain('-----BEGIN CERTIFICATE-----');
  });

  it('RBAC - the istio-reader rule allows listing pods and forbids reading secrets (403)', async () => {
    const token = Buffer.from(secret.data?.token ?? '', 'base64').toString();
    const reader = kubeConfigWithToken(
      clusterByName('primary').apiServer,
      secret.data?.['ca.crt'] ?? '',
      token,
    );
    const readerCore = reader.makeApiClient(CoreV1Api);

    const pods = await readerCore.listNamespacedPod({ namespace: namespace.name });
    expect(pods.items).toEqual([]);
    expect(await httpStatusOf(readerCore.listNode())).toBe(200);
    expect(await httpStatusOf(readerCore.listNamespacedSecret({ namespace: namespace.name }))).toBe(403);
    expect(
      await httpStatusOf(readerCore.deleteNamespacedPod({ name: 'none', namespace: namespace.name })),
    ).toBe(403);
  });
});
