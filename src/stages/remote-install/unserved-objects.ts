import type { KindServed } from '../../kube/served-kinds.js';
import { dropUnservedIstioPolicy, istioPolicyWarning } from '../../istio/security-values.js';
import type { RemotePlan } from '../../istio/remote-plan.js';
import { StageError } from '../../util/errors.js';
import { describeObject, type ManifestObject } from '../../util/manifest.js';
import type { RenderedCharts } from '../deploy/deploy-remote.js';
import type { InstallMethod } from '../deploy/deploy-chart.js';

const STAGE = 'remote-install';

type Rendered = RenderedCharts;

/** What the filters need of remote-install's input. */
export interface UnservedInput {
  readonly method: InstallMethod;
  readonly dryRun: boolean;
  readonly resync: boolean;
}

/**
 * The plan's extra objects (the east-west Gateway) need the CRDs the base chart installs: install
 * applies them after base; a plan (render, resync) on a remote without those CRDs leaves them out.
 */
async function pendingExtras(
  input: UnservedInput,
  extras: readonly ManifestObject[],
  served: KindServed,
): Promise<{ kept: ManifestObject[]; pending: string[] }> {
  if (!input.dryRun && !input.resync) return { kept: [...extras], pending: [] };
  const kept: ManifestObject[] = [];
  const pending: string[] = [];
  for (const object of extras)
    if (await served(object.apiVersion, object.kind)) kept.push(object);
    else pending.push(describeObject(object));
  return { kept, pending };
}

/**
 * global.mtls.enabled makes istio-remote render MeshPolicy/DestinationRule objects, whose CRDs remotes
 * do not have: leave those out (with a warning) when the remote does not serve them. Helm installs
 * the whole release, so with install-method helm that is refused instead.
 */
export async function withoutUnservedPolicy(
  input: UnservedInput,
  remote: { readonly name: string; readonly serves: KindServed },
  rendered: Rendered,
  plan: RemotePlan,
): Promise<{ rendered: Rendered; warnings: string[] }> {
  const served = remote.serves;
  const extras = new Set(Object.values(plan.extraObjects ?? {}).flat());
  const charts: Rendered['charts'][number][] = [];
  const dropped: string[] = [];
  const pending: string[] = [];
  for (const part of rendered.charts) {
    const filtered = await dropUnservedIstioPolicy(
      part.objects.filter((o) => !extras.has(o)),
      served,
    );
    const extra = await pendingExtras(
      input,
      part.objects.filter((o) => extras.has(o)),
      served,
    );
    dropped.push(...filtered.dropped);
    pending.push(...extra.pending);
    charts.push({ ...part, objects: [...filtered.objects, ...extra.kept] });
  }
  const notes =
    pending.length > 0
      ? [
          `${remote.name}: ${pending.join(', ')} left out of this plan: the remote does not serve their Istio CRDs yet (install applies them after the base chart).`,
        ]
      : [];
  if (dropped.length === 0) return { rendered: { ...rendered, charts }, warnings: notes };
  if (input.method === 'helm') {
    throw new StageError({
      stage: STAGE,
      cluster: remote.name,
      message: `the chart renders ${dropped.join(', ')}, whose Istio CRDs the remote does not serve, and helm installs the whole release`,
      fix: 'use install-method: kubectl (which leaves those objects out; pilot reads mesh policy from the primary), or install the Istio CRDs on the remote.',
    });
  }
  return {
    rendered: { ...rendered, charts },
    warnings: [istioPolicyWarning(remote.name, dropped), ...notes],
  };
}
