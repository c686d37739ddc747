// The security inputs and manual injection through the whole composite action (runComposite), on the
// testbed: primary with the Istio 1.0 stand-in control plane, remote-1 and remote-2.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import yaml from 'js-yaml';
import { checkCaMaterial, secretKeyNames, type CaMaterial } from '../../../src/istio/ca.js';
import { applyObjects, resolveObjects } from '../../../src/kube/apply.js';
import { openCluster } from '../../../src/kube/client.js';
import { parseManifest } from '../../../src/util/manifest.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';
import {
  core,
  repoRoot,
  startHarness,
  testbedInputs,
  kubeConfig,
  testbedState,
  type ActionHarness,
  type ActionRun,
} from '../support/action.js';
import {
  diffSnapshots,
  installControlPlane,
  resetPrimaryRegistrations,
  resetRemote,
  snapshotClusters,
} from '../support/cluster-state.js';
import { keyLines, makeCert, makeMaterial, type TestCert } from '../../unit/security/fixtures.js';
import { ensureIstioctl } from '../../support/istioctl.js';
import { realCharts } from '../../testbed/istio-module.js';

const REMOTES = ['remote-1', 'remote-2'];
const CLUSTERS = ['primary', ...REMOTES];
const NS = 'istio-system';
const DAY = 24 * 60 * 60 * 1000;

async function deleteCacerts(): Promise<void> {
  for (const cluster of CLUSTERS) {
    try {
      await core(cluster).deleteNamespacedSecret({ name: 'cacerts', namespace: NS });
    } catch (error: unknown) {
      if (!(error instanceof k8s.ApiException && error.code === 404)) throw error;
    }
  }
}

async function cacertsOf(cluster: string): Promise<{ material: CaMaterial; version: string }> {
  const secret = await core(cluster).readNamespacedSecret({ name: 'cacerts', namespace: NS });
  const get = (key: string): string => Buffer.from(secret.data?.[key] ?? '', 'base64').toString('utf8');
  return {
    material: {
      caCert: get('ca-cert.pem'),
      caKey: get('ca-key.pem'),
      rootCert: get('root-cert.pem'),
      certChain: get('cert-chain.pem'),
    },
    version: secret.metadata?.resourceVersion ?? '',
  };
}

function caInputs(material: CaMaterial): Record<string, string> {
  return {
    'ca-cert': material.caCert,
    // As users keep it in a secret: base64 of the PEM.
    'ca-key': Buffer.from(material.caKey).toString('base64'),
    'root-cert': material.rootCert,
    'cert-chain': material.certChain,
  };
}

function expectNoKeys(run: ActionRun, ...keys: string[]): void {
  const everything = `${run.log}\n${run.summary}\n${JSON.stringify(run.outputs)}`;
  for (const key of keys) {
    expect(everything.includes(Buffer.from(key).toString('base64')), 'base64 of a key leaked').toBe(false);
    for (const line of keyLines(key)) expect(everything.includes(line), 'a key line leaked').toBe(false);
  }
}

