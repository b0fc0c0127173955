import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError } from './data-load-error';
import { fetchText } from './fetch';

const answer = (body: string, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );

async function failure(url = '/data/note.md?v=1'): Promise<DataLoadError> {
  const error: unknown = await fetchText(url).catch((e: unknown) => e);
  if (!(error instanceof DataLoadError)) throw new Error(`expected a DataLoadError, got ${String(error)}`);
  return error;
}

describe('fetchText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns the text of a good answer', async () => {
    answer('**Bilag 6.2**\n\nTekst.');
    await expect(fetchText('/data/note.md')).resolves.toBe('**Bilag 6.2**\n\nTekst.');
  });

  it('names the file (without the query) and the status of an error answer', async () => {
    answer('boom', 500);
    expect(await failure()).toMatchObject({ kind: 'http', file: '/data/note.md', status: 500 });
  });

  it('turns a failed request into a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await failure()).toMatchObject({ kind: 'network', detail: 'Failed to fetch' });
  });

  it('rejects the app’s own index.html served in place of a missing note', async () => {
    answer('<!doctype html><html><body><div id="root"></div></body></html>');
    expect(await failure()).toMatchObject({ kind: 'schema' });
  });
});
