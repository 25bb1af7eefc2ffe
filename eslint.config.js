// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Import rule of DESIGN.md: imports only point down (renderer → shared, electron → shared). */
const nodeBuiltins = ['node:*'];
/** Bare built-in names ('fs', 'path' …) are matched exactly, so a relative './path' stays allowed. */
const bareBuiltins = (/** @type {string} */ message) => builtinModules.map((name) => ({ name, message }));

const restrict = (
  /** @type {{group: string[], message: string}[]} */ patterns,
  /** @type {{name: string, message: string}[]} */ paths = [],
) => ({
  'no-restricted-imports': ['error', { patterns, paths }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tsbuild/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict([
        { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
        { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins (fs, node:*).' },
        { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
        { group: ['react', 'react-dom', 'react-dom/*'], message: 'shared/ has no DOM or React.' },
      ], bareBuiltins('shared/ is pure: no Node built-ins (fs, node:*).')),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      { group: ['**/electron/**', 'electron', 'electron/*'], message: 'renderer/ talks to the main process only through shared/api.' },
      { group: nodeBuiltins, message: 'renderer/ runs in a sandbox: no Node built-ins.' },
    ], bareBuiltins('renderer/ runs in a sandbox: no Node built-ins.')),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict([{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/ (the shell loads the built renderer by path).' }]),
  },
  {
    // Only the thin shell touches Electron; handlers, store and CLI run in plain Node.
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: restrict([
      { group: ['**/renderer/**'], message: 'electron/ never imports renderer/ (the shell loads the built renderer by path).' },
      { group: ['electron', 'electron/*'], message: 'Only electron/shell/ may import Electron; the rest reaches the OS through ports.' },
      { group: ['**/shell/**', './shell/*'], message: 'Only the shell may depend on the shell.' },
    ]),
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern; `{}` means "none".
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // zod stays out of the renderer bundle: values come from shared/api's zod-free modules (client, errors,
    // channels, bridge); the contract, the profile schema and the file format are for types only here.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'shared/(api(/index|/contract)?|profile|profile-file(/.*)?)$',
              allowTypeImports: true,
              message: 'Import types only: these modules build zod schemas, which the renderer does not need.',
            },
            {
              regex: 'shared/(catalog(/index)?|catalog/(criteria|options|ratings|sources|questions(/.*)?))$',
              allowTypeImports: true,
              message: 'The renderer sees the catalogue only through the API (useCatalog), so an overlay served by main reaches every part.',
            },
          ],
        },
      ],
    },
  },
);
