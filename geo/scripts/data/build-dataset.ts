/** Assembles public/data/dataset.json from validated sources: geocodes, derives admin units, validates again. */
import { checkProvenance } from './check-provenance';
import { DatasetValidationError, toProblems } from '../../../src/data/format-validation-error';
import { collectQuotedFacts } from '../../../src/model/quoted-facts';
import {
  DATASET_VERSION,
  datasetSchema,
  type Dataset,
  type DatasetPresence,
  type SourcePresence,
} from '../../../src/model/dataset-schema';
import type { Gazetteer } from '../../../src/lib/geocode/gazetteer';
import { resolvePlace, type AliasIndex } from '../../../src/lib/geocode/resolve-place';
import { deriveArea, deriveCity, type Admin } from './derive-location';
import type { Sources } from './load-sources';
import { FILES } from './paths';

export interface BuildInputs {
  sources: Sources;
  gazetteer: Gazetteer;
  aliases: AliasIndex;
  admin: Admin;
}

export type Geo = Pick<BuildInputs, 'gazetteer' | 'aliases' | 'admin'>;

/** What the build derives from a place: how it was linked, its point or area, and the admin units. */
export type Located = Pick<
  DatasetPresence,
  'placeLink' | 'point' | 'area' | 'municipality' | 'region' | 'erhvervshus' | 'municipalityCodes'
>;

/** Geocodes a place through the aliases and the gazetteer; `id` names the record in errors. */
export function locate(
  record: { id: string; place: string; precision: 'city' | 'area' },
  inputs: Geo,
  what = 'presence',
): Located {
  const resolution = resolvePlace(
    { recordId: record.id, place: record.place, precision: record.precision },
    inputs.gazetteer,
    inputs.aliases,
  );
  const where = `${what} "${record.id}": place "${record.place}"`;
  if (resolution.precision === 'city') {
    const point: [number, number] = [resolution.place.lon, resolution.place.lat];
    return {
      placeLink: { ...resolution.link, gazetteerName: resolution.place.name },
      point,
      ...deriveCity(point, inputs.admin, where),
    };
  }
  return {
    placeLink: { ...resolution.link, gazetteerName: null },
    point: null,
    ...deriveArea(resolution.area, inputs.admin, where),
  };
}

export function buildPresence(record: SourcePresence, inputs: Geo): DatasetPresence {
  return { ...record, ...locate(record, inputs) };
}

export function buildDataset(inputs: BuildInputs): Dataset {
  const { sources } = inputs;
  const primary = sources.texts.find((t) => t.id === sources.registry.primary);
  if (!primary) throw new Error(`${FILES.sources}: primary source "${sources.registry.primary}" has no text`);
  // The first view carries the note and any source its facts quote; the others travel with the histories.
  const quoted = new Set(
    collectQuotedFacts({ clusters: sources.clusters, presences: sources.presences }).map((f) => f.source),
  );
  const dataset = {
    version: DATASET_VERSION,
    generatedFrom: { note: primary.file, sha256: primary.sha256 },
    sources: sources.registry.sources
      .filter((s) => s.id === primary.id || quoted.has(s.id))
      .map((s) => ({
        ...s,
        sha256: sources.texts.find((t) => t.id === s.id)?.sha256 ?? '',
        primary: s.id === primary.id,
      })),
    clusters: sources.clusters,
    presences: sources.presences.map((p) => buildPresence(p, inputs)),
  };
  // The output must pass the same checks the app and data:check apply, or the build fails here.
  const result = datasetSchema.safeParse(dataset);
  if (!result.success)
    throw new DatasetValidationError(toProblems(result.error.issues, dataset, FILES.dataset));
  const texts = Object.fromEntries(sources.texts.map((t) => [t.id, t.text]));
  const problems = checkProvenance(result.data, { primary: primary.id, texts }, FILES.dataset);
  if (problems.length) throw new DatasetValidationError(problems);
  return result.data;
}
