import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Packages are what ships or what tests share: they never reach into the repository's scripts or tests.
const NO_SCRIPTS_OR_TESTS = {
  group: ['**/scripts/*', '**/test/*'],
  message: 'A package imports no script or test.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/data/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/*/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_SCRIPTS_OR_TESTS] }] },
  },
  {
    // The engine is pure: no GitHub, no network, no environment. Enforced, not hoped for.
    files: ['packages/engine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_SCRIPTS_OR_TESTS,
            {
              group: ['@actions/*', '@octokit/*', '@mlgate/github', '@mlgate/local-github'],
              message: 'The engine has no GitHub code.',
            },
            { group: ['node:http', 'node:https', 'node:net'], message: 'The engine does no network I/O.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'The engine reads no environment.' },
      ],
    },
  },
);
