import { enableCompileCache } from './cli/compile-cache.js';
import { errorLine } from './cli/error-line.js';
import { FIRST_STEP, stepNames, runStep, isStepName, type StepName } from './steps/registry.js';

const MINIMUM_NODE_MAJOR = 20;

function checkNode(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (!Number.isFinite(major) || major < MINIMUM_NODE_MAJOR) {
    throw new Error(
      `istio-multicluster-action needs Node.js ${MINIMUM_NODE_MAJOR} or newer on PATH, found ${process.version}. ` +
        'Fix: add actions/setup-node (node-version: 22) before this action on self-hosted runners.',
    );
  }
}

/**
 * The first step starts the run's step host (src/cli/step-host.ts) and runs itself; every later step
 * has the host run it, or runs itself when there is no host.
 */
async function runStepProcess(name: StepName): Promise<void> {
  const host = await import('./cli/step-host-client.js');
  if (name === FIRST_STEP) {
    const { exposeActionInputs } = await import('./steps/action-inputs.js');
    exposeActionInputs(process.argv[1] ?? '');
    const started = host.startStepHost(process.argv[1] ?? '');
    try {
      await runStep(name);
    } finally {
      // Also when the step threw: the summary step (which always runs) then ends the host, or
      // announceStepHost stops it at once when the run has no state.
      if (started) await host.announceStepHost(started);
    }
    return;
  }
  const code = await host.runThroughHost(name);
  if (code === undefined) await runStep(name);
  else process.exitCode = code;
}

async function main(argv: readonly string[]): Promise<void> {
  checkNode();
  // Before any chunk is imported: every later step of the job then loads them from the cache.
  enableCompileCache();
  const [command, name, ...rest] = argv;
  if (command === 'step' && name !== undefined && isStepName(name)) {
    await runStepProcess(name);
    return;
  }
  if (command === 'step-host' && name !== undefined) {
    const { serveSteps } = await import('./cli/step-host.js');
    await serveSteps(name);
    // Kept-alive connections to the clusters would hold the process: the run is over.
    process.exit(0);
  }
  if (command === 'run' || command === 'help' || command === '--help' || command === undefined) {
    const { runCli } = await import('./cli/run.js');
    process.exitCode = await runCli(argv.slice(command === 'run' ? 1 : 0));
    return;
  }
  if (command === 'step') {
    throw new Error(`Unknown step "${name ?? ''}". Known steps: ${stepNames.join(', ')}.`);
  }
  void rest;
  throw new Error(`Unknown command "${command}". Use "run --help" or "step <${stepNames.join('|')}>".`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stdout.write(errorLine(error));
  process.exitCode = 1;
});
