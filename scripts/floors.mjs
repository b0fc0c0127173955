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
export const layerZones = ({ tests }) => [
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
