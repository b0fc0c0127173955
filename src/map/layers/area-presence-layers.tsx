import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { AreaShapeProps } from '@/lib/presence/area-features';
import * as style from '../styles/presence-areas';
import { SLOTS } from '../styles/base-style';
import { onPart } from '../styles/presence-marks';
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
  selectedId: string;
}

/** One chip per area-level presence (on the marks source), at its area's free spot; the selected one haloed. */
export function AreaChipLayers({ selectedId }: ChipProps) {
  const halo = useMemo(() => style.areaChipHalo(selectedId), [selectedId]);
  return (
    <>
      <Layer {...onPart('chip', halo)} />
      <Layer {...onPart('chip', style.areaChips)} />
      <Layer {...onPart('chip', style.areaChipsLight)} />
    </>
  );
}
