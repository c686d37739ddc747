/**
 * Which composite steps a run starts, from its inputs (after `mesh` is translated): the one place
 * the `if:` conditions of action.yml come from. The first step outputs `run-<step>` for each, and
 * action.yml runs a step only when its flag is 'true' (a step still checks its own mode itself).
 * Comparisons ignore case, as GitHub's expressions do. Invalid values are the steps' to refuse
 * (preflight reads them all before the first write).
 */
export const PLANNED_STEPS = [
  'preflight',
  'cacerts',
  'primary',
  'east-west',
  'endpoints',
  'remote-install',
  'remote-kubeconfig',
  'register',
  'verify',
  'uninstall',
  'inject',
] as const;

type PlannedStep = (typeof PLANNED_STEPS)[number];

/** Every step before summary, in action.yml's order: the two that always run, then the planned ones. */
export const REPORTED_STEPS = ['setup-tools', 'credentials', ...PLANNED_STEPS] as const;

const CA_INPUTS = ['ca-cert', 'ca-key', 'root-cert', 'cert-chain', 'root-key'] as const;

export function stepsToRun(inputs: Readonly<Record<string, string>>): Record<PlannedStep, boolean> {
  const value = (name: string) => (inputs[name] ?? '').toLowerCase();
  const mode = value('mode');
  const modeIn = (...modes: string[]) => modes.includes(mode);
  const writes = modeIn('install', 'render', 'resync', '');
  const legacySecurity = value('mtls') === 'true' || value('control-plane-security') === 'true';
  const caGiven =
    CA_INPUTS.some((name) => value(name) !== '') || value('generate-intermediate-cas') === 'true';
  const current = value('profile') !== 'istio-1.0';
  // auto wants gateways only when the clusters are on more than one network: with one network for
  // every cluster (no cluster=network pairs) the step would only report that it has nothing to do.
  const gateways = value('east-west-gateway');
  const eastWestWanted = gateways === 'true' || (gateways !== 'false' && value('network').includes('='));
  return {
    preflight: writes || mode === 'verify',
    cacerts: writes && (caGiven || legacySecurity),
    primary: value('install-primary') === 'true' && modeIn('install', 'render', ''),
    'east-west': current && eastWestWanted && !modeIn('inject', 'verify'),
    endpoints: writes,
    'remote-install': writes,
    'remote-kubeconfig': writes,
    register: writes,
    verify: mode === 'verify' || (value('verify') !== 'false' && current && modeIn('install', 'resync', '')),
    uninstall: mode === 'uninstall',
    inject: !modeIn('uninstall', 'verify') && value('manifests') !== '',
  };
}
