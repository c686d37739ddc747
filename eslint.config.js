import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers of src/, each importing only from those below it:
 * steps -> stages/<stage>/ -> stages/deploy | stages/secrets -> kube | istio | tools -> util.
 * A stage's folder holds the helpers only it uses: no other stage imports them.
 */
const layer = (files, forbidden, message, allowTypeImports = false) => ({
  files: [files],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [{ group: forbidden, message, allowTypeImports }] },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.testbed/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'import-x/no-cycle': 'error',
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  layer(
    'src/util/**/*.ts',
    ['../steps/*', '../stages/*', '../kube/*', '../istio/*', '../tools/*', '../cli/*'],
    'util/ is the bottom layer: it imports nothing of the action.',
  ),
  layer(
    'src/kube/**/*.ts',
    ['../steps/*', '../stages/*', '../istio/*', '../tools/*', '../cli/*'],
    'kube/ knows nothing of Istio, tools or stages.',
  ),
  // Types of Kubernetes objects and tool arguments are fine in istio/: only I/O is not.
  layer(
    'src/istio/**/*.ts',
    ['../steps/*', '../stages/*', '../kube/*', '../tools/*', '../cli/*'],
    'istio/ is Istio knowledge without I/O (type imports only from kube/ and tools/).',
    true,
  ),
  layer(
    'src/tools/**/*.ts',
    ['../steps/*', '../stages/*', '../kube/*', '../istio/*', '../cli/*'],
    'tools/ installs and runs CLIs; it knows nothing of stages, Kubernetes or Istio.',
  ),
  // A stage folder may import itself, the two shared themes and the layers below; never another stage.
  layer(
    'src/stages/*/**/*.ts',
    ['../*', '!../deploy', '!../secrets', '!../..', '../../steps/*', '../../cli/*'],
    "a stage imports no step, no CLI and no other stage's folder: move a piece several stages need to stages/deploy/ or stages/secrets/.",
  ),
  layer(
    'src/stages/{deploy,secrets}/**/*.ts',
    ['../*', '!../deploy', '!../secrets', '!../..', '../../steps/*', '../../cli/*'],
    'stages/deploy/ and stages/secrets/ sit below the stages: they import no stage, step or CLI.',
  ),
  layer('src/steps/**/*.ts', ['../cli/*'], 'steps/ do not import the CLI.'),
);
