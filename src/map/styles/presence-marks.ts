import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { MarkPart } from '@/lib/presence/mark-features';

/** The one GeoJSON source of markers, stacks, legs, area chips and the selected name (presenceMarks). */
export const MARKS_SOURCE = 'presence-marks';

type Style = Omit<LayerSpecification, 'source'> & { filter?: FilterSpecification };

/**
 * A layer on the marks source: it draws the features of its part, and of those what its own filter
 * (`filter`, else the style's) lets through.
 */
export function onPart<T extends Style>(part: MarkPart, style: T, filter = style.filter) {
  const isPart: FilterSpecification = ['==', ['get', 'part'], part];
  return {
    ...style,
    source: MARKS_SOURCE,
    filter: filter ? (['all', isPart, filter] as FilterSpecification) : isPart,
  };
}
