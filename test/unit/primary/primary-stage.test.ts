// The primary stage through its port (src/stages/primary/chart-target.ts) with an in-memory primary:
// the chart rendered to the run's manifest path and handed over with the stage's marks, the outcome
// returned with that path, and a refusing primary named with the stage and a fix.
import * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { ChartRenderer, DeployInput } from '../../../src/stages/deploy/deploy-chart.js';
import type { ChartTarget } from '../../../src/stages/primary/chart-target.js';
import { installPrimary, type PrimaryInput } from '../../../src/stages/primary/primary.js';
import { stableHash } from '../../../src/util/hash.js';

const MANIFEST = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: istio }\n';

function setUp(overrides: Partial<PrimaryInput> = {}, refuse?: number) {
  const installs: { deploy: DeployInput; manifest: string }[] = [];
  const primary: ChartTarget = {
    name: 'primary',
    install(deploy, manifest) {
      installs.push({ deploy, manifest });
      if (refuse !== undefined) {
        const message = 'configmaps is forbidden';
        return Promise.reject(new k8s.ApiException(refuse, message, JSON.stringify({ message }), {}));
      }
      return Promise.resolve({
        objects: [{ object: 'ConfigMap istio-system/istio', outcome: 'created' }],
        namespace: 'created',
      });
    },
  };
  const renders: string[] = [];
  const render: ChartRenderer = (chart, path) => {
    renders.push(`${chart.chart} -> ${path}`);
    return Promise.resolve(MANIFEST);
  };
  const values: [string, string][] = [['global.meshID', 'mesh1']];
  const input: PrimaryInput = {
    primary,
    render,
    chart: {
      helmPath: '/tools/helm',
      release: 'istio',
      chart: '/charts/istio',
      namespace: 'istio-system',
      values,
    },
    method: 'kubectl',
    kubectlPath: '/tools/kubectl',
    dryRun: false,
    manifestPath: '/runner/temp/primary/primary.yaml',
    adopt: false,
    ...overrides,
  };
  return { input, installs, renders };
}

describe('primary stage', () => {
  it('installPrimary() - renders the chart to the manifest path and installs it with the stage, method and values hash', async () => {
    const { input, installs, renders } = setUp({ method: 'helm', adopt: true });
    const result = await installPrimary(input);

    expect(renders).toEqual(['/charts/istio -> /runner/temp/primary/primary.yaml']);
    expect(installs).toHaveLength(1);
    expect(installs[0]?.manifest).toBe(MANIFEST);
    expect(installs[0]?.deploy).toMatchObject({
      stage: 'primary',
      method: 'helm',
      adopt: true,
      dryRun: false,
      marks: { valuesHash: stableHash(input.chart.values), addresses: {} },
    });
    expect(result).toEqual({
      objects: [{ object: 'ConfigMap istio-system/istio', outcome: 'created' }],
      namespace: 'created',
      manifestPath: '/runner/temp/primary/primary.yaml',
    });
  });

  it('installPrimary() - a primary that refuses fails the stage, naming the primary and what to check', async () => {
    const { input } = setUp({}, 403);
    await expect(installPrimary(input)).rejects.toThrow(
      /\[primary\].*primary.*forbidden.*Fix: check primary-chart and primary-values, and that the primary kubeconfig may create the control plane/,
    );
  });

  it('installPrimary() - a chart that does not render installs nothing', async () => {
    const { input, installs } = setUp({
      render: () => Promise.reject(new Error('rendering chart /charts/istio failed')),
    });
    await expect(installPrimary(input)).rejects.toThrow('rendering chart /charts/istio failed');
    expect(installs).toEqual([]);
  });
});
