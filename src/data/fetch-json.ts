import { DataLoadError } from './data-load-error';
import { fetchOk } from './fetch-ok';

/** Files ship with the app; BASE_URL keeps them on the app's own origin under any base path. */
export const assetUrl = (path: string): string => `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Fetches a JSON file and hands it to `parse`, which validates it and may throw. Every failure
 * becomes a DataLoadError naming the file and what went wrong, never a bare TypeError.
 */
export async function fetchJson<T>(
  url: string,
  parse: (json: unknown) => T,
  signal?: AbortSignal,
): Promise<T> {
  const { response, file } = await fetchOk(url, signal);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new DataLoadError('json', file, errorMessage(error));
  }
  return parseFetched(json, parse, file);
}

/** Runs `parse` over a fetched file's JSON; whatever it throws becomes a 'schema' DataLoadError. */
export function parseFetched<T>(json: unknown, parse: (json: unknown) => T, file: string): T {
  try {
    return parse(json);
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    throw new DataLoadError('schema', file, errorMessage(error));
  }
}
