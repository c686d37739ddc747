import { workloadReaderOf } from '../kube/workload-reader.js';
import * as core from '@actions/core';
import {
  captureEndpoints,
  type CapturedEndpoint,
  type EndpointsResult,
} from '../stages/endpoints/endpoints.js';
import {
  addressInput,
  COMPONENTS,
  DEFAULT_GATEWAY_SERVICE,
  describeMode,
  ENDPOINT_MODES,
  type ComponentName,
  type EndpointMode,
  type ExplicitAddresses,
} from '../istio/components.js';
import type { ProfileName } from '../istio/profiles.js';
import { parseChoice } from '../util/parse.js';
import {
  readClusters,
  readMode,
  readNamespace,
  readProfile,
  readTimeoutMs,
  skippedFor,
  wiresRemotes,
  type Clusters,
} from './common.js';
import { readStepInputs } from './inputs.js';
import { runAsStep } from './step.js';

const STAGE = 'endpoints';

/** The non-blank `*-address` inputs (all five are read; the stage refuses the ones that do not apply). */
function readExplicitAddresses(): ExplicitAddresses {
  const addresses: Partial<Record<ComponentName, string>> = {};
  for (const spec of COMPONENTS) {
    const value = core.getInput(addressInput(spec.name)).trim();
    if (value) addresses[spec.name] = value;
  }
  return addresses;
}

function describeSource(endpoint: CapturedEndpoint): string {
  switch (endpoint.via) {
    case 'pod':
      return `pod ${endpoint.pod}`;
    case 'service':
      return `LoadBalancer of Service ${endpoint.service}`;
    case 'input':
      return `input ${endpoint.input}`;
  }
}

function reportLines(result: EndpointsResult): string[] {
  const lines = [
    `endpoint mode ${result.mode} (${describeMode(result.mode)}), profile ${result.profile}`,
    ...result.captured.map((c) => `${c.component}: ${c.address} (${describeSource(c)})`),
  ];
  if (result.mode === 'pod-ip')
    lines.push(
      'endpoint mode pod-ip: pod IPs change when control-plane pods restart; schedule mode: resync to repair remotes.',
    );
  return lines;
}

/** One `<name>-pod-ip` output per Istio 1.0 component (istio-current fills pilot only), plus JSON and the mode. */
function outputsOf(result: EndpointsResult): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const spec of COMPONENTS) outputs[`${spec.name}-pod-ip`] = result.addresses[spec.name] ?? '';
  outputs.addresses = JSON.stringify(result.addresses);
  outputs['endpoint-mode'] = result.mode;
  return outputs;
}

/** Every input of the step, read and validated once at its top. */
interface EndpointsInputs {
  readonly endpointMode: EndpointMode;
  readonly profile: ProfileName;
  readonly explicit: ExplicitAddresses;
  readonly gatewayService: string;
  readonly clusters: Clusters;
  readonly namespace: string;
  readonly timeoutMs: number;
}

function readInputs(): EndpointsInputs {
  return readStepInputs<EndpointsInputs>(STAGE, {
    endpointMode: () =>
      parseChoice('endpoint-mode', core.getInput('endpoint-mode'), ENDPOINT_MODES, 'pod-ip'),
    profile: () => readProfile().name,
    explicit: readExplicitAddresses,
    gatewayService: () => core.getInput('gateway-service').trim() || DEFAULT_GATEWAY_SERVICE,
    clusters: readClusters,
    namespace: () => readNamespace(STAGE),
    timeoutMs: () => readTimeoutMs(STAGE),
  });
}

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    const mode = readMode();
    if (!wiresRemotes(mode)) return skippedFor(mode);
    const inputs = readInputs();
    const { endpointMode, profile, explicit, gatewayService } = inputs;
    const { primary } = inputs.clusters;
    const result = await core.group(
      `Capture control-plane endpoints on ${primary.name} (endpoint-mode ${endpointMode})`,
      () =>
        captureEndpoints({
          primary: workloadReaderOf(primary),
          namespace: inputs.namespace,
          timeoutMs: inputs.timeoutMs,
          mode: endpointMode,
          profile,
          explicit,
          gatewayService,
        }),
    );
    return {
      outputs: outputsOf(result),
      report: {
        did: reportLines(result),
        warnings: result.absent.map(
          (a) => `${a.component} not found on ${primary.name}: ${a.reason}; its value is left out.`,
        ),
      },
    };
  });
}
