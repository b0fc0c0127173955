import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { AreaChipProps, AreaShapeProps } from '@/lib/presence/area-features';
import * as style from '../styles/presence-areas';
import { SLOTS } from '../styles/base-style';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';

interface ShapeProps {
  shapes: FeatureCollection<MultiPolygon, AreaShapeProps>;
  selectedId: string;
  /** The selected area presence's colour; its area is outlined in it. */
  selectedColor: string;
}

/**
 * The areas that hold area-level presences ("på Sjælland", "på Fyn"): a tint and a band inside the
 * edge, under the base map's names; the selected presence's area outlined in its colour.
 */
export function AreaShapeLayers({ shapes, selectedId, selectedColor }: ShapeProps) {
  const selection = useMemo(
    () => style.areaSelection(selectedId, selectedColor),
    [selectedId, selectedColor],
  );
  return (
    <Source id="presence-areas" type="geojson" data={shapes} buffer={PRESENCE_TILE_BUFFER}>
      <Layer {...style.areaTint} beforeId={SLOTS.areas} />
      <Layer {...style.areaEdge} beforeId={SLOTS.areas} />
      {selection.map((layer) => (
        <Layer key={layer.id} {...layer} beforeId={SLOTS.areas} />
      ))}
    </Source>
  );
}

interface ChipProps {
  chips: FeatureCollection<Point, AreaChipProps>;
  selectedId: string;
}

/** One chip per area-level presence, at its area's free spot; the selected one haloed. */
export function AreaChipLayers({ chips, selectedId }: ChipProps) {
  const halo = useMemo(() => style.areaChipHalo(selectedId), [selectedId]);
  return (
    <Source id="presence-area-chips" type="geojson" data={chips}>
      <Layer {...halo} />
      <Layer {...style.areaChips} />
      <Layer {...style.areaChipsLight} />
    </Source>
  );
}
