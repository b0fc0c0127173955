/**
 * The dates the "Status pr." control offers. Each is the last day of the period it names, by the same
 * rule as a fact's date (fact-date.ts): a source dated "2020-10" shows at the appointment, one dated
 * "2021-autumn" (the note) at the note. NOTE_AS_OF is pinned to the note's own date by a test.
 */
import { LATEST, type AsOf } from './fact-date';

export const AS_OF_PRESETS = [
  /** The 14 clusters were appointed on 1 October 2020; the month's reports of it hold by its last day. */
  { id: 'appointment', asOf: '2020-10-31' },
  /** The clusters started as national clusters on 1 January 2021. */
  { id: 'start', asOf: '2021-01-31' },
  /** The status note, autumn 2021 (meteorological autumn ends with November). */
  { id: 'note', asOf: '2021-11-30' },
  { id: 'year-2022', asOf: '2022-12-31' },
  /** Every source, the undated ones included. */
  { id: 'latest', asOf: LATEST },
] as const satisfies readonly { id: string; asOf: AsOf }[];

export type AsOfPresetId = (typeof AS_OF_PRESETS)[number]['id'];

/** The note's date: the default date, so "Alle kilder" first shows the note's moment with every source. */
export const NOTE_AS_OF = '2021-11-30';
export const DEFAULT_AS_OF: AsOf = NOTE_AS_OF;

export const presetOf = (asOf: AsOf): AsOfPresetId | null =>
  AS_OF_PRESETS.find((p) => p.asOf === asOf)?.id ?? null;

/** Before the first preset: the end of September 2020, the day before the appointment's month. */
export const BEFORE_APPOINTMENT = '2020-09-30';

/**
 * Where "what changed" starts by default: the preset before the chosen date (the note → the start), or
 * just before the appointment. For "latest", the last dated preset.
 */
export function defaultSince(asOf: AsOf): string {
  const days = AS_OF_PRESETS.map((p): string => p.asOf).filter((d) => d !== LATEST);
  const before = days.filter((d) => asOf === LATEST || d < asOf);
  return before.at(-1) ?? BEFORE_APPOINTMENT;
}
