import { DataLoadError } from './data-load-error';

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
  const file = url.split('?')[0] ?? url;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError('network', file, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    throw new DataLoadError(
      'http',
      file,
      `${response.status} ${response.statusText}`.trim(),
      response.status,
    );
  }
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
