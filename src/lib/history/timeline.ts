/**
 * Every dated statement about a presence on one time line: the note's (its presences, dated by the note's
 * own publication date) and the other sources' observations, in chronological order (fact-date.ts).
 */
import type {
  Basis,
  Dataset,
  DatedFact,
  FactDatePrecision,
  History,
  PlaceLink,
  PresenceKind,
  PresenceStatus,
} from '@/model/schema';
import { compareFactDates, type FactDate } from '@/model/fact-date';

export interface TimelineEntry {
  /** The observation's id; the note's entries are "note:<presence id>". */
  id: string;
  presenceId: string;
  source: string;
  date: string | null;
  datePrecision: FactDatePrecision;
  dateReason: { da: string; en: string } | null;
  status: PresenceStatus;
  kind: PresenceKind;
  /** The place as this source writes it, and how that wording reached the presence's location. */
  place: string;
  placeLink: PlaceLink;
  basis: Basis;
  quote: string;
  translation: { da?: string | undefined; en?: string | undefined } | null;
}

export const NOTE_ENTRY_PREFIX = 'note:';

const asDate = (e: { date: string | null; datePrecision: FactDatePrecision }): FactDate => ({
  date: e.date,
  precision: e.datePrecision,
});

/** The note's publication date ("2021-autumn"), which dates every presence it states. */
export function noteDate(dataset: Pick<Dataset, 'sources'>): FactDate & { source: string } {
  const primary = dataset.sources.find((s) => s.primary);
  if (!primary) throw new Error('the dataset names no primary source');
  return { ...primary.published, source: primary.id };
}

/** Chronological: by fact-date.ts, then the note before other sources, then in file order. */
export function byTime<T extends { date: string | null; datePrecision: FactDatePrecision }>(
  entries: readonly T[],
): T[] {
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => compareFactDates(asDate(a.entry), asDate(b.entry)) || a.order - b.order)
    .map((x) => x.entry);
}

/** Presence id → its entries, oldest first. Presences of the note come first, in the dataset's order. */
export function presenceTimelines(
  dataset: Pick<Dataset, 'sources' | 'presences'>,
  history: Pick<History, 'observations'>,
): Map<string, TimelineEntry[]> {
  const note = noteDate(dataset);
  const raw = new Map<string, TimelineEntry[]>();
  const add = (entry: TimelineEntry) => {
    const list = raw.get(entry.presenceId);
    if (list) list.push(entry);
    else raw.set(entry.presenceId, [entry]);
  };
  for (const p of dataset.presences) {
    add({
      id: `${NOTE_ENTRY_PREFIX}${p.id}`,
      presenceId: p.id,
      source: p.source ?? note.source,
      date: note.date,
      datePrecision: note.precision,
      dateReason: null,
      status: p.status,
      kind: p.kind,
      place: p.place,
      placeLink: p.placeLink,
      basis: p.basis,
      quote: p.quote,
      translation: null,
    });
  }
  for (const o of history.observations) {
    add({
      id: o.id,
      presenceId: o.presence,
      source: o.source,
      date: o.date,
      datePrecision: o.datePrecision,
      dateReason: o.dateReason ?? null,
      status: o.status,
      kind: o.kind,
      place: o.place,
      placeLink: o.placeLink,
      basis: { type: 'stated' },
      quote: o.quote,
      translation: o.translation ?? null,
    });
  }
  return new Map([...raw].map(([id, entries]) => [id, byTime(entries)]));
}

/** Cluster id → the facts that close it (MARLOG's bankruptcy), oldest first. */
export function closuresByCluster(history: Pick<History, 'facts'>): Map<string, DatedFact[]> {
  const map = new Map<string, DatedFact[]>();
  for (const f of byTime(history.facts.filter((f) => f.topic === 'closure' && f.clusterId))) {
    const id = f.clusterId as string;
    map.set(id, [...(map.get(id) ?? []), f]);
  }
  return map;
}

export { asDate };
