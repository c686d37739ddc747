// stepsToRun() against the if: conditions action.yml carried before the run state (the GitHub
// expressions, evaluated by the composite runner's evaluator): the plan starts the same steps for
// every combination of the inputs those conditions read, except east-west, which with
// east-west-gateway auto and one network for every cluster is no longer started only to skip itself.
import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/cli/conditions.js';
import { PLANNED_STEPS, stepsToRun } from '../../../src/steps/step-plan.js';

const FORMER_CONDITIONS: Record<string, string> = {
  preflight:
    "${{ (inputs.mode == 'install' || inputs.mode == 'render' || inputs.mode == 'resync' || inputs.mode == 'verify' || inputs.mode == '') }}",
  cacerts:
    "${{ (inputs.mode == 'install' || inputs.mode == 'render' || inputs.mode == 'resync' || inputs.mode == '') && (inputs.ca-cert != '' || inputs.ca-key != '' || inputs.root-cert != '' || inputs.cert-chain != '' || inputs.root-key != '' || inputs.generate-intermediate-cas == 'true' || inputs.mtls == 'true' || inputs.control-plane-security == 'true') }}",
  primary:
    "${{ inputs.install-primary == 'true' && (inputs.mode == 'install' || inputs.mode == 'render' || inputs.mode == '') }}",
  'east-west':
    "${{ inputs.profile != 'istio-1.0' && inputs.east-west-gateway != 'false' && inputs.mode != 'inject' && inputs.mode != 'verify' }}",
  endpoints:
    "${{ (inputs.mode == 'install' || inputs.mode == 'render' || inputs.mode == 'resync' || inputs.mode == '') }}",
  'remote-install':
    "${{ (inputs.mode == 'install' || inputs.mode == 'render' || inputs.mode == 'resync' || inputs.mode == '') }}",
  'remote-kubeconfig':
    "${{ (inputs.mode == 'install' || inputs.mode == 'render' || inputs.mode == 'resync' || inputs.mode == '') }}",
  register:
    "${{ (inputs.mode == 'install' || inputs.mode == 'render' || inputs.mode == 'resync' || inputs.mode == '') }}",
  verify:
    "${{ inputs.mode == 'verify' || (inputs.verify != 'false' && inputs.profile != 'istio-1.0' && (inputs.mode == 'install' || inputs.mode == 'resync' || inputs.mode == '')) }}",
  uninstall: "${{ inputs.mode == 'uninstall' }}",
  inject: "${{ inputs.mode != 'uninstall' && inputs.mode != 'verify' && inputs.manifests != '' }}",
};

const CHOICES: Record<string, readonly string[]> = {
  mode: ['', 'install', 'render', 'resync', 'verify', 'uninstall', 'inject', 'RESYNC'],
  profile: ['istio-current', 'istio-1.0', 'ISTIO-1.0'],
  'install-primary': ['false', 'true'],
  'east-west-gateway': ['auto', 'false', 'true'],
  network: ['network1', 'east=network1,west=network2'],
  verify: ['true', 'false'],
  manifests: ['', 'app.yaml'],
  'ca-cert': ['', 'x'],
  'generate-intermediate-cas': ['false', 'true'],
  mtls: ['false', 'true'],
};

/** Every combination of CHOICES. */
function combinations(): Record<string, string>[] {
  let all: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(CHOICES))
    all = all.flatMap((partial) => values.map((value) => ({ ...partial, [name]: value })));
  return all;
}

const formerResults = new Map<string, boolean>();

/** The former if: condition of a step, evaluated once per combination of the inputs it reads. */
function formerCondition(step: string, inputs: Record<string, string>): boolean {
  const condition = FORMER_CONDITIONS[step] ?? '';
  const read = [...condition.matchAll(/inputs\.([\w-]+)/g)].map(([, name]) => inputs[name ?? ''] ?? '');
  const key = `${step}|${read.join('|')}`;
  let result = formerResults.get(key);
  if (result === undefined) {
    result = evaluateCondition(condition, (path) => inputs[path.replace(/^inputs\./, '')] ?? '', false);
    formerResults.set(key, result);
  }
  return result;
}

describe('stepsToRun()', () => {
  it('stepsToRun() - plans every step action.yml had a condition for, and only those', () => {
    expect([...PLANNED_STEPS].sort()).toEqual(Object.keys(FORMER_CONDITIONS).sort());
  });

  it('stepsToRun() - starts the same steps as the former if: conditions for every combination of their inputs', () => {
    const cases = combinations();
    expect(cases.length).toBeGreaterThan(1000);
    // mismatches are collected, not asserted one by one, and each former condition is evaluated
    // once per combination of what it reads: 200k expect() calls and evaluations took over 5 s on
    // a loaded runner
    const mismatches: string[] = [];
    for (const inputs of cases) {
      const plan = stepsToRun(inputs);
      for (const step of PLANNED_STEPS) {
        const former = formerCondition(step, inputs);
        // east-west, newly: with one network for every cluster, auto starts no step to skip itself
        const oneNetworkAuto =
          step === 'east-west' && inputs['east-west-gateway'] === 'auto' && !inputs.network?.includes('=');
        if (plan[step] !== (former && !oneNetworkAuto))
          mismatches.push(`${step}: planned ${plan[step]} with ${JSON.stringify(inputs)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('stepsToRun() - an install with the defaults starts the writing steps and verify, not east-west (one network), uninstall or inject', () => {
    const plan = stepsToRun({ mode: 'install', profile: 'istio-current', verify: 'true' });
    expect(
      Object.entries(plan)
        .filter(([, run]) => run)
        .map(([step]) => step),
    ).toEqual(['preflight', 'endpoints', 'remote-install', 'remote-kubeconfig', 'register', 'verify']);
    const twoNetworks = stepsToRun({
      mode: 'install',
      profile: 'istio-current',
      'east-west-gateway': 'auto',
      network: 'primary=n1, east=n2',
    });
    expect(twoNetworks['east-west']).toBe(true);
  });
});
