// An in-memory RemoteTarget (src/stages/remote-install/remote-target.ts) for remote-install stage
// tests. It holds objects by kind, namespace and name, as JSON, and deploys the way stages/deploy does
// with the kubectl method: render plans every object (create, change, unchanged) and writes nothing;
// resync writes only when something differs (drift) and prunes what the release no longer renders;
// install applies (created, configured, unchanged) and prunes. Discovery serves the kinds it is given
// (core kinds and whatever CRDs an install applied); namespaces are labelled as the API server would.
import * as k8s from '@kubernetes/client-node';
import type { AppliedObject } from '../../../src/kube/apply.js';
import type { PlannedObject } from '../../../src/kube/dry-run.js';
import type { LabelOutcome, NamespaceLabel } from '../../../src/kube/namespaces.js';
import type { RemotePlan } from '../../../src/istio/remote-plan.js';
import type {
  DeployedRemote,
  DeploySettings,
  RenderedCharts,
} from '../../../src/stages/deploy/deploy-remote.js';
import type { RemoteTarget } from '../../../src/stages/remote-install/remote-target.js';
import { describeObject, type ManifestObject } from '../../../src/util/manifest.js';

const CORE_KINDS = ['v1/Namespace', 'v1/ServiceAccount', 'v1/ConfigMap', 'v1/Service', 'apps/v1/Deployment'];

export class FakeRemoteTarget implements RemoteTarget {
  readonly name: string;
  /** `apiVersion/Kind` the API server serves. */
  readonly kinds = new Set(CORE_KINDS);
  /** Live objects by `Kind namespace/name`, as JSON; and which release put each there. */
  readonly objects = new Map<string, { json: string; release: string }>();
  readonly namespaceLabels = new Map<string, Record<string, string>>([['default', {}]]);
  /** Every deploy call, with its mode. */
  readonly deploys: DeploySettings['mode'][] = [];
  /** How many times a deploy made the `beside` writes it was given. */
  besideRuns = 0;
  /** Writes (applies, prunes, labels) in order. */
  readonly writes: string[] = [];
  /** An istiod the action did not install, by namespace (multi-primary). */
  readonly foreignIstiods = new Map<string, string>();
  /** When set, every deploy fails with this HTTP status, as an unreachable or refusing API server does. */
  failWith?: number;

  constructor(name: string) {
    this.name = name;
  }

  serves = (apiVersion: string, kind: string): Promise<boolean> =>
    Promise.resolve(this.kinds.has(`${apiVersion}/${kind}`));

  foreignIstiod(namespace: string): Promise<string | undefined> {
    return Promise.resolve(this.foreignIstiods.get(namespace));
  }

  labelNamespace(namespace: string, label: NamespaceLabel): Promise<LabelOutcome> {
    const labels = this.namespaceLabels.get(namespace);
    let outcome: LabelOutcome = 'labelled';
    if (labels?.[label.key] === label.value) return Promise.resolve('already-labelled');
    if (!labels) outcome = 'created-labelled';
    this.namespaceLabels.set(namespace, { ...labels, [label.key]: label.value });
    this.writes.push(`label ${namespace} ${label.key}=${label.value}`);
    return Promise.resolve(outcome);
  }

  async deploy(
    settings: DeploySettings,
    plan: RemotePlan,
    rendered: RenderedCharts,
  ): Promise<DeployedRemote> {
    const deployed = await this.deployObjects(settings, plan, rendered);
    // As deployRemote: install with the kubectl method makes the `beside` writes after the claims.
    if (settings.mode === 'install' && settings.method === 'kubectl' && settings.beside) {
      this.besideRuns++;
      await settings.beside();
    }
    return deployed;
  }

  private deployObjects(
    settings: DeploySettings,
    _plan: RemotePlan,
    rendered: RenderedCharts,
  ): Promise<DeployedRemote> {
    this.deploys.push(settings.mode);
    if (this.failWith !== undefined) {
      const message = `the server is unreachable (status ${this.failWith})`;
      return Promise.reject(new k8s.ApiException(this.failWith, message, JSON.stringify({ message }), {}));
    }
    const wanted = rendered.charts.flatMap((part) =>
      part.objects.map((object) => ({
        object,
        release: part.chart.release,
        namespace: part.chart.namespace,
      })),
    );
    const keyOf = (object: ManifestObject, namespace: string) =>
      describeObject({
        ...object,
        metadata: { ...object.metadata, namespace: object.metadata.namespace ?? namespace },
      });
    const keys = new Set(wanted.map((w) => keyOf(w.object, w.namespace)));
    const releases = new Set(rendered.charts.map((part) => part.chart.release));
    const stale = [...this.objects].filter(([key, live]) => releases.has(live.release) && !keys.has(key));
    const planned: PlannedObject[] = wanted.map(({ object, namespace }) => {
      const live = this.objects.get(keyOf(object, namespace));
      const action = !live ? 'create' : live.json === JSON.stringify(object) ? 'unchanged' : 'change';
      return { object: keyOf(object, namespace), action, fields: [] } as PlannedObject;
    });
    const prunePlan = stale.map(([key]): PlannedObject => ({ object: key, action: 'prune', fields: [] }));
    const drift = planned.filter((p) => p.action !== 'unchanged').map((p) => `${p.object}: ${p.action}`);
    drift.push(...stale.map(([key]) => `${key}: no longer rendered`));
    if (settings.mode === 'render')
      return Promise.resolve({ objects: [], pruned: [], drift: [], planned: [...planned, ...prunePlan] });
    if (settings.mode === 'resync' && drift.length === 0)
      return Promise.resolve({ objects: [], pruned: [], drift, planned: [...planned, ...prunePlan] });
    const objects: AppliedObject[] = wanted.map(({ object, release, namespace }) => {
      const key = keyOf(object, namespace);
      const live = this.objects.get(key);
      const json = JSON.stringify(object);
      if (live?.json === json) return { object: key, outcome: 'unchanged' };
      this.objects.set(key, { json, release });
      this.writes.push(`apply ${key}`);
      if (object.kind === 'CustomResourceDefinition') {
        const spec = (
          object as { spec?: { group?: string; names?: { kind?: string }; versions?: { name?: string }[] } }
        ).spec;
        for (const version of spec?.versions ?? [])
          this.kinds.add(`${spec?.group ?? ''}/${version.name ?? ''}/${spec?.names?.kind ?? ''}`);
      }
      return { object: key, outcome: live ? 'configured' : 'created' };
    });
    for (const [key] of stale) {
      this.objects.delete(key);
      this.writes.push(`prune ${key}`);
    }
    return Promise.resolve({
      objects,
      pruned: stale.map(([key]) => key),
      drift: settings.mode === 'resync' ? drift : [],
      planned: settings.mode === 'resync' ? [...planned, ...prunePlan] : [],
    });
  }
}
