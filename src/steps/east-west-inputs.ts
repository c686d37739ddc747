import { eastWestTargets, type EastWestChoice, type EastWestTarget } from '../istio/east-west.js';
import type { Topology } from '../istio/remote-plan.js';
import { readStepChoice } from './topology-input.js';
import type { Clusters } from './common.js';

/** east-west-gateway: auto (default: when the clusters are on more than one network), true or false. */
export function readEastWestChoice(step: string): EastWestChoice {
  return readStepChoice<EastWestChoice>(step, 'east-west-gateway', ['auto', 'true', 'false']);
}

/** The clusters of this run that get an east-west gateway (remotes left out by earlier steps excluded). */
export function eastWestTargetsOf(
  clusters: Clusters,
  topology: Topology,
  network: (cluster: string) => string,
  choice: EastWestChoice,
): EastWestTarget[] {
  return eastWestTargets({
    choice,
    topology,
    primary: clusters.primary.name,
    remotes: [...clusters.remotes.map((r) => r.name), ...clusters.excluded],
    network,
  }).filter((t) => !clusters.excluded.includes(t.cluster));
}
