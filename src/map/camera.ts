/** All of Denmark, Skagen to Gedser and Blåvandshuk to Christiansø. */
export const DENMARK_BOUNDS: [[number, number], [number, number]] = [
  [8.07, 54.55],
  [15.2, 57.76],
];

/** Panning stays around Denmark; the box is tall because a phone in portrait sees about 9° of latitude. */
export const MAX_BOUNDS: [west: number, south: number, east: number, north: number] = [2, 51, 20, 61.5];

export const MIN_ZOOM = 3.5;
export const MAX_ZOOM = 13;

export const FIT_PADDING = { top: 24, bottom: 24, left: 24, right: 24 };
