import * as core from '@actions/core';
import { captureEndpoints } from '../stages/endpoints.js';
import { COMPONENTS } from '../istio/components.js';
import { readClusters, readNamespace, readTimeoutMs } from './common.js';
import { runAsStep } from './step.js';

export function run(): Promise<void> {
  return runAsStep('endpoints', async () => {
    const { primary } = readClusters();
    const result = await core.group(`Capture control-plane endpoints on ${primary.name}`, () =>
      captureEndpoints({ primary, namespace: readNamespace(), timeoutMs: readTimeoutMs() }),
    );
    const outputs: Record<string, string> = {};
    for (const spec of COMPONENTS) outputs[`${spec.name}-pod-ip`] = result.addresses[spec.name] ?? '';
    outputs.addresses = JSON.stringify(result.addresses);
    return {
      outputs,
      report: {
        did: [
          ...result.captured.map((c) => `${c.component}: ${c.address} (pod ${c.pod})`),
          'endpoint mode pod-ip: pod IPs change when control-plane pods restart; schedule mode: resync to repair remotes.',
        ],
        warnings: result.absent.map(
          (a) => `${a.component} not found on ${primary.name}: ${a.reason}; its value is left out.`,
        ),
      },
    };
  });
}
