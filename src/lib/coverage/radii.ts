/**
 * The radii residents are counted within: the coverage metric's D and the profile's two measures.
 * A module of its own, so the store and the URL codec on the first view need nothing else of coverage.
 */
export const RADII_KM = [25, 50] as const;
export type RadiusKm = (typeof RADII_KM)[number];