describe('security and manual injection through the action', () => {
  let harness: ActionHarness;
  let material: CaMaterial;
  let root: TestCert;
  const work = mkdtempSync(join(tmpdir(), 'security-action-'));
  // Path inputs must lie in the workspace (the repository here): manifests and istioctl go under .testbed/.
  const inWorkspace = join(repoRoot, '.testbed', `security-action-${process.pid}`);
  mkdirSync(inWorkspace, { recursive: true });
  const workspaceIstioctl = (): string => {
    const target = join(inWorkspace, 'istioctl');
    if (!existsSync(target)) {
      try {
        linkSync(ensureIstioctl(), target);
      } catch {
        copyFileSync(ensureIstioctl(), target);
      }
    }
    return target;
  };

  beforeAll(async () => {
    await installControlPlane();
    await Promise.all(REMOTES.map((r) => resetRemote(r)));
    await resetPrimaryRegistrations();
    await deleteCacerts();
    harness = await startHarness();
    ({ material, root } = await makeMaterial({ family: 'rsa', encoding: 'pkcs1' }));
  });

  afterAll(async () => {
    await deleteCacerts();
    await Promise.all(REMOTES.map((r) => resetRemote(r)));
    await resetPrimaryRegistrations();
    await harness?.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(inWorkspace, { recursive: true, force: true });
  });

  it('each bad CA is refused by the cacerts step before anything is written, without key material in the log', async () => {
    const other = await makeCert({ family: 'rsa', name: 'Other Root' });
    const expired = await makeCert({
      issuer: root,
      family: 'rsa',
      name: 'Old CA',
      notBefore: new Date(Date.now() - 5 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const stranger = await (await makeCert({ family: 'rsa' })).keyPem('pkcs1');
    const leaf = await makeCert({ issuer: root, family: 'rsa', ca: false, name: 'workload' });
    const cases: [string, CaMaterial, RegExp][] = [
      ['mismatched root', { ...material, rootCert: other.pem }, /does not chain to input root-cert/],
      [
        'expired ca-cert',
        {
          ...material,
          caCert: expired.pem,
          caKey: await expired.keyPem('pkcs1'),
          certChain: `${expired.pem}${root.pem}`,
        },
        /input ca-cert .* expired on/,
      ],
      ['foreign key', { ...material, caKey: stranger }, /input ca-key does not belong to input ca-cert/],
      [
        'non-CA ca-cert',
        {
          ...material,
          caCert: leaf.pem,
          caKey: await leaf.keyPem('pkcs1'),
          certChain: `${leaf.pem}${root.pem}`,
        },
        /is not a CA certificate/,
      ],
    ];
    const before = await snapshotClusters();
    for (const [what, bad, expected] of cases) {
      const run = await harness.run(testbedInputs(REMOTES, caInputs(bad)));
      expect(run.success, what).toBe(false);
      expect(run.steps.find((s) => s.id === 'cacerts')?.outcome, what).toBe('failure');
      expect(run.log, what).toMatch(expected);
      expectNoKeys(run, bad.caKey, material.caKey);
    }
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
  });

  it('cacerts lands on every cluster with the same root; the remotes render mTLS and the istio-pilot Service', async () => {
    const run = await harness.run(
      testbedInputs(REMOTES, { ...caInputs(material), mtls: 'true', 'control-plane-security': 'true' }),
    );
    expect(run.success, run.log).toBe(true);
    expect(JSON.parse(run.outputs['cacerts-clusters'] ?? '[]')).toEqual(CLUSTERS);
    for (const cluster of CLUSTERS) {
      const { material: placed } = await cacertsOf(cluster);
      expect(placed.rootCert.trim(), cluster).toBe(material.rootCert.trim());
      expect((await checkCaMaterial(placed, secretKeyNames(cluster))).problems).toEqual([]);
    }
    const pilot = run.outputs['pilot-pod-ip'] ?? '';
    expect(pilot).not.toBe('');
    for (const remote of REMOTES) {
      const mesh =
        (await core(remote).readNamespacedConfigMap({ namespace: NS, name: 'istio' })).data?.mesh ?? '';
      expect(mesh).toContain('authPolicy: MUTUAL_TLS');
      expect(mesh).toContain('controlPlaneAuthPolicy: MUTUAL_TLS');
      expect(mesh).toContain(`discoveryAddress: istio-pilot.${NS}:15005`);
      const service = await core(remote).readNamespacedService({ namespace: NS, name: 'istio-pilot' });
      expect(service.spec?.selector ?? {}).toEqual({});
      const endpoints = await core(remote).readNamespacedEndpoints({ namespace: NS, name: 'istio-pilot' });
      expect(endpoints.subsets?.[0]?.addresses?.map((a) => a.ip)).toEqual([pilot]);
    }
    expect(run.log).toMatch(/does not serve the Istio CRDs of .*MeshPolicy/);
    expectNoKeys(run, material.caKey);
  });

  it('a second run with the same CA moves no resourceVersion', async () => {
    const before = await snapshotClusters();
    const run = await harness.run(
      testbedInputs(REMOTES, { ...caInputs(material), mtls: 'true', 'control-plane-security': 'true' }),
    );
    expect(run.success, run.log).toBe(true);
    expect(diffSnapshots(before, await snapshotClusters())).toEqual([]);
  });

  it('generate-intermediate-cas: per-cluster intermediates chain to the root, kept on a re-run', async () => {
    const newRoot = await makeCert({ family: 'ec', name: 'Mesh Root' });
    const rootKey = await newRoot.keyPem('pkcs8');
    const inputs = testbedInputs(REMOTES, {
      'generate-intermediate-cas': 'true',
      'root-cert': newRoot.pem,
      'root-key': rootKey,
      mtls: 'true',
    });
    const run = await harness.run(inputs);
    expect(run.success, run.log).toBe(true);
    const placed = await Promise.all(CLUSTERS.map(cacertsOf));
    expect(new Set(placed.map((p) => p.material.caCert)).size).toBe(CLUSTERS.length);
    for (const [index, p] of placed.entries()) {
      const check = await checkCaMaterial(p.material, secretKeyNames(CLUSTERS[index] ?? ''));
      expect(check.problems).toEqual([]);
      expect(check.root?.subject).toBe(newRoot.cert.subject);
    }
    expectNoKeys(run, rootKey, ...placed.map((p) => p.material.caKey));
    const again = await harness.run(inputs);
    expect(again.success, again.log).toBe(true);
    expect((await Promise.all(CLUSTERS.map(cacertsOf))).map((p) => p.version)).toEqual(
      placed.map((p) => p.version),
    );
  });

  it("manual injection after a sidecar-injector: false install: current istioctl cannot read Istio 1.0's injector config, and says so", async () => {
    const app = join(inWorkspace, 'web.yaml');
    writeFileSync(app, yaml.dump(sampleDeployment('default')));
    const run = await harness.run(
      testbedInputs(REMOTES, {
        'sidecar-injector': 'false',
        manifests: app,
        apply: 'true',
        'istioctl-path': workspaceIstioctl(),
      }),
    );
    // Each remote's failure is recorded (the step itself completes); the summary fails the run.
    expect(run.success).toBe(false);
    expect(run.steps.find((s) => s.id === 'remote-install')?.outcome).toBe('success');
    expect(run.steps.find((s) => s.id === 'inject')?.outcome).toBe('success');
    expect(run.steps.find((s) => s.id === 'summary')?.outcome).toBe('failure');
    const failed = JSON.parse(run.outputs['failed-remotes'] ?? '[]') as { remote: string; stage: string }[];
    expect(failed.map((f) => [f.remote, f.stage])).toEqual(REMOTES.map((r) => [r, 'inject']));
    expect(run.log).toMatch(
      /added no sidecar to Deployment default\/web: the injector config is Istio 1\.0's/,
    );
    for (const remote of REMOTES) {
      await expect(
        kubeApps(remote).readNamespacedDeployment({ name: 'web', namespace: 'default' }),
      ).rejects.toMatchObject({ code: 404 });
    }
  });

  it('mode: inject with the current injector config from the primary: the Deployment gets the sidecar and applies on the remotes', async () => {
    const suffix = randomBytes(3).toString('hex');
    const istioNs = `inject-istio-${suffix}`;
    const appNs = `inject-app-${suffix}`;
    const primary = openCluster(
      'primary',
      testbedState().clusters.find((c) => c.name === 'primary')?.kubeconfigPath ?? '',
    );
    await core('primary').createNamespace({ body: { metadata: { name: istioNs } } });
    for (const remote of REMOTES) await core(remote).createNamespace({ body: { metadata: { name: appNs } } });
    try {
      const rendered = parseManifest(
        execFileSync(
          testbedState().binaries.helm,
          [
            'template',
            'istiod',
            realCharts.istiod,
            '-n',
            istioNs,
            '--set',
            'global.omitSidecarInjectorConfigMap=false',
          ],
          { encoding: 'utf8' },
        ),
      );
      const maps = rendered.filter((o) => o.kind === 'ConfigMap');
      await applyObjects(primary, await resolveObjects(primary, maps, istioNs));
      const app = join(inWorkspace, 'web-current.yaml');
      writeFileSync(app, yaml.dump(sampleDeployment(appNs)));
      const run = await harness.run(
        testbedInputs(REMOTES, {
          mode: 'inject',
          'istio-namespace': istioNs,
          manifests: app,
          apply: 'true',
          'inject-config-from': 'primary',
          'istioctl-path': workspaceIstioctl(),
        }),
      );
      expect(run.success, run.log).toBe(true);
      const paths = JSON.parse(run.outputs['injected-manifest-paths'] ?? '[]') as string[];
      expect(paths).toHaveLength(REMOTES.length);
      const injected = parseManifest(readFileSync(paths[0] ?? '', 'utf8'))[0] as unknown as {
        spec: { template: { spec: { containers: { name: string }[]; initContainers: { name: string }[] } } };
      };
      expect(injected.spec.template.spec.initContainers.map((c) => c.name)).toEqual(['istio-init']);
      expect(injected.spec.template.spec.containers.map((c) => c.name)).toEqual(['web', 'istio-proxy']);
      for (const remote of REMOTES) {
        const live = await kubeApps(remote).readNamespacedDeployment({ name: 'web', namespace: appNs });
        expect(live.spec?.template.spec?.containers.map((c) => c.name)).toEqual(['web', 'istio-proxy']);
      }
    } finally {
      await deleteNamespaceAndWait(kubeConfig('primary'), istioNs);
      for (const remote of REMOTES) await deleteNamespaceAndWait(kubeConfig(remote), appNs);
    }
  });
});

function kubeApps(cluster: string): k8s.AppsV1Api {
  const config = new k8s.KubeConfig();
  config.loadFromFile(testbedState().clusters.find((c) => c.name === cluster)?.kubeconfigPath ?? '');
  return config.makeApiClient(k8s.AppsV1Api);
}

function sampleDeployment(namespace: string): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'web', image: 'nginx' }] },
      },
    },
  };
}
