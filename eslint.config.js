// @ts-check
/**
 * ESLint for the whole repository, run by `npm run lint` and by `npm test`, with zero warnings allowed.
 * typescript-eslint's recommended set everywhere. Its type-checked set over the whole tree measured
 * ~95 s of CPU (8 min wall on this loaded 2-core machine), so only src/ gets type information, for four
 * rules chosen for what they catch here (~43 s CPU): unhandled and misused promises, awaiting a
 * non-promise, and `!`/`as` assertions the types already make true.
 * Formatting is Prettier's job (`.prettierrc.json`), so no stylistic rules here.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'custom-elements.json', 'node_modules/', 'coverage/', '.test-results/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.broker.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    rules: {
      // Parameters an override's signature needs but its body does not are named `_like` this.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // French typography puts no-break spaces before « : ; ! ? » inside the catalogue's template strings.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
    },
  },
  {
    files: ['src/components/api-console/internal/snippets/**'],
    // Snippet literals escape control characters, so their patterns have to name them.
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['sandbox/oidc-provider.d.ts'],
    // Declares an untyped library; the parts the sandbox reads loosely stay loose, as its header says.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**', 'test/**', 'stories/**', '.storybook/**', 'sandbox/demo/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['sandbox/**', 'scripts/**', 'bench/**', 'test/node/**', 'examples/**', '*.js', '*.mjs'],
    ignores: ['sandbox/demo/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['bench/**', 'scripts/story-smoke.js'],
    // These drive Chromium through puppeteer; their `page.evaluate` callbacks run in the page.
    languageOptions: { globals: globals.browser },
  },
);
