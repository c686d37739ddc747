// Manual sidecar injection (the seed's kube-inject example) against the testbed, with a real istioctl
// built from the Go module proxy by test/testbed/build-istioctl.sh (a current Istio, 1.31 dev).
// - Istio 1.0's injector config (`template`, [[ ]]) from the istio-remote stand-in: current istioctl
//   exits 0 but injects nothing; the stage must refuse that with the fix.
// - The istio-current istiod's injector config (`templates` + `values`) read from the primary (as for
//   current remotes, istio/istio#24438): the Deployment gains istio-init and istio-proxy and applies
//   on the remote.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import yaml from 'js-yaml';
import { openCluster, type ClusterHandle } from '../../../src/kube/client.js';
import { applyObjects, resolveObjects } from '../../../src/kube/apply.js';
import { manifestClusterOf } from '../../../src/kube/manifest-cluster.js';
import { istioctlAt } from '../../../src/tools/istioctl-cli.js';
import { parseManifest, type ManifestObject } from '../../../src/util/manifest.js';
import { injectManifests, type InjectInput } from '../../../src/stages/inject/inject.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';
import { binaries, clusterByName, kubeConfigFor } from '../support/testbed.js';
import { ensureIstioctl } from '../../support/istioctl.js';
import { realCharts } from '../../testbed/istio-module.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const REMOTE = 'remote-1';
const OTHER_REMOTE = 'remote-2';

function render(chart: string, namespace: string, set: Record<string, string>): ManifestObject[] {
  const args = [
    'template',
    'x',
    resolve(repoRoot, 'test/fixtures/charts', chart),
    '-n',
    namespace,
    '--no-hooks',
  ];
  for (const [key, value] of Object.entries(set)) args.push('--set', `${key}=${value}`);
  return parseManifest(execFileSync(binaries.helm, args, { encoding: 'utf8' }));
}

/** Only the two ConfigMaps kube-inject reads, applied into the namespace. */
async function applyInjectionConfigMaps(
  cluster: ClusterHandle,
  objects: readonly ManifestObject[],
  namespace: string,
): Promise<void> {
  const maps = objects.filter(
    (o) => o.kind === 'ConfigMap' && ['istio', 'istio-sidecar-injector'].includes(o.metadata.name),
  );
  expect(maps).toHaveLength(2);
  await applyObjects(cluster, await resolveObjects(cluster, maps, namespace));
}

interface PodSpec {
  containers: { name: string; image?: string }[];
  initContainers?: { name: string }[];
}

function deploymentPodSpec(object: ManifestObject | k8s.V1Deployment): PodSpec {
  return (object as { spec: { template: { spec: PodSpec } } }).spec.template.spec;
}

