/**
 * Turns a place as the note writes it into a gazetteer town or an area, via an alias table.
 * Pure: the gazetteer and aliases are passed in, so the same code serves the build and the app.
 */
import type { AliasKind } from '@/model/schema';
import { foldKey } from '../text/fold';
import type { Gazetteer, GazetteerPlace } from './gazetteer';

export type AreaType = 'region' | 'funen' | 'erhvervshus' | 'municipality';

export interface AreaRef {
  type: AreaType;
  code: string;
}

export interface Bilingual {
  da: string;
  en: string;
}

/** The alias kinds are defined with the vocabulary (src/data/vocabulary.ts). */
export type { AliasKind };

export interface Alias {
  names: string[];
  kind: AliasKind;
  target: { gazetteer: string } | { area: AreaRef };
  /** True when the link rests on knowledge outside the note (shown to the user with its reason). */
  inferred: boolean;
  reason: Bilingual;
}

export interface PlaceLink {
  kind: 'gazetteer' | AliasKind;
  /** The alias name that matched, or null for a direct gazetteer hit. */
  alias: string | null;
  inferred: boolean;
  reason: Bilingual | null;
}

export type Resolution =
  | { precision: 'city'; place: GazetteerPlace; link: PlaceLink }
  | { precision: 'area'; area: AreaRef; link: PlaceLink };

export class GeocodeError extends Error {
  constructor(
    readonly recordId: string,
    readonly place: string,
    reason: string,
  ) {
    super(`presence "${recordId}": place "${place}" ${reason}`);
    this.name = 'GeocodeError';
  }
}

export interface AliasIndex {
  get(name: string): { alias: Alias; name: string } | undefined;
}

/** Indexes aliases by folded name; two aliases that fold to the same key are a data error. */
export function createAliasIndex(aliases: readonly Alias[]): AliasIndex {
  const byKey = new Map<string, { alias: Alias; name: string }>();
  for (const alias of aliases) {
    for (const name of alias.names) {
      const key = foldKey(name);
      const existing = byKey.get(key);
      if (existing && existing.alias !== alias) {
        throw new Error(`Aliases "${existing.name}" and "${name}" fold to the same key "${key}"`);
      }
      byKey.set(key, { alias, name });
    }
  }
  return { get: (name) => byKey.get(foldKey(name)) };
}

export interface ResolveRequest {
  recordId: string;
  place: string;
  precision: 'city' | 'area';
}

/** Aliases win over the gazetteer; a city must end at exactly one gazetteer town, an area at an area. */
export function resolvePlace(request: ResolveRequest, gazetteer: Gazetteer, aliases: AliasIndex): Resolution {
  const { recordId, place, precision } = request;
  const hit = aliases.get(place);
  if (hit && 'area' in hit.alias.target) {
    if (precision !== 'area')
      throw new GeocodeError(recordId, place, 'names an area but precision is "city"');
    const link: PlaceLink = {
      kind: hit.alias.kind,
      alias: hit.name,
      inferred: hit.alias.inferred,
      reason: hit.alias.reason,
    };
    return { precision: 'area', area: hit.alias.target.area, link };
  }
  if (precision === 'area') {
    throw new GeocodeError(
      recordId,
      place,
      'has precision "area" but no area alias; add one to geo/data/aliases.json',
    );
  }
  const lookup = hit && 'gazetteer' in hit.alias.target ? hit.alias.target.gazetteer : place;
  const found = gazetteer.find(lookup);
  if (found.length === 0) {
    const via = hit ? ` (alias of "${lookup}")` : '';
    throw new GeocodeError(
      recordId,
      place,
      `is not in the gazetteer${via}; add an alias to geo/data/aliases.json`,
    );
  }
  if (found.length > 1) {
    throw new GeocodeError(
      recordId,
      place,
      `is ambiguous: ${found.length} gazetteer places are called "${lookup}"`,
    );
  }
  const link: PlaceLink = hit
    ? { kind: hit.alias.kind, alias: hit.name, inferred: hit.alias.inferred, reason: hit.alias.reason }
    : { kind: 'gazetteer', alias: null, inferred: false, reason: null };
  return { precision: 'city', place: found[0] as GazetteerPlace, link };
}
