import { describe, expect, it } from 'vitest';
import { DebugAnswerError, endpointsByCluster, parseClusterz } from '../../../src/istio/istiod-debug.js';
import {
  likelyCause,
  podStatusOf,
  remoteStatusOf,
  since,
  type PodAnswer,
} from '../../../src/istio/verify-decision.js';
import { requiredPermissions } from '../../../src/istio/permissions.js';
import { verifyRows } from '../../../src/stages/summary/verify-table.js';

// What the real istiod (pilot-discovery of the testbed) answered on its monitoring listener.
const CLUSTERZ =
  '[{"id":"primary","secretName":"","syncStatus":"synced"},' +
  '{"id":"remote-1","secretName":"istio-system/istio-remote-secret-remote-1","syncStatus":"synced"},' +
  '{"id":"remote-2","secretName":"istio-system/istio-remote-secret-remote-2","syncStatus":"timeout"}]';
const SHARDZ = JSON.stringify({
  'istiod.istio-system.svc.cluster.local': {
    'istio-system': {
      Shards: { 'Kubernetes/primary': [{ Addresses: ['10.10.0.1'] }], 'Kubernetes/remote-1': [{}, {}] },
      ServiceAccounts: {},
    },
  },
  'kubernetes.default.svc.cluster.local': { default: { Shards: { 'Kubernetes/remote-1': [{}] } } },
});

const answer = (clusters: string, shards?: string): PodAnswer & { ok: true } => ({
  pod: 'istiod-a',
  ok: true,
  clusters: parseClusterz(clusters),
  ...(shards !== undefined ? { endpoints: endpointsByCluster(shards) } : {}),
});

describe('parseClusterz (hostile JSON from a cluster)', () => {
  it('reads the real answer', () => {
    expect(parseClusterz(CLUSTERZ).map((c) => [c.id, c.syncStatus])).toEqual([
      ['primary', 'synced'],
      ['remote-1', 'synced'],
      ['remote-2', 'timeout'],
    ]);
  });

  it('null is no cluster; an unknown status is unknown; bad ids and secret names are dropped', () => {
    expect(parseClusterz('null')).toEqual([]);
    const parsed = parseClusterz(
      JSON.stringify([
        { id: 'a', secretName: 'x y', syncStatus: 'weird' },
        { id: 'bad id' },
        { id: 'x'.repeat(300) },
        { id: 7 },
        null,
        'remote-1',
      ]),
    );
    expect(parsed).toEqual([{ id: 'a', secretName: '', syncStatus: 'unknown' }]);
  });

  it("refuses what is not istiod's answer, without quoting it", () => {
    expect(() => parseClusterz('<html>token=abc</html>')).toThrow(DebugAnswerError);
    expect(() => parseClusterz('<html>token=abc</html>')).not.toThrow(/token=abc/);
    expect(() => parseClusterz('{"id":"a"}')).toThrow(/expected a JSON array/);
    expect(() => parseClusterz(JSON.stringify(Array.from({ length: 10_001 }, () => ({}))))).toThrow(
      /more than 10000/,
    );
  });
});

describe('endpointsByCluster', () => {
  it('sums endpoints per cluster over every service and namespace', () => {
    expect(Object.fromEntries(endpointsByCluster(SHARDZ))).toEqual({ primary: 1, 'remote-1': 3 });
  });

  it('ignores malformed shards and refuses a non-object', () => {
    const odd = JSON.stringify({ a: 1, b: { ns: { Shards: { noslash: [{}], 'K/ok': 'x', 'K/y': [{}] } } } });
    expect(Object.fromEntries(endpointsByCluster(odd))).toEqual({ y: 1 });
    expect(endpointsByCluster('null').size).toBe(0);
    expect(() => endpointsByCluster('[1]')).toThrow(/expected a JSON object/);
  });
});

