/**
 * Where a shown presence comes from, as every view and export says it: the source, the date of the
 * statement that holds and its precision. The note alone (no `observed`) is the note at its own date.
 */
import type { FactDatePrecision, Presence } from '@/model/schema';
import type { FactDate } from '@/model/fact-date';

export interface NoteSource {
  id: string;
  published: FactDate;
}

export interface Provenance {
  source: string;
  date: string | null;
  datePrecision: FactDatePrecision;
  /** The statement that holds is the note's. */
  fromNote: boolean;
  /** How many dated statements about the presence exist (1 with the note alone). */
  observations: number;
}

export function provenanceOf(presence: Presence, note: NoteSource): Provenance {
  if (presence.observed) {
    return {
      source: presence.source ?? note.id,
      date: presence.observed.date,
      datePrecision: presence.observed.datePrecision,
      fromNote: presence.observed.fromNote,
      observations: presence.observed.observations,
    };
  }
  if (presence.basis.type === 'user')
    return {
      source: presence.source ?? note.id,
      date: null,
      datePrecision: 'undated',
      fromNote: false,
      observations: 1,
    };
  return {
    source: presence.source ?? note.id,
    date: note.published.date,
    datePrecision: note.published.precision,
    fromNote: (presence.source ?? note.id) === note.id,
    observations: 1,
  };
}

/** The statement shown is another source's, not the note's (only ever with every source). */
export const fromOtherSource = (presence: Presence): boolean =>
  presence.observed !== undefined && !presence.observed.fromNote;

/**
 * How many presences shown rest on the note and how many on another source; null with the note alone,
 * where the question does not arise (for the legend's "Kilde" group).
 */
export function countBySource(presences: readonly Presence[]): { note: number; other: number } | null {
  let observed = false;
  let other = 0;
  let note = 0;
  for (const p of presences) {
    if (!p.observed) continue;
    observed = true;
    if (p.observed.fromNote) note++;
    else other++;
  }
  return observed ? { note, other } : null;
}

/** The note's entry in a dataset's sources. */
export function noteSourceOf(
  sources: readonly { id: string; primary: boolean; published: FactDate }[],
): NoteSource {
  const primary = sources.find((s) => s.primary);
  if (!primary) throw new Error('the dataset names no primary source');
  return { id: primary.id, published: primary.published };
}
