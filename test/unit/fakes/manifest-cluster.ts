// An in-memory ManifestCluster (src/kube/manifest-cluster.ts) and an istioctl for inject stage tests.
// The cluster holds ConfigMaps and the objects applied to it (a namespace it lacks refuses the apply,
// as the API server does); the istioctl injects as current istioctl does: with a current injector
// config (`templates`) every workload gains istio-init and istio-proxy, with Istio 1.0's single
// `template` nothing is injected and the manifest comes back as it was (exit 0).
import { readFileSync, writeFileSync } from 'node:fs';
import * as k8s from '@kubernetes/client-node';
import yaml from 'js-yaml';
import type { AppliedObject } from '../../../src/kube/apply.js';
import type { ManifestCluster } from '../../../src/kube/manifest-cluster.js';
import type { Istioctl, KubeInjectFlags } from '../../../src/tools/istioctl-cli.js';
import { describeObject, parseManifest, type ManifestObject } from '../../../src/util/manifest.js';

export class FakeManifestCluster implements ManifestCluster {
  readonly configMaps = new Map<string, Record<string, string>>();
  readonly namespaces = new Set(['default']);
  readonly applied: ManifestObject[] = [];
  readonly kubeconfigPath: string;
  readonly name: string;

  constructor(name: string) {
    this.name = name;
    this.kubeconfigPath = `/runner/${name}.kubeconfig`;
  }

  readConfigMap(namespace: string, name: string): Promise<Record<string, string> | undefined> {
    return Promise.resolve(this.configMaps.get(`${namespace}/${name}`));
  }

  apply(objects: readonly ManifestObject[], namespace: string): Promise<AppliedObject[]> {
    for (const object of objects) {
      const at = object.metadata.namespace ?? namespace;
      if (!this.namespaces.has(at)) {
        const message = `namespaces "${at}" not found`;
        return Promise.reject(new k8s.ApiException(404, message, JSON.stringify({ message }), {}));
      }
    }
    this.applied.push(...objects);
    return Promise.resolve(objects.map((o) => ({ object: describeObject(o), outcome: 'created' as const })));
  }
}

/** The injector and mesh ConfigMaps as current istiod renders them (`templates`) or Istio 1.0 did (`template`). */
export function injectionConfigMaps(
  cluster: FakeManifestCluster,
  namespace: string,
  format: 'templates' | 'template',
): void {
  const config =
    format === 'templates'
      ? 'policy: enabled\ntemplates:\n  sidecar: |\n    containers: [{ name: istio-proxy }]\n'
      : 'policy: enabled\ntemplate: |-\n  containers: [{ name: istio-proxy, image: "[[ .Values ]]" }]\n';
  cluster.configMaps.set(`${namespace}/istio-sidecar-injector`, {
    config,
    ...(format === 'templates' ? { values: '{"global":{}}' } : {}),
  });
  cluster.configMaps.set(`${namespace}/istio`, { mesh: 'defaultConfig: {}\n' });
}

export interface FakeIstioctl extends Istioctl {
  /** The kubeconfig each kube-inject call was given, in order. */
  readonly kubeconfigs: string[];
}

export function fakeIstioctl(flags: Partial<KubeInjectFlags> = {}): FakeIstioctl {
  const kubeconfigs: string[] = [];
  return {
    path: '/opt/istioctl',
    kubeconfigs,
    kubeInjectFlags: () =>
      Promise.resolve({
        injectConfigFile: true,
        meshConfigFile: true,
        valuesFile: true,
        revision: true,
        ...flags,
      }),
    kubeInject(request) {
      kubeconfigs.push(request.kubeconfig);
      const current = readFileSync(request.injectConfigFile, 'utf8').includes('templates:');
      const objects = parseManifest(readFileSync(request.manifest, 'utf8')).map((object) => {
        const spec = (
          object as { spec?: { template?: { spec?: { containers?: object[]; initContainers?: object[] } } } }
        ).spec?.template?.spec;
        if (current && spec) {
          spec.initContainers = [...(spec.initContainers ?? []), { name: 'istio-init' }];
          spec.containers = [...(spec.containers ?? []), { name: 'istio-proxy' }];
        }
        return object;
      });
      writeFileSync(request.output, objects.map((o) => yaml.dump(o)).join('---\n'));
      return Promise.resolve();
    },
  };
}
