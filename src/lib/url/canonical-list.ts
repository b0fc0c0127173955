import { FILTER_VALUES, type Filters } from '@/model/filters';

/** Vocabulary order for closed facets, alphabetical for cluster ids: one spelling per view. */
export function canonicalList(key: keyof Filters, values: Iterable<string>): string[] {
  const unique = [...new Set(values)];
  if (key === 'clusters') return unique.sort();
  const order = FILTER_VALUES[key] as readonly string[];
  return unique.filter((v) => order.includes(v)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
