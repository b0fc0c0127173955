import type { Map as MaplibreMap } from 'maplibre-gl';
import { PATTERN_PIXEL_RATIO, type RasterImage } from '@/lib/presence/patterns';

/** Draws the image an id names, from the id alone; null for an id that is not its kind. */
export type ImageDrawer = (id: string) => RasterImage | null;

const drawers = new Set<ImageDrawer>();

/**
 * Adds a kind of generated image (the presences' chips, stacks and badges; an aggregate's ring).
 * Called by the module whose layers name them as it loads, so the kind is known before any of its
 * layers is on the map: a tile that asks first would otherwise be laid out without its images.
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
  const draw = (id: string) => {
    if (map.hasImage(id)) return;
    for (const drawer of drawers) {
      const image = drawer(id);
      if (image) return void map.addImage(id, image, { pixelRatio: PATTERN_PIXEL_RATIO });
    }
  };
  map.setMissingStyleImageResolver(draw);
  map.on('styleimagemissing', (e: { id: string }) => draw(e.id));
}
