import type { Cluster, Presence } from '@/model/schema';
import { toCsv } from '../csv/write';
import { provenanceOf, type NoteSource } from '../history/provenance';

/**
 * Snake-case, like the coverage CSV. Codes (`status`, `kind`, `basis`) stay stable for scripts; the
 * `*_label` columns and `business_area` are in the reader's language; places, names and quotes are
 * the note's own words.
 */
export const PRESENCE_CSV_HEADER = [
  'id',
  'cluster_id',
  'cluster',
  'business_area',
  'place',
  'status',
  'status_label',
  'kind',
  'kind_label',
  'precision',
  'basis',
  'basis_reason',
  'municipality',
  'region',
  'erhvervshus',
  'longitude',
  'latitude',
  'quote',
  'source',
  'date',
  'date_precision',
] as const;

export interface PresenceCsvLabels {
  language: 'da' | 'en';
  /** The note, for presences that name no other source. */
  note: NoteSource;
  status: (status: Presence['status']) => string;
  kind: (kind: Presence['kind']) => string;
}

/** One row per presence, in the order given (the list's). */
export function presencesCsv(
  presences: readonly Presence[],
  clusters: readonly Cluster[],
  labels: PresenceCsvLabels,
): string {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  return toCsv([
    PRESENCE_CSV_HEADER,
    ...presences.map((p) => {
      const cluster = byId.get(p.clusterId);
      const from = provenanceOf(p, labels.note);
      return [
        p.id,
        p.clusterId,
        cluster?.name ?? p.clusterId,
        cluster ? cluster.businessArea[labels.language] : null,
        p.place,
        p.status,
        labels.status(p.status),
        p.kind,
        labels.kind(p.kind),
        p.precision,
        p.basis.type,
        p.basis.type === 'inferred' ? p.basis.reason[labels.language] : null,
        p.municipality?.name ?? p.area?.name ?? null,
        p.region?.name ?? null,
        p.erhvervshus?.name ?? null,
        p.point?.[0] ?? null,
        p.point?.[1] ?? null,
        p.quote,
        from.source,
        from.date,
        from.datePrecision,
      ];
    }),
  ]);
}
