/**
 * Checks between the histories and the dataset that a per-record schema cannot see: unique ids, the
 * presences, clusters and sources they refer to, dates no later than their source, a reason for every
 * date read from an undated page's text, a translation for every quote not in Danish. Reported as zod
 * issues, like cross-check.ts, so they format as "file: record "id" field "x": reason".
 */
import { factDateProblem, lastDay, type FactDate } from './fact-date';
import type { z } from './zod';
import type { FactDatePrecision, SourceLanguage } from './vocabulary';

type Ctx = Pick<z.core.$RefinementCtx, 'addIssue'>;

interface DatedRecord {
  id: string;
  date: string | null;
  datePrecision: FactDatePrecision;
  dateReason?: unknown;
  source: string;
  translation?: { da?: string | undefined; en?: string | undefined } | undefined;
}

export interface HistoryRecords {
  sources: readonly { id: string; published: FactDate; language: SourceLanguage }[];
  presences: readonly { id: string; clusterId: string; precision: string }[];
  observations: readonly (DatedRecord & { presence: string; precision: string })[];
  facts: readonly (DatedRecord & { clusterId: string | null })[];
  conflicts: readonly { id: string; clusterIds: readonly string[]; items: readonly string[] }[];
}

export interface DatasetRecords {
  sources: readonly { id: string; published: FactDate; language: SourceLanguage }[];
  clusters: readonly { id: string }[];
  presences: readonly { id: string; clusterId: string; precision: string }[];
}

/** Which other languages a quote in this language needs. */
const TRANSLATIONS: Record<SourceLanguage, readonly ('da' | 'en')[]> = {
  da: [],
  en: ['da'],
  sv: ['da', 'en'],
};

const safeLastDay = (d: FactDate) => (factDateProblem(d) ? null : lastDay(d));

export function historyCrossCheck(history: HistoryRecords, dataset: DatasetRecords, ctx: Ctx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const clusterIds = new Set(dataset.clusters.map((c) => c.id));
  const sources = new Map([...dataset.sources, ...history.sources].map((s) => [s.id, s]));
  const presences = new Map([...dataset.presences, ...history.presences].map((p) => [p.id, p]));
  const datasetPresenceIds = new Set(dataset.presences.map((p) => p.id));
  const datasetSourceIds = new Set(dataset.sources.map((s) => s.id));

  const seenSource = new Set<string>();
  history.sources.forEach((s, i) => {
    if (datasetSourceIds.has(s.id) || seenSource.has(s.id))
      issue(['sources', i, 'id'], `duplicate source id "${s.id}"`);
    seenSource.add(s.id);
  });

  const seenPresence = new Set<string>();
  history.presences.forEach((p, i) => {
    if (datasetPresenceIds.has(p.id)) issue(['presences', i, 'id'], `"${p.id}" is a presence of the note`);
    else if (seenPresence.has(p.id)) issue(['presences', i, 'id'], `duplicate presence id "${p.id}"`);
    seenPresence.add(p.id);
    if (!clusterIds.has(p.clusterId))
      issue(['presences', i, 'clusterId'], `unknown cluster "${p.clusterId}"`);
    else if (!p.id.startsWith(`${p.clusterId}--`))
      issue(['presences', i, 'id'], `must start with "${p.clusterId}--"`);
  });

  const seenRecord = new Set<string>();
  const checkDated = (collection: 'observations' | 'facts', r: DatedRecord, i: number) => {
    if (seenRecord.has(r.id))
      issue([collection, i, 'id'], `duplicate id "${r.id}" (observation and fact ids share one list)`);
    seenRecord.add(r.id);
    const source = sources.get(r.source);
    if (!source) return issue([collection, i, 'source'], `unknown source "${r.source}"`);
    const own = safeLastDay({ date: r.date, precision: r.datePrecision });
    const published = safeLastDay(source.published);
    if (published !== null && own !== null && own > published)
      issue([collection, i, 'date'], `is after its source was published (${source.published.date})`);
    if (published === null && own !== null && !r.dateReason)
      issue(
        [collection, i, 'dateReason'],
        `source "${r.source}" is undated: say what in its text dates this fact`,
      );
    for (const language of TRANSLATIONS[source.language]) {
      if (!r.translation?.[language])
        issue(
          [collection, i, 'translation', language],
          `the quote is in "${source.language}": give its ${language} translation`,
        );
    }
  };

  history.observations.forEach((o, i) => {
    checkDated('observations', o, i);
    const presence = presences.get(o.presence);
    if (!presence) issue(['observations', i, 'presence'], `unknown presence "${o.presence}"`);
    else if (presence.precision !== o.precision)
      issue(
        ['observations', i, 'precision'],
        `must be "${presence.precision}" like its presence "${o.presence}"`,
      );
  });
  history.facts.forEach((f, i) => {
    checkDated('facts', f, i);
    if (f.clusterId !== null && !clusterIds.has(f.clusterId))
      issue(['facts', i, 'clusterId'], `unknown cluster "${f.clusterId}"`);
  });

  const observed = new Set(history.observations.map((o) => o.presence));
  history.presences.forEach((p, i) => {
    if (!observed.has(p.id)) issue(['presences', i, 'id'], `no observation is about "${p.id}"`);
  });

  history.conflicts.forEach((c, i) => {
    c.clusterIds.forEach((id, k) => {
      if (!clusterIds.has(id)) issue(['conflicts', i, 'clusterIds', k], `unknown cluster "${id}"`);
    });
    c.items.forEach((id, k) => {
      if (!seenRecord.has(id)) issue(['conflicts', i, 'items', k], `no observation or fact "${id}"`);
    });
  });
}
