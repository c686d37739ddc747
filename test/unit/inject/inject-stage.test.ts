// The inject stage through its port (src/kube/manifest-cluster.ts) with in-memory clusters and an
// istioctl that injects as current istioctl does: the seed's manual injection (`istioctl kube-inject`
// with the injector and mesh config read from a cluster and handed over as files), checked, then
// optionally applied; one failing remote never stops the others.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { injectManifests, type InjectInput } from '../../../src/stages/inject/inject.js';
import { parseManifest } from '../../../src/util/manifest.js';
import { FakeManifestCluster, fakeIstioctl, injectionConfigMaps } from '../fakes/manifest-cluster.js';

const NS = 'istio-system';
const directories: string[] = [];
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: { name: cart, namespace: shop }',
  'spec:',
  '  selector: { matchLabels: { app: cart } }',
  '  template:',
  '    metadata: { labels: { app: cart } }',
  '    spec: { containers: [{ name: cart, image: cart:1 }] }',
  '',
].join('\n');

function setUp(overrides: Partial<InjectInput> = {}) {
  const work = mkdtempSync(join(tmpdir(), 'inject-stage-'));
  directories.push(work);
  const manifest = join(work, 'cart.yaml');
  writeFileSync(manifest, DEPLOYMENT);
  const primary = new FakeManifestCluster('primary');
  const east = new FakeManifestCluster('east');
  const west = new FakeManifestCluster('west');
  for (const remote of [east, west]) remote.namespaces.add('shop');
  injectionConfigMaps(primary, NS, 'templates');
  const istioctl = fakeIstioctl();
  const input: InjectInput = {
    istioctl,
    manifests: [manifest],
    primary,
    remotes: [east, west],
    configSource: 'primary',
    namespace: NS,
    outputDir: join(work, 'out'),
    apply: false,
    dryRun: false,
    parallelism: 2,
    ...overrides,
  };
  return { input, primary, east, west, istioctl };
}

const containersOf = (path: string): string[] =>
  parseManifest(readFileSync(path, 'utf8')).flatMap(
    (o) =>
      (
        o as { spec?: { template?: { spec?: { containers?: { name: string }[] } } } }
      ).spec?.template?.spec?.containers?.map((c) => c.name) ?? [],
  );

describe('inject stage (in-memory clusters and istioctl)', () => {
  it("current Istio: the primary's injector config is used for every remote; each injected manifest gains istio-proxy; nothing is applied unless asked", async () => {
    const { input, east, west, istioctl } = setUp();
    const result = await injectManifests(input);
    expect(result.failures).toEqual([]);
    expect(result.remotes.map((r) => [r.remote, r.configFrom, r.format])).toEqual([
      ['east', 'primary', 'templates'],
      ['west', 'primary', 'templates'],
    ]);
    expect(result.remotes[0]?.manifests[0]?.injected).toEqual([
      'Deployment shop/cart: +istio-init, +istio-proxy',
    ]);
    for (const path of result.outputPaths) expect(containersOf(path)).toEqual(['cart', 'istio-proxy']);
    expect(istioctl.kubeconfigs).toEqual(['/runner/primary.kubeconfig', '/runner/primary.kubeconfig']);
    expect([...east.applied, ...west.applied]).toEqual([]);
  });

  it('apply: true applies the injected objects to each remote; render (dry run) injects and applies nothing', async () => {
    const applying = setUp({ apply: true });
    const result = await injectManifests(applying.input);
    expect(result.remotes.map((r) => r.applied)).toEqual([
      [{ object: 'Deployment shop/cart', outcome: 'created' }],
      [{ object: 'Deployment shop/cart', outcome: 'created' }],
    ]);
    expect(containersOf(result.outputPaths[0] ?? '')).toContain('istio-proxy');

    const rendering = setUp({ apply: true, dryRun: true });
    await injectManifests(rendering.input);
    expect([...rendering.east.applied, ...rendering.west.applied]).toEqual([]);
  });

  it("Istio 1.0's injector config read on the remote: current istioctl injects nothing, and the remote fails with the fix (an istioctl of 1.0)", async () => {
    const { input, east, west } = setUp({ configSource: 'remote' });
    injectionConfigMaps(east, NS, 'template');
    injectionConfigMaps(west, NS, 'templates');
    const result = await injectManifests(input);
    expect(result.remotes.map((r) => r.remote)).toEqual(['west']);
    expect(result.failures.map((f) => f.remote)).toEqual(['east']);
    expect(result.failures[0]?.message).toMatch(
      /\[inject\] cluster "east": istioctl kube-inject added no sidecar to Deployment shop\/cart: the injector config is Istio 1\.0's single `template`.*istioctl-version, e\.g\. 1\.0\.6/,
    );
  });

  it('a remote without the ConfigMaps fails with the fix; a remote whose namespace is missing fails its apply; the others are done', async () => {
    const { input, east, west } = setUp({ configSource: 'remote', apply: true });
    injectionConfigMaps(west, NS, 'templates');
    const missingConfig = await injectManifests(input);
    expect(missingConfig.failures[0]?.message).toMatch(
      /cluster "east": ConfigMap\(s\) istio-sidecar-injector \(key config\) and istio \(key mesh\) missing in namespace istio-system\. Fix: install istio-remote first/,
    );
    expect(west.applied).toHaveLength(1);

    injectionConfigMaps(east, NS, 'templates');
    east.namespaces.delete('shop');
    const missingNamespace = await injectManifests(input);
    expect(missingNamespace.failures.map((f) => [f.remote, f.message])).toEqual([
      [
        'east',
        expect.stringMatching(
          /namespaces "shop" not found \(HTTP 404\)\. Fix: check that the injected objects suit this cluster/,
        ),
      ],
    ]);
    expect(missingNamespace.remotes.map((r) => r.remote)).toEqual(['west']);
  });

  it('an istioctl without --injectConfigFile is refused before any remote is worked on, naming the binary and the fix', async () => {
    const { input } = setUp({ istioctl: fakeIstioctl({ injectConfigFile: false }) });
    await expect(injectManifests(input)).rejects.toThrow(
      '[inject] /opt/istioctl kube-inject has no --injectConfigFile/--meshConfigFile. Fix: use istioctl 1.0 or newer.',
    );
  });
});
