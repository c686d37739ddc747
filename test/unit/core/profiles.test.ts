import { describe, expect, it } from 'vitest';
import { ISTIO_1_0, ISTIO_CURRENT, currentRemoteCharts, istio10Charts } from '../../../src/istio/profiles.js';
import { registrationSecret } from '../../../src/stages/register/register.js';
import { describeAddressChanges } from '../../../src/stages/deploy/deploy-chart.js';
import { chartLocation, minorDistance, type ChartSource } from '../../../src/istio/charts.js';

const source: ChartSource = {
  kind: 'directory',
  charts: {
    'istio-remote': '/charts',
    base: '/charts/base',
    istiod: '/charts/istio-control/istio-discovery',
  },
};

describe('profiles', () => {
  it('registrationSecret() - istio-1.0: named after the remote, one data key, multicluster label', () => {
    const secret = registrationSecret('istio-system', ISTIO_1_0, {
      remote: 'east',
      kubeconfig: 'kind: Config\n',
    });
    expect(secret.metadata?.name).toBe('east');
    expect(secret.metadata?.labels?.['istio/multiCluster']).toBe('true');
    expect(Object.keys(secret.data ?? {})).toEqual(['east']);
    expect(Buffer.from(secret.data?.east ?? '', 'base64').toString()).toBe('kind: Config\n');
    expect(ISTIO_1_0.secretUpdatesInPlace).toBe(false);
  });

  it('registrationSecret() - istio-current: istio-remote-secret-<name> with the cluster annotation', () => {
    const secret = registrationSecret('istio-system', ISTIO_CURRENT, { remote: 'east', kubeconfig: 'x' });
    expect(secret.metadata?.name).toBe('istio-remote-secret-east');
    expect(secret.metadata?.annotations).toEqual({ 'networking.istio.io/cluster': 'east' });
    expect(ISTIO_CURRENT.readerServiceAccount).toBe('istio-reader-service-account');
    expect(ISTIO_CURRENT.secretUpdatesInPlace).toBe(true);
  });

  it('istio10Charts() - one istio-remote release with the given values', () => {
    const charts = istio10Charts({
      helmPath: 'helm',
      namespace: 'istio-system',
      release: 'istio-remote',
      source,
      values: [['a', 'b']],
    });
    expect(charts).toEqual([
      {
        helmPath: 'helm',
        release: 'istio-remote',
        chart: '/charts',
        namespace: 'istio-system',
        values: [['a', 'b']],
      },
    ]);
  });

  it('currentRemoteCharts() - base then istiod with profile=remote, cluster name and injection path', () => {
    const charts = currentRemoteCharts({
      helmPath: 'helm',
      namespace: 'istio-system',
      release: 'ignored',
      source,
      values: [['global.hub', 'h']],
      remote: 'west',
      network: 'net2',
      meshId: 'mesh1',
      discoveryAddress: '10.10.0.9',
    });
    expect(charts.map((c) => [c.release, c.chart])).toEqual([
      ['istio-base', '/charts/base'],
      ['istiod', '/charts/istio-control/istio-discovery'],
    ]);
    const values = Object.fromEntries(charts[1]?.values ?? []);
    expect(values).toMatchObject({
      profile: 'remote',
      'global.remotePilotAddress': '10.10.0.9',
      'global.multiCluster.clusterName': 'west',
      'global.network': 'net2',
      'istiodRemote.injectionPath': '/inject/cluster/west/net/net2',
      'global.configCluster': 'true',
      'pilot.enabled': 'false',
      'global.hub': 'h',
    });
    const fromRepository = currentRemoteCharts({
      ...{
        helmPath: 'helm',
        namespace: 'n',
        release: 'r',
        values: [],
        remote: 'w',
        network: 'n',
        meshId: 'm',
        discoveryAddress: 'a',
      },
      source: { kind: 'repository', url: 'https://charts.example.com/istio', version: '1.30.1' },
    });
    expect(fromRepository.map((c) => [c.chart, c.repo, c.version])).toEqual([
      ['base', 'https://charts.example.com/istio', '1.30.1'],
      ['istiod', 'https://charts.example.com/istio', '1.30.1'],
    ]);
  });

  it('chartLocation() - a repository without a version leaves --version out; a missing directory chart throws', () => {
    expect(chartLocation({ kind: 'repository', url: 'https://r', version: undefined }, 'base')).toEqual({
      chart: 'base',
      repo: 'https://r',
    });
    expect(() => chartLocation({ kind: 'directory', charts: {} }, 'istiod')).toThrow(/no istiod chart/);
  });

  it('minorDistance() - minors apart within a major, infinite across majors, undefined for non-versions', () => {
    expect(minorDistance('1.29.2', '1.31.0')).toBe(2);
    expect(minorDistance('v1.30.1', '1.30.3')).toBe(0);
    expect(minorDistance('1.30.0', '2.0.0')).toBe(Number.POSITIVE_INFINITY);
    expect(minorDistance('latest', '1.30.0')).toBeUndefined();
  });

  it('describeAddressChanges() - names each moved address', () => {
    expect(
      describeAddressChanges({ pilot: '10.10.0.6', zipkin: '10.10.0.2' }, { pilot: '10.10.0.9' }),
    ).toEqual(['pilot 10.10.0.6 -> 10.10.0.9', 'zipkin 10.10.0.2 -> (none)']);
    expect(describeAddressChanges({ pilot: 'a' }, { pilot: 'a' })).toEqual([]);
  });
});
