import { DataLoadError } from './data-load-error';
import { fetchOk } from './fetch-ok';

/** Files ship with the app; BASE_URL keeps them on the app's own origin under any base path. */
export const assetUrl = (path: string): string => `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;

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
    throw new DataLoadError('json', file, error instanceof Error ? error.message : String(error));
  }
  try {
    return parse(json);
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    throw new DataLoadError('schema', file, error instanceof Error ? error.message : String(error));
  }
}
