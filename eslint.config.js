// ESLint (flat config): typescript-eslint's recommended type-aware rules over the whole tree.
// `npm run lint` (part of `npm test` and CI). Each rule's message names the rule; CONTRIBUTING.md
// says how to read and fix the common ones.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { fileNameMatchesMainExport } from './eslint/file-name-matches-main-export.js';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'dist-renderer/**',
      'release/**',
      'node_modules/**',
      '.tmp/**',
      'test/fixtures/**',
      'build/icons/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each file is linted with its runtime's program (the first config that includes it): src/ without the DOM,
      // renderer/ without Node, electron's main and preload apart; tests, benches and tools with the root config.
      parserOptions: {
        project: [
          './src/tsconfig.json',
          './renderer/tsconfig.json',
          './electron/tsconfig.json',
          './electron/tsconfig.preload.json',
          './tsconfig.json',
          './build/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    rules: {
      // Unused names are errors, but `_name` marks one kept on purpose (a destructured field left out, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_' },
      ],
      // Off: an async method that does not await still belongs to a Promise-returning interface (BridgeApi, Driver),
      // and `async` turns a throw into a rejection, which callers rely on.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // A file is named after its main export (CONTRIBUTING.md, "Naming"); test/packaging/file-names.test.ts proves
    // the rule fails on a misnamed file. `allow`: files that keep a name the rule would not give them, and why.
    plugins: { house: { rules: { 'file-name-matches-main-export': fileNameMatchesMainExport } } },
    rules: { 'house/file-name-matches-main-export': ['error', { allow: {} }] },
  },
  {
    // React event handlers may be async: each one catches its own failure and shows it (see CommandRow's `act`).
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }] },
  },
  {
    // Tests and benches read JSON from real processes, sockets and files: `any` is the honest type there and the
    // assertions check the shape. The product code keeps the no-unsafe-* rules.
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // CommonJS scripts (test harness shims preloaded with `node -r`) load modules with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
