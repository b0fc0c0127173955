import type { Population } from '@/lib/population/population';

/** The residents' source in its own words ("Kilde: Danmarks Statistik, FOLK1AM"), wherever they are shown. */
export function PopulationSource({ population }: { population: Population }) {
  return (
    <p lang="da" className="mt-1 text-xs text-muted">
      {population.attribution}
    </p>
  );
}
