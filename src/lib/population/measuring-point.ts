/**
 * Where a municipality's distances are measured from: where its residents live, not the middle of
 * its polygon. A polygon's centroid can fall in a fjord or the sea (Ærø, Frederikshavn), and even a
 * pole of inaccessibility puts Bornholm in its forest and Lolland in its fields.
 *
 * The rule, applied by the data build to the GeoNames towns (the gazetteer the app already uses):
 * 1. the towns inside the municipality, each weighted by its gazetteer population (a town the
 *    gazetteer lists without one, such as Christiansø or an administrative seat, weighs nothing,
 *    unless no town has a population: then they weigh the same);
 * 2. the weighted mean of their positions, when it lies inside the municipality;
 * 3. otherwise (the mean fell in the water or across a border: Ærø, Frederikshavn, Roskilde), the
 *    heaviest town, where most of those residents live.
 */

export interface Town {
  name: string;
  lon: number;
  lat: number;
  /** The gazetteer's population; 0 when it gives none. */
  population: number;
}

export interface MeasuringPoint {
  /** [lon, lat], rounded to 5 decimals (about a metre). */
  point: [number, number];
  /** The towns that weighed in, heaviest first. */
  towns: string[];
  /** The town used because the weighted mean fell outside the municipality; null when the mean was used. */
  snapped: string | null;
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** Throws when there is no town: every Danish municipality has at least one in the gazetteer. */
export function measuringPoint(
  towns: readonly Town[],
  inside: (point: [number, number]) => boolean,
): MeasuringPoint {
  if (!towns.length) throw new Error('no town to measure from');
  const peopled = towns.some((t) => t.population > 0);
  const weighed = towns
    .map((t) => ({ t, w: peopled ? t.population : 1 }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.t.name.localeCompare(b.t.name, 'da'));
  const total = weighed.reduce((sum, x) => sum + x.w, 0);
  const mean: [number, number] = [
    weighed.reduce((sum, x) => sum + x.t.lon * x.w, 0) / total,
    weighed.reduce((sum, x) => sum + x.t.lat * x.w, 0) / total,
  ];
  const names = weighed.map((x) => x.t.name);
  if (inside(mean)) return { point: [round(mean[0]), round(mean[1])], towns: names, snapped: null };
  const heaviest = (weighed[0] as (typeof weighed)[number]).t;
  return { point: [round(heaviest.lon), round(heaviest.lat)], towns: names, snapped: heaviest.name };
}
