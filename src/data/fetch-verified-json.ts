import { DataLoadError } from './data-load-error';
import { errorMessage, parseFetched } from './fetch-json';
import { fetchOk } from './fetch-ok';

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
