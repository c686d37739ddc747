import * as core from '@actions/core';
import { eastWestTargets, type EastWestChoice, type EastWestTarget } from '../istio/east-west.js';
import type { Topology } from '../istio/remote-plan.js';
import { InputError } from '../util/errors.js';
import { parseChoice } from '../util/parse.js';
import type { Clusters } from './common.js';

const CHOICES: readonly EastWestChoice[] = ['auto', 'true', 'false'];

/** east-west-gateway: auto (default: when the clusters are on more than one network), true or false. */
export function readEastWestChoice(step: string): EastWestChoice {
  try {
    return parseChoice('east-west-gateway', core.getInput('east-west-gateway'), CHOICES, 'auto');
  } catch (error: unknown) {
    throw error instanceof InputError ? error.inStage(step) : error;
  }
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
