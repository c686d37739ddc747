// An in-memory WorkloadReader (src/kube/workload-reader.ts): one namespace's pods, Deployments and
// Services, matched by equality label selectors (`a=b,c=d`, all the stages use), with a log of reads.
import type { V1Pod, V1Service } from '@kubernetes/client-node';
import type { WorkloadReader } from '../../../src/kube/workload-reader.js';

function matches(labels: Readonly<Record<string, string>> | undefined, selector: string): boolean {
  return selector
    .split(',')
    .filter((term) => term !== '')
    .every((term) => {
      const [key, value] = term.split('=');
      return key !== undefined && labels?.[key] === value;
    });
}

export class FakeWorkloads implements WorkloadReader {
  readonly pods: V1Pod[] = [];
  readonly deployments: Record<string, string>[] = [];
  readonly services = new Map<string, V1Service>();
  readonly reads: string[] = [];
  /** Changes the cluster before a read (a pod that becomes Running, an address assigned later). */
  beforeRead: ((read: number) => void) | undefined;
  readonly cluster: string;

  constructor(cluster = 'primary') {
    this.cluster = cluster;
  }

  private read(what: string): void {
    this.reads.push(what);
    this.beforeRead?.(this.reads.length);
  }

  listPods(namespace: string, labelSelector: string): Promise<V1Pod[]> {
    this.read(`pods ${labelSelector}`);
    return Promise.resolve(
      this.pods.filter(
        (p) => p.metadata?.namespace === namespace && matches(p.metadata.labels, labelSelector),
      ),
    );
  }

  hasDeployment(_namespace: string, labelSelector: string): Promise<boolean> {
    this.read(`deployments ${labelSelector}`);
    return Promise.resolve(this.deployments.some((labels) => matches(labels, labelSelector)));
  }

  readService(namespace: string, name: string): Promise<V1Service | undefined> {
    this.read(`service ${name}`);
    const found = this.services.get(name);
    return Promise.resolve(found?.metadata?.namespace === namespace ? structuredClone(found) : undefined);
  }
}
