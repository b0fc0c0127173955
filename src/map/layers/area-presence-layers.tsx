import { useEffect, useMemo } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import type { MapSourceDataEvent } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { AreaShapeProps } from '@/lib/presence/area-features';
import * as style from '../styles/presence-areas';
import { SLOTS } from '../styles/base-style';
import { onPart } from '../styles/presence-marks';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';

interface ShapeProps {
  /** Every presence's areas, as if no filter were on. */
  shapes: FeatureCollection<MultiPolygon, AreaShapeProps>;
  /** The keys of the areas the filtered presences hold (areaKeysOf): only these are drawn. */
  shown: readonly string[];
  /** The selected presence, if it is shown; its area is outlined. */
  selectedId: string;
  /** The selected area presence's colour; its area is outlined in it. */
  selectedColor: string;
}

/**
 * The areas that hold area-level presences ("på Sjælland", "på Fyn"): a tint and a band inside the
 * edge, under the base map's names; the selected presence's area outlined in its colour.
 */
export function AreaShapeLayers({ shapes, shown, selectedId, selectedColor }: ShapeProps) {
  const selection = useMemo(
    () => style.areaSelection(selectedId, selectedColor),
    [selectedId, selectedColor],
  );
  useHiddenAreas(shapes, shown);
  return (
    <Source id={style.AREA_SOURCE} type="geojson" data={shapes} promoteId="key" buffer={PRESENCE_TILE_BUFFER}>
      <Layer {...style.areaTint} beforeId={SLOTS.areas} />
      <Layer {...style.areaEdge} beforeId={SLOTS.areas} />
      {selection.map((layer) => (
        <Layer key={layer.id} {...layer} beforeId={SLOTS.areas} />
      ))}
    </Source>
  );
}

/**
 * Hides the areas no filtered presence holds through feature state (AREA_HIDDEN_STATE), which MapLibre
 * applies on the main thread without re-tiling the shapes. Waits for the source if the map has not
 * added it yet (a link that opens with a filter on).
 */
function useHiddenAreas(shapes: ShapeProps['shapes'], shown: readonly string[]) {
  const { current: map } = useMap();
  const shownKeys = shown.join('\n');
  useEffect(() => {
    const m = map?.getMap();
    if (!m) return;
    const visible = new Set(shownKeys.split('\n'));
    const apply = () => {
      for (const { properties } of shapes.features)
        m.setFeatureState(
          { source: style.AREA_SOURCE, id: properties.key },
          { [style.AREA_HIDDEN_STATE]: !visible.has(properties.key) },
        );
    };
    if (m.getSource(style.AREA_SOURCE)) {
      apply();
      return;
    }
    const onSource = (e: MapSourceDataEvent) => {
      if (e.sourceId !== style.AREA_SOURCE) return;
      m.off('sourcedata', onSource);
      apply();
    };
    m.on('sourcedata', onSource);
    return () => void m.off('sourcedata', onSource);
  }, [map, shapes, shownKeys]);
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
