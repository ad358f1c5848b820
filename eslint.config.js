// ESLint flat config: type-aware typescript-eslint, eslint-plugin-regexp, and the dependency
// rules of DESIGN.md §2 (imports point downward; lib/ stays pure; components touch no browser).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

const restrict = (patterns) => ['error', { patterns }];
const browserApis = { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '**/platform/*'], message: 'Browser extension APIs live in entrypoints/ and platform/ only.' };
const ui = { group: ['preact', 'preact/*', '**/components/*', '**/hooks/*', '**/entrypoints/*'], message: 'lib/ is pure logic: no UI, no entrypoints.' };
const dexie = { group: ['dexie', '**/platform/db', '**/lib/storage/*'], message: 'Only the background and extension pages open the library database.' };

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench/results.json', 'cli/threatlight.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'tests/e2e/firefox/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // runtime.onMessage listeners answer by returning a promise (webextension-polyfill).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  { files: ['lib/**'], rules: { 'no-restricted-imports': restrict([browserApis, ui, { group: ['node:*', 'fs', 'path'], message: 'lib/ runs in pages too.' }]) } },
  { files: ['lib/**'], ignores: ['lib/storage/**'], rules: { 'no-restricted-imports': restrict([browserApis, ui, { group: ['dexie'], message: 'Dexie is used by lib/storage only.' }, { group: ['node:*', 'fs', 'path'], message: 'lib/ runs in pages too.' }]) } },
  { files: ['components/**'], rules: { 'no-restricted-imports': restrict([browserApis, dexie, { group: ['**/entrypoints/*', '**/hooks/*'], message: 'Components get data through props.' }]), 'no-restricted-globals': ['error', 'browser', 'chrome', 'indexedDB'] } },
  { files: ['entrypoints/content.ts', 'entrypoints/analyser/**'], rules: { 'no-restricted-imports': restrict([dexie]) } },
  { files: ['scripts/**', 'cli/**', 'tests/**', 'bench/**/*.mjs', '*.config.*'], languageOptions: { globals: { ...globals.node } } },
  // Playwright fixtures must destructure their (empty) dependencies.
  { files: ['tests/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
);
