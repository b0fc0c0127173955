import { DataLoadError } from './data-load-error';
import { fetchOk } from './fetch-ok';

/**
 * Fetches a text file; failures become DataLoadErrors naming the file, like fetchJson. A static server
 * answering a missing file with the app's index.html (SPA fallback) is caught as the wrong file.
 */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const { response, file } = await fetchOk(url, signal);
  const text = await response.text();
  if (/^\s*<(!doctype|html)/i.test(text)) {
    throw new DataLoadError('schema', file, 'got an HTML page instead of the note');
  }
  return text;
}
