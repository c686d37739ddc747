import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from '../../kube/client.js';
import { FIELD_MANAGER } from '../../kube/apply.js';
import {
  LABEL_FIELD_MANAGER,
  appliedFields,
  readNamespace,
  releaseNamespaceLabels,
} from '../../kube/namespaces.js';
import { INJECTION_LABEL } from '../../istio/labels.js';

/**
 * On a namespace that existed before install, gives up what the action applied to it (istio-current's
 * control-plane annotation and network label): an empty server-side apply by the same field manager removes exactly those fields.
 */
export async function releaseNamespaceFields(cluster: ClusterHandle, name: string): Promise<boolean> {
  const current = await readNamespace(cluster, name);
  const applied = [
    ...appliedFields(current, FIELD_MANAGER, ['f:metadata', 'f:annotations']),
    ...appliedFields(current, FIELD_MANAGER, ['f:metadata', 'f:labels']),
  ];
  if (applied.length === 0) return false;
  const api = k8s.KubernetesObjectApi.makeApiClient(cluster.config);
  await api.patch(
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
    undefined,
    undefined,
    FIELD_MANAGER,
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  return true;
}

/** Takes back the injection label only where the action applied it; a label someone else set too stays. */
export async function removeInjectionLabel(
  cluster: ClusterHandle,
  name: string,
): Promise<'unlabelled' | 'kept' | 'absent'> {
  const before = await readNamespace(cluster, name);
  if (!before?.metadata?.labels?.[INJECTION_LABEL]) return 'absent';
  const owned = appliedFields(before, LABEL_FIELD_MANAGER, ['f:metadata', 'f:labels']);
  if (!owned.includes(`f:${INJECTION_LABEL}`)) return 'kept';
  await releaseNamespaceLabels(cluster, name);
  const after = await readNamespace(cluster, name);
  return after?.metadata?.labels?.[INJECTION_LABEL] ? 'kept' : 'unlabelled';
}
