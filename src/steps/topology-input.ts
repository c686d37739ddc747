import * as core from '@actions/core';
import type { Topology } from '../istio/remote-plan.js';
import { InputError } from '../util/errors.js';
import { parseChoice } from '../util/parse.js';

const TOPOLOGIES: readonly Topology[] = ['primary-remote', 'multi-primary'];

/** topology: primary-remote (default: remotes use the primary's istiod) or multi-primary. */
export function readTopology(step: string): Topology {
  try {
    return parseChoice('topology', core.getInput('topology'), TOPOLOGIES, 'primary-remote');
  } catch (error: unknown) {
    throw error instanceof InputError ? error.inStage(step) : error;
  }
}
