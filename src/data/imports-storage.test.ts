import { describe, expect, it } from 'vitest';
import { decodeImports } from './decode-imports';
import {
  IMPORTS_STORAGE_KEY,
  ImportsTooLargeError,
  MAX_STORED_CHARS,
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

describe('imports storage', () => {
  it('round-trips presences and the switch', async () => {
    const storage = memoryStorage();
    writeImports(storage, { include: false, presences: [presence('user--made--vejle')] });
    expect(await readImports(storage)).toEqual({
      include: false,
      presences: [presence('user--made--vejle')],
      unreadable: 0,
    });
  });

  it('drops records that fail the schema (a stated basis, a dataset id) and counts them', () => {
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
    expect(decodeImports(null)).toEqual({ include: true, presences: [], unreadable: 0 });
  });

  it('refuses to write more than the size limit, and clears the entry when nothing is left', () => {
    const storage = memoryStorage();
    // Each record is a few hundred characters: this many cannot fit.
    const many = Array.from({ length: MAX_STORED_CHARS / 300 }, (_, i) => presence(`user--made--x-${i}`));
    expect(() => writeImports(storage, { include: true, presences: many })).toThrow(ImportsTooLargeError);
    writeImports(storage, { include: true, presences: [presence('user--made--vejle')] });
    expect(storage.data.has(IMPORTS_STORAGE_KEY)).toBe(true);
    writeImports(storage, { include: true, presences: [] });
    expect(storage.data.has(IMPORTS_STORAGE_KEY)).toBe(false);
  });

  it('reads nothing when storage is unavailable or empty', async () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect((await readImports(broken)).presences).toEqual([]);
    expect(await readImports(memoryStorage())).toEqual({ include: true, presences: [], unreadable: 0 });
    expect(await readImports(null)).toEqual({ include: true, presences: [], unreadable: 0 });
    expect(() => writeImports(null, { include: true, presences: [presence('user--made--a')] })).toThrow();
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
