import type { Bounds } from '@/model/camera';

/** All of Denmark, Skagen to Gedser and Blåvandshuk to Christiansø. */
export const DENMARK_BOUNDS: Bounds = [8.07, 54.55, 15.2, 57.76];

/**
 * Panning stays around Denmark. The box is tall because a phone in portrait sees about 9° of latitude,
 * and wide because a fit beside an open legend puts Denmark in the free third of a narrow map, with
 * the map's centre far west of Denmark's: a narrower box clamps that camera and slides Jutland under
 * the legend.
 */
export const MAX_BOUNDS: Bounds = [-6, 50, 28, 62.5];

export const MIN_ZOOM = 3.5;
export const MAX_ZOOM = 13;

export const FIT_PADDING = { top: 24, bottom: 24, left: 24, right: 24 };
