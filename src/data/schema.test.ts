import { describe, expect, it } from 'vitest';
import { DatasetValidationError } from './format-validation-error';
import { parseDataset, parseDatasetText } from './parse-dataset';
import {
  aliasesFileSchema,
  clustersFileSchema,
  datasetSchema,
  milestoneSchema,
  COUNTABLE_STATUSES,
  PRESENCE_STATUSES,
  presencesFileSchema,
  sourcePresenceSchema,
  type Dataset,
} from '@/model/dataset-schema';
import { aliasesJson, clustersJson, datasetJson, presencesJson } from '@/testing/test-files';

/** Fails the test instead of asserting non-null. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const dataset = (): Dataset => structuredClone(datasetSchema.parse(datasetJson()));

function problemsOf(raw: unknown, file = 'public/data/dataset.json'): string[] {
  try {
    parseDataset(raw, file);
  } catch (error) {
    if (error instanceof DatasetValidationError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('the source files validate', () => {
  it('clusters, presences and aliases parse with their schemas', () => {
    expect(clustersFileSchema.safeParse(clustersJson()).success).toBe(true);
    expect(presencesFileSchema.safeParse(presencesJson()).success).toBe(true);
    expect(aliasesFileSchema.safeParse(aliasesJson()).success).toBe(true);
  });

  it('the built dataset validates', () => {
    expect(problemsOf(datasetJson())).toEqual([]);
  });
});

describe('presence status', () => {
  it('is ordered from most to least certain, closed last and never countable', () => {
    expect(PRESENCE_STATUSES).toEqual([
      'established',
      'opening',
      'in-progress',
      'planned',
      'considering',
      'closed',
    ]);
    expect(COUNTABLE_STATUSES).toEqual(PRESENCE_STATUSES.slice(0, -1));
  });

  it('every presence uses one of the five statuses, and anything else is rejected', () => {
    const presences = presencesFileSchema.parse(presencesJson()).presences;
    for (const p of presences) expect(PRESENCE_STATUSES).toContain(p.status);
    const first = must(presences[0]);
    expect(sourcePresenceSchema.safeParse({ ...first, status: 'open' }).success).toBe(false);
    expect(sourcePresenceSchema.safeParse({ ...first, status: 'Established' }).success).toBe(false);
  });
});

describe('ids and references', () => {
  const d = dataset();

  it('cluster and presence ids are unique', () => {
    expect(new Set(d.clusters.map((c) => c.id)).size).toBe(d.clusters.length);
    expect(new Set(d.presences.map((p) => p.id)).size).toBe(d.presences.length);
  });

  it('every collaboration clusterId and presence clusterId names a cluster', () => {
    const ids = new Set(d.clusters.map((c) => c.id));
    const refs = d.clusters
      .flatMap((c) => c.collaborations.map((k) => k.clusterId))
      .filter((x) => x !== null);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids).toContain(ref);
    for (const p of d.presences) expect(ids).toContain(p.clusterId);
  });

  it('rejects a duplicate id, an unknown cluster and a self-collaboration, naming each record', () => {
    const bad = dataset();
    must(bad.presences[1]).id = must(bad.presences[0]).id;
    must(bad.presences[2]).clusterId = 'no-such-cluster';
    must(must(bad.clusters[0]).collaborations[2]).clusterId = must(bad.clusters[0]).id;
    expect(problemsOf(bad)).toEqual([
      'public/data/dataset.json: presence "clean--roskilde" field "id": duplicate presence id "clean--roskilde"',
      'public/data/dataset.json: cluster "energy-cluster-denmark" field "collaborations[2].clusterId": a cluster cannot collaborate with itself',
      'public/data/dataset.json: presence "food-bio-cluster-denmark--vojens" field "clusterId": unknown cluster "no-such-cluster"',
    ]);
  });
});

describe('a malformed dataset gives file, record id, field and reason', () => {
  it('for a bad status, a wrong type and an extra key', () => {
    const bad = dataset() as unknown as {
      presences: Record<string, unknown>[];
      clusters: Record<string, unknown>[];
    };
    must(bad.presences[3]).status = 'open';
    must((must(bad.clusters[0]).keyFigures as Record<string, unknown>[])[1]).value = 'over en milliard';
    must(bad.presences[0]).colour = 'red';
    expect(problemsOf(bad)).toEqual([
      'public/data/dataset.json: cluster "energy-cluster-denmark" field "keyFigures[1].value": Invalid input: expected number, received string',
      'public/data/dataset.json: presence "clean--roskilde" field "colour": Unrecognized key: "colour"',
      'public/data/dataset.json: presence "food-bio-cluster-denmark--slagelse" field "status": Invalid option: expected one of "established"|"opening"|"in-progress"|"planned"|"considering"|"closed"',
    ]);
  });

  it('for derived fields that contradict the precision', () => {
    const bad = dataset();
    const area = must(bad.presences.find((p) => p.precision === 'area'));
    area.point = [12, 55];
    expect(problemsOf(bad)).toEqual([
      `public/data/dataset.json: presence "${area.id}" field "point": an area-level presence must not have a point`,
    ]);
  });

  it('for top-level problems and for text that is not JSON', () => {
    const bad = { ...dataset(), version: 1 };
    expect(problemsOf(bad)).toEqual(['public/data/dataset.json: field "version": Invalid input: expected 2']);
    expect(() => parseDatasetText('{"version":', 'data/dataset.json')).toThrow(
      /^data\/dataset\.json: not valid JSON/,
    );
  });

  it('names a record with a missing id by its position', () => {
    const bad = dataset() as unknown as { presences: Record<string, unknown>[] };
    delete must(bad.presences[4]).id;
    expect(problemsOf(bad)[0]).toBe(
      'public/data/dataset.json: presence "#5" field "id": Invalid input: expected string, received undefined',
    );
  });
});

describe('milestone dates', () => {
  const base = { event: 'established', expected: false, quote: 'q' } as const;

  it('must fit their precision', () => {
    expect(milestoneSchema.safeParse({ ...base, date: '2020-07-01', precision: 'day' }).success).toBe(true);
    expect(milestoneSchema.safeParse({ ...base, date: '2021-06', precision: 'month' }).success).toBe(true);
    expect(milestoneSchema.safeParse({ ...base, date: '2022', precision: 'mid-year' }).success).toBe(true);
    expect(milestoneSchema.safeParse({ ...base, date: '2021-06', precision: 'day' }).success).toBe(false);
    expect(milestoneSchema.safeParse({ ...base, date: '2021-13', precision: 'month' }).success).toBe(false);
  });
});
