import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers of src/, each importing only from those below it:
 * steps -> stages -> stages/shared -> kube | istio | tools -> util.
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
  layer(
    'src/stages/*.ts',
    ['../steps/*', '../cli/*', './*', '!./shared'],
    'a stage imports no step, no CLI and no other stage: move shared pieces to stages/shared/.',
  ),
  layer(
    'src/stages/shared/**/*.ts',
    ['../*', '!../..', '../../steps/*', '../../cli/*'],
    'stages/shared/ sits below the stages: it imports no stage, step or CLI.',
  ),
  layer('src/steps/**/*.ts', ['../cli/*'], 'steps/ do not import the CLI.'),
);
