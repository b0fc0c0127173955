import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'bench/dist-*',
      'bench/results',
      'test-results-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'public',
      '.scratch',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'maplibre-gl', message: 'Only src/map/ may import maplibre-gl.', allowTypeImports: true },
            { name: 'react-map-gl/maplibre', message: 'Only src/map/ may import react-map-gl.' },
          ],
        },
      ],
      // Imports flow shared → features → app; features do not import each other (bulletproof-react).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/lib', from: ['./src/app', './src/features', './src/map', './src/state'] },
            { target: './src/data', from: ['./src/app', './src/features', './src/map'] },
            { target: './src/state', from: ['./src/app', './src/features', './src/map'] },
            { target: './src/components', from: ['./src/app', './src/features', './src/map'] },
            { target: './src/map', from: ['./src/app', './src/features'] },
            { target: './src/features', from: ['./src/app'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/map/**/*.{ts,tsx}', 'bench/baseline/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/features/*/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^@\\/features\\//]',
          message: 'Features do not import each other; share through src/lib, src/state or src/components.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
