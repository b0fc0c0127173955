import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { packPresences } from '@/lib/import/packed-presences';
import { decodeImports, decodeKept, KEPT_VERSION } from './decode-imports';
import { dbDelete, dbGet, dbPut } from './imports-db';
import {
  IMPORTS_MARK_KEY,
  IMPORTS_STORAGE_KEY,
  mergePresences,
  readImports,
  writeImports,
  type StorageLike,
} from './imports-storage';
import { applyChange } from './imported-presences';
import type { UserPresence } from '@/model/user-presence-schema';

const presence = (id: string, place = 'Vejle'): UserPresence => ({
  id,
  clusterId: 'made',
  place,
  status: 'established',
  kind: 'office',
  precision: 'city',
  basis: { type: 'user', source: 'Årsrapport' },
  quote: '',
  placeLink: { kind: 'gazetteer', alias: null, gazetteerName: 'Vejle', inferred: false, reason: null },
  point: [9.5357, 55.70927],
  area: null,
  municipality: { code: '0630', name: 'Vejle' },
  region: { code: '1083', name: 'Region Syddanmark' },
  erhvervshus: { code: 'sydjylland', name: 'Erhvervshus Sydjylland' },
  municipalityCodes: ['0630'],
});

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const write = (storage: StorageLike, include: boolean, presences: UserPresence[]) =>
  writeImports(storage, { include, presences, presencesChanged: true });

beforeEach(() => dbDelete(['include', 'presences']));

describe('imports storage (IndexedDB)', () => {
  it('round-trips presences and the switch, and marks local storage only', async () => {
    const storage = memoryStorage();
    await write(storage, false, [presence('user--made--vejle')]);
    expect([...storage.data.keys()]).toEqual([IMPORTS_MARK_KEY]);
    expect(await readImports(storage)).toEqual({
      include: false,
      presences: [presence('user--made--vejle')],
      unreadable: 0,
    });
  });

  it('keeps a register of 20 000 presences, which local storage could not', async () => {
    const storage = memoryStorage();
    const many = Array.from({ length: 20_000 }, (_, i) => presence(`user--made--vejle-${i}`));
    await write(storage, true, many);
    const read = await readImports(storage);
    expect(read.presences).toHaveLength(20_000);
    expect(read.presences[19_999]).toEqual(many[19_999]);
  });

  it('switching alone keeps the presences as they are', async () => {
    const storage = memoryStorage();
    await write(storage, true, [presence('user--made--a')]);
    await writeImports(storage, { include: false, presences: [], presencesChanged: false });
    expect(await readImports(storage)).toMatchObject({
      include: false,
      presences: [{ id: 'user--made--a' }],
    });
  });

  it('clears the entry and the mark when nothing is left', async () => {
    const storage = memoryStorage();
    await write(storage, true, [presence('user--made--vejle')]);
    await write(storage, true, []);
    expect(storage.data.size).toBe(0);
    expect(await dbGet(['include', 'presences'])).toEqual([undefined, undefined]);
    expect(await readImports(storage)).toEqual({ include: true, presences: [], unreadable: 0 });
  });

  it('reads nothing, without opening IndexedDB, when nothing is marked; looks anyway when local storage is refused', async () => {
    const storage = memoryStorage();
    await write(storage, true, [presence('user--made--vejle')]);
    expect((await readImports(memoryStorage())).presences).toEqual([]);
    const refused: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect((await readImports(refused)).presences).toHaveLength(1);
    expect(await readImports(null)).toEqual({ include: true, presences: [], unreadable: 0 });
    await expect(write(null as unknown as StorageLike, true, [])).rejects.toThrow();
  });
});

