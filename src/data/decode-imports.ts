/**
 * Reads kept imported presences back through the user presence schema: a damaged or outdated entry
 * loses only its unreadable records. Two forms: the packed table kept in IndexedDB (version 2) and the
 * JSON entry earlier versions kept in local storage (version 1), read once to move it. Loaded only
 * when something is kept.
 */
import { z } from '@/model/zod';
import { locationCheck } from '@/model/presence-schema';
import { userPresenceSchema, type UserPresence } from '@/model/user-presence-schema';
import { TABLE_NAMES, unpackPresences, type PackedPresences } from '@/lib/import/packed-presences';
import { yieldToPage } from '@/lib/async/yield-to-page';
import { NO_IMPORTS, type StoredImports } from './imports-storage';

/** The version of the packed entry in IndexedDB; version 1 was the JSON entry in local storage. */
export const KEPT_VERSION = 2;

export interface KeptEntry {
  version: typeof KEPT_VERSION;
  packed: PackedPresences;
}

/** Version 1: one JSON entry in local storage, every record checked whole. */
export function decodeImports(text: string | null): StoredImports {
  if (!text) return NO_IMPORTS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...NO_IMPORTS, unreadable: 1 };
  }
  const entry = raw as { version?: unknown; include?: unknown; presences?: unknown } | null;
  const records = Array.isArray(entry?.presences) ? entry.presences : [];
  const presences: UserPresence[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const parsed = userPresenceSchema.safeParse(record);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      presences.push(parsed.data);
    }
  }
  return {
    include: entry?.include !== false,
    presences,
    unreadable: records.length - presences.length,
  };
}

const shape = userPresenceSchema.shape;
/** The rule of each table, from the user presence schema itself: a distinct value is checked once. */
const TABLE_RULES = {
  clusterIds: shape.clusterId,
  places: shape.place,
  statuses: shape.status,
  kinds: shape.kind,
  sources: shape.basis.shape.source,
  locations: z
    .object({
      precision: shape.precision,
      point: shape.point,
      placeLink: shape.placeLink,
      area: shape.area,
      municipality: shape.municipality,
      region: shape.region,
      erhvervshus: shape.erhvervshus,
      municipalityCodes: shape.municipalityCodes,
    })
    .check(locationCheck),
};

const isStrings = (value: unknown, n: number): value is string[] =>
  Array.isArray(value) && value.length === n && value.every((v) => typeof v === 'string');

/** Columns of the right length whose every index points into its table. */
function wellFormed(packed: Partial<PackedPresences> | null | undefined): packed is PackedPresences {
  const n = packed?.count;
  if (!packed || typeof n !== 'number' || !Number.isInteger(n) || n < 0) return false;
  if (!isStrings(packed.ids, n) || !isStrings(packed.quotes, n)) return false;
  return TABLE_NAMES.every((name) => {
    const table = packed.tables?.[name];
    const column = packed.columns?.[name];
    return (
      Array.isArray(table) &&
      column instanceof Uint32Array &&
      column.length === n &&
      column.every((i) => i < table.length)
    );
  });
}

/** Rows checked between two yields: the whole register would be one long task. */
const ROWS_PER_TASK = 5000;

/**
 * Version 2: the packed table. Each distinct cluster, place, status, kind, source and location is
 * checked once with its rule from the schema, each row's id and note, and ids must be unique; a row
 * with any value that fails is left out and counted. A table that is not well formed is unreadable
 * whole.
 */
export async function decodeKept(entry: unknown, include: unknown): Promise<StoredImports> {
  const on = include !== false;
  if (entry === undefined || entry === null) return { include: on, presences: [], unreadable: 0 };
  const kept = entry as Partial<KeptEntry>;
  const packed = kept.packed;
  if (kept.version !== KEPT_VERSION || !wellFormed(packed)) {
    const count = typeof packed?.count === 'number' ? packed.count : 1;
    return { include: on, presences: [], unreadable: count };
  }
  const good = Object.fromEntries(
    TABLE_NAMES.map((name) => [
      name,
      (packed.tables[name] as unknown[]).map((value) => TABLE_RULES[name].safeParse(value).success),
    ]),
  ) as Record<(typeof TABLE_NAMES)[number], boolean[]>;
  const all = unpackPresences(packed);
  const presences: UserPresence[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < packed.count; i++) {
    if (i > 0 && i % ROWS_PER_TASK === 0) await yieldToPage();
    const id = packed.ids[i] as string;
    const readable =
      TABLE_NAMES.every((name) => good[name][packed.columns[name][i] as number]) &&
      !seen.has(id) &&
      shape.id.safeParse(id).success &&
      shape.quote.safeParse(packed.quotes[i]).success;
    if (!readable) continue;
    seen.add(id);
    presences.push(all[i] as UserPresence);
  }
  return { include: on, presences, unreadable: packed.count - presences.length };
}
