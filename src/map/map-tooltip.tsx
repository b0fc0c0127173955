import type { ReactNode } from 'react';
import { Popup } from 'react-map-gl/maplibre';

interface Props {
  longitude: number;
  latitude: number;
  /** Pixels from the point, so the tooltip clears the marker or aggregate it names. */
  offset: number;
  children: ReactNode;
}

/** A hover tooltip on the map: no close button, never takes focus, lets the pointer through. */
export function MapTooltip({ longitude, latitude, offset, children }: Props) {
  return (
    <Popup
      longitude={longitude}
      latitude={latitude}
      closeButton={false}
      closeOnClick={false}
      focusAfterOpen={false}
      offset={offset}
      maxWidth="280px"
      className="presence-tooltip pointer-events-none"
    >
      {children}
    </Popup>
  );
}
