import * as core from '@actions/core';
import type { Dataplane } from '../istio/ambient.js';
import type { ServiceRef } from '../stages/deploy/global-services.js';
import type { Topology } from '../istio/remote-plan.js';
import { InputError } from '../util/errors.js';
import { parseChoice, parseList } from '../util/parse.js';
import { checkName } from '../util/input-names.js';

/** An input holding one of `choices` (empty: the first), its refusal naming the step. */
export function readStepChoice<T extends string>(
  step: string,
  input: string,
  choices: readonly [T, ...T[]],
): T {
  try {
    return parseChoice(input, core.getInput(input), choices, choices[0]);
  } catch (error: unknown) {
    throw error instanceof InputError ? error.inStage(step) : error;
  }
}

/** topology: primary-remote (default: remotes use the primary's istiod) or multi-primary. */
export function readTopology(step: string): Topology {
  return readStepChoice<Topology>(step, 'topology', ['primary-remote', 'multi-primary']);
}

/** dataplane: sidecar (default) or ambient (multi-primary only). */
export function readDataplane(step: string): Dataplane {
  return readStepChoice<Dataplane>(step, 'dataplane', ['sidecar', 'ambient']);
}

/** global-services: namespace/name of each Service to mark istio.io/global=true (comma or newline separated). */
export function readGlobalServices(step: string): ServiceRef[] {
  try {
    return parseList(core.getInput('global-services')).map((item) => {
      const [namespace = '', name = '', ...rest] = item.split('/');
      if (rest.length > 0 || name === '')
        throw new InputError({
          input: 'global-services',
          message: `${JSON.stringify(item)} is not namespace/name.`,
          fix: 'give each shared Service as namespace/name, e.g. global-services: shop/cart, shop/checkout',
        });
      return {
        namespace: checkName('global-services', namespace, 'dns-label', 'shop'),
        name: checkName('global-services', name, 'dns-label', 'cart'),
      };
    });
  } catch (error: unknown) {
    throw error instanceof InputError ? error.inStage(step) : error;
  }
}
