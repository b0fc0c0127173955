import type { Feature, FeatureCollection, Point } from 'geojson';
import type { AreaChipProps } from './area-features';
import { CHIP_HALF, markerFootprint } from './marker-style';
import type { PresencePointProps } from './point-features';

export interface SelectedLabelProps {
  name: string;
  /** How far the selected marker or chip, with its highlight, reaches from the point (px). */
  radius: number;
}

/** The selection's highlight reaches this much past a marker's footprint, and past a chip's edge (px). */
const MARKER_HIGHLIGHT = 6;
const CHIP_HIGHLIGHT = 5;

/** Where the selected presence's name goes: at its marker or chip, as drawn now; none if not drawn. */
export function selectedLabel(
  points: FeatureCollection<Point, PresencePointProps>,
  chips: FeatureCollection<Point, AreaChipProps> | null,
  selectedId: string | null,
  zoom: number,
): FeatureCollection<Point, SelectedLabelProps> {
  const marker = points.features.find((f) => f.properties.id === selectedId);
  const chip = chips?.features.find((f) => f.properties.id === selectedId);
  const features: Feature<Point, SelectedLabelProps>[] = [];
  if (marker) {
    const { status, inferred, user, name } = marker.properties;
    const radius = markerFootprint(zoom, status, inferred, user) + MARKER_HIGHLIGHT;
    features.push({ type: 'Feature', geometry: marker.geometry, properties: { name, radius } });
  } else if (chip) {
    const radius = CHIP_HALF + CHIP_HIGHLIGHT;
    features.push({
      type: 'Feature',
      geometry: chip.geometry,
      properties: { name: chip.properties.name, radius },
    });
  }
  return { type: 'FeatureCollection', features };
}
