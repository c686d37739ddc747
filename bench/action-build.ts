import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/integration/support/action.js';

/** What a build needs from the repository besides node_modules (linked, not copied). */
const SOURCES = ['src', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.check.json', 'action.yml'];

/**
 * The bench's own copy of the action, so it never reads or writes the repository's dist/ (which the
 * tests use): the sources of the working tree, or of a git ref (BENCH_REF), copied to a temp dir and
 * built there the way `npm run build` builds dist/. Resolves with the directory holding action.yml
 * and dist/.
 */
export function buildActionCopy(ref = process.env.BENCH_REF): string {
  const root = mkdtempSync(join(tmpdir(), 'istio-mc-bench-action-'));
  const source = join(root, 'source');
  mkdirSync(source);
  if (ref) {
    const archive = execFileSync('git', ['-C', repoRoot, 'archive', ref, ...SOURCES]);
    execFileSync('tar', ['-x', '-C', source], { input: archive });
  } else {
    for (const entry of SOURCES)
      if (existsSync(join(repoRoot, entry)))
        cpSync(join(repoRoot, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(source, 'node_modules'));
  const actionDir = join(root, 'action');
  mkdirSync(actionDir);
  cpSync(join(source, 'action.yml'), join(actionDir, 'action.yml'));
  const dist = join(actionDir, 'dist');
  const bundle = join(source, 'scripts', 'bundle.sh');
  if (existsSync(bundle)) execFileSync('bash', [bundle, dist], { cwd: source, stdio: 'inherit' });
  else
    execFileSync(
      'npx',
      [
        'ncc',
        'build',
        'src/main.ts',
        '-o',
        dist,
        '--license',
        'licenses.txt',
        '--target',
        'es2022',
        '--quiet',
      ],
      { cwd: source, stdio: 'inherit' },
    );
  return actionDir;
}
