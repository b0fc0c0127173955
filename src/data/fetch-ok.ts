import { DataLoadError } from './data-load-error';

/**
 * Fetches a file from the app's origin and insists on a 2xx answer. A failed request or an error
 * status becomes a DataLoadError naming the file, never a bare TypeError. Shared by the JSON and text loaders.
 */
export async function fetchOk(
  url: string,
  signal?: AbortSignal,
): Promise<{ response: Response; file: string }> {
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
  return { response, file };
}
