import { useEffect, useState } from 'react';
import type { MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import type { FocusTarget } from '@/model/camera';
import { expandAggregate } from './expand-aggregate';
import { pickPresences, type PresencePick } from './pick-presences';

export interface Chooser extends PresencePick {
  nonce: number;
}

interface Handlers {
  onSelect: (presenceId: string) => void;
  onEscape: () => void;
  /** Asks the map to move (src/map/use-focus-requests.ts): a click on an aggregate zooms in. */
  onFocus: (target: FocusTarget) => void;
  /** A click that hit no presence: the land under it may be an area to open. */
  onMiss: (point: { x: number; y: number }) => void;
}

const same = (a: PresencePick | null, b: PresencePick | null) =>
  a?.ids.join() === b?.ids.join() &&
  a?.longitude === b?.longitude &&
  a?.latitude === b?.latitude &&
  a?.aggregate?.clusterId === b?.aggregate?.clusterId &&
  a?.aggregate?.source === b?.aggregate?.source;

let nonce = 0;

/**
 * Hover and click on presences. Hover names what is under the pointer; a click selects it, or,
 * where several areas overlap (Sjælland), opens a chooser; a click beside every presence goes to
 * `onMiss`. A click on an aggregate of imported presences zooms in to where it splits, or, where they
 * share one place, opens a chooser of them. Escape on the map clears the selection.
 */
export function usePresenceInteraction(
  map: MapRef | undefined,
  { onSelect, onEscape, onMiss, onFocus }: Handlers,
) {
  const [hover, setHover] = useState<PresencePick | null>(null);
  const [chooser, setChooser] = useState<Chooser | null>(null);

  useEffect(() => {
    if (!map) return;
    const raw = map.getMap();
    const canvas = raw.getCanvas();
    const onMove = (e: MapMouseEvent | MapLayerMouseEvent) => {
      const pick = pickPresences(raw, e.point);
      canvas.style.cursor = pick ? 'pointer' : '';
      setHover((current) => (same(current, pick) ? current : pick));
    };
    const onOut = () => {
      canvas.style.cursor = '';
      setHover(null);
    };
    const onClick = (e: MapMouseEvent) => {
      const pick = pickPresences(raw, e.point);
      setHover(null);
      if (!pick) return onMiss(e.point);
      const { aggregate, longitude, latitude } = pick;
      if (aggregate) {
        void expandAggregate(raw, aggregate).then((expansion) => {
          if (expansion?.kind === 'zoom')
            onFocus({ kind: 'point', longitude, latitude, zoom: expansion.zoom });
          if (expansion?.kind === 'choose') setChooser({ ...pick, ids: expansion.ids, nonce: ++nonce });
        });
      } else if (pick.ids.length === 1) onSelect(pick.ids[0] as string);
      else setChooser({ ...pick, nonce: ++nonce });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setChooser(null);
      onEscape();
    };
    raw.on('mousemove', onMove);
    raw.on('mouseout', onOut);
    raw.on('click', onClick);
    canvas.addEventListener('keydown', onKey);
    return () => {
      raw.off('mousemove', onMove);
      raw.off('mouseout', onOut);
      raw.off('click', onClick);
      canvas.removeEventListener('keydown', onKey);
    };
  }, [map, onSelect, onEscape, onMiss, onFocus]);

  const closeChooser = (closing: number) => setChooser((c) => (c?.nonce === closing ? null : c));
  return { hover: chooser ? null : hover, chooser, closeChooser };
}
