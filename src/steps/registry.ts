/** The composite steps of action.yml, each loaded only when it runs (so setup-tools never loads the Kubernetes client). */
const steps = {
  'setup-tools': () => import('./setup-tools.js'),
  credentials: () => import('./credentials.js'),
  preflight: () => import('./preflight.js'),
  primary: () => import('./primary.js'),
  'east-west': () => import('./east-west.js'),
  endpoints: () => import('./endpoints.js'),
  'remote-install': () => import('./remote-install.js'),
  'remote-kubeconfig': () => import('./remote-kubeconfig.js'),
  register: () => import('./register.js'),
  verify: () => import('./verify.js'),
  uninstall: () => import('./uninstall.js'),
  cacerts: () => import('./cacerts.js'),
  inject: () => import('./inject.js'),
  summary: () => import('./summary.js'),
} as const;

export type StepName = keyof typeof steps;

/** The step that gets the action's inputs, writes the run state and starts the step host. */
export const FIRST_STEP: StepName = 'setup-tools';
export const stepNames = Object.keys(steps) as StepName[];

export function isStepName(name: string): name is StepName {
  return Object.hasOwn(steps, name);
}

export async function runStep(name: StepName): Promise<void> {
  const module = await steps[name]();
  await module.run();
}

/** Loads every step's module ahead of its run (the step host, while it waits for its first step). */
export async function loadSteps(): Promise<void> {
  for (const load of Object.values(steps)) await load();
}
