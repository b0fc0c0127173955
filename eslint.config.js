import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { fileURLToPath } from 'node:url';

/**
 * The app's floors, lowest first (docs/architecture.md): each may import only from those before it.
 * src/i18n stands beside the chain: it imports only src/model, and only the React floors from
 * src/components up import it. src/testing serves tests only; nothing in src imports geo, bench or e2e.
 */
export const LAYERS = ['model', 'lib', 'data', 'state', 'hooks', 'components', 'map', 'features', 'app'];
const BELOW_I18N = ['model', 'lib', 'data', 'state', 'hooks'];
const OUTSIDE_SRC = ['./geo', './bench', './e2e', './scripts'];
const floor = (name) => `./src/${name}`;
/** Tests (`*.test.ts(x)`) may also import the shared fixtures in src/testing. */
const layerZones = ({ tests }) => [
  ...LAYERS.map((layer, i) => ({
    target: floor(layer),
    from: [
      ...LAYERS.slice(i + 1),
      ...(BELOW_I18N.includes(layer) ? ['i18n'] : []),
      ...(tests ? [] : ['testing']),
      'main.tsx',
    ].map(floor),
    message: `src/${layer} may import only from the floors below it (docs/architecture.md).`,
  })),
  {
    target: floor('i18n'),
    from: [...LAYERS.filter((l) => l !== 'model'), ...(tests ? [] : ['testing']), 'main.tsx'].map(floor),
    message: 'src/i18n imports only src/model (docs/architecture.md).',
  },
  {
    target: './src',
    from: OUTSIDE_SRC,
    message: 'The app imports neither the build, the bench nor the e2e tests.',
  },
];

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
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
          alias: { '@': [fileURLToPath(new URL('./src', import.meta.url))] },
        }),
      ],
    },
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
      // The floors of docs/architecture.md: a layer imports only from the layers below it.
      'import-x/no-restricted-paths': ['error', { zones: layerZones({ tests: false }) }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones({ tests: true }) }] },
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
