/**
 * Imported presences in IndexedDB: the switch under one key, the presences packed as a table under
 * another (src/lib/import/packed-presences.ts), each read back through the schema (decode-imports.ts).
 * An entry earlier versions left in local storage is moved here on first read, once, and removed there.
 */
import { packPresences } from '@/lib/import/packed-presences';
import { decodeImports, decodeKept, KEPT_VERSION, type KeptEntry } from './decode-imports';
import { dbDelete, dbGet, dbPut } from './imports-db';
import {
  IMPORTS_MARK_KEY,
  IMPORTS_STORAGE_KEY,
  mergePresences,
  type ImportsWrite,
  type StorageLike,
  type StoredImports,
} from './imports-storage';

const INCLUDE = 'include';
const PRESENCES = 'presences';

const attempt = <T>(read: () => T): T | null => {
  try {
    return read();
  } catch {
    return null;
  }
};

export async function saveImports(storage: StorageLike, write: ImportsWrite): Promise<void> {
  if (!write.presences.length && write.include) {
    await dbDelete([INCLUDE, PRESENCES]);
    attempt(() => storage.removeItem(IMPORTS_MARK_KEY));
    return;
  }
  const entries: [string, unknown][] = [[INCLUDE, write.include]];
  if (write.presencesChanged) {
    const entry: KeptEntry = { version: KEPT_VERSION, packed: packPresences(write.presences) };
    entries.push([PRESENCES, entry]);
  }
  await dbPut(entries);
  // A new value each time: other tabs hear of the change through local storage's event.
  attempt(() => storage.setItem(IMPORTS_MARK_KEY, String(Date.now())));
}

export async function loadImports(storage: StorageLike): Promise<StoredImports> {
  const [include, entry] = await dbGet([INCLUDE, PRESENCES]);
  const kept = await decodeKept(entry, include);
  const legacy = attempt(() => storage.getItem(IMPORTS_STORAGE_KEY));
  if (!legacy) return kept;
  // Kept by an earlier version in local storage: added to what IndexedDB holds, then removed there.
  const old = decodeImports(legacy);
  const moved: StoredImports = {
    include: entry === undefined ? old.include : kept.include,
    presences: mergePresences(old.presences, kept.presences),
    unreadable: kept.unreadable + old.unreadable,
  };
  await saveImports(storage, { ...moved, presencesChanged: true });
  attempt(() => storage.removeItem(IMPORTS_STORAGE_KEY));
  return moved;
}
