import type { Camera } from '@/model/camera';

/**
 * Rounds a camera for a link: zoom to 0.01, longitude and latitude to about a pixel at that zoom
 * (a 512 px world is 360° wide at zoom 0), so links stay short and the view comes back the same.
 */
export function roundCamera({ longitude, latitude, zoom }: Camera): Camera {
  const z = Math.round(zoom * 100) / 100;
  const decimals = Math.min(6, Math.max(2, Math.ceil(Math.log10((512 * 2 ** z) / 360))));
  const round = (v: number) => Number(v.toFixed(decimals));
  return { longitude: round(longitude), latitude: round(latitude), zoom: z };
}

export const CAMERA_LIMITS = {
  longitude: [-180, 180],
  latitude: [-85, 85],
  zoom: [0, 22],
} as const;