describe('moving what earlier versions kept in local storage', () => {
  const v1 = (include: boolean, presences: unknown[]) => JSON.stringify({ version: 1, include, presences });

  it('moves it to IndexedDB once, keeps the switch, and removes it from local storage', async () => {
    const storage = memoryStorage();
    storage.setItem(IMPORTS_STORAGE_KEY, v1(false, [presence('user--made--vejle'), { id: 'broken' }]));
    const first = await readImports(storage);
    expect(first).toEqual({ include: false, presences: [presence('user--made--vejle')], unreadable: 1 });
    expect(storage.data.has(IMPORTS_STORAGE_KEY)).toBe(false);
    expect(storage.data.has(IMPORTS_MARK_KEY)).toBe(true);
    // Read again: from IndexedDB, the broken record gone for good.
    expect(await readImports(storage)).toEqual({
      include: false,
      presences: [presence('user--made--vejle')],
      unreadable: 0,
    });
  });

  it('adds it to what IndexedDB already keeps, which wins for the same id', async () => {
    const storage = memoryStorage();
    const newer = { ...presence('user--made--a'), status: 'planned' as const };
    await write(storage, true, [newer]);
    storage.setItem(IMPORTS_STORAGE_KEY, v1(false, [presence('user--made--a'), presence('user--made--b')]));
    const read = await readImports(storage);
    expect(read.include).toBe(true);
    expect(read.presences.map((p) => [p.id, p.status])).toEqual([
      ['user--made--a', 'planned'],
      ['user--made--b', 'established'],
    ]);
  });
});

describe('reading a kept entry back through the schema', () => {
  const entry = (presences: UserPresence[]) => ({ version: KEPT_VERSION, packed: packPresences(presences) });

  it('leaves out rows whose values fail the schema, and duplicate ids, and counts them', async () => {
    const good = presence('user--made--vejle');
    const bad = entry([
      good,
      presence('made--vejle'),
      { ...good, id: 'user--made--x', quote: 'q'.repeat(2000) },
      good,
    ]);
    const read = await decodeKept(bad, true);
    expect(read.presences.map((p) => p.id)).toEqual(['user--made--vejle']);
    expect(read.unreadable).toBe(3);
  });

  it('checks each distinct location with the location rule: a town without its point is unreadable', async () => {
    const broken = entry([presence('user--made--a'), presence('user--made--b')]);
    const [town] = broken.packed.tables.locations;
    if (!town) throw new Error('no location');
    broken.packed.tables.locations[0] = { ...town, point: null };
    expect(await decodeKept(broken, true)).toMatchObject({ presences: [], unreadable: 2 });
  });

  it('reads a table that is not well formed, or another version, as unreadable whole', async () => {
    const short = entry([presence('user--made--a')]);
    short.packed.columns.places = new Uint32Array([7]);
    expect(await decodeKept(short, true)).toMatchObject({ presences: [], unreadable: 1 });
    expect(await decodeKept({ version: 1, packed: {} }, false)).toEqual({
      include: false,
      presences: [],
      unreadable: 1,
    });
    expect(await decodeKept(undefined, undefined)).toEqual({ include: true, presences: [], unreadable: 0 });
  });

  it('reads version 1 records whole', () => {
    const bad = { ...presence('made--vejle'), basis: { type: 'stated' } };
    const text = JSON.stringify({
      version: 1,
      include: true,
      presences: [presence('user--made--vejle'), bad, 42],
    });
    const read = decodeImports(text);
    expect(read.presences.map((p) => p.id)).toEqual(['user--made--vejle']);
    expect(read.unreadable).toBe(2);
    expect(decodeImports('{not json').unreadable).toBe(1);
  });

  it('writes all keys of a change together', async () => {
    await dbPut([
      ['include', false],
      ['presences', entry([presence('user--made--a')])],
    ]);
    expect((await dbGet(['include']))[0]).toBe(false);
  });
});

describe('changes', () => {
  const a = presence('user--made--a', 'A');
  const b = presence('user--made--b', 'B');
  it('a new import replaces the same cluster and place and adds the rest', () => {
    const b2 = { ...b, status: 'planned' as const };
    const c = presence('user--made--c', 'C');
    expect(mergePresences([a, b], [b2, c])).toEqual([a, b2, c]);
  });

  it('removes, clears and switches', () => {
    const current = { include: true, presences: [a, b], unreadable: 0 };
    expect(applyChange(current, { type: 'remove', ids: [a.id] }).presences).toEqual([b]);
    expect(applyChange(current, { type: 'clear' }).presences).toEqual([]);
    expect(applyChange(current, { type: 'include', include: false })).toEqual({
      include: false,
      presences: [a, b],
    });
  });
});