describe('podStatusOf and remoteStatusOf', () => {
  it('the clusterz status, or missing', () => {
    expect(podStatusOf(answer(CLUSTERZ), 'remote-1')).toBe('synced');
    expect(podStatusOf(answer(CLUSTERZ), 'remote-2')).toBe('timeout');
    expect(podStatusOf(answer(CLUSTERZ), 'remote-3')).toBe('missing');
  });

  it('synced without endpoint shards while the remote has Services with endpoints is drift', () => {
    const noRemoteShards = JSON.stringify({ s: { ns: { Shards: { 'Kubernetes/primary': [{}] } } } });
    expect(podStatusOf(answer(CLUSTERZ, noRemoteShards), 'remote-1', 2)).toBe('drift');
    expect(podStatusOf(answer(CLUSTERZ, noRemoteShards), 'remote-1', 0)).toBe('synced');
    expect(podStatusOf(answer(CLUSTERZ, noRemoteShards), 'remote-1', undefined)).toBe('synced');
    expect(podStatusOf(answer(CLUSTERZ, SHARDZ), 'remote-1', 2)).toBe('synced');
    expect(podStatusOf(answer(CLUSTERZ), 'remote-1', 2)).toBe('synced'); // shards not read: no verdict
  });

  it('the worst status of the pods that answered; unanswered when none did', () => {
    expect(remoteStatusOf(['synced', 'timeout'])).toBe('timeout');
    expect(remoteStatusOf(['syncing', 'missing'])).toBe('missing');
    expect(remoteStatusOf(['synced', 'synced'])).toBe('synced');
    expect(remoteStatusOf([])).toBe('unanswered');
  });

  it('since: kept while the status is unchanged, reset when it changes', () => {
    const seen = new Map([['k', { status: 'syncing', since: 't1' }]]);
    expect(since(seen, 'k', 'syncing', 't2')).toEqual({ status: 'syncing', since: 't1' });
    expect(since(seen, 'k', 'synced', 't2')).toEqual({ status: 'synced', since: 't2' });
    expect(since(seen, 'other', 'synced', 't3')).toEqual({ status: 'synced', since: 't3' });
  });
});

describe('likelyCause', () => {
  const base = {
    remote: 'remote-2',
    secret: 'istio-remote-secret-remote-2',
    namespace: 'istio-system',
    holder: 'primary',
  };

  it('none for a synced remote', () => {
    expect(likelyCause({ ...base, status: 'synced' })).toBeUndefined();
  });

  it('token rejected, API server unreachable (from the runner too, or from istiod only)', () => {
    const server = 'https://10.0.0.2:6443';
    expect(likelyCause({ ...base, status: 'timeout', probe: { kind: 'rejected', server } })).toMatch(
      /istiod reports "remote-2" timeout: token rejected.*mode: resync/,
    );
    expect(
      likelyCause({
        ...base,
        status: 'syncing',
        probe: { kind: 'unreachable', server, problem: 'ECONNREFUSED' },
      }),
    ).toMatch(
      /API server unreachable, https:\/\/10\.0\.0\.2:6443 does not answer the runner either \(ECONNREFUSED\)/,
    );
    expect(likelyCause({ ...base, status: 'timeout', probe: { kind: 'accepted', server } })).toMatch(
      /API server unreachable from istiod.*remote-api-servers/,
    );
  });

  it('cluster name mismatch when istiod has not loaded the registration; drift; no istiod answered', () => {
    expect(likelyCause({ ...base, status: 'missing' })).toMatch(
      /has not loaded the registration istio-system\/istio-remote-secret-remote-2 \(cluster name mismatch/,
    );
    expect(likelyCause({ ...base, status: 'drift', servicesWithEndpoints: 4 })).toMatch(
      /synced but holds no endpoint from it while it has 4 Service/,
    );
    expect(likelyCause({ ...base, status: 'unanswered', unanswered: ['istiod-a: socket hang up'] })).toMatch(
      /no istiod pod on primary answered \(istiod-a: socket hang up\).*pods\/portforward/,
    );
  });
});

describe('verify rights and summary table', () => {
  const plan = {
    mode: 'render' as const,
    istioNamespace: 'istio-mesh',
    injectionNamespaces: [],
    installPrimary: false,
    sidecarInjector: true,
  };
  const portForward = {
    verb: 'create',
    group: '',
    resource: 'pods',
    subresource: 'portforward',
    namespace: 'istio-mesh',
  };

  it('pods/portforward create on the holders only', () => {
    expect(requiredPermissions('primary', { ...plan, verify: 'primary' })).toContainEqual(portForward);
    expect(requiredPermissions('remote', { ...plan, verify: 'primary' })).not.toContainEqual(portForward);
    expect(requiredPermissions('remote', { ...plan, verify: 'every-cluster' })).toContainEqual(portForward);
    expect(requiredPermissions('primary', plan)).not.toContainEqual(portForward);
  });

  it('one row per remote, cells escaped', () => {
    const rows = verifyRows({
      'remote-1': {
        status: 'synced',
        pods: { 'primary/istiod-a': { status: 'synced', since: 'T' } },
        causes: [],
      },
      'remote-2': { status: 'timeout', pods: {}, causes: ['a | b'] },
      junk: 'x',
    });
    expect(rows).toEqual([
      '| remote | istiod sync | istiod pods | likely cause |',
      '| --- | --- | --- | --- |',
      '| remote-1 | ✅ synced | primary/istiod-a: synced since T |   |',
      '| remote-2 | ❌ timeout |   | a \\| b |',
      '',
    ]);
    expect(verifyRows({})).toEqual([]);
  });
});
