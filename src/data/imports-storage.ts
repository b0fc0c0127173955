/**
 * Where imported presences are kept: IndexedDB (src/data/kept-imports.ts), since a register of
 * thousands of rows does not fit in local storage's 5 MB. Local storage holds only a mark that
 * something is kept, so the first view of a browser that keeps nothing loads none of that code, and
 * its change is how other tabs hear of a change. Nothing here is ever sent anywhere: the app makes no
 * request with it and it is not in the URL.
 */
import type { UserPresence } from '@/model/user-presence-schema';

/** Earlier versions kept everything as one JSON entry under this key; it is moved to IndexedDB once. */
export const IMPORTS_STORAGE_KEY = 'klyngekort.imports';
/** Set while IndexedDB keeps imports; its value changes with every change. */
export const IMPORTS_MARK_KEY = 'klyngekort.imports.kept';

export interface StoredImports {
  /** Whether imported presences count on the map, in filters and in coverage. */
  include: boolean;
  presences: UserPresence[];
  /** Records in storage that no longer pass the schema and were left out. */
  unreadable: number;
}

export const NO_IMPORTS: StoredImports = { include: true, presences: [], unreadable: 0 };

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What a write changes: the switch alone is a small write; presences rewrite the table. */
export type ImportsWrite = Pick<StoredImports, 'include' | 'presences'> & { presencesChanged: boolean };

/** The storage code loads only when something is kept (or when asked to keep something). */
const kept = () => import('./kept-imports');

/**
 * Reads what is kept. A failed load rejects rather than reading as "no imports", so a change cannot
 * overwrite the kept entry with less.
 */
export async function readImports(storage: StorageLike | null): Promise<StoredImports> {
  if (!storage) return NO_IMPORTS;
  let marked: boolean;
  try {
    marked = !!(storage.getItem(IMPORTS_MARK_KEY) ?? storage.getItem(IMPORTS_STORAGE_KEY));
  } catch {
    marked = true; // local storage refused (a policy): IndexedDB may still hold something
  }
  if (!marked) return NO_IMPORTS;
  return (await kept()).loadImports(storage);
}

/** Throws the browser's error when storage is refused or full (a DOMException 'QuotaExceededError'). */
export async function writeImports(storage: StorageLike | null, write: ImportsWrite): Promise<void> {
  if (!storage) throw new Error('this browser does not offer storage');
  await (await kept()).saveImports(storage, write);
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
