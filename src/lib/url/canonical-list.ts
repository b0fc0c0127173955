import { FACET_VALUES, type FacetSelection } from '../filter/facets';

/** Vocabulary order for closed facets, alphabetical for cluster ids: one spelling per view. */
export function canonicalList(key: keyof FacetSelection, values: Iterable<string>): string[] {
  const unique = [...new Set(values)];
  if (key === 'clusters') return unique.sort();
  const order = FACET_VALUES[key] as readonly string[];
  return unique.filter((v) => order.includes(v)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
