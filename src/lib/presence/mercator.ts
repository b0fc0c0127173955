/** Web Mercator in MapLibre's world pixels (512 px tiles), for layouts that must hold on screen. */
export const TILE_SIZE = 512;

const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

export function project([lon, lat]: readonly [number, number], zoom: number): [number, number] {
  const size = worldSize(zoom);
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [((lon + 180) / 360) * size, y * size];
}

export function unproject([x, y]: readonly [number, number], zoom: number): [number, number] {
  const size = worldSize(zoom);
  const n = Math.PI - (2 * Math.PI * y) / size;
  return [(x / size) * 360 - 180, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}
