/**
 * How far, in tile pixels (of 512), each tile of the presence sources reaches past its edge.
 * MapLibre's default of 128 suits wide lines and labels near tile edges; these layers do not need it:
 * fills and lines are clipped at the tile's edge (the area lines are at most 9 px wide), and circles
 * and symbols are drawn only by the tile their point lies in. With 16, a large area (Region Sjælland)
 * reaches into far less of its neighbouring tiles: a filter change re-tiles about 60 % fewer area
 * vertices in the worker, 20 000 markers cost it a fifth less, and every frame draws less that the
 * tile clipping then throws away (one frame of the real data: about 110 → 85 ms in software GL).
 */
export const PRESENCE_TILE_BUFFER = 16;

/**
 * The same for the base map's fills and lines (the widest, the coastline, is 5 px): land, borders
 * and coastline then carry about a third of the vertices per tile, and every frame draws less.
 * The benchmark's baseline page uses it too, so the comparison stays like for like.
 */
export const BASE_TILE_BUFFER = 16;
