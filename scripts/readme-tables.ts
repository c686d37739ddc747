/**
 * Regenerates the README's tables (npm run docs): inputs and outputs from action.yml, the mesh
 * description's fields from its JSON Schema (src/istio/mesh-schema.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { MESH_SCHEMA } from '../src/istio/mesh-schema.js';
import { MESH_FIELD_OF_INPUT } from '../src/istio/mesh-inputs.js';

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = yaml.load(readFileSync('action.yml', 'utf8')) as Action;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const inputs = ['| input | default | description |', '| --- | --- | --- |'];
for (const [name, spec] of Object.entries(action.inputs)) {
  inputs.push(
    `| \`${name}\` | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`,
  );
}
const outputs = ['| output | description |', '| --- | --- |'];
for (const [name, spec] of Object.entries(action.outputs))
  outputs.push(`| \`${name}\` | ${cell(spec.description)} |`);

interface FieldSchema {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, FieldSchema>>;
  readonly items?: FieldSchema;
}

/** Every leaf field of the schema as [path, description], `clusters[].name` style. */
function meshFields(schema: FieldSchema, prefix = ''): [string, string][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]): [string, string][] => {
    const path = `${prefix}${name}`;
    if (field.items) return meshFields(field.items, `${path}[].`);
    if (field.properties) return [[path, field.description ?? ''], ...meshFields(field, `${path}.`)];
    return [[path, field.description ?? '']];
  });
}

const inputsOfField = (path: string): string[] =>
  Object.entries(MESH_FIELD_OF_INPUT)
    .filter(([, field]) => field === path || field.startsWith(`${path} `))
    .map(([input]) => `\`${input}\``);

const mesh = ['| field | meaning | stands for the input |', '| --- | --- | --- |'];
for (const [path, description] of meshFields(MESH_SCHEMA as FieldSchema))
  mesh.push(`| \`${path}\` | ${cell(description)} | ${inputsOfField(path).join(', ')} |`);

function replaceBetween(text: string, marker: string, body: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

let readme = readFileSync('README.md', 'utf8');
readme = replaceBetween(readme, 'inputs', inputs.join('\n'));
readme = replaceBetween(readme, 'outputs', outputs.join('\n'));
readme = replaceBetween(readme, 'mesh', mesh.join('\n'));
writeFileSync('README.md', readme);
