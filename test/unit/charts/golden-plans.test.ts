// Golden plans: what the action renders for two remotes (east, west) in each topology, from the real
// charts of the istio.io/istio module (read in place from the Go module cache) with the real helm and
// the action's own helm argument lists. A golden file lists, per remote and release, the values the
// action passes and every rendered object with a short digest of its content, so a change in the
// plan or in the charts shows as a readable diff of test/golden/plans/. Rewrite them on purpose with
// UPDATE_GOLDEN=1 and read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { ChartSource } from '../../../src/istio/charts.js';
import { eastWestTargets } from '../../../src/istio/east-west.js';
import { ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import { remotePlanner, type RemotePlan, type RemotePlanSettings } from '../../../src/istio/remote-plan.js';
import { helmTemplate } from '../../../src/tools/helm-cli.js';
import { stableHash } from '../../../src/util/hash.js';
import { describeObject, parseManifest, type ManifestObject } from '../../../src/util/manifest.js';
import { realCharts, realChartsDir } from '../../testbed/istio-module.js';
import { helmBinary } from './helm.js';

const GOLDEN_DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'plans');
const PRIMARY = 'primary';
const REMOTES = ['east', 'west'] as const;
const SINGLE_NETWORK = (): string => 'network1';
const OWN_NETWORKS = (cluster: string): string => `network-${cluster}`;

function chartSource(): ChartSource {
  return {
    kind: 'directory',
    charts: {
      base: realCharts.base,
      istiod: realCharts.istiod,
      gateway: realCharts.gateway,
      'istio-cni': join(realChartsDir(), 'istio-cni'),
      ztunnel: join(realChartsDir(), 'ztunnel'),
    },
  };
}

function settings(overrides: Partial<RemotePlanSettings>): RemotePlanSettings {
  return {
    profile: ISTIO_CURRENT,
    helmPath: helmBinary(),
    namespace: 'istio-system',
    release: 'istio-remote',
    source: chartSource(),
    addresses: {},
    extraValues: [],
    sidecarInjector: true,
    security: { mtls: false, controlPlaneSecurity: false, selfSigned: true },
    meshId: 'mesh1',
    network: SINGLE_NETWORK,
    primaryName: PRIMARY,
    topology: 'primary-remote',
    ...overrides,
  };
}

function eastWest(topology: RemotePlanSettings['topology']): RemotePlanSettings['eastWest'] {
  return eastWestTargets({
    choice: 'auto',
    topology,
    primary: PRIMARY,
    remotes: REMOTES,
    network: OWN_NETWORKS,
  });
}

/** The four topologies the action supports, as the settings its remote-install step builds. */
const TOPOLOGIES: Readonly<Record<string, () => RemotePlanSettings>> = {
  'primary-remote': () => settings({ addresses: { pilot: '10.0.0.7' } }),
  'multi-network': () =>
    settings({
      addresses: { pilot: '203.0.113.10' },
      network: OWN_NETWORKS,
      eastWest: eastWest('primary-remote'),
    }),
  'multi-primary': () => settings({ topology: 'multi-primary' }),
  ambient: () =>
    settings({
      topology: 'multi-primary',
      dataplane: 'ambient',
      network: OWN_NETWORKS,
      eastWest: eastWest('multi-primary'),
    }),
};

/** One object as a golden line: kind, namespace/name and a digest of everything it holds. */
function objectLine(object: ManifestObject): string {
  return `${describeObject(object)} ${stableHash(object).slice(0, 12)}`;
}

async function goldenOf(plan: RemotePlan): Promise<Record<string, unknown>> {
  const releases = [];
  for (const chart of plan.charts) {
    const objects = parseManifest(await helmTemplate(chart));
    releases.push({
      release: chart.release,
      chart: relative(realChartsDir(), chart.chart),
      values: chart.values.map(([key, value]) => `${key}=${value}`),
      objects: objects.map(objectLine).sort(),
      ...(plan.extraObjects?.[chart.release]
        ? { alsoApplied: plan.extraObjects[chart.release]?.map(objectLine) }
        : {}),
    });
  }
  return {
    namespaceLabels: plan.namespaceLabels,
    namespaceAnnotations: plan.namespaceAnnotations,
    addresses: plan.marks.addresses,
    valuesHash: plan.marks.valuesHash,
    releases,
  };
}

async function renderGolden(topology: string): Promise<string> {
  const planner = remotePlanner(TOPOLOGIES[topology]!());
  const remotes: Record<string, unknown> = {};
  for (const remote of REMOTES) remotes[remote] = await goldenOf(planner(remote));
  return yaml.dump(remotes, { lineWidth: -1, noRefs: true });
}

describe('golden plans: the real charts rendered with the plan of each topology', () => {
  for (const topology of Object.keys(TOPOLOGIES)) {
    it(`${topology}: east and west render as test/golden/plans/${topology}.yaml says`, async () => {
      const rendered = await renderGolden(topology);
      const file = join(GOLDEN_DIR, `${topology}.yaml`);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, rendered);
      }
      if (!existsSync(file))
        throw new Error(
          `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run --project unit ${import.meta.filename}`,
        );
      expect(rendered).toBe(readFileSync(file, 'utf8'));
    }, 60_000);
  }
});
