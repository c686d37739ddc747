import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from './client.js';
import type { ManifestObject } from '../util/manifest.js';

interface CrdSpec {
  readonly group?: string;
  readonly names?: { readonly kind?: string };
  readonly versions?: readonly { readonly name?: string; readonly served?: boolean }[];
}

/**
 * Whether any resource of the CRD's kind exists anywhere on the cluster. A CRD that still has
 * resources is someone's configuration: deleting it would delete them too.
 */
export async function hasCustomResources(cluster: ClusterHandle, crd: ManifestObject): Promise<boolean> {
  const spec = (crd as { spec?: CrdSpec }).spec;
  const version = spec?.versions?.find((v) => v.served !== false)?.name;
  const kind = spec?.names?.kind;
  if (!spec?.group || !version || !kind) return true;
  const api = k8s.KubernetesObjectApi.makeApiClient(cluster.config);
  const page = await api.list(
    `${spec.group}/${version}`,
    kind,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    1,
  );
  return page.items.length > 0;
}
