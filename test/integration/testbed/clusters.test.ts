import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { CoreV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { cidrContains, cidrsOverlap } from '../../testbed/cidr.js';
import { parseVersions, versionsFile } from '../../testbed/layout.js';
import { binaries, kubeConfigFor, loadTestbed, type ClusterState } from '../support/testbed.js';

const { clusters } = loadTestbed();
const pairs = clusters.flatMap((a, i) => clusters.slice(i + 1).map((b) => [a, b] as const));
const core = (cluster: ClusterState) => kubeConfigFor(cluster.name).makeApiClient(CoreV1Api);

describe('testbed clusters', () => {
  it('up - runs at least two clusters, the primary first', () => {
    expect(clusters.length).toBeGreaterThanOrEqual(2);
    expect(clusters[0]?.name).toBe('primary');
    expect(new Set(clusters.map((c) => c.apiServer)).size).toBe(clusters.length);
  });

  it('up - gives every cluster pod and service ranges that overlap no other range', () => {
    const ranges = clusters.flatMap((c) => [c.podCidr, c.serviceCidr]);
    expect(pairs.length).toBeGreaterThan(0);
    ranges.forEach((a, i) =>
      ranges.slice(i + 1).forEach((b) => expect(cidrsOverlap(a, b), `${a} vs ${b}`).toBe(false)),
    );
  });

  it('up - the API server allocates service IPs from the cluster service range', async () => {
    for (const cluster of clusters) {
      const service = await core(cluster).readNamespacedService({ name: 'kubernetes', namespace: 'default' });
      const ip = service.spec?.clusterIP ?? '';
      expect(cidrContains(cluster.serviceCidr, ip), `${cluster.name}: kubernetes service ${ip}`).toBe(true);
    }
  });

  it('up - the controller manager gives each node a podCIDR inside the cluster pod range', async () => {
    for (const cluster of clusters) {
      const node = await core(cluster).readNode({ name: cluster.nodeName });
      const podCidr = node.spec?.podCIDR ?? '';
      expect(cidrContains(cluster.podCidr, podCidr), `${cluster.name}: node podCIDR ${podCidr}`).toBe(true);
    }
  });

  it('up - serves the pinned Kubernetes version (not v0.0.0) to kubectl', async () => {
    const primary = clusters[0];
    if (!primary) throw new Error('no primary cluster');
    const { stdout } = await promisify(execFile)(binaries.kubectl, [
      '--kubeconfig',
      primary.kubeconfigPath,
      'version',
      '-o',
      'json',
    ]);
    const version = JSON.parse(stdout) as { serverVersion?: { gitVersion?: string } };
    expect(version.serverVersion?.gitVersion).toBe(
      parseVersions(readFileSync(versionsFile, 'utf8')).kubernetes,
    );
    expect(version.serverVersion?.gitVersion).toBe('v1.36.3');
  });
});
