/** Loads everything the build needs from disk: sources, the gazetteer, aliases and DAGI. */
import { createGazetteer } from '../../../src/lib/geocode/gazetteer';
import { createAliasIndex } from '../../../src/lib/geocode/resolve-place';
import { FUNEN, loadAdmin } from '../lib/dagi';
import type { BuildInputs } from './build-dataset';
import { danishPlaces } from './gazetteer-dk';
import { loadSources } from './load-sources';

export function loadBuildInputs(): BuildInputs {
  const sources = loadSources();
  return {
    sources,
    gazetteer: createGazetteer(danishPlaces()),
    aliases: createAliasIndex(sources.aliases),
    admin: { ...loadAdmin(), funen: FUNEN },
  };
}
