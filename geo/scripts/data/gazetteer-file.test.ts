import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerFileSchema } from '../../../src/model/gazetteer-schema';
import { danishPlaces } from './gazetteer-dk';
import { buildGazetteerFile, GAZETTEER_FILE, serialiseGazetteerFile } from './gazetteer-file';
import { loadBuildInputs } from './inputs';
import { abs } from './paths';

const inputs = loadBuildInputs();
const build = () =>
  serialiseGazetteerFile(buildGazetteerFile(danishPlaces(), inputs.sources.aliases, inputs.admin));

describe('public/data/gazetteer.json', () => {
  it('is up to date with the gazetteer and geo/data/aliases.json, and deterministic', () => {
    const built = build();
    expect(build()).toBe(built);
    expect(readFileSync(abs(GAZETTEER_FILE), 'utf8')).toBe(built);
  });

  it('holds the 339 Danish towns, each in one DAGI municipality, and every alias', () => {
    const file = gazetteerFileSchema.parse(JSON.parse(build()));
    expect(file.places).toHaveLength(339);
    expect(file.places.filter((p) => p.municipality === null)).toEqual([]);
    expect(file.aliases).toEqual(inputs.sources.aliases);
    expect(file.places.find((p) => p.name === 'Vojens')?.municipality).toBe('0510');
  });
});
