import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError } from './data-load-error';
import { DATASET_URL, loadDataset } from './dataset';
import { parseDataset } from './parse-dataset';
import type * as ParseDatasetModule from './parse-dataset';

// Counts validations: the real parseDataset, watched.
vi.mock('./parse-dataset', async (actual) => {
  const real = await actual<typeof ParseDatasetModule>();
  return { ...real, parseDataset: vi.fn(real.parseDataset) };
});

const shipped = readFileSync(new URL('../../public/data/dataset.json', import.meta.url));
const shippedDigest = createHash('sha256').update(shipped).digest('hex');

const serve = (body: BodyInit, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );

async function failure(): Promise<DataLoadError> {
  const error: unknown = await loadDataset(undefined, shippedDigest).catch((e: unknown) => e);
  if (!(error instanceof DataLoadError)) throw new Error(`expected a DataLoadError, got ${String(error)}`);
  return error;
}

describe('the dataset digest gate', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.mocked(parseDataset).mockClear();
  });

  it('is defined in tests as in the build: the digest of the shipped file', () => {
    expect(__KLYNGEKORT_DATASET_SHA256__).toBe(shippedDigest);
  });

  it('vouches only for a file that passes the schema', () => {
    expect(() => parseDataset(JSON.parse(shipped.toString('utf8')))).not.toThrow();
  });

  it('uses the shipped file as it is, without validating it again', async () => {
    serve(shipped);
    const dataset = await loadDataset(undefined, shippedDigest);
    expect(dataset.presences.length).toBeGreaterThan(0);
    expect(parseDataset).not.toHaveBeenCalled();
  });

  it('validates a changed file and names the record, field and reason', async () => {
    const json = JSON.parse(shipped.toString('utf8')) as { presences: { id: string; status: string }[] };
    const presence = json.presences[2];
    if (!presence) throw new Error('expected a third presence');
    presence.status = 'maybe';
    serve(JSON.stringify(json));
    const error = await failure();
    expect(parseDataset).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ kind: 'schema', file: DATASET_URL });
    expect(error.message).toContain(
      `presence "${presence.id}" field "status": Invalid option: expected one of`,
    );
    expect(error.problems?.[0]).toMatchObject({
      record: { type: 'presence', id: presence.id },
      field: 'status',
    });
  });

  it('validates the shipped file where there is no digest or no crypto.subtle', async () => {
    serve(shipped);
    await loadDataset(undefined, null);
    vi.stubGlobal('crypto', {});
    serve(shipped);
    await loadDataset(undefined, shippedDigest);
    expect(parseDataset).toHaveBeenCalledTimes(2);
  });

  it('keeps the error kinds: malformed JSON, an error status', async () => {
    serve('{"version": 1, "clusters": [');
    expect(await failure()).toMatchObject({ kind: 'json', file: DATASET_URL });
    serve('Not Found', 404);
    expect(await failure()).toMatchObject({ kind: 'http', status: 404 });
    expect(parseDataset).not.toHaveBeenCalled();
  });
});
