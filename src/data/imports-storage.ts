/**
 * How imported presences are kept: one JSON entry in the browser's local storage, read back through
 * the user presence schema (a damaged or outdated entry loses only its unreadable records). Nothing
 * here is ever sent anywhere: the app makes no request with it and it is not in the URL.
 */
import type { UserPresence } from '@/model/user-presence-schema';

export const IMPORTS_STORAGE_KEY = 'klyngekort.imports';
const STORAGE_VERSION = 1;

/**
 * Local storage holds about 5 million characters per origin in the browsers we support; keeping well
 * under it leaves room for the app's other settings and fails with a clear message, not a quota error.
 */
export const MAX_STORED_CHARS = 1_500_000;

export interface StoredImports {
  /** Whether imported presences count on the map, in filters and in coverage. */
  include: boolean;
  presences: UserPresence[];
  /** Records in storage that no longer pass the schema and were left out. */
  unreadable: number;
}

export const NO_IMPORTS: StoredImports = { include: true, presences: [], unreadable: 0 };

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class ImportsTooLargeError extends Error {
  constructor(readonly chars: number) {
    super(`imported presences need ${chars} characters of storage; the limit is ${MAX_STORED_CHARS}`);
    this.name = 'ImportsTooLargeError';
  }
}

export function encodeImports(imports: Pick<StoredImports, 'include' | 'presences'>): string {
  return JSON.stringify({ version: STORAGE_VERSION, include: imports.include, presences: imports.presences });
}

/**
 * The validator (zod) is loaded only when there is an entry to read: most visits have none, and the
 * first view should not pay for it. A failed load rejects rather than reading as "no imports", so a
 * change cannot overwrite the stored entry with less.
 */
export async function readImports(storage: StorageLike | null): Promise<StoredImports> {
  let text: string | null;
  try {
    text = storage?.getItem(IMPORTS_STORAGE_KEY) ?? null;
  } catch {
    return NO_IMPORTS; // storage disabled (private mode, policy): nothing was kept
  }
  if (!text) return NO_IMPORTS;
  const { decodeImports } = await import('./decode-imports');
  return decodeImports(text);
}

/** Throws ImportsTooLargeError over the limit, or the browser's own error when storage is refused. */
export function writeImports(
  storage: StorageLike | null,
  imports: Pick<StoredImports, 'include' | 'presences'>,
) {
  if (!storage) throw new Error('this browser does not offer local storage');
  if (!imports.presences.length && imports.include) {
    storage.removeItem(IMPORTS_STORAGE_KEY);
    return;
  }
  const text = encodeImports(imports);
  if (text.length > MAX_STORED_CHARS) throw new ImportsTooLargeError(text.length);
  storage.setItem(IMPORTS_STORAGE_KEY, text);
}

/** New presences replace stored ones with the same id (same cluster and place), the rest are added. */
export function mergePresences(
  stored: readonly UserPresence[],
  incoming: readonly UserPresence[],
): UserPresence[] {
  const byId = new Map(incoming.map((p) => [p.id, p]));
  const kept = stored.map((p) => byId.get(p.id) ?? p);
  const storedIds = new Set(stored.map((p) => p.id));
  return [...kept, ...incoming.filter((p) => !storedIds.has(p.id))];
}
