import { describe, expect, it } from 'vitest';
import { loadBalancerState } from '../../../src/stages/endpoints/load-balancer.js';
import { pickPod } from '../../../src/stages/endpoints/pods.js';
import { pod, service } from './fixtures.js';

describe('endpoint pick logic', () => {
  it('pickPod() - takes the first Running pod with an IP by name, skipping terminating and pending ones', () => {
    const terminating = pod('a-terminating', {}, '10.10.0.1');
    terminating.metadata = { ...terminating.metadata, deletionTimestamp: new Date() };
    const picked = pickPod([
      pod('c-running', {}, '10.10.0.3'),
      terminating,
      pod('b-pending', {}, '10.10.0.2', 'Pending'),
      pod('b-running', {}, '10.10.0.4'),
      pod('a-no-ip', {}, ''),
    ]);
    expect(picked).toEqual({ pod: 'b-running', address: '10.10.0.4' });
    expect(pickPod([])).toBeUndefined();
  });

  it('loadBalancerState() - a missing Service, another type, pending and ready are told apart', () => {
    expect(loadBalancerState(undefined)).toEqual({ state: 'missing' });
    expect(loadBalancerState(service('istio-pilot', { type: 'ClusterIP' }))).toEqual({
      state: 'not-load-balancer',
      type: 'ClusterIP',
    });
    expect(loadBalancerState({ metadata: { name: 'x' } })).toEqual({
      state: 'not-load-balancer',
      type: 'ClusterIP',
    });
    expect(loadBalancerState(service('istio-pilot'))).toEqual({ state: 'pending' });
  });

  it('loadBalancerState() - takes the ingress ip, else its hostname, skipping empty entries', () => {
    expect(loadBalancerState(service('a', { ip: '203.0.113.5', hostname: 'lb.example.com' }))).toEqual({
      state: 'ready',
      address: '203.0.113.5',
    });
    expect(loadBalancerState(service('a', { hostname: 'lb.example.com' }))).toEqual({
      state: 'ready',
      address: 'lb.example.com',
    });
    const twoEntries = service('a');
    twoEntries.status = { loadBalancer: { ingress: [{}, { ip: '203.0.113.6' }] } };
    expect(loadBalancerState(twoEntries)).toEqual({ state: 'ready', address: '203.0.113.6' });
  });
});
