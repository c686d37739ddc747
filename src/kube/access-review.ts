import * as k8s from '@kubernetes/client-node';

/** A verb on a resource of a group, in a namespace or (without one) cluster-wide. */
export interface ResourceAccess {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly namespace?: string;
}

/** Whether the credentials behind `api` may do `access`: one SelfSubjectAccessReview. */
export async function selfAccessAllowed(
  api: k8s.AuthorizationV1Api,
  access: ResourceAccess,
): Promise<boolean> {
  const { verb, group, resource, namespace } = access;
  const review = await api.createSelfSubjectAccessReview({
    body: {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { verb, group, resource, namespace } },
    },
  });
  return review.status?.allowed === true;
}
