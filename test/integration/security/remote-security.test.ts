// istio-remote rendered with the security values, applied to a testbed remote the way the
// remote-install stage does (discovery-checked, server-side apply), in a namespace of its own.
// Cluster-scoped objects (ClusterRoles and bindings shared with other tests) are left out.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as k8s from '@kubernetes/client-node';
import { openCluster, type ClusterHandle } from '../../../src/kube/client.js';
import { applyObjects, resolveObjects } from '../../../src/kube/apply.js';
import { parseManifest, type ManifestObject } from '../../../src/util/manifest.js';
import { kindServedOn } from '../../../src/kube/served-kinds.js';
import { remoteChartValues } from '../../../src/istio/remote-values.js';
import {
  dropUnservedIstioPolicy,
  istioPolicyWarning,
  securityValues,
} from '../../../src/istio/security-values.js';
import { renderManifest } from '../../../src/stages/deploy/deploy-chart.js';
import { deleteNamespaceAndWait } from '../../testbed/cluster-api.js';
import { binaries, clusterByName, kubeConfigFor } from '../support/testbed.js';

const REMOTE = 'remote-1';
const PILOT = '10.10.0.5';
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

describe('istio-remote with mtls and control-plane security on a testbed remote', () => {
  const namespace = `sec-${randomBytes(3).toString('hex')}`;
  const work = mkdtempSync(join(tmpdir(), 'remote-security-'));
  let remote: ClusterHandle;
  let rendered: ManifestObject[];
  const core = (): k8s.CoreV1Api => kubeConfigFor(REMOTE).makeApiClient(k8s.CoreV1Api);

  beforeAll(async () => {
    remote = openCluster(REMOTE, clusterByName(REMOTE).kubeconfigPath);
    const values = [
      ...remoteChartValues({ addresses: { pilot: PILOT }, sidecarInjector: false, extraValues: [] }),
      ...securityValues('remote', { mtls: true, controlPlaneSecurity: true, selfSigned: false }),
    ];
    const manifest = await renderManifest({
      stage: 'test',
      manifestPath: join(work, 'istio-remote.yaml'),
      chart: {
        helmPath: binaries.helm,
        release: 'istio-remote',
        chart: join(repoRoot, 'test/fixtures/charts/istio-remote'),
        namespace,
        values,
      },
    });
    rendered = parseManifest(manifest);
    await core().createNamespace({
      body: { metadata: { name: namespace, labels: { 'istio-multicluster-testbed/test': 'true' } } },
    });
  });

  afterAll(async () => {
    await deleteNamespaceAndWait(kubeConfigFor(REMOTE), namespace);
    rmSync(work, { recursive: true, force: true });
  });

  it('the unfiltered render is refused by the remote, which serves no Istio CRDs', async () => {
    await expect(resolveObjects(remote, rendered, namespace)).rejects.toThrow(
      /MeshPolicy .*DestinationRule|DestinationRule .*MeshPolicy/,
    );
  });

  it('dropUnservedIstioPolicy() - with real discovery drops exactly the MeshPolicy and DestinationRules, with a warning', async () => {
    const filtered = await dropUnservedIstioPolicy(rendered, kindServedOn(remote));
    expect(filtered.dropped.map((d) => d.split(' ')[0]).sort()).toEqual([
      'DestinationRule',
      'DestinationRule',
      'MeshPolicy',
    ]);
    expect(filtered.objects).toHaveLength(rendered.length - 3);
    expect(istioPolicyWarning(REMOTE, filtered.dropped)).toContain(
      'Pilot reads mesh policy from the primary only',
    );
  });

  it('the applied objects carry the mTLS values and the selector-less istio-pilot Service with the pilot address', async () => {
    const filtered = await dropUnservedIstioPolicy(rendered, kindServedOn(remote));
    const namespaced = filtered.objects.filter((o) => !o.kind.startsWith('Cluster'));
    const applied = await applyObjects(remote, await resolveObjects(remote, namespaced, namespace));
    expect(applied.map((a) => a.object)).toEqual(
      expect.arrayContaining([`Service ${namespace}/istio-pilot`, `Endpoints ${namespace}/istio-pilot`]),
    );

    const mesh = (await core().readNamespacedConfigMap({ name: 'istio', namespace })).data?.mesh ?? '';
    expect(mesh).toContain('authPolicy: MUTUAL_TLS');
    expect(mesh).toContain('controlPlaneAuthPolicy: MUTUAL_TLS');
    expect(mesh).toContain(`discoveryAddress: istio-pilot.${namespace}:15005`);

    const service = await core().readNamespacedService({ name: 'istio-pilot', namespace });
    expect(service.spec?.selector ?? {}).toEqual({});
    expect(service.spec?.ports?.map((p) => p.port)).toEqual(
      expect.arrayContaining([15005, 15007, 15010, 15011]),
    );
    const endpoints = await core().readNamespacedEndpoints({ name: 'istio-pilot', namespace });
    expect(endpoints.subsets?.[0]?.addresses?.map((a) => a.ip)).toEqual([PILOT]);

    const citadel = await kubeConfigFor(REMOTE)
      .makeApiClient(k8s.AppsV1Api)
      .readNamespacedDeployment({ name: 'istio-citadel', namespace });
    const args = citadel.spec?.template.spec?.containers[0]?.args ?? [];
    expect(args).toEqual(
      expect.arrayContaining(['--self-signed-ca=false', '--signing-cert=/etc/cacerts/ca-cert.pem']),
    );
    expect(citadel.spec?.template.spec?.volumes?.[0]?.secret?.secretName).toBe('cacerts');
  });
});
