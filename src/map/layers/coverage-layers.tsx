import type { BaseMap } from '@/data/base-map';

/** Placeholder until issue 6: the coverage choropleth by region, erhvervshus area or municipality. */
export function CoverageLayers(_props: { baseMap: BaseMap }) {
  return null;
}
