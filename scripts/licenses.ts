/**
 * Writes the third-party notices of a bundle: every npm package with code in it (from esbuild's
 * metafile), its license name and license text, sorted by package name.
 * Usage: tsx scripts/licenses.ts <metafile.json> <licenses.txt>
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [metafilePath, outputPath] = process.argv.slice(2);
if (!metafilePath || !outputPath)
  throw new Error('usage: tsx scripts/licenses.ts <metafile.json> <licenses.txt>');

/** The package directory of a bundled file: the innermost node_modules/<name> or node_modules/@scope/<name>. */
function packageDirectory(input: string): string | undefined {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

function licenseText(directory: string): string {
  const file = readdirSync(directory).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  return file ? readFileSync(join(directory, file), 'utf8').trim() : '';
}

const metafile = JSON.parse(readFileSync(metafilePath, 'utf8')) as { inputs: Record<string, unknown> };
const directories = new Set(
  Object.keys(metafile.inputs)
    .map(packageDirectory)
    .filter((d): d is string => d !== undefined && existsSync(join(d, 'package.json'))),
);
const entries = [...directories]
  .map((directory) => {
    const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
      name: string;
      license?: string;
    };
    return { name: manifest.name, license: manifest.license ?? '', text: licenseText(directory) };
  })
  .filter((entry, index, all) => all.findIndex((other) => other.name === entry.name) === index)
  .sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(outputPath, entries.map((e) => `${e.name}\n${e.license}\n${e.text}`).join('\n\n') + '\n');
