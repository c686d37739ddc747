import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MESH_SCHEMA } from '../../../src/istio/mesh-schema.js';

interface Action {
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string; value: string }>;
}

const action = yaml.load(readFileSync('action.yml', 'utf8')) as Action;

/** Rows `| \`name\` | ... |` of the Markdown table that follows a heading. */
function tableNames(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('documentation matches action.yml', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('README - starts with the two commands (main job, all tests)', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm run main-job');
    expect(firstBlock).toContain('npm test');
    expect(readme.indexOf('```bash')).toBeLessThan(1200);
  });

  it('README - the inputs table lists exactly the inputs of action.yml, with their defaults', () => {
    expect(tableNames(readme, 'Inputs')).toEqual(Object.keys(action.inputs));
    for (const [name, spec] of Object.entries(action.inputs)) {
      // The inputs table comes after the steps and modes tables, which may name a step like an input.
      const inputsTable = readme.slice(readme.indexOf('## Inputs'));
      const row = inputsTable.split('\n').find((line) => line.startsWith(`| \`${name}\` |`)) ?? '';
      if (spec.default) expect(row, name).toContain(`\`${spec.default}\``);
      expect(spec.description, `${name} has a description`).toBeTruthy();
    }
  });

  it('README - the outputs table lists exactly the outputs of action.yml', () => {
    expect(tableNames(readme, 'Outputs')).toEqual(Object.keys(action.outputs));
    for (const [name, spec] of Object.entries(action.outputs)) expect(spec.description, name).toBeTruthy();
  });

  it('examples - every workflow uses only real inputs and outputs of the action', () => {
    const files = readdirSync('examples').filter((f) => f.endsWith('.yml'));
    expect(files.sort()).toEqual(expect.arrayContaining(['install.yml', 'resync.yml', 'uninstall.yml']));
    for (const file of files) {
      const text = readFileSync(join('examples', file), 'utf8');
      const workflow = yaml.load(text) as {
        jobs: Record<string, { steps: { id?: string; uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const actionIds = new Set<string>();
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps) {
          if (!step.uses?.includes('istio-multicluster-action@')) continue;
          if (step.id) actionIds.add(step.id);
          for (const input of Object.keys(step.with ?? {}))
            expect(Object.keys(action.inputs), `${file}: ${input}`).toContain(input);
        }
      }
      expect(actionIds.size, `${file} uses the action`).toBeGreaterThan(0);
      for (const match of text.matchAll(/steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+)/g)) {
        if (!actionIds.has(match[1] ?? '')) continue;
        expect(Object.keys(action.outputs), `${file}: ${match[2]}`).toContain(match[2]);
      }
    }
  });

  it('examples - the resync workflow is scheduled and never overlaps itself', () => {
    const resync = yaml.load(readFileSync('examples/resync.yml', 'utf8')) as {
      on: { schedule?: { cron: string }[] };
      concurrency?: { group: string; 'cancel-in-progress'?: boolean };
    };
    expect(resync.on.schedule?.[0]?.cron).toBeTruthy();
    expect(resync.concurrency?.group).toBeTruthy();
    expect(resync.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('README - the mesh table lists every field of the mesh schema, in order', () => {
    interface Field {
      properties?: Record<string, Field>;
      items?: Field;
    }
    const paths = (field: Field, prefix = ''): string[] =>
      Object.entries(field.properties ?? {}).flatMap(([name, child]) =>
        child.items
          ? paths(child.items, `${prefix}${name}[].`)
          : [`${prefix}${name}`, ...paths(child, `${prefix}${name}.`)],
      );
    const table = readme.slice(readme.indexOf('<!-- mesh:start -->'), readme.indexOf('<!-- mesh:end -->'));
    const rows = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(paths(MESH_SCHEMA as Field));
  });

  it('examples - every workflow describes the mesh with the mesh input', () => {
    for (const file of readdirSync('examples')) {
      const text = readFileSync(join('examples', file), 'utf8');
      expect(text, file).toMatch(/^\s+mesh: /m);
    }
  });

  it('examples - the fleet workflow shards remotes over a matrix, one kubeconfig secret per shard, and checks the union', () => {
    const fleet = yaml.load(readFileSync('examples/fleet.yml', 'utf8')) as {
      env: Record<string, string>;
      jobs: Record<
        string,
        {
          needs?: string;
          strategy?: { matrix: { shard: string[] }; 'fail-fast'?: boolean };
          steps: { uses?: string; with?: Record<string, string>; run?: string }[];
        }
      >;
    };
    const shards = fleet.jobs.shard?.strategy?.matrix.shard ?? [];
    expect(shards.length).toBeGreaterThan(1);
    expect(fleet.jobs.shard?.strategy?.['fail-fast']).toBe(false);
    const lists = shards.map((id) => JSON.parse(fleet.env[`SHARD_${id}`] ?? 'null') as string[]);
    const all = lists.flat();
    expect(new Set(all).size, 'shards are disjoint').toBe(all.length);
    const connect = fleet.jobs.shard?.steps.find((s) => s.uses?.includes('istio-multicluster-action@'));
    expect(connect?.with?.['remote-kubeconfigs']).toMatch(
      /secrets\[format\('REMOTE_KUBECONFIGS_\{0\}', matrix\.shard\)\]/,
    );
    expect(fleet.jobs.check?.needs).toBe('shard');
    expect(fleet.jobs.check?.steps.map((s) => s.run ?? '').join('\n')).toMatch(/istio\/multiCluster=true/);
  });
});
