import { DataLoadError } from './data-load-error';

/**
 * Fetches a text file; failures become DataLoadErrors naming the file, like fetchJson. A static server
 * answering a missing file with the app's index.html (SPA fallback) is caught as the wrong file.
 */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
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
  const text = await response.text();
  if (/^\s*<(!doctype|html)/i.test(text)) {
    throw new DataLoadError('schema', file, 'got an HTML page instead of the note');
  }
  return text;
}
