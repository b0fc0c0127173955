/**
 * Which presences hold, with which status, in the chosen sources at the chosen date: the one function
 * every view's presences come from (map, list, legend, coverage, search, exports, the CLI).
 *
 * The note alone returns the dataset's presences as they are (the same array). With every source, each
 * presence's time line (timeline.ts) is read at the date:
 * 1. Only entries that hold at the date count (fact-date.ts: from the last day their date can mean;
 *    undated ones only at "latest").
 * 2. A stated entry beats an inferred one: the note's head offices read from a name (Odense Robotics)
 *    give way wherever a source states the place.
 * 3. A dated entry beats an undated one: an undated page cannot be placed after a dated one.
 * 4. Of the rest the latest holds, except that a plan stated after a source found the presence
 *    established does not undo it (a later "vil få kontor" about an existing office); only "closed" ends it.
 * 5. A closure of the cluster that holds at the date and is no older than that entry closes the presence,
 *    with the closure's source, date and quote. Closed presences are shown, and never counted as present.
 * A presence with no entry holding at the date is not shown.
 */
import type { Dataset, DatasetPresence, DatedFact, History, Presence, SourceMode } from '@/model/schema';
import { compareFactDates, holdsAt, type AsOf } from '@/model/fact-date';
import {
  asDate,
  closuresByCluster,
  NOTE_ENTRY_PREFIX,
  presenceTimelines,
  type TimelineEntry,
} from './timeline';

export interface SourceChoice {
  sources: SourceMode;
  asOf: AsOf;
}

const PLANS = new Set(['opening', 'in-progress', 'planned', 'considering']);

/** The entry that holds at the date, by rules 1–4; null when none does. */
export function holdingEntry(timeline: readonly TimelineEntry[], asOf: AsOf): TimelineEntry | null {
  const holding = timeline.filter((e) => holdsAt(asDate(e), asOf));
  const stated = holding.filter((e) => e.basis.type !== 'inferred');
  const trusted = stated.length ? stated : holding;
  const dated = trusted.filter((e) => e.datePrecision !== 'undated');
  let current: TimelineEntry | null = null;
  for (const entry of dated.length ? dated : trusted) {
    if (current?.status === 'established' && PLANS.has(entry.status)) continue;
    current = entry;
  }
  return current;
}

/** The closure that ends the entry at the date (rule 5), or null. */
export function closingFact(
  closures: readonly DatedFact[] | undefined,
  entry: TimelineEntry,
  asOf: AsOf,
): DatedFact | null {
  let closing: DatedFact | null = null;
  for (const fact of closures ?? []) {
    if (holdsAt(asDate(fact), asOf) && compareFactDates(asDate(fact), asDate(entry)) >= 0) closing = fact;
  }
  return closing;
}

type Location = Pick<
  DatasetPresence,
  | 'id'
  | 'clusterId'
  | 'place'
  | 'precision'
  | 'placeLink'
  | 'point'
  | 'area'
  | 'municipality'
  | 'region'
  | 'erhvervshus'
  | 'municipalityCodes'
>;

function resolved(
  location: Location,
  entry: TimelineEntry,
  closure: DatedFact | null,
  count: number,
): Presence {
  const from = closure ?? entry;
  return {
    id: location.id,
    clusterId: location.clusterId,
    place: location.place,
    status: closure ? 'closed' : entry.status,
    kind: entry.kind,
    precision: location.precision,
    basis: entry.basis,
    quote: from.quote,
    source: from.source,
    placeLink: location.placeLink,
    point: location.point,
    area: location.area,
    municipality: location.municipality,
    region: location.region,
    erhvervshus: location.erhvervshus,
    municipalityCodes: location.municipalityCodes,
    observed: {
      entry: closure ? closure.id : entry.id,
      date: from.date,
      datePrecision: from.datePrecision,
      observations: count,
      fromNote: !closure && entry.id.startsWith(NOTE_ENTRY_PREFIX),
    },
  };
}

const cache = new WeakMap<Dataset, WeakMap<History, Map<string, Presence[]>>>();

/**
 * The presences in the chosen sources at the chosen date. `history` may be undefined while it loads:
 * the note alone needs none, and with every source nothing is shown until it is in (never the note
 * passed off as every source). Results are cached per dataset, history and choice, so every caller gets
 * the same array.
 */
export function presencesAsOf(
  dataset: Dataset,
  history: History | undefined,
  { sources, asOf }: SourceChoice,
): Presence[] {
  if (sources === 'note') return dataset.presences;
  if (!history) return [];
  let byHistory = cache.get(dataset);
  if (!byHistory) cache.set(dataset, (byHistory = new WeakMap()));
  let byDate = byHistory.get(history);
  if (!byDate) byHistory.set(history, (byDate = new Map()));
  const hit = byDate.get(asOf);
  if (hit) return hit;

  const timelines = presenceTimelines(dataset, history);
  const closures = closuresByCluster(history);
  const out: Presence[] = [];
  for (const location of [...dataset.presences, ...history.presences]) {
    const timeline = timelines.get(location.id) ?? [];
    const entry = holdingEntry(timeline, asOf);
    if (!entry) continue;
    out.push(
      resolved(location, entry, closingFact(closures.get(location.clusterId), entry, asOf), timeline.length),
    );
  }
  byDate.set(asOf, out);
  return out;
}
