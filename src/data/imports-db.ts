/**
 * The browser's IndexedDB as a small key-value store for imported presences: local storage holds
 * about 5 MB, and a register of 50 000 rows does not fit there. One database, one object store, each
 * call one transaction (all keys of a write land together or not at all).
 */
const DB_NAME = 'klyngekort';
const DB_VERSION = 1;
const STORE = 'imports';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  if (opened) return opened;
  const request = indexedDB.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  opened = done(request).then((db) => {
    // Another tab with a newer version of the app wants to upgrade: let it, and open again next time.
    db.onversionchange = () => {
      db.close();
      opened = null;
    };
    return db;
  });
  opened.catch(() => (opened = null));
  return opened;
}

async function transaction<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>[],
): Promise<T[]> {
  const tx = (await open()).transaction(STORE, mode);
  const requests = run(tx.objectStore(STORE));
  const complete = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
  });
  const [results] = await Promise.all([Promise.all(requests.map(done)), complete]);
  return results;
}

/** The values under `keys` (undefined where there is none), read in one transaction. */
export const dbGet = (keys: readonly string[]): Promise<unknown[]> =>
  transaction('readonly', (store) => keys.map((key) => store.get(key)));

/** Writes every entry in one transaction. */
export const dbPut = async (entries: readonly (readonly [string, unknown])[]): Promise<void> => {
  await transaction('readwrite', (store) => entries.map(([key, value]) => store.put(value, key)));
};

export const dbDelete = async (keys: readonly string[]): Promise<void> => {
  await transaction('readwrite', (store) => keys.map((key) => store.delete(key)));
};
