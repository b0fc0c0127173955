import type { AreaRef } from './area';

/** Where the map looks: the store's settled camera and a link's `map=` share this shape. */
export interface Camera {
  longitude: number;
  latitude: number;
  zoom: number;
}

/** A box in degrees, [west, south, east, north]: what MapLibre fits and `requestFocus` takes. */
export type Bounds = [west: number, south: number, east: number, north: number];

/**
 * Where a panel asks the map to go (panels never touch the map: src/map moves the camera).
 * A point without a zoom keeps the current zoom.
 */
export type FocusTarget =
  | { kind: 'denmark' }
  | { kind: 'point'; longitude: number; latitude: number; zoom?: number }
  | { kind: 'bounds'; bounds: Bounds }
  /** An area of the base map, framed whole; the map looks up its outline. */
  | { kind: 'area'; area: AreaRef }
  /** Exactly this camera: where the user was before an area was framed. */
  | ({ kind: 'view' } & Camera);
