/**
 * The injector and mesh configuration manual injection runs with: read from a cluster's ConfigMaps
 * and written to files for `istioctl kube-inject`, so istioctl itself needs no cluster access.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiMessage } from '../../kube/client.js';
import type { ManifestCluster } from '../../kube/manifest-cluster.js';
import {
  INJECTOR_CONFIGMAP,
  INJECTOR_CONFIG_KEY,
  INJECTOR_VALUES_KEY,
  MESH_CONFIGMAP,
  MESH_CONFIG_KEY,
  type InjectionConfig,
} from '../../istio/injection.js';
import type { KubeInjectFiles, KubeInjectFlags } from '../../tools/istioctl-cli.js';
import { StageError } from '../../util/errors.js';

const STAGE = 'inject';

async function readConfigMap(
  cluster: ManifestCluster,
  namespace: string,
  name: string,
): Promise<Record<string, string> | undefined> {
  try {
    return await cluster.readConfigMap(namespace, name);
  } catch (error: unknown) {
    throw new StageError({
      stage: STAGE,
      cluster: cluster.name,
      message: `cannot read ConfigMap ${namespace}/${name}: ${apiMessage(error)}`,
      cause: error,
    });
  }
}

export async function readInjectionConfig(
  cluster: ManifestCluster,
  namespace: string,
): Promise<InjectionConfig> {
  const injector = await readConfigMap(cluster, namespace, INJECTOR_CONFIGMAP);
  const mesh = await readConfigMap(cluster, namespace, MESH_CONFIGMAP);
  const missing = [
    injector?.[INJECTOR_CONFIG_KEY] ? '' : `${INJECTOR_CONFIGMAP} (key ${INJECTOR_CONFIG_KEY})`,
    mesh?.[MESH_CONFIG_KEY] ? '' : `${MESH_CONFIGMAP} (key ${MESH_CONFIG_KEY})`,
  ].filter(Boolean);
  if (missing.length > 0 || !injector || !mesh) {
    throw new StageError({
      stage: STAGE,
      cluster: cluster.name,
      message: `ConfigMap(s) ${missing.join(' and ')} missing in namespace ${namespace}`,
      fix: 'install istio-remote first (it renders both, also with sidecar-injector: false), or with current Istio read them from the primary (inject-config-from: primary).',
    });
  }
  const values = injector[INJECTOR_VALUES_KEY];
  return {
    config: injector[INJECTOR_CONFIG_KEY] ?? '',
    mesh: mesh[MESH_CONFIG_KEY] ?? '',
    ...(values ? { values } : {}),
  };
}

/**
 * Writes the config for istioctl. An istioctl with --valuesFile otherwise fetches values from a
 * cluster, so it always gets one (`{}` for Istio 1.0 configs, which have none); `--revision default`
 * likewise keeps it from looking up the default revision in a cluster (where it waits forever when
 * none answers).
 */
export function writeConfigFiles(
  dir: string,
  config: InjectionConfig,
  flags: KubeInjectFlags,
): KubeInjectFiles {
  mkdirSync(dir, { recursive: true });
  const files = {
    injectConfigFile: join(dir, 'inject-config.yaml'),
    meshConfigFile: join(dir, 'mesh-config.yaml'),
    ...(flags.revision ? { revision: 'default' } : {}),
  };
  writeFileSync(files.injectConfigFile, config.config);
  writeFileSync(files.meshConfigFile, config.mesh);
  if (!flags.valuesFile) return files;
  const valuesFile = join(dir, 'values.json');
  writeFileSync(valuesFile, config.values ?? '{}');
  return { ...files, valuesFile };
}
