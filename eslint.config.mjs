// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Mantine components that inject an inline <style> element at run time, which the app's CSP blocks. */
const stylesInjectingMantine = ['AppShell', 'SimpleGrid', 'Grid', 'Flex', 'ColorSchemeScript'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },

  // The boundaries of DESIGN.md: each layer imports only what it may.
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$|\\.\\.?/)', message: 'electron/shared imports only zod and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'electron/core runs in plain Node: keep Electron in electron/main.',
            },
          ],
          patterns: [
            {
              regex: '/(main|preload)/|renderer/',
              message: 'electron/core must not depend on main, preload or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The command line runs on plain Node: keep Electron in electron/main.',
            },
          ],
          patterns: [
            {
              // main's app-assets.ts is the one exception: the app and the CLI serve the print page
              // with the same reader and CSP. The rule below keeps that file free of Electron.
              regex: '/preload/|/main/(?!app-assets$)|renderer/',
              message: 'electron/cli uses core and shared; of main, only the Electron-free app-assets.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/app-assets.ts', 'electron/main/security/content-security-policy.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The command line serves the print page with this file: it must run without Electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\.?/)',
              message: 'A sandboxed preload may only use electron and the shared contract.',
            },
            { regex: '/(core|main)/', message: 'The preload must not reach core or main.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer has no Electron: go through the api client.' },
            { name: 'lowdb', message: 'Only the main process writes the store.' },
            {
              name: '@mantine/core',
              importNames: stylesInjectingMantine,
              message: 'This component injects an inline <style>, which the CSP blocks.',
            },
          ],
          patterns: [
            { regex: '^node:', message: 'The renderer has no Node.' },
            {
              regex: 'electron/(core|main|preload)',
              message: 'The renderer reaches main only through the api client.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'newsroom',
          message: 'Use the api client (renderer/src/app/api-client.ts).',
        },
      ],
    },
  },
  {
    files: ['renderer/src/app/api-client.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Matchers such as expect.any() are typed `any` by vitest itself.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Fakes implement async interfaces without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      'no-console': 'off',
    },
  },
);
