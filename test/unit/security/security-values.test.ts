import { describe, expect, it } from 'vitest';
import {
  dropUnservedIstioPolicy,
  istioPolicyWarning,
  securityProblems,
  securityValues,
} from '../../../src/istio/security-values.js';
import { remoteChartValues } from '../../../src/istio/remote-values.js';
import { parseManifest } from '../../../src/util/manifest.js';
import { helmBinary } from '../charts/helm.js';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ALL_ON = { mtls: true, controlPlaneSecurity: true, selfSigned: false };
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

function renderRemote(values: readonly (readonly [string, string])[]): ReturnType<typeof parseManifest> {
  const args = [
    'template',
    'istio-remote',
    join(repoRoot, 'test/fixtures/charts/istio-remote'),
    '-n',
    'istio-system',
    '--no-hooks',
  ];
  for (const [key, value] of values) args.push('--set', `${key}=${value}`);
  return parseManifest(execFileSync(helmBinary(), args, { encoding: 'utf8' }));
}

describe('securityValues()', () => {
  it('securityValues() - primary: mtls, control-plane security and the plugged-in CA, as the seed example sets them', () => {
    expect(Object.fromEntries(securityValues('primary', ALL_ON))).toEqual({
      'global.mtls.enabled': 'true',
      'global.controlPlaneSecurityEnabled': 'true',
      'security.selfSigned': 'false',
    });
  });

  it('securityValues() - remote: the same plus the selector-less istio-pilot service', () => {
    expect(Object.fromEntries(securityValues('remote', ALL_ON))).toEqual({
      'global.mtls.enabled': 'true',
      'global.controlPlaneSecurityEnabled': 'true',
      'security.selfSigned': 'false',
      'global.remotePilotCreateSvcEndpoint': 'true',
    });
  });

  it('securityValues() - nothing is emitted when every feature is off, so existing renders do not change', () => {
    expect(securityValues('remote', { mtls: false, controlPlaneSecurity: false, selfSigned: true })).toEqual(
      [],
    );
    expect(securityValues('remote', { mtls: true, controlPlaneSecurity: false, selfSigned: false })).toEqual([
      ['global.mtls.enabled', 'true'],
      ['security.selfSigned', 'false'],
    ]);
  });
});

describe('securityProblems()', () => {
  it('securityProblems() - mtls without a shared CA is refused with the inputs that fix it', () => {
    const problems = securityProblems({ mtls: true, controlPlaneSecurity: false, selfSigned: true });
    expect(problems).toEqual([expect.stringContaining('mtls across clusters needs one shared root')]);
    expect(problems[0]).toContain('generate-intermediate-cas: true');
  });

  it('securityProblems() - control-plane security needs an IP pilot address for the Endpoints', () => {
    expect(securityProblems(ALL_ON, '10.10.0.5')).toEqual([]);
    expect(securityProblems(ALL_ON, 'pilot.example.com')).toEqual([
      expect.stringContaining('"pilot.example.com"'),
    ]);
    expect(securityProblems({ ...ALL_ON, controlPlaneSecurity: false }, 'pilot.example.com')).toEqual([]);
  });
});

describe('Istio policy objects on remotes', () => {
  const values = [
    ...remoteChartValues({ addresses: { pilot: '10.10.0.5' }, sidecarInjector: false, extraValues: [] }),
    ...securityValues('remote', ALL_ON),
  ];

  it('the stand-in istio-remote renders MeshPolicy/DestinationRules and the istio-pilot Service + Endpoints', () => {
    const objects = renderRemote(values);
    const kinds = objects.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'MeshPolicy/default',
        'DestinationRule/default',
        'DestinationRule/api-server',
        'Service/istio-pilot',
        'Endpoints/istio-pilot',
      ]),
    );
    const mesh = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'istio') as unknown as {
      data: { mesh: string };
    };
    expect(mesh.data.mesh).toContain('authPolicy: MUTUAL_TLS');
    expect(mesh.data.mesh).toContain('discoveryAddress: istio-pilot.istio-system:15005');
  });

  it('dropUnservedIstioPolicy() - drops only unserved Istio CRD kinds and names them; other kinds stay', async () => {
    const objects = renderRemote(values);
    const asked: string[] = [];
    const served = (apiVersion: string, kind: string): Promise<boolean> => {
      asked.push(`${apiVersion} ${kind}`);
      return Promise.resolve(false);
    };
    const filtered = await dropUnservedIstioPolicy(objects, served);
    expect([...filtered.dropped].sort()).toEqual([
      'DestinationRule istio-system/api-server (networking.istio.io/v1alpha3)',
      'DestinationRule istio-system/default (networking.istio.io/v1alpha3)',
      'MeshPolicy default (authentication.istio.io/v1alpha1)',
    ]);
    expect(filtered.objects).toHaveLength(objects.length - 3);
    expect([...asked].sort()).toEqual([
      'authentication.istio.io/v1alpha1 MeshPolicy',
      'networking.istio.io/v1alpha3 DestinationRule',
    ]);
    expect(istioPolicyWarning('remote-1', filtered.dropped)).toMatch(
      /remote "remote-1" does not serve the Istio CRDs of .*MeshPolicy default/,
    );
  });

  it('dropUnservedIstioPolicy() - keeps them when the remote serves the CRDs, and never drops other kinds', async () => {
    const objects = renderRemote(values);
    const all = await dropUnservedIstioPolicy(objects, () => Promise.resolve(true));
    expect(all.dropped).toEqual([]);
    const unknown = [{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }];
    expect((await dropUnservedIstioPolicy(unknown, () => Promise.resolve(false))).objects).toEqual(unknown);
  });
});
