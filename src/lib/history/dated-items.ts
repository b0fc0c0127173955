/**
 * The dated statements the panels show beside the map: one presence's time line, a cluster's closure and
 * the facts no town is given for, and the conflicts of section Z with each side's statement.
 */
import type {
  Bilingual,
  Conflict,
  Dataset,
  DatedFact,
  FactDatePrecision,
  History,
  PresenceKind,
  PresenceStatus,
} from '@/model/schema';
import { holdsAt, type AsOf } from '@/model/fact-date';
import { asDate, byTime, presenceTimelines, type TimelineEntry } from './timeline';

/** One dated statement as a panel shows it: its date, source and quote, and what it says. */
export interface DatedItem {
  id: string;
  date: string | null;
  datePrecision: FactDatePrecision;
  dateReason: Bilingual | null;
  source: string;
  quote: string;
  translation: { da?: string | undefined; en?: string | undefined } | null;
  /** A place-bound statement: where, with which status and kind. */
  observation: { presenceId: string; place: string; status: PresenceStatus; kind: PresenceKind } | null;
  /** A fact without a place: Klyngekort's summary of it. */
  gloss: Bilingual | null;
}

export const itemOfEntry = (e: TimelineEntry): DatedItem => ({
  id: e.id,
  date: e.date,
  datePrecision: e.datePrecision,
  dateReason: e.dateReason,
  source: e.source,
  quote: e.quote,
  translation: e.translation,
  observation: { presenceId: e.presenceId, place: e.place, status: e.status, kind: e.kind },
  gloss: null,
});

export const itemOfFact = (f: DatedFact): DatedItem => ({
  id: f.id,
  date: f.date,
  datePrecision: f.datePrecision,
  dateReason: f.dateReason ?? null,
  source: f.source,
  quote: f.quote,
  translation: f.translation ?? null,
  observation: null,
  gloss: f.gloss,
});

const timelines = new WeakMap<History, WeakMap<Dataset, Map<string, TimelineEntry[]>>>();

/** Every presence's time line, once per dataset and history. */
export function timelinesOf(dataset: Dataset, history: History): Map<string, TimelineEntry[]> {
  let byDataset = timelines.get(history);
  if (!byDataset) timelines.set(history, (byDataset = new WeakMap()));
  let map = byDataset.get(dataset);
  if (!map) byDataset.set(dataset, (map = presenceTimelines(dataset, history)));
  return map;
}

/** A presence's statements, oldest first, the note's included. */
export const presenceHistory = (dataset: Dataset, history: History, presenceId: string): DatedItem[] =>
  (timelinesOf(dataset, history).get(presenceId) ?? []).map(itemOfEntry);

export interface ClusterFacts {
  /** The closure that holds at the date (the latest), or null. */
  closure: DatedItem | null;
  /** Offices or staff a source gives no town for, said by the date. */
  unplaced: DatedItem[];
}

export function clusterFacts(history: History, clusterId: string, asOf: AsOf): ClusterFacts {
  const own = byTime(history.facts.filter((f) => f.clusterId === clusterId && holdsAt(asDate(f), asOf)));
  const closures = own.filter((f) => f.topic === 'closure');
  const last = closures.at(-1);
  return {
    closure: last ? itemOfFact(last) : null,
    unplaced: own.filter((f) => f.topic === 'unplaced').map(itemOfFact),
  };
}

export interface ConflictView {
  conflict: Conflict;
  /** Each side's statement, in the order the conflict lists them. */
  items: DatedItem[];
}

/**
 * The conflicts about a cluster, or (clusterId null) those about the programme as a whole: any conflict
 * that cites a fact of the programme (how many clusters, where they sit).
 */
export function conflictsOf(dataset: Dataset, history: History, clusterId: string | null): ConflictView[] {
  const entries = new Map<string, DatedItem>();
  for (const list of timelinesOf(dataset, history).values())
    for (const e of list) entries.set(e.id, itemOfEntry(e));
  for (const f of history.facts) entries.set(f.id, itemOfFact(f));
  const programme = new Set(history.facts.filter((f) => f.clusterId === null).map((f) => f.id));
  return history.conflicts
    .filter((c) =>
      clusterId === null ? c.items.some((id) => programme.has(id)) : c.clusterIds.includes(clusterId),
    )
    .map((conflict) => ({
      conflict,
      items: conflict.items.flatMap((id) => {
        const item = entries.get(id);
        return item ? [item] : [];
      }),
    }));
}
