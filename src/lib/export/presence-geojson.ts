/**
 * Presences as a GeoJSON FeatureCollection for analysts and GIS tools: the CLI's `export presences`
 * and the app's download of the filtered presences write the same features. Properties are flat
 * (strings, numbers, booleans) so QGIS and spreadsheets read them; an area-level presence has null
 * geometry and names its area in areaType/areaCode, the polygon the app draws.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Cluster, Presence } from '@/model/schema';
import { provenanceOf, type NoteSource } from '../history/provenance';

export interface PresenceProperties {
  id: string;
  clusterId: string;
  cluster: string;
  businessArea: string;
  businessAreaEn: string;
  businessAreaId: string;
  emerging: boolean;
  place: string;
  status: Presence['status'];
  kind: Presence['kind'];
  precision: Presence['precision'];
  basis: Presence['basis']['type'];
  basisReason: string | null;
  placeLink: Presence['placeLink']['kind'];
  placeInferred: boolean;
  placeReason: string | null;
  areaType: string | null;
  areaCode: string | null;
  areaName: string | null;
  municipality: string | null;
  municipalityCode: string | null;
  municipalityCodes: string[];
  region: string | null;
  regionCode: string | null;
  erhvervshus: string | null;
  erhvervshusCode: string | null;
  quote: string;
  /** The source of the statement that holds (the note's id for the note), its date and that date's precision. */
  source: string;
  date: string | null;
  datePrecision: string;
}

export type PresenceCollection = FeatureCollection<Point | null, PresenceProperties>;

/** `note`: the primary source, for facts that do not name another source. */
export function presencesGeoJson(
  presences: readonly Presence[],
  clusters: readonly Cluster[],
  note: NoteSource,
): PresenceCollection {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const features = presences.map((p): Feature<Point | null, PresenceProperties> => {
    const cluster = byId.get(p.clusterId);
    if (!cluster) throw new Error(`presence "${p.id}": unknown cluster "${p.clusterId}"`);
    const from = provenanceOf(p, note);
    return {
      type: 'Feature',
      id: p.id,
      geometry: p.point ? { type: 'Point', coordinates: p.point } : null,
      properties: {
        id: p.id,
        clusterId: p.clusterId,
        cluster: cluster.name,
        businessArea: cluster.businessArea.da,
        businessAreaEn: cluster.businessArea.en,
        businessAreaId: cluster.businessArea.id,
        emerging: cluster.emerging.value,
        place: p.place,
        status: p.status,
        kind: p.kind,
        precision: p.precision,
        basis: p.basis.type,
        basisReason: p.basis.type === 'inferred' ? p.basis.reason.en : null,
        placeLink: p.placeLink.kind,
        placeInferred: p.placeLink.inferred,
        placeReason: p.placeLink.reason?.en ?? null,
        areaType: p.area?.type ?? null,
        areaCode: p.area?.code ?? null,
        areaName: p.area?.name ?? null,
        municipality: p.municipality?.name ?? null,
        municipalityCode: p.municipality?.code ?? null,
        municipalityCodes: p.municipalityCodes,
        region: p.region?.name ?? null,
        regionCode: p.region?.code ?? null,
        erhvervshus: p.erhvervshus?.name ?? null,
        erhvervshusCode: p.erhvervshus?.code ?? null,
        quote: p.quote,
        source: from.source,
        date: from.date,
        datePrecision: from.datePrecision,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
