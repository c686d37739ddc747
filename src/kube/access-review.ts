import * as k8s from '@kubernetes/client-node';

/** A verb on a resource of a group, in a namespace or (without one) cluster-wide. */
export interface ResourceAccess {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly subresource?: string;
  readonly namespace?: string;
}

/** Whether the credentials behind `api` may do `access`: one SelfSubjectAccessReview. */
export async function selfAccessAllowed(
  api: k8s.AuthorizationV1Api,
  access: ResourceAccess,
): Promise<boolean> {
  const { verb, group, resource, subresource, namespace } = access;
  const review = await api.createSelfSubjectAccessReview({
    body: {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { verb, group, resource, subresource, namespace } },
    },
  });
  return review.status?.allowed === true;
}

/** The resource rules the credentials behind `api` have in `namespace`: one SelfSubjectRulesReview. */
export interface SelfRules {
  readonly rules: readonly { verbs: string[]; apiGroups?: string[]; resources?: string[] }[];
  /** An authorizer could not list its rules (webhook, for example): the list is not the whole answer. */
  readonly incomplete: boolean;
}

export async function selfRules(api: k8s.AuthorizationV1Api, namespace: string): Promise<SelfRules> {
  const review = await api.createSelfSubjectRulesReview({
    body: {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectRulesReview',
      spec: { namespace },
    },
  });
  return {
    rules: review.status?.resourceRules ?? [],
    incomplete: review.status?.incomplete !== false,
  };
}
