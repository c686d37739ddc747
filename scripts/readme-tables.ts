/** Prints the README's input and output tables from action.yml (npm run --silent readme-tables). */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = yaml.load(readFileSync('action.yml', 'utf8')) as Action;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const lines = ['| input | default | description |', '| --- | --- | --- |'];
for (const [name, spec] of Object.entries(action.inputs)) {
  lines.push(
    `| \`${name}\` | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`,
  );
}
lines.push('', '| output | description |', '| --- | --- |');
for (const [name, spec] of Object.entries(action.outputs))
  lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
process.stdout.write(`${lines.join('\n')}\n`);
