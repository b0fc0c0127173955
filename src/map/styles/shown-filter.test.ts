import { describe, expect, it } from 'vitest';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { shownSubset } from '@/lib/presence/shown-subset';
import { presenceInferredRing, shownFilter, withShown } from './presence-points';

const all = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, inferred: i % 2 === 0 }));

/** The ids a layer with this filter draws, evaluated by MapLibre's own filter code. */
function drawn(filter: FilterSpecification | undefined): string[] {
  const { filter: test } = featureFilter(filter, 'layers[0].filter');
  return all
    .filter((p) => test({ zoom: 8 }, { type: 1, properties: p, geometry: [] } as never))
    .map((p) => p.id);
}

describe('shownFilter', () => {
  it('draws exactly the shown presences, from either side of the list', () => {
    for (const shown of [['b'], ['a', 'c', 'e'], ['a', 'b', 'c', 'd'], []]) {
      const subset = shownSubset(
        all,
        all.filter((p) => shown.includes(p.id)),
      );
      expect(drawn(withShown(undefined, shownFilter(subset)))).toEqual(shown);
    }
  });

  it("keeps a layer's own filter", () => {
    const shown = shownFilter(shownSubset(all, all.slice(0, 4)));
    expect(drawn(withShown(presenceInferredRing.filter, shown))).toEqual(['a', 'c']);
    expect(withShown(presenceInferredRing.filter, null)).toBe(presenceInferredRing.filter);
  });
});
