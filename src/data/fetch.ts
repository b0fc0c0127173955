/**
 * Fetching the app's own files: every failure a DataLoadError naming the file and what went wrong,
 * never a bare TypeError. JSON (validated by a parser), JSON the build may already have validated
 * (verified by its SHA-256), and text.
 */
import { DataLoadError } from './data-load-error';
import { afterFirstPaint } from './first-paint';

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

/**
 * Fetches a file from the app's origin and insists on a 2xx answer. A failed request or an error
 * status becomes a DataLoadError naming the file, never a bare TypeError. Shared by the JSON and text loaders.
 */
export async function fetchOk(
  url: string,
  signal?: AbortSignal,
): Promise<{ response: Response; file: string }> {
  const file = url.split('?')[0] ?? url;
  await afterFirstPaint();
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

export interface VerifiedJsonOptions<T> {
  /** Lowercase hex SHA-256 of the file the build validated; null when there is none. */
  digest: string | null;
  /** Loads the validator (and zod with it): called only for bytes that are not that file. */
  loadValidator: () => Promise<(json: unknown) => T>;
}

/**
 * Fetches a JSON file the build may already have validated. Bytes whose SHA-256 equals `digest` are
 * that very file and are used as they are; anything else (another file, another data URL, a browser
 * without crypto.subtle outside a secure context) goes through the validator, loaded only then.
 * Failures are DataLoadErrors of the same kinds as fetchJson's: 'http', 'network', 'json', 'schema'.
 */
export async function fetchVerifiedJson<T>(
  url: string,
  { digest, loadValidator }: VerifiedJsonOptions<T>,
  signal?: AbortSignal,
): Promise<T> {
  const { response, file } = await fetchOk(url, signal);
  let json: unknown;
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
    // Parsed by Response.json() as fetchJson does, so a malformed file gets the browser's same message.
    json = await new Response(bytes).json();
  } catch (error) {
    throw new DataLoadError('json', file, errorMessage(error));
  }
  if (digest && (await sha256Hex(bytes)) === digest) return json as T;
  let validate: (json: unknown) => T;
  try {
    validate = await loadValidator();
  } catch (error) {
    throw new DataLoadError('network', file, `could not load its validator (${errorMessage(error)})`);
  }
  return parseFetched(json, validate, file);
}

/** Null where the browser offers no crypto.subtle (pages not served from https or localhost). */
async function sha256Hex(bytes: BufferSource): Promise<string | null> {
  const subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const hash = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}