describe('kube-inject for remotes on the testbed', () => {
  const suffix = randomBytes(3).toString('hex');
  const istioNs = `inject-istio-${suffix}`;
  const appNs = `inject-app-${suffix}`;
  const work = mkdtempSync(join(tmpdir(), 'inject-stage-'));
  let primary: ClusterHandle;
  let remote: ClusterHandle;
  let istioctl: string;
  let manifest: string;
  const core = (cluster: string): k8s.CoreV1Api => kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);

  const input = (extra: Partial<InjectInput>): InjectInput => ({
    istioctl: istioctlAt(istioctl),
    manifests: [manifest],
    primary: manifestClusterOf(primary),
    remotes: [manifestClusterOf(remote)],
    configSource: 'primary',
    namespace: istioNs,
    outputDir: join(work, `out-${randomBytes(2).toString('hex')}`),
    apply: false,
    dryRun: false,
    parallelism: 2,
    ...extra,
  });

  beforeAll(async () => {
    istioctl = ensureIstioctl();
    primary = openCluster('primary', clusterByName('primary').kubeconfigPath);
    remote = openCluster(REMOTE, clusterByName(REMOTE).kubeconfigPath);
    for (const [cluster, names] of [
      ['primary', [istioNs]],
      [REMOTE, [istioNs, appNs]],
    ] as const) {
      for (const name of names)
        await core(cluster).createNamespace({
          body: { metadata: { name, labels: { 'istio-multicluster-testbed/test': 'true' } } },
        });
    }
    manifest = join(work, 'web.yaml');
    writeFileSync(
      manifest,
      yaml.dump({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: appNs },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }] },
          },
        },
      }),
    );
  });

  afterAll(async () => {
    await deleteNamespaceAndWait(kubeConfigFor('primary'), istioNs);
    for (const name of [istioNs, appNs]) await deleteNamespaceAndWait(kubeConfigFor(REMOTE), name);
    rmSync(work, { recursive: true, force: true });
  });

  it('injectManifests() - current istioctl with the current injector config from the primary: sidecar added, applied on the remote', async () => {
    const istiod = render(realCharts.istiod, istioNs, {
      'global.omitSidecarInjectorConfigMap': 'false',
      'global.hub': 'docker.io/istio',
      'global.tag': '1.30.1',
    });
    await applyInjectionConfigMaps(primary, istiod, istioNs);
    const result = await injectManifests(input({ apply: true }));
    const [only] = result.remotes;
    expect(only?.configFrom).toBe('primary');
    expect(only?.format).toBe('templates');
    expect(only?.manifests[0]?.injected).toEqual([
      'Deployment inject-app-' + suffix + '/web: +istio-init, +istio-proxy',
    ]);
    expect(result.outputPaths).toHaveLength(1);

    const injected = parseManifest(readFileSync(result.outputPaths[0] ?? '', 'utf8')).find(
      (o) => o.kind === 'Deployment',
    );
    const spec = injected ? deploymentPodSpec(injected) : undefined;
    expect(spec?.initContainers?.map((c) => c.name)).toEqual(['istio-init']);
    expect(spec?.containers.map((c) => c.name)).toEqual(['web', 'istio-proxy']);
    // The proxy image comes from the real chart's injector config, rendered with these values.
    expect(spec?.containers[1]?.image).toBe('docker.io/istio/proxyv2:1.30.1');

    expect(only?.applied).toEqual([{ object: `Deployment ${appNs}/web`, outcome: 'created' }]);
    const live = await kubeConfigFor(REMOTE)
      .makeApiClient(k8s.AppsV1Api)
      .readNamespacedDeployment({ name: 'web', namespace: appNs });
    expect(deploymentPodSpec(live).containers.map((c) => c.name)).toEqual(['web', 'istio-proxy']);

    const again = await injectManifests(input({ apply: true }));
    expect(again.remotes[0]?.applied).toEqual([{ object: `Deployment ${appNs}/web`, outcome: 'unchanged' }]);
    expect(again.failures).toEqual([]);
  });

  it('injectManifests() - a remote that fails (its app namespace is missing) is returned as a failure; the other is injected and applied', async () => {
    const other = openCluster(OTHER_REMOTE, clusterByName(OTHER_REMOTE).kubeconfigPath);
    const result = await injectManifests(
      input({ apply: true, remotes: [other, remote].map(manifestClusterOf) }),
    );
    expect(result.remotes.map((r) => r.remote)).toEqual([REMOTE]);
    expect(result.remotes[0]?.applied).toEqual([{ object: `Deployment ${appNs}/web`, outcome: 'unchanged' }]);
    expect(result.outputPaths).toHaveLength(1);
    expect(result.failures).toHaveLength(1);
    const [failure] = result.failures;
    expect(failure?.remote).toBe(OTHER_REMOTE);
    expect(failure?.stage).toBe('inject');
    expect(failure?.message).toMatch(
      new RegExp(
        `\\[inject\\] cluster "${OTHER_REMOTE}": .*namespaces? "${appNs}" not found.*Fix: check that the injected objects suit this cluster`,
      ),
    );
    const apps = kubeConfigFor(OTHER_REMOTE).makeApiClient(k8s.AppsV1Api);
    const deployments = await apps.listDeploymentForAllNamespaces({ fieldSelector: 'metadata.name=web' });
    expect(deployments.items).toEqual([]);
  });

  it("injectManifests() - Istio 1.0's injector config on the remote: current istioctl injects nothing, which is refused with the fix", async () => {
    const remoteChart = render('istio-remote', istioNs, {
      'global.remotePilotAddress': '10.10.0.5',
      'sidecarInjectorWebhook.enabled': 'false',
    });
    await applyInjectionConfigMaps(remote, remoteChart, istioNs);
    const result = await injectManifests(input({ configSource: 'remote' }));
    expect(result.remotes).toEqual([]);
    expect(result.failures.map((f) => f.remote)).toEqual([REMOTE]);
    expect(result.failures[0]?.message).toMatch(
      /added no sidecar to Deployment .*\/web: the injector config is Istio 1\.0's single `template`.*istioctl-version/,
    );
  });

  it('injectManifests() - missing ConfigMaps are named with the fix', async () => {
    const result = await injectManifests(input({ namespace: appNs, configSource: 'remote' }));
    expect(result.remotes).toEqual([]);
    expect(result.failures[0]?.message).toMatch(
      /ConfigMap\(s\) istio-sidecar-injector \(key config\) and istio \(key mesh\) missing in namespace inject-app-.*Fix: install istio-remote first/,
    );
  });
});
