import { describe, expect, it } from 'vitest';
import { changedFieldPaths } from '../../../src/util/object-diff.js';
import { mergeFailedRemotes, parseFailedRemotes } from '../../../src/util/remote-failures.js';
import {
  failedRemotesMessage,
  mergePlan,
  planRows,
  remoteOutcomes,
} from '../../../src/stages/summary/summary.js';
import { planEntry } from '../../../src/stages/deploy/plan-chart.js';
import { helmDriftReasons, type HelmChartPlan } from '../../../src/stages/deploy/plan-helm.js';

describe('fleet logic', () => {
  it('changedFieldPaths() - leaf paths that move, ignoring status and the metadata the server keeps', () => {
    const live = {
      metadata: {
        name: 'istio',
        resourceVersion: '7',
        managedFields: [{ manager: 'a' }],
        labels: { a: '1' },
      },
      data: { mesh: 'x', keep: 'same' },
      spec: { ports: [{ port: 15012 }, { port: 15017 }] },
      status: { ready: true },
    };
    const planned = {
      metadata: { name: 'istio', resourceVersion: '8', managedFields: [], labels: { a: '1', b: '2' } },
      data: { mesh: 'y', keep: 'same' },
      spec: { ports: [{ port: 15012 }, { port: 15018 }] },
      status: { ready: false },
    };
    expect(changedFieldPaths(live, planned)).toEqual([
      'data.mesh',
      'metadata.labels.b',
      'spec.ports[1].port',
    ]);
    expect(changedFieldPaths(live, live)).toEqual([]);
    expect(changedFieldPaths({ a: [1, 2] }, { a: [1] })).toEqual(['a']);
  });

  it('parseFailedRemotes() - accepts the output format only; mergeFailedRemotes() keeps the first stage a remote failed at', () => {
    expect(parseFailedRemotes('')).toEqual([]);
    const earlier = parseFailedRemotes('[{"remote":"east","stage":"preflight","message":"down"}]');
    expect(earlier).toEqual([{ remote: 'east', stage: 'preflight', message: 'down' }]);
    expect(() => parseFailedRemotes('{')).toThrow(/not JSON/);
    expect(() => parseFailedRemotes('[{"remote":"--flag","stage":"x","message":""}]')).toThrow(/DNS-1123/);
    expect(() => parseFailedRemotes('[{"remote":"east"}]')).toThrow(/JSON array/);
    const merged = mergeFailedRemotes(earlier, [
      { remote: 'east', stage: 'register', message: 'again' },
      { remote: 'west', stage: 'register', message: 'refused' },
    ]);
    expect(merged.map((f) => [f.remote, f.stage])).toEqual([
      ['east', 'preflight'],
      ['west', 'register'],
    ]);
  });

  it('remoteOutcomes() and failedRemotesMessage() - each remote once; the run fails only when one failed', () => {
    const outcomes = remoteOutcomes(
      ['east', 'west', 'north'],
      [{ remote: 'west', stage: 'remote-install', message: 'refused' }],
      new Set(['east']),
    );
    expect(outcomes.map((o) => [o.remote, o.outcome, o.stage])).toEqual([
      ['east', 'changed', undefined],
      ['west', 'failed', 'remote-install'],
      ['north', 'unchanged', undefined],
    ]);
    expect(failedRemotesMessage(outcomes)).toMatch(
      /^\[summary\] 1 of 3 remote\(s\) failed .*west \(at remote-install\); done: east, north\. Fix: /,
    );
    expect(failedRemotesMessage(outcomes.filter((o) => o.outcome !== 'failed'))).toBeUndefined();
  });

  it('planEntry(), mergePlan() and planRows() - the plan per remote, with the registration, as a table', () => {
    const entry = planEntry([
      { object: 'ConfigMap istio-system/values', action: 'unchanged', fields: [] },
      {
        object: 'EndpointSlice istio-system/istiod',
        action: 'change',
        fields: ['endpoints[0].addresses[0]'],
      },
      { object: 'Service istio-system/istiod', action: 'create', fields: [] },
      { object: 'MutatingWebhookConfiguration injector', action: 'prune', fields: [] },
    ]);
    expect(entry).toEqual({
      create: ['Service istio-system/istiod'],
      change: [{ object: 'EndpointSlice istio-system/istiod', fields: ['endpoints[0].addresses[0]'] }],
      prune: ['MutatingWebhookConfiguration injector'],
      unchanged: 1,
    });
    const plan = mergePlan({ east: entry }, { east: 'would-replace', west: 'would-create' });
    expect(plan.east?.registration).toBe('would-replace');
    expect(plan.west).toEqual({ registration: 'would-create' });
    const rows = planRows(plan).join('\n');
    expect(rows).toContain(
      '| east | 1 | 1 | 1 | 1 | would-replace | EndpointSlice istio-system/istiod: endpoints[0].addresses[0] |',
    );
    expect(rows).toContain('| west |  |  |  |  | would-create |   |');
    expect(planRows({})).toEqual([]);
  });

  it('helmDriftReasons() - not installed, other values once, or each object edited or deleted on the cluster', () => {
    const plan = (over: Partial<HelmChartPlan>): HelmChartPlan => ({
      deployed: 'manifest',
      objects: [],
      prune: [],
      ...over,
    });
    const same = () => true;
    expect(helmDriftReasons('istiod', plan({ deployed: undefined }), same)).toEqual([
      'helm release istiod is not installed',
    ]);
    const edited = plan({
      objects: [
        { object: 'ConfigMap istio-system/istio', action: 'change', fields: ['data.mesh'] },
        { object: 'Service istio-system/istiod', action: 'create', fields: [] },
        { object: 'ServiceAccount istio-system/istiod', action: 'unchanged', fields: [] },
      ],
    });
    expect(helmDriftReasons('istiod', edited, () => false)).toEqual([
      'the deployed release istiod differs from the chart rendered with the current addresses',
    ]);
    expect(helmDriftReasons('istiod', edited, same)).toEqual([
      'missing: Service istio-system/istiod',
      'changed on the cluster: ConfigMap istio-system/istio (data.mesh)',
    ]);
    expect(helmDriftReasons('istiod', plan({}), same)).toEqual([]);
  });
});
