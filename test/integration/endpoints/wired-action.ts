import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { runComposite } from '../../../src/cli/composite.js';
import { repoRoot, type ActionHarness, type ActionRun } from '../support/action.js';

/**
 * The action.yml wiring endpoint-mode needs (handed to the lead). Until action.yml carries it, the
 * tests run a copy of action.yml with exactly these additions, so they exercise the real composite.
 */
export const ENDPOINT_INPUTS: Readonly<Record<string, { description: string; default: string }>> = {
  'endpoint-mode': {
    description:
      "Where remotes get the control-plane addresses: pod-ip (Running pod IPs, which change when pods restart), load-balancer (each control-plane Service's LoadBalancer address), gateway (the LoadBalancer address of gateway-service for every component) or explicit (the *-address inputs).",
    default: 'pod-ip',
  },
  profile: {
    description:
      'Istio layout: istio-1.0 (the seed: pilot, policy, telemetry, statsd, zipkin) or istio-current (one istiod discovery address, through the east-west gateway).',
    default: 'istio-1.0',
  },
  'gateway-service': {
    description:
      'Service in istio-namespace on the primary whose LoadBalancer address every component uses with endpoint-mode gateway.',
    default: 'istio-ingressgateway',
  },
  'pilot-address': {
    description:
      'endpoint-mode explicit: address of pilot (istio-current: of istiod, e.g. the east-west gateway), required. A bare IPv4 address or DNS name, no scheme or port: the chart appends the ports.',
    default: '',
  },
  'policy-address': {
    description:
      'endpoint-mode explicit: address of the policy mixer (IPv4 or DNS name, no port); empty leaves it out.',
    default: '',
  },
  'telemetry-address': {
    description:
      'endpoint-mode explicit: address of the telemetry mixer (IPv4 or DNS name, no port); empty leaves it out.',
    default: '',
  },
  'statsd-address': {
    description:
      'endpoint-mode explicit: address of statsd-prom-bridge (IPv4 or DNS name, no port); empty leaves statsd off.',
    default: '',
  },
  'zipkin-address': {
    description:
      'endpoint-mode explicit: address of zipkin (IPv4 or DNS name, no port); empty leaves tracing out.',
    default: '',
  },
};

export const ENDPOINT_OUTPUT = {
  description: 'Where the *-pod-ip addresses came from: pod-ip, load-balancer, gateway or explicit.',
  value: '${{ steps.endpoints.outputs.endpoint-mode }}',
};

interface ActionYaml {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { steps: { id: string; env?: Record<string, string> }[] };
}

function envName(input: string): string {
  return `INPUT_${input.toUpperCase()}`;
}

/** Adds whatever of the wiring action.yml still lacks; returns how many additions were made. */
function wire(action: ActionYaml): number {
  let added = 0;
  const step = action.runs.steps.find((s) => s.id === 'endpoints');
  if (!step) throw new Error('action.yml has no endpoints step');
  step.env ??= {};
  for (const [name, spec] of Object.entries(ENDPOINT_INPUTS)) {
    if (!(name in action.inputs)) {
      action.inputs[name] = spec;
      added++;
    }
    if (!(envName(name) in step.env)) {
      step.env[envName(name)] = `\${{ inputs.${name} }}`;
      added++;
    }
  }
  if (!('endpoint-mode' in action.outputs)) {
    action.outputs['endpoint-mode'] = ENDPOINT_OUTPUT;
    added++;
  }
  return added;
}

export interface WiredAction {
  /** The repository itself when action.yml is wired, else a copy of action.yml plus a link to dist/. */
  readonly actionDir: string;
  readonly patched: boolean;
  cleanup(): void;
}

export function wiredAction(): WiredAction {
  const action = yaml.load(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYaml;
  if (wire(action) === 0) return { actionDir: repoRoot, patched: false, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'endpoints-action-'));
  writeFileSync(join(dir, 'action.yml'), yaml.dump(action, { lineWidth: -1 }));
  symlinkSync(join(repoRoot, 'dist'), join(dir, 'dist'));
  return { actionDir: dir, patched: true, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** harness.run, against the wired action: same mirror, tool cache and runner environment. */
export async function runWired(
  harness: ActionHarness,
  wired: WiredAction,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  if (!wired.patched) return harness.run(inputs);
  const runnerTemp = mkdtempSync(join(wired.actionDir, 'runner-temp-'));
  let log = '';
  const result = await runComposite({
    actionDir: wired.actionDir,
    inputs: { 'tools-mirror': harness.mirror.url, ...inputs },
    env: {
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: harness.toolCache,
      GITHUB_WORKSPACE: repoRoot,
      GITHUB_RUN_ID: String(Date.now()),
      GITHUB_JOB: 'test',
    },
    onOutput: (chunk) => (log += chunk),
  });
  return { ...result, log, runnerTemp };
}
