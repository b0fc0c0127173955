import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetValidationError } from '../../../src/data/format-validation-error';
import { buildDataset } from './build-dataset';
import { buildHistory } from './build-history';
import { loadBuildInputs } from './inputs';
import { sha256 } from './load-sources';
import { abs, FILES } from './paths';
import { serialiseDataset } from './serialise';

const inputs = loadBuildInputs();
const dataset = buildDataset(inputs);
const datasetText = await serialiseDataset(dataset);

describe('the history build', () => {
  it('is deterministic, matches the committed public/data/history.json and names its dataset', async () => {
    const history = buildHistory(inputs, dataset, sha256(datasetText));
    expect(await serialiseDataset(history)).toBe(
      await serialiseDataset(buildHistory(loadBuildInputs(), dataset, sha256(datasetText))),
    );
    expect(readFileSync(abs(FILES.history), 'utf8')).toBe(await serialiseDataset(history));
    expect(history.dataset.sha256).toBe(sha256(readFileSync(abs(FILES.dataset))));
  });

  it('keeps the first view small: the dataset carries the note alone, the history every other source', () => {
    const history = buildHistory(inputs, dataset, sha256(datasetText));
    expect(dataset.sources.map((s) => s.id)).toEqual([inputs.sources.registry.primary]);
    expect(history.sources).toHaveLength(inputs.sources.registry.sources.length - 1);
  });

  it('locates the presences only other sources state, like the note’s', () => {
    const history = buildHistory(inputs, dataset, sha256(datasetText));
    const struer = history.presences.find((p) => p.id === 'danish-sound-cluster--struer');
    expect([struer?.municipality?.name, struer?.region?.code, struer?.erhvervshus?.code]).toEqual([
      'Struer',
      '1082',
      'midtjylland',
    ]);
    const bornholm = history.presences.find((p) => p.id === 'marlog--bornholm');
    expect([bornholm?.point, bornholm?.area?.code, bornholm?.municipalityCodes]).toEqual([
      null,
      '0400',
      ['0400'],
    ]);
  });

  it('refuses an observation whose place is not where its presence is', () => {
    const moved = {
      ...inputs,
      sources: {
        ...inputs.sources,
        observations: {
          ...inputs.sources.observations,
          observations: inputs.sources.observations.observations.map((o) =>
            o.id === 'e01-aarhus' ? { ...o, place: 'Sønderborg' } : o,
          ),
        },
      },
    };
    expect(() => buildHistory(moved, dataset, sha256(datasetText))).toThrow(DatasetValidationError);
    expect(() => buildHistory(moved, dataset, sha256(datasetText))).toThrow(
      /observation "e01-aarhus" field "place": "Sønderborg" is at the point [\d.,]+, but presence "energy-cluster-denmark--aarhus" is at the point/,
    );
  });
});
