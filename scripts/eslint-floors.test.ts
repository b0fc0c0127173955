/**
 * The floors of docs/architecture.md are ESLint's to keep: a file that imports from a floor above its
 * own fails the lint, one that imports from below passes. Linted as virtual files with the real config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from './floors.mjs';

/** One real module per floor, so the import resolves as an app import would. */
const MODULE: Record<string, string> = {
  model: '@/model/schema',
  lib: '@/lib/text/fold',
  data: '@/data/dataset',
  state: '@/state/store',
  hooks: '@/hooks/use-visible-presences',
  components: '@/components/loading',
  map: '@/map/camera',
  features: '@/features/filters/filters-panel',
  app: '@/app/app',
  i18n: '@/i18n/use-translation',
  testing: '@/testing/test-files',
};

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function floorErrors(file: string, target: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${MODULE[target]}';\nexport { probe };\n`, {
    filePath: file,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

// The first lint loads the config, the TypeScript parser and the resolver: seconds on a busy machine.
describe('the floors', { timeout: 30_000 }, () => {
  it('lists every floor of src in order', () => {
    expect(LAYERS).toEqual([
      'model',
      'lib',
      'data',
      'state',
      'hooks',
      'components',
      'map',
      'features',
      'app',
    ]);
  });

  it.each(LAYERS.slice(1).map((upper, i) => [LAYERS[i] as string, upper]))(
    'src/%s may not import src/%s, the floor above',
    async (lower, upper) => {
      expect(await floorErrors(`src/${lower}/probe.ts`, upper)).toHaveLength(1);
      expect(await floorErrors(`src/${upper}/probe.ts`, lower)).toEqual([]);
    },
  );

  it('keeps the top floor out of the bottom one', async () => {
    expect(await floorErrors('src/model/probe.ts', 'app')).toHaveLength(1);
  });

  it('lets src/i18n import only src/model, and only the React floors import it', async () => {
    expect(await floorErrors('src/i18n/probe.ts', 'model')).toEqual([]);
    expect(await floorErrors('src/i18n/probe.ts', 'lib')).toHaveLength(1);
    expect(await floorErrors('src/hooks/probe.ts', 'i18n')).toHaveLength(1);
    expect(await floorErrors('src/components/probe.ts', 'i18n')).toEqual([]);
  });

  it('keeps the test fixtures to tests', async () => {
    expect(await floorErrors('src/lib/probe.ts', 'testing')).toHaveLength(1);
    expect(await floorErrors('src/lib/probe.test.ts', 'testing')).toEqual([]);
  });
});
