import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { PATTERN_PIXEL_RATIO, type RasterImage } from '@/lib/presence/patterns';

/** Draws the image an id names, from the id alone; null for an id that is not its kind. */
export type ImageDrawer = (id: string) => RasterImage | null;

const drawers = new Set<ImageDrawer>();

/**
 * Adds a kind of generated image (the presences' chips, stacks and badges; an aggregate's ring; the
 * coverage fill patterns). Called by the module whose layers name them as it loads, so the kind is
 * known before any of its layers is on the map: a tile that asks first would otherwise be laid out
 * without its images.
 */
export function drawsImages(drawer: ImageDrawer): void {
  drawers.add(drawer);
}

/**
 * Draws the images the layers name when MapLibre first asks for them, through the map's
 * missing-image resolver, which MapLibre waits for before it answers the worker: in the task that
 * answers the tile, not in the render that passed the new data (drawn ahead there, the presences'
 * images were 45–80 ms of the one long task in which the dataset reaches the map; a trace,
 * 4 December). Installed when the map is made; each image is kept for the rest of the visit. The
 * `styleimagemissing` listener is there as well: once in a full browser-test run every ring of a
 * 20 000-row register stayed undrawn after a zoom (the resolver's answer lost somewhere in
 * MapLibre), and an image added on that event makes MapLibre lay out again the tiles that named it.
 */
export function drawGeneratedImages(map: MaplibreMap): void {
  const draw = (id: string) => drawImage(map, id);
  map.setMissingStyleImageResolver(draw);
  map.on('styleimagemissing', (e: { id: string }) => draw(e.id));
}

function drawImage(map: MaplibreMap, id: string): void {
  if (!id || map.hasImage(id)) return;
  for (const drawer of drawers) {
    const image = drawer(id);
    if (image) return void map.addImage(id, image, { pixelRatio: PATTERN_PIXEL_RATIO });
  }
}

/** Longest a task drawing images ahead runs before it lets the page go on. */
const AHEAD_SLICE_MS = 12;

/**
 * Draws ahead, a few at a time in tasks of their own, the images the layers are about to ask for:
 * waiting for the worker's request put the drawing on its round trip, and the presences reached the
 * screen up to a second after the base map in a Lighthouse run. Whatever is asked for first, the
 * resolver draws then; an image is never drawn twice.
 */
export function useImagesAhead(map: MapRef | undefined, ids: readonly string[]) {
  const key = ids.join('|');
  useEffect(() => map && drawAhead(map.getMap(), key.split('|')), [map, key]);
}

/** Draws `ids` in tasks of at most AHEAD_SLICE_MS each; returns how to stop. */
export function drawAhead(map: MaplibreMap, ids: string[], now = () => performance.now()): () => void {
  const queue = [...ids];
  const next = () => {
    const until = now() + AHEAD_SLICE_MS;
    while (queue.length && now() < until) drawImage(map, queue.shift() ?? '');
    if (queue.length) timer = setTimeout(next, 0);
  };
  let timer = setTimeout(next, 0);
  return () => clearTimeout(timer);
}
