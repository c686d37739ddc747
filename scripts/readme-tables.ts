/** Regenerates the README's input and output tables from action.yml (npm run docs). */
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';

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
writeFileSync('README.md', readme);
