import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseMeshDescription, type MeshDescription } from '../../../src/istio/mesh-description.js';
import {
  DESCRIBED_INPUT_DEFAULTS,
  MESH_FIELD_OF_INPUT,
  deprecatedInputs,
  inputsClashingWithDescription,
  inputsOfDescription,
} from '../../../src/istio/mesh-inputs.js';
import { MESH_SCHEMA } from '../../../src/istio/mesh-schema.js';

const root = join(import.meta.dirname, '..', '..', '..');

const EAST_WEST = `
meshID: mesh-prod
charts: { repository: https://istio-release.storage.googleapis.com/charts, version: 1.30.1 }
clusters:
  - { name: central, context: ctx-central, network: net-a }
  - { name: east, context: ctx-east, network: net-b, apiServer: https://10.0.12.4:6443 }
  - { name: west, context: ctx-west, network: net-a }
`;

function parsed(text: string): MeshDescription {
  const result = parseMeshDescription(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

function problems(text: string): readonly string[] {
  const result = parseMeshDescription(text);
  if (result.ok) throw new Error('accepted');
  return result.problems;
}

describe('mesh description', () => {
  it('the first cluster is the primary by default; the inputs it stands for', () => {
    const mesh = parsed(EAST_WEST);
    expect(mesh.clusters.map((c) => `${c.name}:${c.role}`)).toEqual([
      'central:primary',
      'east:remote',
      'west:remote',
    ]);
    expect(inputsOfDescription(mesh)).toEqual({
      topology: 'primary-remote',
      'mesh-id': 'mesh-prod',
      'primary-name': 'central',
      'primary-context': 'ctx-central',
      'remote-names': 'east,west',
      'remote-contexts': 'ctx-east,ctx-west',
      'remote-api-servers': 'east=https://10.0.12.4:6443',
      'chart-repository': 'https://istio-release.storage.googleapis.com/charts',
      'chart-version': '1.30.1',
      network: 'central=net-a\neast=net-b\nwest=net-a',
    });
  });

  it('role primary puts that cluster first; one network is given as one value; a release and a directory', () => {
    const mesh = parsed(`
charts: { release: 1.30.1 }
clusters: [{ name: a, network: n1 }, { name: b, role: primary, network: n1 }]`);
    expect(mesh.clusters.map((c) => c.name)).toEqual(['b', 'a']);
    expect(inputsOfDescription(mesh)).toMatchObject({
      'istio-version': '1.30.1',
      network: 'n1',
      'remote-names': 'a',
    });
    expect(
      inputsOfDescription(
        parsed('charts: { directory: manifests/charts }\nclusters: [{name: a}, {name: b}]'),
      ),
    ).toMatchObject({
      chart: 'manifests/charts',
    });
  });

  it('multi-primary: every cluster is a primary; ambient only there', () => {
    const mesh = parsed('topology: multi-primary\ndataplane: ambient\nclusters: [{name: a}, {name: b}]');
    expect(mesh.clusters.every((c) => c.role === 'primary')).toBe(true);
    expect(inputsOfDescription(mesh)).toMatchObject({ topology: 'multi-primary', dataplane: 'ambient' });
    const addressed = parsed(
      'topology: multi-primary\nclusters: [{name: a, apiServer: "https://a:6443"}, {name: b}]',
    );
    expect(inputsOfDescription(addressed)['remote-api-servers']).toBe('a=https://a:6443');
    expect(problems('dataplane: ambient\nclusters: [{name: a}, {name: b}]')).toEqual([
      'mesh.dataplane: ambient needs topology: multi-primary',
    ]);
    expect(problems('topology: multi-primary\nclusters: [{name: a}, {name: b, role: remote}]')[0]).toMatch(
      /no remotes/,
    );
  });

  it('schema problems name the field path', () => {
    expect(problems('clusters: [{name: a}, {name: East_1}]')[0]).toMatch(
      /^mesh\.clusters\[1\]\.name is not valid/,
    );
    expect(problems('clusters: [{name: a}, {name: b, kubeconfig: x}]')).toEqual([
      'mesh.clusters[1].kubeconfig is not a field of the mesh description',
    ]);
    expect(problems('meshID: m')).toEqual(['mesh.clusters is required']);
    expect(problems('clusters: [{name: a}]')[0]).toMatch(/^mesh\.clusters must NOT have fewer than 2 items/);
    expect(problems('charts: { release: 1.30.1, directory: x }\nclusters: [{name: a}, {name: b}]')).toEqual([
      'mesh.charts needs exactly one of directory, release, repository',
    ]);
    expect(problems('charts: { directory: x, version: 1.2.3 }\nclusters: [{name: a}, {name: b}]')[0]).toMatch(
      /mesh\.charts\.repository is required/,
    );
    expect(problems('clusters: [{name: a}, {name: b, apiServer: "http://10.0.0.1"}]')[0]).toMatch(
      /^mesh\.clusters\[1\]\.apiServer is not valid/,
    );
  });

  it('values that could be read as flags or hold spaces are refused where they are read', () => {
    expect(problems('clusters: [{name: a, context: --kubeconfig=/etc/x}, {name: b, context: c}]')[0]).toMatch(
      /^mesh\.clusters\[0\]\.context is not valid/,
    );
    expect(problems('charts: { directory: --set }\nclusters: [{name: a}, {name: b}]')[0]).toMatch(
      /^mesh\.charts\.directory/,
    );
    expect(problems('clusters: [{name: a}, {name: "-b"}]')[0]).toMatch(/^mesh\.clusters\[1\]\.name/);
  });

  it('meaning: duplicate names, two primaries, contexts on some clusters only, apiServer on the primary', () => {
    expect(problems('clusters: [{name: a}, {name: a}]')).toEqual([
      'mesh.clusters: the name "a" is given more than once',
    ]);
    expect(problems('clusters: [{name: a, role: primary}, {name: b, role: primary}]')[0]).toMatch(
      /use topology: multi-primary/,
    );
    expect(problems('clusters: [{name: a, context: x}, {name: b}]')[0]).toMatch(/every cluster a context/);
    expect(problems('clusters: [{name: a, apiServer: "https://x:6443"}, {name: b}]')[0]).toMatch(
      /apiServer of a is not used/,
    );
  });

  it('not YAML, or YAML that is not an object', () => {
    expect(problems('clusters: [')[0]).toMatch(/^mesh is not valid YAML/);
    expect(problems('just text')[0]).toMatch(/^mesh must be object/);
  });

  it('inputs given beside mesh that it sets are named; deprecation warnings name the mesh field', () => {
    const given = { ...DESCRIBED_INPUT_DEFAULTS, 'remote-names': 'east', network: 'net-a' };
    expect(inputsClashingWithDescription(given)).toEqual(['remote-names', 'network']);
    expect(inputsClashingWithDescription(DESCRIBED_INPUT_DEFAULTS)).toEqual([]);
    expect(deprecatedInputs({ 'remote-api-servers': 'east=https://x' })).toEqual([
      'input remote-api-servers is deprecated and will be removed in v2: describe the mesh with the mesh input (clusters[].apiServer)',
    ]);
  });

  it('the defaults it compares with are action.yml defaults; every described input exists there', () => {
    const action = yaml.load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    for (const name of Object.keys(MESH_FIELD_OF_INPUT))
      expect(action.inputs[name]?.default ?? '', name).toBe(DESCRIBED_INPUT_DEFAULTS[name]);
    expect(action.inputs.mesh).toBeDefined();
  });

  it('mesh.schema.json is the schema the action validates with', () => {
    expect(JSON.parse(readFileSync(join(root, 'mesh.schema.json'), 'utf8'))).toEqual(MESH_SCHEMA);
  });

  it('every example describes its mesh with mesh (fleet.yml builds its remotes at run time), and each description is valid', () => {
    const dir = join(root, 'examples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      const workflow = yaml.load(readFileSync(join(dir, file), 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
      };
      const uses = Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .filter((step) => step.uses?.includes('istio-multicluster-action'));
      expect(uses.length, file).toBeGreaterThan(0);
      for (const step of uses) {
        const given = step.with ?? {};
        if (file === 'fleet.yml') continue;
        expect(deprecatedInputs(given), file).toEqual([]);
        const result = parseMeshDescription(given.mesh ?? '');
        expect(result.ok ? [] : result.problems, file).toEqual([]);
      }
    }
  });
});
