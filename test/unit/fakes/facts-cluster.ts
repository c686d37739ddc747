// An in-memory FactsCluster (src/kube/cluster-facts-port.ts) for preflight stage tests: a cluster's
// version, identity, CIDRs, the accesses its credentials hold (all, or a list), the kinds it serves,
// its istiod Deployment's version, and its Secrets (FakeSecrets). `unreachable` makes every read fail
// as a refused connection does.
import type * as k8s from '@kubernetes/client-node';
import type { ResourceAccess } from '../../../src/kube/access-review.js';
import type { FactsCluster } from '../../../src/kube/cluster-facts-port.js';
import { FakeSecrets } from './secret-port.js';

const accessKey = (a: ResourceAccess) =>
  `${a.verb} ${a.group}/${a.resource}${a.subresource ? `/${a.subresource}` : ''} ${a.namespace ?? '*'}`;

export class FakeFactsCluster implements FactsCluster {
  readonly secrets: FakeSecrets;
  readonly server: string;
  gitVersion = 'v1.36.3';
  uid: string;
  podCidrs: string[];
  serviceCidrList: string[];
  /** 'all': the credentials may do everything (cluster-admin); else the accesses they may do. */
  access: 'all' | Set<string> = 'all';
  servedKinds = new Set(['apps/v1 Deployment']);
  istiod: string | undefined;
  unreachable = false;
  readonly name: string;

  constructor(name: string, index: number) {
    this.name = name;
    this.server = `https://10.0.${index}.4:6443`;
    this.secrets = new FakeSecrets(name);
    this.uid = `kube-system-of-${name}`;
    this.podCidrs = [`10.${index * 10 + 10}.0.0/16`];
    this.serviceCidrList = [`10.255.${index}.0/24`];
  }

  /** Only these accesses are allowed (a narrowed kubeconfig). */
  allowOnly(accesses: readonly ResourceAccess[]): void {
    this.access = new Set(accesses.map(accessKey));
  }

  private reach<T>(value: T): Promise<T> {
    return this.unreachable
      ? Promise.reject(new Error(`connect ECONNREFUSED ${this.server.replace('https://', '')}`))
      : Promise.resolve(value);
  }

  version(): Promise<string> {
    return this.reach(this.gitVersion);
  }

  namespaceUid(): Promise<string | undefined> {
    return this.reach(this.uid);
  }

  nodePodCidrs(): Promise<string[]> {
    return this.reach(this.podCidrs);
  }

  serviceCidrs(): Promise<string[]> {
    return this.reach(this.serviceCidrList);
  }

  allowed(access: ResourceAccess): Promise<boolean> {
    return this.reach(this.access === 'all' || this.access.has(accessKey(access)));
  }

  serves(apiVersion: string, kind: string): Promise<boolean> {
    return this.reach(this.servedKinds.has(`${apiVersion} ${kind}`));
  }

  deployments(): Promise<k8s.V1Deployment[]> {
    return this.reach(
      this.istiod === undefined
        ? []
        : [
            {
              metadata: {
                name: 'istiod',
                labels: { app: 'istiod', 'app.kubernetes.io/version': this.istiod },
              },
            },
          ],
    );
  }
}
